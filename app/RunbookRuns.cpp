#include "RunbookRuns.h"

#include "IncidentService.h"
#include "RunbookProgress.h"
#include "SessionVariables.h"
#include "runbook/ActionRunner.h"

#include <utility>

RunbookRuns::RunbookRuns(IncidentService& service, Network* network, SessionVariables& variables, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_variables(variables)
{
    if (!network)
        return;
    m_runner = new ActionRunner(*network, this);
    m_runner->setVariables(&m_variables);
    connect(m_runner, &ActionRunner::finished, this, &RunbookRuns::onFinished);
}

RunbookRuns::~RunbookRuns()
{
    abandonRuns(); // the service outlives windows: the timeline still learns what became of each run
}

void RunbookRuns::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void RunbookRuns::setRunbook(const Runbook& runbook)
{
    m_runbook = runbook;
    m_keys = RunbookProgress::stepKeys(runbook);
}

void RunbookRuns::run(int section, int step, int timeoutMs)
{
    const RunbookStep s = m_runbook.sections.at(section).steps.at(step);
    const Run about{section, step, s.text, m_runbook.title, m_keys.value(section).value(step)};
    if (!m_runner) {
        Q_EMIT finished(section, step, tr("No network layer in this console."), false, QString());
        return;
    }
    // Only reading runs on a click; anything that changes the server, skips the certificate check (-k)
    // or needs a value that is not set is shown and confirmed first.
    if (s.action.isMutating() || s.action.insecure || !m_variables.missing(s.action.variables).isEmpty()) {
        const ConfirmRequest::Answer answer = m_confirm ? m_confirm(s) : ConfirmRequest::Answer();
        if (!answer.send) {
            const QString why = tr("not sent: cancelled before sending");
            Q_EMIT finished(section, step, why, false, QString());
            record(about, why, false);
            return;
        }
        for (auto it = answer.values.cbegin(); it != answer.values.cend(); ++it)
            m_variables.set(it.key(), it.value());
    }
    QString error;
    const quint64 id = m_runner->start(s, timeoutMs, &error);
    if (!id) {
        Q_EMIT finished(section, step, error, false, QString());
        record(about, tr("refused: %1").arg(error), false);
        Q_EMIT problem(error);
        return;
    }
    m_runs.insert(id, about);
    Q_EMIT started(section, step, id);
}

void RunbookRuns::cancel(quint64 runId)
{
    if (m_runner)
        m_runner->cancel(runId);
}

void RunbookRuns::abandonAll()
{
    abandonRuns();
    m_pendingReload.clear();
}

void RunbookRuns::abandonRuns()
{
    const auto runs = std::exchange(m_runs, {});
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        if (const std::optional<ActionOutcome> outcome = m_runner->abandon(it.key()))
            record(it.value(), outcome->summary, false); // worded as the commander's own cancel
    }
}

void RunbookRuns::onFinished(quint64 runId, const ActionOutcome& outcome)
{
    const auto it = m_runs.constFind(runId);
    if (it == m_runs.constEnd())
        return;
    const Run run = *it;
    m_runs.erase(it);
    const bool ok = outcome.result.ok() && (!outcome.hasCriterion || outcome.criterionPassed);
    Q_EMIT finished(run.section, run.step, outcome.summary, ok, outcome.details);
    record(run, outcome.summary, ok); // a cancelled run too: the commander stopped it
    if (m_runs.isEmpty() && !m_pendingReload.isEmpty())
        Q_EMIT reloadDue(std::exchange(m_pendingReload, QString()));
}

void RunbookRuns::fileChanged(const QString& path)
{
    if (m_runbook.path != path)
        return;
    if (!m_runs.isEmpty()) {
        m_pendingReload = path; // results in flight belong to the steps as they are
        return;
    }
    Q_EMIT reloadDue(path);
}

void RunbookRuns::record(const Run& run, const QString& what, bool ok)
{
    // Every run the commander started lands in the timeline, sent or not; `what` never holds a value.
    // The step's key goes with it, so the run shows on its step again on every seat and after a restart.
    if (m_service.current())
        // What happened leads, so a narrow Event column still shows it.
        m_service.addEvent(EventKind::Action, tr("%1 — %2 (runbook «%3»)").arg(what, run.stepText, run.runbookTitle),
                           run.stepKey.isEmpty() ? QString() : RunbookProgress::runPhase(run.stepKey, ok));
}
