#pragma once

#include <QMetaObject>
#include <QSplitter>
#include <QStringList>

class Incident;
class IncidentService;
class Network;
class QListWidget;
class RunbookLibrary;
class RunbookPanel;
class RunbookRuns;
class SessionVariables;
struct Runbook;

// The runbooks a team keeps beside the one open: the library's list, the open runbook's panel, its
// checks stamped into the timeline and its actions run through RunbookRuns.
class RunbooksTab final : public QSplitter
{
    Q_OBJECT
public:
    RunbooksTab(IncidentService& service, Network* network, QWidget* parent = nullptr);

    void open(const QString& path); // a runbook of the library, or any file
    // An alert's runbook_url: a file (in the runbook folder, or a path) opens at once; an http(s) URL
    // is fetched through the network layer and opens when it arrives. Problems are told by problem().
    void openLink(const QString& link);

    RunbookPanel* panel() const { return m_runbookPanel; }
    QListWidget* list() const { return m_runbookList; }
    RunbookLibrary* library() const { return m_runbookLibrary; }
    RunbookRuns* runs() const { return m_runs; }
    SessionVariables* variables() const { return m_variables; }

Q_SIGNALS:
    void problem(const QString& message);

private:
    void fillList();
    void show(const Runbook& runbook, bool keepChecks);
    void showProgress();                   // the open incident's checks and runs of this runbook
    void follow(Incident* incident);       // another seat's check or run shows here as it lands
    void checkToggled(int section, int step, bool checked);
    void variablesRequested(int section, int step);

    IncidentService& m_service;
    Network* m_network = nullptr;
    SessionVariables* m_variables = nullptr; // values given for this session: memory only
    RunbookPanel* m_runbookPanel = nullptr;
    QListWidget* m_runbookList = nullptr;
    RunbookLibrary* m_runbookLibrary = nullptr;
    RunbookRuns* m_runs = nullptr;
    QList<QMetaObject::Connection> m_following;
};
