#include "ReplyRouter.h"

#include "HttpReply.h"
#include "NetworkWorker.h"

void ReplyRouter::attach(NetworkWorker* worker)
{
    const QMutexLocker lock(&m_mutex);
    m_worker = worker;
}

void ReplyRouter::add(quint64 id, HttpReply* reply)
{
    const QMutexLocker lock(&m_mutex);
    m_replies.insert(id, reply);
}

void ReplyRouter::deliver(const HttpResult& result)
{
    // Posted under the lock: the reply cannot be destroyed in between, and a queued call to an object
    // deleted before it runs is dropped by Qt.
    const QMutexLocker lock(&m_mutex);
    HttpReply* reply = m_replies.take(result.id);
    if (reply)
        QMetaObject::invokeMethod(reply, [reply, result] { reply->complete(result); }, Qt::QueuedConnection);
}

void ReplyRouter::cancel(quint64 id)
{
    const QMutexLocker lock(&m_mutex);
    if (m_replies.contains(id))
        cancelOnWorker(id);
}

void ReplyRouter::forget(quint64 id)
{
    const QMutexLocker lock(&m_mutex);
    if (m_replies.remove(id) > 0)
        cancelOnWorker(id);
}

int ReplyRouter::waiting()
{
    const QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_replies.size());
}

void ReplyRouter::cancelOnWorker(quint64 id)
{
    if (NetworkWorker* worker = m_worker) // the worker is deleted only after attach(nullptr)
        QMetaObject::invokeMethod(worker, [worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
}
