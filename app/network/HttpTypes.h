#pragma once

#include "Redactor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QVariant>
#include <functional>

// Turns a response body into a value on the worker thread; sets *error when the body is malformed.
using ResponseDecoder = std::function<QVariant(const QByteArray& body, int httpStatus, QString* error)>;

// A request as a value: what to send, how long it may take, and how to decode the answer.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int deadlineMs = 30'000;                // wall clock, from send() to the result, queueing included
    qint64 maxBodyBytes = 64 * 1024 * 1024; // larger answers end as TooLarge
    int maxRedirects = 5;
    bool verifyPeer = true; // false only for a runbook's curl -k, which the commander saw before sending
    // Credentials are named, not held: the worker reads these environment variables at send time.
    QString bearerTokenEnv;
    QString basicUserEnv;
    QString basicPasswordEnv;
    QStringList secretEnvs; // further variables whose values must never appear in results or logs
    Redactor secrets;       // values from elsewhere (a session's, given in the console), masked the same way
    ResponseDecoder decoder;
    bool keepDecodedBody = true; // false: once decoded, only the decoded value is kept, not the bytes
};

enum class HttpOutcome { Ok, HttpError, Timeout, Refused, Dns, Tls, ConnectionLost, Malformed, TooLarge, Cancelled, Failed };

struct HttpResult
{
    quint64 id = 0; // routes the result to its HttpReply
    HttpOutcome outcome = HttpOutcome::Failed;
    int status = 0;
    QByteArray contentType;
    bool chunked = false; // the body came in HTTP chunked encoding (Qt ends it early at a bad chunk size)
    QByteArray body; // up to maxBodyBytes; empty when TooLarge, or decoded and not kept
    QUrl finalUrl;
    qint64 elapsedMs = 0;
    QString detail;  // the transport's or decoder's own words
    QVariant decoded;

    bool ok() const { return outcome == HttpOutcome::Ok; }
    QString describe() const; // one sentence for people: what happened, where
};
Q_DECLARE_METATYPE(HttpResult)

class HttpOutcomeInfo
{
    Q_DECLARE_TR_FUNCTIONS(HttpOutcomeInfo)
public:
    static QString key(HttpOutcome outcome);
    static QString describe(const HttpResult& result);
};
