#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

class QProcess;
class QTimer;

struct JqRun
{
    enum Status { Ok, Failed, TimedOut, OutOfMemory, Crashed, Cancelled, Unavailable };
    Status status = Failed;
    QString output; // Ok: each output on its own line, strings raw (like jq -r)
    QString error;  // otherwise: what happened, in words
};
Q_DECLARE_METATYPE(JqRun)

// Runs jq programs in the incident-console-jq worker process, one process per run, never blocking:
// libjq's assertions and crashes cannot be caught in-process, so each run gets CPU-time, memory and
// wall-clock limits and an empty environment, and whatever happens to it comes back as a JqRun.
class JqRunner final : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int wallMs = 2000;
        int cpuSeconds = 2;
        qint64 memoryBytes = 512LL * 1024 * 1024;
        qint64 maxAnswerBytes = 8LL * 1024 * 1024; // the worker's own cap is 1 MiB of outputs
    };

    explicit JqRunner(QObject* parent = nullptr);
    JqRunner(Limits limits, QObject* parent = nullptr);
    ~JqRunner() override; // kills every worker still running

    quint64 start(const QString& program, const QByteArray& json); // finished(id, ...) always follows
    void cancel(quint64 id);                                       // kills the worker; finished says Cancelled
    QList<qint64> runningPids() const;                              // for tests
    static JqRun cancelledRun();                                    // what finished() says after cancel()

    // IC_JQ_WORKER, else beside the executable, else where the build put it.
    static QString workerPath();
    // The worker protocol, both sides of it in the console.
    static QByteArray request(const QString& program, const QByteArray& json);
    static JqRun readAnswer(const QByteArray& answer, const QString& program);

Q_SIGNALS:
    void finished(quint64 id, const JqRun& run);

private:
    enum class Stop { None, Deadline, Cancelled, TooMuchOutput };
    struct Job
    {
        QProcess* process = nullptr;
        QTimer* deadline = nullptr;
        QString program;
        qint64 inputBytes = 0;
        QByteArray out;
        QByteArray err;
        Stop stop = Stop::None;
    };

    void stopJob(quint64 id, Stop why);
    void complete(quint64 id, JqRun run);
    JqRun resultOf(const Job& job, int exitCode, bool crashed) const;

    Limits m_limits;
    quint64 m_nextId = 1;
    QHash<quint64, Job> m_jobs;
};
