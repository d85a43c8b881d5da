#pragma once

#include "AlertmanagerAlert.h"

#include <QWidget>

class AlertTriageModel;
class AlertTriagePanel;
class AlertmanagerWatcher;
class Incident;
class IncidentService;
class Network;
class QTimer;

// Triage from Alertmanager: its firing alerts, an incident declared from one (a person confirms), more
// attached to the open incident and followed (resolved, firing again) in its timeline, silences made
// and expired with the incident's name on them.
class AlertsTab final : public QWidget
{
    Q_OBJECT
public:
    AlertsTab(IncidentService& service, Network* network, QWidget* parent = nullptr);

    void setSource(const AlertmanagerSource& source);
    const AlertmanagerSource& source() const;
    AlertTriagePanel* panel() const { return m_panel; }
    AlertTriageModel* model() const { return m_model; }
    AlertmanagerWatcher* watcher() const { return m_watcher; }

    void declareFrom(const QList<AmAlert>& alerts); // opens the prefilled declare dialog
    void attach(const QList<AmAlert>& alerts);
    void silence(const AmAlert& alert);             // asks, then silences
    void expire(const QString& silenceId, const AmAlert& alert); // asks, then expires
    // The silence request for the open incident, its comment naming the commander and the incident.
    void silenceConfirmed(const AmAlert& alert, qint64 durationMs, const QString& comment);
    void expireConfirmed(const QString& silenceId, const QString& alertName);
    QString silenceComment() const;
    void tick(); // every second: "firing for" moves on; silences made here that ran out are recorded once

Q_SIGNALS:
    void problem(const QString& message);
    void runbookRequested(const QString& link);
    void firingCountChanged(int firing); // for the tab's title

private:
    void refreshed(const AmSnapshot& snapshot);
    QString actor() const; // who silences: the configured name, else the commander
    void recordAttachedChanges(); // from the last list, when Alertmanager's start time allows
    void followIncident(Incident* incident);
    void showAttached(const Incident* incident);

    IncidentService& m_service;
    Network* m_network;
    AlertTriageModel* m_model;
    AlertTriagePanel* m_panel;
    AlertmanagerWatcher* m_watcher = nullptr;
    QTimer* m_tick;
    QMetaObject::Connection m_following; // the open incident's new events
};
