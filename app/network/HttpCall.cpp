#include "HttpCall.h"

#include "LogCategories.h"

#include <QAtomicInt>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace {
QAtomicInt g_liveReplies;
constexpr qint64 DecoderPadding = 64; // room past the end for parsers that read ahead (simdjson)

bool isAuthHeader(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "cookie" || lower == "proxy-authorization";
}
} // namespace

HttpCall::HttpCall(QNetworkAccessManager& manager, quint64 id, HttpRequest request, QElapsedTimer submitted,
                   QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_id(id)
    , m_request(std::move(request))
    , m_submitted(submitted)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { abortWith(Stop::Deadline); });
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply.data();
    }
}

int HttpCall::liveReplies()
{
    return g_liveReplies.loadAcquire();
}

QString HttpCall::originOf(const QUrl& url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

QString HttpCall::origin() const
{
    return originOf(m_request.url);
}

void HttpCall::start()
{
    m_redactor = m_request.secrets;
    const qint64 left = m_request.deadlineMs - m_submitted.elapsed();
    if (left <= 0) {
        finish(HttpOutcome::Timeout, tr("the deadline passed while the request waited for a free connection"));
        return;
    }
    m_deadline->start(static_cast<int>(left));
    for (const QString& name : m_request.secretEnvs)
        m_redactor.addSecret(qgetenv(name.toLocal8Bit().constData()));
    send(m_request.url, m_request.method, m_request.body, true);
}

void HttpCall::send(const QUrl& url, const QByteArray& method, const QByteArray& body, bool withCredentials)
{
    m_url = url;
    m_method = method;
    m_sentBody = body;
    m_withCredentials = withCredentials;
    m_body.clear();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(0); // the wall-clock deadline above governs
    if (!m_request.verifyPeer) {
        QSslConfiguration tls = request.sslConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
    for (const auto& [name, value] : std::as_const(m_request.headers)) {
        if (withCredentials || !isAuthHeader(name))
            request.setRawHeader(name, value);
        if (isAuthHeader(name))
            m_redactor.addSecret(value);
    }
    // Credentials come from the environment at send time and never reach another origin.
    if (withCredentials && !m_request.bearerTokenEnv.isEmpty()) {
        const QByteArray token = qgetenv(m_request.bearerTokenEnv.toLocal8Bit().constData());
        if (token.isEmpty()) {
            finish(HttpOutcome::Failed, tr("the environment variable %1 (the bearer token) is not set; set it "
                                           "before starting the console")
                                            .arg(m_request.bearerTokenEnv));
            return;
        }
        m_redactor.addSecret(token);
        m_redactor.addSecret(QByteArray("Bearer ") + token);
        request.setRawHeader("Authorization", QByteArray("Bearer ") + token);
    }
    if (withCredentials && !m_request.basicUserEnv.isEmpty()) {
        const QByteArray user = qgetenv(m_request.basicUserEnv.toLocal8Bit().constData());
        const QByteArray password = qgetenv(m_request.basicPasswordEnv.toLocal8Bit().constData());
        if (user.isEmpty()) {
            finish(HttpOutcome::Failed, tr("the environment variable %1 (the user name) is not set; set it "
                                           "before starting the console")
                                            .arg(m_request.basicUserEnv));
            return;
        }
        const QByteArray credentials = (user + ':' + password).toBase64();
        m_redactor.addSecret(password);
        m_redactor.addSecret(credentials);
        request.setRawHeader("Authorization", QByteArray("Basic ") + credentials);
    }
    // HEAD through sendCustomRequest would wait for the body its Content-Length promises.
    m_reply = method == "HEAD" ? m_manager.head(request) : m_manager.sendCustomRequest(request, method, body);
    g_liveReplies.ref();
    // The reply itself is the context: the count must drop even when this call is gone first.
    connect(m_reply, &QObject::destroyed, m_reply, [] { g_liveReplies.deref(); });
    m_reply->setReadBufferSize(1024 * 1024);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpCall::onMetaData);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
}

void HttpCall::cancel()
{
    abortWith(Stop::Cancelled);
}

void HttpCall::abortWith(Stop reason)
{
    if (m_done)
        return;
    m_stop = reason;
    if (m_reply)
        m_reply->abort(); // finished() follows synchronously and classifies
    else
        onFinished();
}

void HttpCall::onMetaData()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_request.maxBodyBytes)
        abortWith(Stop::TooLarge);
    else if (length.isValid())
        m_body.reserve(length.toLongLong() + DecoderPadding); // one allocation for an announced body
}

void HttpCall::onReadyRead()
{
    // Straight from the reply into the body, never past the cap: more than fits is already too large.
    while (m_reply && m_stop == Stop::None && !m_done) {
        const qint64 available = m_reply->bytesAvailable();
        if (available <= 0)
            return;
        const qint64 size = m_body.size();
        if (available > m_request.maxBodyBytes - size) {
            abortWith(Stop::TooLarge);
            return;
        }
        if (size + available + DecoderPadding > m_body.capacity()) {
            // Unannounced length: reserve the cap at once. Untouched pages cost nothing, and growing by
            // reallocation would hold the old and the new block together at the worst moment.
            m_body.reserve(m_request.maxBodyBytes + DecoderPadding);
        }
        m_body.resize(size + available);
        const qint64 got = m_reply->read(m_body.data() + size, available);
        m_body.resize(size + qMax<qint64>(0, got));
        if (got <= 0)
            return;
    }
}

