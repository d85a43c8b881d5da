#pragma once

#include "ConfirmRequest.h"
#include "Runbook.h"

#include <QHash>
#include <QObject>
#include <functional>

class ActionRunner;
class IncidentService;
class Network;
class SessionVariables;
struct ActionOutcome;

// The commander's runs of a runbook's HTTP steps: asks before anything that changes a server, starts,
// cancels, and records every run in the incident's timeline. Destroyed with runs in flight (the window
// rebuilt for another language, or closed), it aborts their requests and records them as cancelled.
class RunbookRuns final : public QObject
{
    Q_OBJECT
public:
    using Confirm = std::function<ConfirmRequest::Answer(const RunbookStep& step)>;

    // network may be missing: runs then say so. variables must outlive this.
    RunbookRuns(IncidentService& service, Network* network, SessionVariables& variables, QObject* parent = nullptr);
    ~RunbookRuns() override;

    void setConfirm(Confirm confirm);        // unset: what needs a question is declined
    void setRunbook(const Runbook& runbook); // the steps as shown; runs in flight keep their own
    const Runbook& runbook() const { return m_runbook; }
    const QList<QStringList>& stepKeys() const { return m_keys; } // RunbookProgress keys, per section and step
    void run(int section, int step, int timeoutMs);
    void cancel(quint64 runId); // finished() follows with the cancelled outcome
    void abandonAll();          // the runbook is left: its runs stop now and are recorded as cancelled
    void fileChanged(const QString& path); // reloadDue now, or once the runs in flight are done
    int running() const { return static_cast<int>(m_runs.size()); }

Q_SIGNALS:
    void started(int section, int step, quint64 runId);
    void finished(int section, int step, const QString& summary, bool ok, const QString& details);
    void problem(const QString& message);
    void reloadDue(const QString& path);

private:
    struct Run
    {
        int section;
        int step;
        QString stepText;
        QString runbookTitle;
        QString stepKey; // RunbookProgress: the run is kept with the incident under it
    };
    void onFinished(quint64 runId, const ActionOutcome& outcome);
    void abandonRuns();
    void record(const Run& run, const QString& what, bool ok);

    IncidentService& m_service;
    SessionVariables& m_variables;
    ActionRunner* m_runner = nullptr;
    Confirm m_confirm;
    Runbook m_runbook;
    QList<QStringList> m_keys;
    QHash<quint64, Run> m_runs;
    QString m_pendingReload; // the open runbook changed while an action ran
};
