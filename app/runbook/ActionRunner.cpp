#include "ActionRunner.h"

#include "JqFilter.h"
#include "Redactor.h"
#include "RunbookRules.h"
#include "ShellWords.h"
#include "network/Network.h"

#include <QByteArray>

#include <QUrl>

namespace {
QString environment(const QString& name)
{
    return qEnvironmentVariableIsSet(name.toLocal8Bit().constData()) ? qEnvironmentVariable(name.toLocal8Bit().constData())
                                                                    : QString();
}

struct Extracted
{
    bool ran = false;
    QString value;
    QString error;
};
} // namespace
Q_DECLARE_METATYPE(Extracted)

ActionRunner::ActionRunner(Network& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<ActionOutcome>();
    connect(&m_network, &Network::finished, this, [this](const HttpResult& result) {
        const auto it = m_running.find(result.id);
        if (it == m_running.end())
            return; // another part of the console asked for this
        const RunbookStep step = it.value();
        m_running.erase(it);
        Q_EMIT finished(result.id, outcomeOf(step, result));
    });
}

std::optional<HttpRequest> ActionRunner::requestFor(const RunbookStep& step, int timeoutMs, QString* error)
{
    const HttpAction& a = step.action;
    QStringList missing;
    auto expand = [&missing](const QString& text) { return ShellWords::expand(text, environment, &missing); };
    HttpRequest r;
    r.method = a.method.toUtf8();
    const QString url = expand(a.url);
    r.maxRedirects = 0; // like curl without -L: a runbook's headers and body never travel elsewhere
    for (const auto& [name, value] : a.headers)
        r.headers.append({name.toUtf8(), expand(value).toUtf8()});
    r.body = expand(a.body).toUtf8();
    if (!a.user.isEmpty())
        r.headers.append({"Authorization", "Basic " + expand(a.user).toUtf8().toBase64()});
    r.deadlineMs = timeoutMs;
    r.secretEnvs = a.variables;
    if (!missing.isEmpty()) {
        *error = tr("The runbook needs the environment variable(s) %1, which are not set. Set them in the console's "
                    "environment and start it again.")
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
    // The extraction runs on the worker thread with the answer.
    r.decoder = [program](const QByteArray& body, int, QString*) {
        Extracted e;
        if (!program.isEmpty()) {
            e.ran = true;
            QString error;
            if (auto out = JqFilter::run(program, body, &error))
                e.value = *out;
            else
                e.error = error;
        }
        return QVariant::fromValue(e);
    };
    return r;
}

quint64 ActionRunner::start(const RunbookStep& step, int timeoutMs, QString* error)
{
    auto request = requestFor(step, timeoutMs, error);
    if (!request)
        return 0;
    const quint64 id = m_network.send(std::move(*request));
    m_running.insert(id, step);
    return id;
}

void ActionRunner::cancel(quint64 id)
{
    m_network.cancel(id);
}

Redactor ActionRunner::redactorFor(const RunbookStep& step)
{
    // Whatever the server echoed or jq picked out: no value of a variable the runbook names, nor any
    // header or credential built from one, leaves the runner.
    Redactor redactor;
    QStringList missing;
    for (const QString& name : step.action.variables)
        redactor.addSecret(environment(name));
    for (const auto& [name, value] : step.action.headers) {
        if (value.contains(QLatin1String("${")) || name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            redactor.addSecret(ShellWords::expand(value, environment, &missing));
    }
    if (!step.action.user.isEmpty()) {
        const QByteArray credentials = ShellWords::expand(step.action.user, environment, &missing).toUtf8();
        redactor.addSecret(credentials);
        redactor.addSecret(credentials.toBase64());
        redactor.addSecret(credentials.mid(credentials.indexOf(':') + 1)); // the password alone
    }
    return redactor;
}

ActionOutcome ActionRunner::outcomeOf(const RunbookStep& step, const HttpResult& result)
{
    const Redactor redactor = redactorFor(step);
    ActionOutcome o;
    o.result = result;
    const Extracted e = result.decoded.value<Extracted>();
    o.hasExtraction = e.ran && e.error.isEmpty();
    o.extraction = redactor.redact(e.value); // masked whole, then shortened
    o.extractionError = redactor.redact(e.error).left(300);
    // What was sent, as the runbook wrote it: variables stay ${NAME}.
    const QString sent = step.action.method + QLatin1Char(' ') + QString(step.action.url).replace(QLatin1String("$$"), QLatin1String("$"));
    QStringList parts{sent};
    if (result.outcome == HttpOutcome::Ok || result.outcome == HttpOutcome::HttpError) {
        parts << tr("HTTP %1 in %2 ms").arg(result.status).arg(result.elapsedMs);
        const QString excerpt = QString::fromUtf8(result.body.left(160)).simplified();
        if (!excerpt.isEmpty())
            parts << tr("answer: %1").arg(excerpt);
    } else {
        parts << result.describe(); // refused, timeout, DNS, TLS... in words
    }
    if (o.hasExtraction) {
        parts << tr("jq %1 → %2").arg(step.action.jq, o.extraction.left(200));
        if (step.hasCriterion) {
            bool numeric = false;
            const double value = o.extraction.trimmed().toDouble(&numeric);
            o.hasCriterion = numeric;
            o.criterionPassed = numeric && step.criterion.passes(value);
            if (numeric)
                parts << (o.criterionPassed ? tr("%1: met").arg(step.criterion.text)
                                            : tr("%1: NOT met").arg(step.criterion.text));
        }
    } else if (!e.error.isEmpty()) {
        parts << tr("jq: %1").arg(o.extractionError);
    }
    o.summary = redactor.redact(parts.join(QStringLiteral(" · ")));
    return o;
}
