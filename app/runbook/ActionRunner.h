#pragma once

#include "JqRunner.h"
#include "Redactor.h"
#include "Runbook.h"
#include "network/HttpTypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <functional>

class HttpReply;
class Network;
class SessionVariables;

using VariableLookup = std::function<QString(const QString&)>; // null: not set

struct ActionOutcome
{
    HttpResult result;
    bool hasExtraction = false;
    QString extraction;
    QString extractionError;
    bool hasCriterion = false;
    bool criterionPassed = false;
    QString summary; // one line for the panel and the timeline; no secret in it
    QString details; // the whole masked answer and extraction, for the panel only (never stored)
};

// Runs a runbook's HTTP action through the network layer: variables are read at send time (a value
// the commander gave for this session, else the environment); the answer, masked first, goes to jq in its worker process (JqRunner); every value of a
// variable the runbook names is masked in whatever comes back.
class ActionRunner final : public QObject
{
    Q_OBJECT
public:
    explicit ActionRunner(Network& network, QObject* parent = nullptr);
    ~ActionRunner() override; // aborts every request still running; no finished() follows

    void setVariables(const SessionVariables* variables); // null: the environment only
    quint64 start(const RunbookStep& step, int timeoutMs, QString* error); // 0 with *error on failure
    void cancel(quint64 id);
    // Stops a run at once, aborting its request or its jq, and returns what a cancel reports; no
    // finished() follows for it. Nothing when no such run is going.
    std::optional<ActionOutcome> abandon(quint64 id);

    static QString environment(const QString& name);
    static std::optional<HttpRequest> requestFor(const RunbookStep& step, int timeoutMs, QString* error,
                                                 const VariableLookup& lookup = environment);
    // jq: the extraction's run, if the step has one and the answer reached it. timeoutMs: as configured,
    // so a timeout is told in the commander's terms, not as the measured milliseconds.
    static ActionOutcome outcomeOf(const RunbookStep& step, const HttpResult& result, const JqRun* jq = nullptr,
                                   const Redactor* redactor = nullptr, int timeoutMs = 0);
    static Redactor redactorFor(const RunbookStep& step, const VariableLookup& lookup = environment);
    static QString timeoutText(int timeoutMs); // "timed out after 8 s"
    const JqRunner& jqRunner() const { return m_jq; } // for tests

Q_SIGNALS:
    void finished(quint64 id, const ActionOutcome& outcome);

private:
    struct Running
    {
        RunbookStep step;
        HttpReply* reply = nullptr; // a child: deleting it aborts the request
        QUrl url;                   // as sent
        QElapsedTimer started;
        HttpResult result; // kept while jq runs on it
        quint64 jqId = 0;
        Redactor redactor; // built from the values sent, whatever a session value becomes meanwhile
        int timeoutMs = 0;
    };
    VariableLookup lookup() const;
    void httpFinished(quint64 id, const HttpResult& result);
    void jqFinished(quint64 jqId, const JqRun& run);

    Network& m_network;
    const SessionVariables* m_variables = nullptr;
    JqRunner m_jq;
    quint64 m_nextId = 1;
    QHash<quint64, Running> m_running;
    QHash<quint64, quint64> m_actionOfJq;
};
