#include "ActionRunner.h"

#include "JqFilter.h"
#include "LogCategories.h"
#include "MaskedAnswer.h"
#include "Redactor.h"
#include "RunbookRules.h"
#include "SessionVariables.h"
#include "ShellWords.h"
#include "network/Network.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QUrl>

namespace {
constexpr int DetailsChars = 64 * 1024; // the panel shows the answer whole up to here

// JSON answers are easier to read indented; anything else as it came.
QString readable(const QByteArray& masked)
{
    const QJsonDocument json = QJsonDocument::fromJson(masked);
    return json.isNull() ? QString::fromUtf8(masked) : QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
}

// The step's name and how it ended; never a value sent or answered.
void logFinished(const RunbookStep& step, const ActionOutcome& o)
{
    const QString status = o.result.status > 0 ? QStringLiteral(" HTTP %1").arg(o.result.status) : QString();
    const QString criterion =
        o.hasCriterion ? (o.criterionPassed ? QStringLiteral(", criterion met") : QStringLiteral(", criterion not met"))
                       : QString();
    qCInfo(lcRunbook, "step \"%s\" (line %d) ended: %s%s in %lld ms%s", qUtf8Printable(step.text), step.line,
           qUtf8Printable(HttpOutcomeInfo::key(o.result.outcome)), qUtf8Printable(status), o.result.elapsedMs,
           qUtf8Printable(criterion));
}
} // namespace

QString ActionRunner::environment(const QString& name)
{
    return SessionVariables::fromEnvironment(name);
}

void ActionRunner::setVariables(const SessionVariables* variables)
{
    m_variables = variables;
}

VariableLookup ActionRunner::lookup() const
{
    if (!m_variables)
        return environment;
    return [variables = m_variables](const QString& name) { return variables->value(name); };
}

QString ActionRunner::timeoutText(int timeoutMs)
{
    const double seconds = timeoutMs / 1000.0;
    return tr("timed out after %1 s (the timeout set for actions)")
        .arg(QString::number(seconds, 'f', timeoutMs % 1000 == 0 ? 0 : 1));
}

ActionRunner::ActionRunner(Network& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<ActionOutcome>();
    connect(&m_jq, &JqRunner::finished, this, &ActionRunner::jqFinished);
}

ActionRunner::~ActionRunner()
{
    for (const Running& running : std::as_const(m_running))
        delete running.reply; // aborts the request on the worker; m_jq kills its workers itself
}

void ActionRunner::httpFinished(quint64 id, const HttpResult& answer)
{
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    it->reply->deleteLater();
    it->reply = nullptr;
    // The transport's own words may quote the URL; the worker masks only what the environment holds.
    HttpResult result = answer;
    result.detail = it->redactor.redact(answer.detail);
    const QString program = it->step.action.jq;
    const bool answered = result.outcome == HttpOutcome::Ok || result.outcome == HttpOutcome::HttpError;
    const QByteArray masked = result.decoded.toByteArray(); // see requestFor: no secret left in it
    if (program.isEmpty() || !answered || masked.isEmpty()) {
        const Running running = it.value();
        m_running.erase(it);
        const ActionOutcome outcome = outcomeOf(running.step, result, nullptr, &running.redactor, running.timeoutMs);
        logFinished(running.step, outcome);
        Q_EMIT finished(id, outcome);
        return;
    }
    // jq sees the answer masked: whatever it does to it (upper case, slices, spelling it out), no
    // secret goes in, so none comes out.
    it->result = result;
    it->jqId = m_jq.start(program, masked);
    m_actionOfJq.insert(it->jqId, id);
}

void ActionRunner::jqFinished(quint64 jqId, const JqRun& run)
{
    const quint64 id = m_actionOfJq.take(jqId);
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    const Running running = it.value();
    m_running.erase(it);
    const ActionOutcome outcome = outcomeOf(running.step, running.result, &run, &running.redactor, running.timeoutMs);
    logFinished(running.step, outcome);
    Q_EMIT finished(id, outcome);
}

