#include "HttpTypes.h"

QString HttpResult::describe() const
{
    return HttpOutcomeInfo::describe(*this);
}

QString HttpOutcomeInfo::key(HttpOutcome outcome)
{
    switch (outcome) {
    case HttpOutcome::Ok:
        return QStringLiteral("ok");
    case HttpOutcome::HttpError:
        return QStringLiteral("http-error");
    case HttpOutcome::Timeout:
        return QStringLiteral("timeout");
    case HttpOutcome::Refused:
        return QStringLiteral("refused");
    case HttpOutcome::Dns:
        return QStringLiteral("dns");
    case HttpOutcome::Tls:
        return QStringLiteral("tls");
    case HttpOutcome::ConnectionLost:
        return QStringLiteral("connection-lost");
    case HttpOutcome::Malformed:
        return QStringLiteral("malformed");
    case HttpOutcome::TooLarge:
        return QStringLiteral("too-large");
    case HttpOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case HttpOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString HttpOutcomeInfo::describe(const HttpResult& r)
{
    const QString where = r.finalUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    switch (r.outcome) {
    case HttpOutcome::Ok:
        return tr("%1 answered %2 in %3 ms.").arg(where).arg(r.status).arg(r.elapsedMs);
    case HttpOutcome::HttpError:
        return tr("%1 answered HTTP %2%3.")
            .arg(where)
            .arg(r.status)
            .arg(r.detail.isEmpty() ? QString() : QStringLiteral(": ") + r.detail);
    case HttpOutcome::Timeout:
        return tr("%1 did not answer within %2 ms; it may be overloaded. Try again, or raise the timeout.")
            .arg(where)
            .arg(r.elapsedMs);
    case HttpOutcome::Refused:
        return tr("%1 refused the connection: nothing is listening there. Check that the server runs and the "
                  "address and port are right.")
            .arg(where);
    case HttpOutcome::Dns:
        return tr("The host of %1 could not be found (DNS). Check the name in the URL.").arg(where);
    case HttpOutcome::Tls:
        return tr("The TLS connection to %1 failed: %2. The certificate was not accepted; fix it on the "
                  "server or trust its CA.")
            .arg(where, r.detail);
    case HttpOutcome::ConnectionLost:
        return tr("The connection to %1 was closed before the answer was complete (%2).").arg(where, r.detail);
    case HttpOutcome::Malformed:
        return tr("%1 answered, but the body could not be read: %2.").arg(where, r.detail);
    case HttpOutcome::TooLarge:
        return tr("%1 sent more than the allowed %2 MB; the answer was cut off. Narrow the request.")
            .arg(where)
            .arg(r.detail);
    case HttpOutcome::Cancelled:
        return tr("The request to %1 was cancelled.").arg(where);
    case HttpOutcome::Failed:
        return tr("The request to %1 failed: %2.").arg(where, r.detail);
    }
    return {};
}
