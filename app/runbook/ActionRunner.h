#pragma once

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
// send time, the answer is decoded and jq-extracted on the worker, and every value of a variable the
// runbook names is masked in whatever comes back.
class ActionRunner final : public QObject
{
    Q_OBJECT
public:
    explicit ActionRunner(Network& network, QObject* parent = nullptr);

    quint64 start(const RunbookStep& step, int timeoutMs, QString* error); // 0 with *error on failure
    void cancel(quint64 id);

    static std::optional<HttpRequest> requestFor(const RunbookStep& step, int timeoutMs, QString* error);
    static ActionOutcome outcomeOf(const RunbookStep& step, const HttpResult& result);
    static Redactor redactorFor(const RunbookStep& step);

Q_SIGNALS:
    void finished(quint64 id, const ActionOutcome& outcome);

private:
    Network& m_network;
    QHash<quint64, RunbookStep> m_running;
};
