#include "FeedListener.h"

#include "LogCategories.h"
#include "StoreLocation.h"
#include "StoreSchema.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QTimer>
#include <libpq-fe.h>

namespace {
// How long a watchdog query may stay unanswered before the connection counts as dead.
constexpr qint64 ProbeTimeoutMs = 3000;
} // namespace

FeedListener::FeedListener(QString url, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_watchdog(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_watchdog->setInterval(WatchdogMs);
    connect(m_watchdog, &QTimer::timeout, this, &FeedListener::watchdog);
    m_retry->setInterval(RetryMs);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &FeedListener::connectNow);
}

FeedListener::~FeedListener()
{
    delete m_notifier;
    if (m_conn)
        PQfinish(m_conn);
}

void FeedListener::start()
{
    connectNow();
}

void FeedListener::connectNow()
{
    const QByteArray url = m_url.toUtf8();
    // These unless the URL names its own: the URL, expanded last, overrides them.
    const char* keys[] = {"connect_timeout", "keepalives", "keepalives_idle", "keepalives_interval",
                          "keepalives_count", "tcp_user_timeout", "application_name", "dbname", nullptr};
    const char* values[] = {"3", "1", "5", "2", "3", "5000", "incident-console-feed", url.constData(), nullptr};
    pg_conn* conn = PQconnectdbParams(keys, values, 1);
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        if (why != m_lastFailure)
            qCWarning(lcStore, "change feed of %s: %s; retrying", qUtf8Printable(StoreLocation::masked(m_url)),
                      qUtf8Printable(why));
        m_lastFailure = why;
        if (!m_saidLost) { // a seat started while the server is away is told so, as one that lost it
            m_saidLost = true;
            Q_EMIT lost(why);
        }
        m_retry->start();
        return;
    }
    PGresult* listen = PQexec(conn, QByteArray("LISTEN ").append(StoreSchema::NotifyChannel).constData());
    const bool listening = PQresultStatus(listen) == PGRES_COMMAND_OK;
    PQclear(listen);
    if (!listening || PQsetnonblocking(conn, 1) != 0) {
        PQfinish(conn);
        m_retry->start();
        return;
    }
    m_conn = conn;
    m_lastFailure.clear();
    m_probeSentMs = 0;
    m_notifier = new QSocketNotifier(PQsocket(m_conn), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &FeedListener::readSocket);
    m_watchdog->start();
    qCInfo(lcStore, "change feed of %s: listening%s", qUtf8Printable(StoreLocation::masked(m_url)),
           m_everConnected ? " again" : "");
    m_everConnected = true;
    m_saidLost = false;
    Q_EMIT connected();
}

void FeedListener::drop(const QString& why)
{
    if (!m_conn)
        return;
    qCWarning(lcStore, "change feed of %s lost: %s", qUtf8Printable(StoreLocation::masked(m_url)), qUtf8Printable(why));
    m_watchdog->stop();
    delete m_notifier;
    m_notifier = nullptr;
    PQfinish(m_conn);
    m_conn = nullptr;
    m_saidLost = true;
    Q_EMIT lost(why);
    m_retry->start();
}

void FeedListener::readSocket()
{
    if (!m_conn)
        return;
    if (PQconsumeInput(m_conn) == 0 || PQstatus(m_conn) != CONNECTION_OK) {
        drop(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        return;
    }
    // The watchdog's answer, when it is complete.
    while (m_probeSentMs != 0 && PQisBusy(m_conn) == 0) {
        PGresult* result = PQgetResult(m_conn);
        if (!result) {
            m_probeSentMs = 0;
            break;
        }
        const bool failed = PQresultStatus(result) == PGRES_FATAL_ERROR;
        PQclear(result);
        if (failed) {
            drop(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
            return;
        }
    }
    while (PGnotify* notify = PQnotifies(m_conn)) {
        const QList<QByteArray> ids = QByteArray(notify->extra).split(' ');
        PQfreemem(notify);
        bool incidentOk = false, seqOk = false;
        if (ids.size() == 2) {
            const qint64 incident = ids.at(0).toLongLong(&incidentOk);
            const qint64 seq = ids.at(1).toLongLong(&seqOk);
            if (incidentOk && seqOk)
                Q_EMIT notified(incident, seq);
        }
    }
}

void FeedListener::watchdog()
{
    if (!m_conn)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_probeSentMs != 0) {
        if (now - m_probeSentMs > ProbeTimeoutMs)
            drop(tr("the server has not answered for %1 s").arg(ProbeTimeoutMs / 1000));
        return;
    }
    if (PQsendQuery(m_conn, "SELECT 1") == 0 || PQflush(m_conn) < 0) {
        drop(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        return;
    }
    m_probeSentMs = now;
}
