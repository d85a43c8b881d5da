#pragma once

#include "JqRunner.h"
#include "Redactor.h"
#include "Runbook.h"
#include "network/HttpTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

class Network;

struct ActionOutcome
{
    HttpResult result;
    bool hasExtraction = false;
    QString extraction;
    QString extractionError;
    bool hasCriterion = false;
    bool criterionPassed = false;
    QString summary; // one line for the panel and the timeline; no secret in it
};

// Runs a runbook's HTTP action through the network layer: variables are read from the environment at
// send time; the answer, masked first, goes to jq in its worker process (JqRunner); every value of a
// variable the runbook names is masked in whatever comes back.
class ActionRunner final : public QObject
{
    Q_OBJECT
public:
    explicit ActionRunner(Network& network, QObject* parent = nullptr);

    quint64 start(const RunbookStep& step, int timeoutMs, QString* error); // 0 with *error on failure
    void cancel(quint64 id);

    static std::optional<HttpRequest> requestFor(const RunbookStep& step, int timeoutMs, QString* error);
    // jq: the extraction's run, if the step has one and the answer reached it.
    static ActionOutcome outcomeOf(const RunbookStep& step, const HttpResult& result, const JqRun* jq = nullptr);
    static Redactor redactorFor(const RunbookStep& step);
    const JqRunner& jqRunner() const { return m_jq; } // for tests

Q_SIGNALS:
    void finished(quint64 id, const ActionOutcome& outcome);

private:
    struct Running
    {
        RunbookStep step;
        HttpResult result; // kept while jq runs on it
        quint64 jqId = 0;
    };
    void httpFinished(const HttpResult& result);
    void jqFinished(quint64 jqId, const JqRun& run);

    Network& m_network;
    JqRunner m_jq;
    QHash<quint64, Running> m_running;
    QHash<quint64, quint64> m_actionOfJq;
};