std::optional<HttpRequest> ActionRunner::requestFor(const RunbookStep& step, int timeoutMs, QString* error,
                                                    const VariableLookup& lookup)
{
    const HttpAction& a = step.action;
    QStringList missing;
    auto expand = [&missing, &lookup](const QString& text) { return ShellWords::expand(text, lookup, &missing); };
    HttpRequest r;
    r.method = a.method.toUtf8();
    const QString url = expand(a.url);
    // Like curl without -L: a runbook's headers and body never travel elsewhere. With -L, credentials
    // still stay with the origin they were written for (HttpCall::followRedirect).
    r.maxRedirects = a.followRedirects ? 10 : 0;
    r.verifyPeer = !a.insecure;
    for (const auto& [name, value] : a.headers)
        r.headers.append({name.toUtf8(), expand(value).toUtf8()});
    r.body = expand(a.body).toUtf8();
    if (!a.user.isEmpty())
        r.headers.append({"Authorization", "Basic " + expand(a.user).toUtf8().toBase64()});
    r.deadlineMs = a.timeoutMs > 0 ? std::min(a.timeoutMs, timeoutMs) : timeoutMs; // -m can only shorten it
    r.secretEnvs = a.variables;
    if (!missing.isEmpty()) {
        *error = tr("The request needs the variable(s) %1, which are not set. Give a value for this session "
                    "(Run asks for it), or set it in the console's environment.")
                     .arg(missing.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    // The same rules as "runbook check": only http(s) with a host, whatever a variable held.
    const std::optional<QUrl> target = RunbookRules::urlToSend(url, a.url, error);
    if (!target)
        return std::nullopt;
    r.url = *target;
    const QString program = a.jq;
    if (!program.isEmpty() && !JqFilter::isAllowed(program, error))
        return std::nullopt;
    // The answer is masked on the worker thread; its unmasked bytes never come back from there.
    r.secrets = redactorFor(step, lookup); // a session's values too, which the worker cannot read
    r.decoder = [redactor = r.secrets](const QByteArray& body, int, QString*) {
        return QVariant(MaskedAnswer::of(body, redactor));
    };
    r.keepDecodedBody = false;
    return r;
}

quint64 ActionRunner::start(const RunbookStep& step, int timeoutMs, QString* error)
{
    const VariableLookup values = lookup();
    auto request = requestFor(step, timeoutMs, error, values);
    if (!request) {
        qCInfo(lcRunbook, "step \"%s\" (line %d) not sent: %s", qUtf8Printable(step.text), step.line,
               qUtf8Printable(redactorFor(step, values).redact(*error)));
        return 0;
    }
    qCInfo(lcRunbook, "step \"%s\" (line %d) started: %s", qUtf8Printable(step.text), step.line,
           request->method.constData());
    const quint64 id = m_nextId++;
    Running running;
    running.step = step;
    running.url = request->url;
    running.started.start();
    running.redactor = redactorFor(step, values);
    running.timeoutMs = request->deadlineMs; // a curl -m shorter than the console's is what timed out
    running.reply = m_network.send(std::move(*request), this);
    connect(running.reply, &HttpReply::finished, this, [this, id](const HttpResult& result) { httpFinished(id, result); });
    m_running.insert(id, running);
    return id;
}

void ActionRunner::cancel(quint64 id)
{
    const auto it = m_running.constFind(id);
    if (it == m_running.constEnd())
        return;
    if (it->jqId != 0)
        m_jq.cancel(it->jqId); // kills the worker; finished() says Cancelled
    else if (it->reply)
        it->reply->cancel();
}

std::optional<ActionOutcome> ActionRunner::abandon(quint64 id)
{
    const auto it = m_running.constFind(id);
    if (it == m_running.constEnd())
        return std::nullopt;
    const Running running = *it;
    m_running.erase(it);
    if (running.jqId != 0) {
        m_actionOfJq.remove(running.jqId); // its finished() finds no run
        m_jq.cancel(running.jqId);
        const JqRun stopped = JqRunner::cancelledRun();
        return outcomeOf(running.step, running.result, &stopped, &running.redactor, running.timeoutMs);
    }
    delete running.reply; // aborts the request; its answer goes nowhere
    HttpResult cancelled; // what the worker answers a cancel with
    cancelled.outcome = HttpOutcome::Cancelled;
    cancelled.finalUrl = running.url;
    cancelled.elapsedMs = running.started.elapsed();
    return outcomeOf(running.step, cancelled, nullptr, &running.redactor, running.timeoutMs);
}

Redactor ActionRunner::redactorFor(const RunbookStep& step, const VariableLookup& lookup)
{
    // Whatever the server echoed or jq picked out: no value of a variable the runbook names, nor any
    // header or credential built from one, leaves the runner.
    Redactor redactor;
    QStringList missing;
    for (const QString& name : step.action.variables)
        redactor.addSecret(lookup(name));
    for (const auto& [name, value] : step.action.headers) {
        if (value.contains(QLatin1String("${")) || name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            redactor.addSecret(ShellWords::expand(value, lookup, &missing));
    }
    if (!step.action.user.isEmpty()) {
        const QByteArray credentials = ShellWords::expand(step.action.user, lookup, &missing).toUtf8();
        redactor.addSecret(credentials);
        redactor.addSecret(credentials.toBase64());
        redactor.addSecret(credentials.mid(credentials.indexOf(':') + 1)); // the password alone
    }
    return redactor;
}

ActionOutcome ActionRunner::outcomeOf(const RunbookStep& step, const HttpResult& result, const JqRun* jq,
                                      const Redactor* given, int timeoutMs)
{
    const Redactor redactor = given ? *given : redactorFor(step);
    ActionOutcome o;
    o.result = result;
    const bool extracted = jq && jq->status == JqRun::Ok;
    const bool extractionFailed = jq && jq->status != JqRun::Ok;
    o.hasExtraction = extracted;
    if (jq && jq->status == JqRun::Cancelled)
        o.result.outcome = HttpOutcome::Cancelled; // the action was cancelled while jq ran
    o.extraction = extracted ? redactor.redact(jq->output) : QString(); // masked whole, in any letter case
    o.extractionError = extractionFailed ? redactor.excerpt(jq->error, 300) : QString();
    // What was sent, as the runbook wrote it: variables stay ${NAME}.
    const QString sent = step.action.method + QLatin1Char(' ') + QString(step.action.url).replace(QLatin1String("$$"), QLatin1String("$"));
    QStringList parts{sent};
    QStringList details;
    if (result.outcome == HttpOutcome::Ok || result.outcome == HttpOutcome::HttpError) {
        parts << tr("HTTP %1 in %2 ms").arg(result.status).arg(result.elapsedMs);
        // Masked on the worker before it is cut, masked again by excerpt() once whitespace is folded, and a
        // piece of an encoding left at the cut is masked too.
        const QString excerpt = redactor.excerpt(QString::fromUtf8(result.decoded.toByteArray().left(4096)).simplified(), 160);
        if (!excerpt.isEmpty())
            parts << tr("answer: %1").arg(excerpt);
        const QString whole = readable(result.decoded.toByteArray());
        if (!whole.isEmpty())
            details << tr("Answer:") << redactor.excerpt(whole, DetailsChars);
    } else if (result.outcome == HttpOutcome::Timeout && timeoutMs > 0) {
        // The deadline timer may fire a little early (7602 ms for 8 s): say what was set.
        parts << timeoutText(timeoutMs);
    } else {
        parts << result.describe(); // refused, DNS, TLS... in words
    }
    if (o.hasExtraction) {
        parts << tr("jq %1 → %2").arg(step.action.jq, redactor.excerpt(o.extraction, 200));
        if (step.hasCriterion) {
            bool numeric = false;
            const double value = o.extraction.trimmed().toDouble(&numeric);
            o.hasCriterion = numeric;
            o.criterionPassed = numeric && step.criterion.passes(value);
            if (numeric)
                parts << (o.criterionPassed ? tr("%1: met").arg(step.criterion.text)
                                            : tr("%1: NOT met").arg(step.criterion.text));
        }
    } else if (extractionFailed) {
        parts << tr("jq: %1").arg(o.extractionError);
    }
    if (o.hasExtraction)
        details << tr("jq %1:").arg(step.action.jq) << redactor.excerpt(o.extraction, DetailsChars);
    o.summary = redactor.redact(parts.join(QStringLiteral(" · ")));
    details.prepend(o.summary);
    o.details = redactor.redact(details.join(QLatin1Char('\n')));
    return o;
}
