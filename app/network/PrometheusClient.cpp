#include "PrometheusClient.h"

#include "PrometheusDecoder.h"

#include <cmath>

namespace {
// Query strings are built by hand: PromQL holds '+', which a form-encoded query would read as a space.
QString encodedQuery(const QList<QPair<QString, QString>>& items)
{
    QStringList parts;
    for (const auto& [key, value] : items)
        parts << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    return parts.join(QLatin1Char('&'));
}

HttpRequest request(const QUrl& base, const QString& endpoint, const QString& query, const PrometheusAuth& auth,
                    int deadlineMs)
{
    QUrl url = base;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + endpoint);
    url.setQuery(query, QUrl::StrictMode);
    HttpRequest r;
    r.url = url;
    r.headers = {{"Accept", "application/json"}};
    r.deadlineMs = deadlineMs;
    r.bearerTokenEnv = auth.bearerTokenEnv;
    r.basicUserEnv = auth.basicUserEnv;
    r.basicPasswordEnv = auth.basicPasswordEnv;
    r.decoder = [](const QByteArray& body, int, QString* error) {
        return QVariant::fromValue(PrometheusDecoder::decode(body, error));
    };
    r.keepDecodedBody = false; // panels need the samples, not the bytes
    return r;
}

QString seconds(double s)
{
    return QString::number(s, 'f', 3);
}
} // namespace

double PrometheusClient::chooseStep(double startSec, double endSec, double minStepSec)
{
    const double span = qMax(0.0, endSec - startSec);
    // Points = span / step + 1 must stay within the limit.
    const double needed = std::ceil(span / (MaxPointsPerSeries - 1));
    return qMax(qMax(1.0, std::ceil(minStepSec)), needed);
}

HttpRequest PrometheusClient::rangeQuery(const QUrl& base, const QString& promql, double startSec, double endSec,
                                         double stepSec, const PrometheusAuth& auth, int deadlineMs)
{
    const QString query = encodedQuery({{QStringLiteral("query"), promql},
                                        {QStringLiteral("start"), seconds(startSec)},
                                        {QStringLiteral("end"), seconds(endSec)},
                                        {QStringLiteral("step"), seconds(stepSec)}});
    return request(base, QStringLiteral("/api/v1/query_range"), query, auth, deadlineMs);
}

HttpRequest PrometheusClient::instantQuery(const QUrl& base, const QString& promql, double timeSec,
                                           const PrometheusAuth& auth, int deadlineMs)
{
    const QString query = encodedQuery({{QStringLiteral("query"), promql}, {QStringLiteral("time"), seconds(timeSec)}});
    return request(base, QStringLiteral("/api/v1/query"), query, auth, deadlineMs);
}

PromResponse PrometheusClient::response(const HttpResult& result)
{
    return result.decoded.value<PromResponse>();
}

QString PrometheusClient::problem(const HttpResult& result)
{
    const PromResponse r = response(result);
    const bool decoded = result.decoded.isValid() && (r.success || !r.errorType.isEmpty() || !r.error.isEmpty());
    if (decoded && !r.success)
        return r.describeError();
    // Qt reads a chunk size that is not hexadecimal as the last chunk: a clean end, too soon.
    if (result.outcome == HttpOutcome::Malformed && result.chunked && r.truncated)
        return tr("Prometheus at %1: the connection broke the HTTP chunked encoding, so the answer is incomplete "
                  "(%2). Try again; if it keeps happening, check the proxy or load balancer in between.")
            .arg(result.finalUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), result.detail);
    if (!result.ok())
        return result.describe();
    if (!result.decoded.isValid()) // the decoder only runs on a body
        return tr("Prometheus at %1 answered with an empty body (HTTP %2). Check that the URL points at Prometheus "
                  "itself and not at a proxy or a health check.")
            .arg(result.finalUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
            .arg(result.status);
    if (r.series.isEmpty())
        return tr("No series matched the query (the result is empty). Check the metric name and labels.");
    return {};
}
