#include "JqRunner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>

namespace {
constexpr qint64 MaxStderrBytes = 4096; // enough to see why it died
const QString WorkerName = QStringLiteral("incident-console-jq");

bool isExecutable(const QString& path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}
} // namespace

JqRunner::JqRunner(QObject* parent)
    : JqRunner(Limits(), parent)
{
}

JqRunner::JqRunner(Limits limits, QObject* parent)
    : QObject(parent)
    , m_limits(limits)
{
    qRegisterMetaType<JqRun>();
}

JqRunner::~JqRunner()
{
    for (Job& job : m_jobs) {
        job.process->disconnect(this);
        job.process->kill();
        job.process->waitForFinished(1000); // SIGKILL: no zombie left behind
    }
}

QString JqRunner::workerPath()
{
    const QString overridden = qEnvironmentVariable("IC_JQ_WORKER");
    if (!overridden.isEmpty())
        return overridden;
    if (QCoreApplication::instance()) {
        const QString beside = QCoreApplication::applicationDirPath() + QLatin1Char('/') + WorkerName;
        if (isExecutable(beside))
            return beside;
    }
#ifdef IC_JQ_WORKER_BUILD_PATH
    if (isExecutable(QStringLiteral(IC_JQ_WORKER_BUILD_PATH)))
        return QStringLiteral(IC_JQ_WORKER_BUILD_PATH);
#endif
    return WorkerName; // from PATH, if installed there
}

QByteArray JqRunner::request(const QString& program, const QByteArray& json)
{
    // Compact JSON escapes every newline, so the program is exactly the first line.
    return QJsonDocument(QJsonObject{{QStringLiteral("program"), program}}).toJson(QJsonDocument::Compact) + '\n' + json;
}

JqRun JqRunner::readAnswer(const QByteArray& answer, const QString& program)
{
    JqRun run;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parseError);
    const QJsonObject object = document.object();
    const QString kind = object.value(QStringLiteral("kind")).toString();
    const QString text = object.value(QStringLiteral("text")).toString();
    if (parseError.error != QJsonParseError::NoError || !object.value(QStringLiteral("text")).isString())
        run.error = tr("the jq program stopped: its answer could not be read");
    else if (kind == QLatin1String("ok")) {
        run.status = JqRun::Ok;
        run.output = text;
    } else if (kind == QLatin1String("compile"))
        run.error = tr("the jq program \"%1\" is not valid: %2").arg(program, text);
    else if (kind == QLatin1String("input"))
        run.error = tr("the answer is not JSON (%1)").arg(text);
    else if (kind == QLatin1String("runtime"))
        run.error = tr("jq stopped: %1").arg(text);
    else
        run.error = tr("the jq program stopped: its answer could not be read");
    return run;
}

quint64 JqRunner::start(const QString& program, const QByteArray& json)
{
    const quint64 id = m_nextId++;
    auto* process = new QProcess(this);
    process->setProgram(workerPath());
    process->setProcessEnvironment(QProcessEnvironment()); // empty: nothing secret to read, even by mistake
    const Limits limits = m_limits;
    process->setChildProcessModifier([limits] {
        // In the child between fork and exec: setrlimit only (async-signal-safe).
        const rlim_t cpu = static_cast<rlim_t>(limits.cpuSeconds);
        const rlimit cpuLimit{cpu, cpu + 1}; // SIGXCPU, then SIGKILL a second later
        const rlimit memoryLimit{static_cast<rlim_t>(limits.memoryBytes), static_cast<rlim_t>(limits.memoryBytes)};
        const rlimit noCore{0, 0};
        ::setrlimit(RLIMIT_CPU, &cpuLimit);
        ::setrlimit(RLIMIT_AS, &memoryLimit);
        ::setrlimit(RLIMIT_CORE, &noCore);
    });
    Job job;
    job.process = process;
    job.program = program;
    job.inputBytes = json.size();
    job.deadline = new QTimer(process);
    job.deadline->setSingleShot(true);
    connect(job.deadline, &QTimer::timeout, this, [this, id] { stopJob(id, Stop::Deadline); });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, id] {
        Job& j = m_jobs[id];
        j.out += j.process->readAllStandardOutput();
        if (j.out.size() > m_limits.maxAnswerBytes)
            stopJob(id, Stop::TooMuchOutput);
    });
    connect(process, &QProcess::readyReadStandardError, this, [this, id] {
        Job& j = m_jobs[id];
        j.err += j.process->readAllStandardError();
        j.err.truncate(MaxStderrBytes);
    });
    connect(process, &QProcess::finished, this, [this, id](int exitCode, QProcess::ExitStatus status) {
        Job& j = m_jobs[id];
        j.out += j.process->readAllStandardOutput();
        j.err += j.process->readAllStandardError();
        complete(id, resultOf(j, exitCode, status == QProcess::CrashExit));
    });
    connect(process, &QProcess::errorOccurred, this, [this, id](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // finished() follows for the others
        JqRun run;
        run.status = JqRun::Unavailable;
        run.error = tr("jq could not start: the worker %1 is missing or cannot run (%2)")
                        .arg(m_jobs.value(id).process->program(), m_jobs.value(id).process->errorString());
        // Queued: this may fire inside start(), before the caller knows the id.
        QMetaObject::invokeMethod(this, [this, id, run] { complete(id, run); }, Qt::QueuedConnection);
    });
    m_jobs.insert(id, job);
    job.deadline->start(m_limits.wallMs);
    process->start(QIODevice::ReadWrite);
    process->write(request(program, json));
    process->closeWriteChannel();
    return id;
}

