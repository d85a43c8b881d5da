#include "Network.h"

#include "BackgroundThread.h"
#include "HttpCall.h"
#include "NetworkWorker.h"

#include <QElapsedTimer>

Network::Network(QObject* parent)
    : Network(Options(), parent)
{
}

Network::Network(Options options, QObject* parent)
    : QObject(parent)
    , m_worker(new NetworkWorker(options.maxConcurrent, options.maxPerOrigin))
{
    qRegisterMetaType<HttpResult>();
    m_thread.setObjectName(QStringLiteral("network"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &NetworkWorker::finished, this, &Network::finished); // queued: crosses threads
    BackgroundThread::start(m_thread);
}

Network::~Network()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 Network::send(HttpRequest request)
{
    const quint64 id = m_nextId++;
    QElapsedTimer submitted;
    submitted.start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, request = std::move(request), submitted]() mutable {
            worker->enqueue(id, std::move(request), submitted);
        },
        Qt::QueuedConnection);
    return id;
}

void Network::cancel(quint64 id)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
}

int Network::liveReplies()
{
    return HttpCall::liveReplies();
}
