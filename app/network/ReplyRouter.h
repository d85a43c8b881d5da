#pragma once

#include "HttpTypes.h"

#include <QHash>
#include <QMutex>

class HttpReply;
class NetworkWorker;

// The only way a result travels from the worker thread to its reply; shared by the Network and every
// reply, so a reply that outlives the Network, or one deleted while its result is in flight, is harmless.
class ReplyRouter final
{
public:
    void attach(NetworkWorker* worker);             // null: the worker is going away
    void add(quint64 id, HttpReply* reply);         // caller's thread, before the request is queued
    void deliver(const HttpResult& result);         // worker thread: queued to the reply, if it still exists
    void cancel(quint64 id);                        // the result follows as Cancelled
    void forget(quint64 id);                        // the reply is gone: abort the request, drop its result
    int waiting();                                  // requests whose result has not been handed over yet

private:
    void cancelOnWorker(quint64 id); // with m_mutex held

    QMutex m_mutex;
    NetworkWorker* m_worker = nullptr;
    QHash<quint64, HttpReply*> m_replies;
};
