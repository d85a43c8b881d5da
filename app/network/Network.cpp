#include "Network.h"

#include "BackgroundThread.h"
#include "HttpCall.h"
#include "NetworkWorker.h"
#include "ReplyRouter.h"

#include <QElapsedTimer>

Network::Network(QObject* parent)
    : Network(Options(), parent)
{
}

Network::Network(Options options, QObject* parent)
    : QObject(parent)
    , m_router(std::make_shared<ReplyRouter>())
    , m_worker(new NetworkWorker(*m_router, options.maxConcurrent, options.maxPerOrigin))
{
    qRegisterMetaType<HttpResult>();
    m_thread.setObjectName(QStringLiteral("network"));
    m_worker->moveToThread(&m_thread);
    m_router->attach(m_worker);
    BackgroundThread::start(m_thread);
}

Network::~Network()
{
    m_router->attach(nullptr); // replies that outlive the layer post nothing to a deleted worker
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

HttpReply* Network::send(HttpRequest request, QObject* owner)
{
    Q_ASSERT(!owner || owner->thread() == QThread::currentThread());
    const quint64 id = m_nextId++;
    auto* reply = new HttpReply(m_router, id, owner);
    m_router->add(id, reply); // before the worker can answer
    QElapsedTimer submitted;
    submitted.start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, request = std::move(request), submitted]() mutable {
            worker->enqueue(id, std::move(request), submitted);
        },
        Qt::QueuedConnection);
    return reply;
}

int Network::awaitingResults() const
{
    return m_router->waiting();
}

int Network::liveReplies()
{
    return HttpCall::liveReplies();
}
