#include "IncidentFollower.h"

#include "BackgroundThread.h"
#include "FeedListener.h"
#include "IncidentStore.h"

#include <QDateTime>
#include <QTimer>

namespace {
constexpr int RetryReadMs = 250;
} // namespace

struct IncidentFollower::Worker : QObject
{
    IncidentFollower* owner;
    QString location;
    IncidentStore store;
    FeedListener* listener = nullptr;
    QTimer* poll = nullptr;
    QTimer* readSoon = nullptr; // notifications in a burst: one read for all of them
    qint64 incidentId = 0;
    qint64 lastSeq = 0;
    bool offline = false;

    Worker(IncidentFollower* owner_, QString location_)
        : owner(owner_)
        , location(std::move(location_))
    {
    }

    void start()
    {
        readSoon = new QTimer(this);
        readSoon->setSingleShot(true);
        readSoon->setInterval(0);
        QObject::connect(readSoon, &QTimer::timeout, this, [this] { read(); });
        if (!store.open(location))
            Q_EMIT owner->failed(store.errorString());
        if (StoreLocation::isServerUrl(location)) {
            listener = new FeedListener(location, this);
            QObject::connect(listener, &FeedListener::notified, this, [this](qint64 incident, qint64 seq) {
                if (incident == incidentId && seq > lastSeq)
                    readSoon->start();
            });
            QObject::connect(listener, &FeedListener::lost, this, [this](const QString& why) {
                if (!offline)
                    Q_EMIT owner->connectionLost(QDateTime::currentMSecsSinceEpoch(), why);
                offline = true;
            });
            QObject::connect(listener, &FeedListener::connected, this, [this] {
                // Whatever was announced while the listener was away is read now.
                if (offline) {
                    offline = false;
                    store.reconnect();
                    Q_EMIT owner->connectionRestored();
                }
                readSoon->start();
            });
            listener->start();
        } else {
            poll = new QTimer(this);
            QObject::connect(poll, &QTimer::timeout, this, [this] { read(); });
            poll->start(PollMs);
        }
    }

    void read()
    {
        if (incidentId == 0)
            return;
        if (!store.isOpen() && !store.open(location)) {
            // The server was away when this seat started: opened once it answers.
            QTimer::singleShot(RetryReadMs, this, [this] { read(); });
            return;
        }
        auto changes = store.changesSince(incidentId, lastSeq);
        if (!changes && store.lostConnection() && store.reconnect())
            changes = store.changesSince(incidentId, lastSeq); // a connection that died unnoticed, once
        if (!changes) {
            QTimer::singleShot(RetryReadMs, this, [this] { read(); }); // the server restarting: read again soon
            return;
        }
        if (changes->lastSeq == lastSeq)
            return;
        lastSeq = changes->lastSeq;
        Q_EMIT owner->changed(incidentId, *changes);
    }
};

IncidentFollower::IncidentFollower(QString location, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(this, std::move(location)))
{
    m_thread.setObjectName(QStringLiteral("incident-follower"));
    m_worker->moveToThread(&m_thread);
    BackgroundThread::start(m_thread);
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->start(); }, Qt::QueuedConnection);
}

IncidentFollower::~IncidentFollower()
{
    QMetaObject::invokeMethod(m_worker, [this] {
        delete m_worker; // closes its connections on their own thread
        m_worker = nullptr;
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
    m_thread.wait();
}

void IncidentFollower::follow(qint64 incidentId, qint64 afterSeq)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, incidentId, afterSeq] {
        w->incidentId = incidentId;
        w->lastSeq = afterSeq;
        w->read(); // anything between the caller's load and now
    }, Qt::QueuedConnection);
}