void JqRunner::cancel(quint64 id)
{
    stopJob(id, Stop::Cancelled);
}

QList<qint64> JqRunner::runningPids() const
{
    QList<qint64> pids;
    for (const Job& job : m_jobs)
        if (job.process->processId() > 0)
            pids << job.process->processId();
    return pids;
}

JqRun JqRunner::cancelledRun()
{
    return {JqRun::Cancelled, QString(), tr("the jq program was cancelled")};
}

void JqRunner::stopJob(quint64 id, Stop why)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->stop != Stop::None)
        return;
    it->stop = why;
    // finished() follows once the process is gone (reaped): that is when the run is reported.
    if (it->process->state() == QProcess::NotRunning) {
        complete(id, cancelledRun());
        return;
    }
    it->process->kill();
}

JqRun JqRunner::resultOf(const Job& job, int exitCode, bool crashed) const
{
    JqRun run;
    // With a crash, QProcess gives the signal as the exit code.
    const bool cpuLimit = crashed && (exitCode == SIGXCPU || exitCode == SIGKILL);
    if (job.stop == Stop::Cancelled) {
        run = cancelledRun();
    } else if (job.stop == Stop::Deadline || (job.stop == Stop::None && cpuLimit)) {
        run.status = JqRun::TimedOut;
        run.error = tr("the jq program stopped: it took longer than %1 s").arg(m_limits.wallMs / 1000.0);
        // Reading a large answer takes jq most of its time: the program is not to blame then.
        if (job.inputBytes > 8 * 1024 * 1024)
            run.error += tr(" (the answer was %1 MiB; ask the server for less, e.g. a filter or a limit in the URL)")
                             .arg(job.inputBytes / (1024 * 1024));
    } else if (job.stop == Stop::TooMuchOutput) {
        run.error = tr("the jq program stopped: its output was larger than %1 MiB").arg(m_limits.maxAnswerBytes / (1024 * 1024));
    } else if (crashed || exitCode != 0) {
        // libjq's own words when an allocation fails under the memory limit (it then aborts).
        if (job.err.contains("cannot allocate memory") || job.err.contains("bad_alloc")) {
            run.status = JqRun::OutOfMemory;
            run.error = tr("the jq program stopped: it used more than %1 MiB of memory").arg(m_limits.memoryBytes / (1024 * 1024));
        } else {
            run.status = JqRun::Crashed;
            run.error = tr("the jq program stopped: it crashed (libjq failed on this program or answer)");
        }
    } else {
        run = readAnswer(job.out, job.program);
    }
    return run;
}

void JqRunner::complete(quint64 id, JqRun run)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    it->process->disconnect(this);
    it->process->deleteLater();
    m_jobs.erase(it);
    Q_EMIT finished(id, run);
}
