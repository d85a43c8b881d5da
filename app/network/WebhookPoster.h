#pragma once

#include "HttpTypes.h"

#include <QCoreApplication>
#include <QUrl>

// Status updates to a Slack-compatible incoming webhook: POST {"text": ...}. The URL is a secret
// (its path grants posting), so messages name only its host.
class WebhookPoster
{
    Q_DECLARE_TR_FUNCTIONS(WebhookPoster)
public:
    static constexpr const char* UrlEnv = "IC_STATUS_WEBHOOK_URL";

    static QUrl configuredUrl(); // the environment's, else the settings'
    static HttpRequest request(const QUrl& url, const QString& text, int deadlineMs = 10'000);
    static QString describe(const HttpResult& result); // what the commander reads after posting
};
