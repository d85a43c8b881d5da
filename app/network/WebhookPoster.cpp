#include "WebhookPoster.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

QUrl WebhookPoster::configuredUrl()
{
    const QString fromEnv = qEnvironmentVariable(UrlEnv);
    if (!fromEnv.isEmpty())
        return QUrl(fromEnv);
    return QUrl(QSettings().value(QStringLiteral("webhookUrl")).toString());
}

HttpRequest WebhookPoster::request(const QUrl& url, const QString& text, int deadlineMs)
{
    HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.url = url;
    r.headers = {{"Content-Type", "application/json"}};
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact);
    r.deadlineMs = deadlineMs;
    r.maxBodyBytes = 1024 * 1024;
    r.maxRedirects = 0; // a webhook that redirects is misconfigured; do not carry the update elsewhere
    return r;
}

QString WebhookPoster::describe(const HttpResult& r)
{
    const QString host = r.finalUrl.host();
    switch (r.outcome) {
    case HttpOutcome::Ok:
        return tr("Posted to the webhook at %1.").arg(host);
    case HttpOutcome::HttpError: {
        // Slack answers plain text ("invalid_payload"); others JSON with a message.
        const QJsonObject json = QJsonDocument::fromJson(r.body).object();
        QString message = json.value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = json.value(QLatin1String("error")).toString();
        if (message.isEmpty())
            message = QString::fromUtf8(r.body.left(200)).trimmed();
        return tr("The webhook at %1 refused the update: HTTP %2%3. The update is recorded in the timeline; "
                  "check the webhook URL in the settings or %4.")
            .arg(host)
            .arg(r.status)
            .arg(message.isEmpty() ? QString() : QStringLiteral(" (") + message + QLatin1Char(')'),
                 QString::fromLatin1(UrlEnv));
    }
    case HttpOutcome::Timeout:
        return tr("The webhook at %1 did not answer within %2 s. The update is recorded in the timeline; post it "
                  "by hand if it matters.")
            .arg(host)
            .arg(r.elapsedMs / 1000);
    default:
        return tr("The update could not be posted to the webhook at %1 (%2). It is recorded in the timeline.")
            .arg(host, HttpOutcomeInfo::key(r.outcome));
    }
}