bool HttpCall::followRedirect()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (status < 300 || status >= 400 || !location.isValid())
        return false;
    if (m_request.maxRedirects == 0) {
        finish(HttpOutcome::HttpError, tr("a redirect to %1, which is not followed").arg(m_url.resolved(location).host()));
        return true;
    }
    if (++m_redirects > m_request.maxRedirects) {
        finish(HttpOutcome::Failed, tr("more than %1 redirects").arg(m_request.maxRedirects));
        return true;
    }
    const QUrl next = m_url.resolved(location);
    const bool sameOrigin = originOf(next) == originOf(m_url);
    const bool keepMethod = status == 307 || status == 308 || m_method == "HEAD";
    QNetworkReply* old = m_reply;
    m_reply.clear();
    old->disconnect(this);
    old->deleteLater();
    send(next, keepMethod ? m_method : QByteArrayLiteral("GET"), keepMethod ? m_sentBody : QByteArray(),
         m_withCredentials && sameOrigin);
    return true;
}

void HttpCall::onFinished()
{
    if (m_done)
        return;
    QNetworkReply* reply = m_reply;
    if (reply && m_stop == Stop::None && reply->error() == QNetworkReply::NoError && followRedirect())
        return;
    if (reply && m_stop == Stop::None)
        onReadyRead(); // what is left, under the same cap
    const int status = reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    const auto error = reply ? reply->error() : QNetworkReply::NoError;
    switch (m_stop) {
    case Stop::Deadline:
        finish(HttpOutcome::Timeout, tr("no complete answer within %1 ms").arg(m_request.deadlineMs));
        return;
    case Stop::Cancelled:
        finish(HttpOutcome::Cancelled, QString());
        return;
    case Stop::TooLarge:
        m_body.clear(); // a cut-off answer is not read; its memory goes back at once
        finish(HttpOutcome::TooLarge, QString::number(m_request.maxBodyBytes / (1024 * 1024)));
        return;
    case Stop::None:
        break;
    }
    if (!m_sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        QStringList errors;
        for (const QSslError& e : std::as_const(m_sslErrors))
            errors << e.errorString();
        finish(HttpOutcome::Tls, errors.isEmpty() ? reply->errorString() : errors.join(QStringLiteral("; ")));
        return;
    }
    if (status >= 400) {
        finish(HttpOutcome::HttpError, QString());
        return;
    }
    switch (error) {
    case QNetworkReply::NoError:
        finish(status >= 200 && status < 300 ? HttpOutcome::Ok : HttpOutcome::HttpError, QString());
        return;
    case QNetworkReply::ConnectionRefusedError:
        finish(HttpOutcome::Refused, reply->errorString());
        return;
    case QNetworkReply::HostNotFoundError:
        finish(HttpOutcome::Dns, reply->errorString());
        return;
    case QNetworkReply::TimeoutError:
        finish(HttpOutcome::Timeout, reply->errorString());
        return;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
        finish(HttpOutcome::ConnectionLost,
               status > 0 ? tr("after %1 bytes of the body: %2").arg(m_body.size()).arg(reply->errorString())
                          : reply->errorString());
        return;
    default:
        finish(HttpOutcome::Failed, reply->errorString());
        return;
    }
}

void HttpCall::finish(HttpOutcome outcome, const QString& detail)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline->stop();
    HttpResult result;
    result.id = m_id;
    result.outcome = outcome;
    result.finalUrl = m_url.isValid() ? m_url : m_request.url;
    // A redirect may carry a secret in its path or query: the result names the place without it.
    if (const QString shown = result.finalUrl.toString(); m_redactor.redact(shown) != shown)
        result.finalUrl = QUrl(m_redactor.redact(shown));
    result.elapsedMs = m_submitted.elapsed();
    if (m_reply) {
        result.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.chunked = m_reply->rawHeader("Transfer-Encoding").toLower().contains("chunked");
    }
    result.detail = m_redactor.redact(detail);
    // Decoding happens here, on the worker thread, for answers and error envelopes alike.
    if (m_request.decoder && !m_body.isEmpty() && (outcome == HttpOutcome::Ok || outcome == HttpOutcome::HttpError)) {
        m_body.reserve(m_body.size() + DecoderPadding); // usually there already (see onReadyRead)
        QString decodeError;
        result.decoded = m_request.decoder(m_body, result.status, &decodeError);
        decodeError = m_redactor.redact(decodeError); // it may quote the answer, which may echo a secret
        if (!decodeError.isEmpty() && outcome == HttpOutcome::Ok) {
            result.outcome = HttpOutcome::Malformed;
            result.detail = decodeError;
        } else if (!decodeError.isEmpty() && result.detail.isEmpty()) {
            result.detail = decodeError;
        }
    }
    if (m_request.keepDecodedBody || !m_request.decoder)
        result.body = m_redactor.redact(m_body);
    m_body = QByteArray(); // the result holds its own copy, if any
    logOutcome(result);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply.clear();
    }
    Q_EMIT done(result);
}

void HttpCall::logOutcome(const HttpResult& result) const
{
    // Method, address without user, query or fragment, outcome: never a header or a body.
    const QString where =
        m_redactor.redact(result.finalUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
    const QString status = result.status > 0 ? QStringLiteral(" HTTP %1").arg(result.status) : QString();
    const QString detail = result.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_redactor.excerpt(result.detail, 200));
    const QString line = QStringLiteral("%1 %2: %3%4 in %5 ms%6")
                             .arg(QString::fromLatin1(m_method.isEmpty() ? m_request.method : m_method), where,
                                  HttpOutcomeInfo::key(result.outcome), status)
                             .arg(result.elapsedMs)
                             .arg(detail);
    // Polling answers every second: a success is a debug line, a failure is worth keeping.
    if (result.outcome == HttpOutcome::Ok || result.outcome == HttpOutcome::Cancelled)
        qCDebug(lcNetwork, "%s", qUtf8Printable(line));
    else
        qCInfo(lcNetwork, "%s", qUtf8Printable(line));
}
