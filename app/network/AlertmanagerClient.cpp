#include "AlertmanagerClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>

namespace {
struct Decoded
{
    QList<AmAlert> alerts;
    int total = 0;
};
} // namespace
Q_DECLARE_METATYPE(Decoded)

namespace {
HttpRequest request(const AlertmanagerSource& source, const QString& endpoint, const QString& query = {})
{
    QUrl url = source.url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + endpoint);
    if (!query.isEmpty())
        url.setQuery(query);
    HttpRequest r;
    r.url = url;
    r.headers = {{"Accept", "application/json"}};
    for (const auto& [name, value] : source.headers)
        r.headers.append(qMakePair(name.toUtf8(), value.toUtf8()));
    r.deadlineMs = AlertmanagerClient::DeadlineMs;
    r.bearerTokenEnv = source.bearerTokenEnv;
    r.basicUserEnv = source.basicUserEnv;
    r.basicPasswordEnv = source.basicPasswordEnv;
    r.maxBodyBytes = AlertmanagerClient::MaxAnswerBytes;
    return r;
}

QString where(const HttpResult& result)
{
    return result.finalUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

HttpRequest AlertmanagerClient::groups(const AlertmanagerSource& source, int cap)
{
    HttpRequest r = request(source, QStringLiteral("/api/v2/alerts/groups"),
                            QStringLiteral("active=true&silenced=true&inhibited=true"));
    r.decoder = [cap](const QByteArray& body, int status, QString* error) -> QVariant {
        if (status < 200 || status >= 300)
            return {};
        auto snapshot = AlertmanagerJson::parseGroups(body, cap, error);
        return snapshot ? QVariant::fromValue(*snapshot) : QVariant();
    };
    r.keepDecodedBody = false;
    return r;
}

HttpRequest AlertmanagerClient::alerts(const AlertmanagerSource& source, int cap)
{
    HttpRequest r = request(source, QStringLiteral("/api/v2/alerts"),
                            QStringLiteral("active=true&silenced=true&inhibited=true"));
    r.decoder = [cap](const QByteArray& body, int status, QString* error) -> QVariant {
        if (status < 200 || status >= 300)
            return {};
        Decoded decoded;
        auto alerts = AlertmanagerJson::parseAlerts(body, cap, &decoded.total, error);
        if (!alerts)
            return {};
        decoded.alerts = std::move(*alerts);
        return QVariant::fromValue(decoded);
    };
    r.keepDecodedBody = false;
    return r;
}

HttpRequest AlertmanagerClient::status(const AlertmanagerSource& source)
{
    return request(source, QStringLiteral("/api/v2/status"));
}

QStringList AlertmanagerClient::matchers(const AmAlert& alert)
{
    QStringList shown;
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
        shown << it.key() + QStringLiteral("=\"") + it.value() + QLatin1Char('"');
    return shown;
}

HttpRequest AlertmanagerClient::silence(const AlertmanagerSource& source, const AmAlert& alert, qint64 startsMs,
                                        qint64 endsMs, const QString& createdBy, const QString& comment)
{
    QJsonArray matchers;
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
        matchers.append(QJsonObject{{QStringLiteral("name"), it.key()},
                                    {QStringLiteral("value"), it.value()},
                                    {QStringLiteral("isRegex"), false},
                                    {QStringLiteral("isEqual"), true}});
    const QJsonObject body{{QStringLiteral("matchers"), matchers},
                           {QStringLiteral("startsAt"), rfc3339(startsMs)},
                           {QStringLiteral("endsAt"), rfc3339(endsMs)},
                           {QStringLiteral("createdBy"), createdBy},
                           {QStringLiteral("comment"), comment}};
    HttpRequest r = request(source, QStringLiteral("/api/v2/silences"));
    r.method = "POST";
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpRequest AlertmanagerClient::expireSilence(const AlertmanagerSource& source, const QString& silenceId)
{
    HttpRequest r = request(source, QStringLiteral("/api/v2/silence/") +
                                        QString::fromLatin1(QUrl::toPercentEncoding(silenceId)));
    r.method = "DELETE";
    return r;
}

QString AlertmanagerClient::problem(const HttpResult& result)
{
    const QString url = where(result);
    // A GET of the API that finds nothing there; a DELETE of a silence that is gone answers 404 too.
    if (result.status == 404 && !result.finalUrl.path().contains(QLatin1String("/api/v2/silence/")))
        return tr("Alertmanager at %1 answered 404: this URL has no API v2. Point the console at Alertmanager 0.16 "
                  "or later (the address of its web page, without /api).")
            .arg(url);
    if (result.contentType.contains("html") || result.body.trimmed().startsWith('<'))
        return tr("Alertmanager at %1 answered HTTP %2 with an HTML page, not JSON: a proxy or load balancer in "
                  "between is failing or asks to log in. Check the URL and the proxy.")
            .arg(url)
            .arg(result.status);
    if (result.outcome == HttpOutcome::Malformed)
        return tr("Alertmanager at %1 sent an answer the console cannot read: %2. Check that the URL is "
                  "Alertmanager's and not another server's.")
            .arg(url, result.detail);
    if (result.outcome == HttpOutcome::TooLarge)
        return tr("Alertmanager at %1 sent more than %2 MiB of alerts. Silence or fix the noisiest alerts, or "
                  "point the console at a narrower Alertmanager (a tenant header).")
            .arg(url)
            .arg(MaxAnswerBytes / (1024 * 1024));
    if (!result.ok()) {
        // Alertmanager says why in its body ({"message": ...} or a quoted string); it is redacted already.
        const QString said = QString::fromUtf8(result.body.left(300)).simplified();
        return said.isEmpty() ? tr("Alertmanager: %1").arg(result.describe())
                              : tr("Alertmanager: %1 It said: %2").arg(result.describe(), said);
    }
    return {};
}

QString AlertmanagerClient::listProblem(const HttpResult& result)
{
    if (QString p = problem(result); !p.isEmpty())
        return p;
    if (!result.decoded.isValid())
        return tr("Alertmanager at %1 answered HTTP %2 with nothing to read (an empty body). Check that the URL is "
                  "Alertmanager's and not a proxy's or a health check's.")
            .arg(where(result))
            .arg(result.status);
    return {};
}

AlertmanagerSource AlertmanagerClient::withUrl(const AlertmanagerSource& source, const QUrl& url)
{
    AlertmanagerSource moved = source;
    const auto origin = [](const QUrl& u) { return QStringList{u.scheme(), u.host().toLower(), QString::number(u.port(u.scheme() == QLatin1String("https") ? 443 : 80))}; };
    if (source.isSet() && origin(source.url) != origin(url)) {
        moved.bearerTokenEnv.clear();
        moved.basicUserEnv.clear();
        moved.basicPasswordEnv.clear();
        moved.headers.clear();
    }
    moved.url = url;
    return moved;
}

QList<AmAlert> AlertmanagerClient::alertList(const HttpResult& result, int* total)
{
    const Decoded decoded = result.decoded.value<Decoded>();
    *total = decoded.total;
    return decoded.alerts;
}

qint64 AlertmanagerClient::startedMs(const HttpResult& result)
{
    const QJsonObject o = QJsonDocument::fromJson(result.body).object();
    return AlertmanagerJson::parseTime(o.value(QLatin1String("uptime")).toString());
}

QString AlertmanagerClient::silenceId(const HttpResult& result)
{
    QString error;
    return AlertmanagerJson::parseSilenceId(result.body, &error);
}
