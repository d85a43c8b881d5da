#pragma once

#include "HttpReply.h"
#include "HttpTypes.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

class NetworkWorker;
class ReplyRouter;

// The background network layer: requests go in as values, each result comes back as a value to the
// HttpReply of that request only. All sockets, waiting and decoding live on one worker thread.
class Network final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxConcurrent = 16;
        int maxPerOrigin = 6; // a slow server cannot take every connection
    };

    explicit Network(QObject* parent = nullptr);
    Network(Options options, QObject* parent = nullptr);
    ~Network() override;

    // The reply lives in the calling thread, owned by owner (which must live there too); deleting it
    // aborts the request, so an owner going away cancels its requests.
    HttpReply* send(HttpRequest request, QObject* owner);
    static int liveReplies(); // for tests: transport replies not yet destroyed
    int awaitingResults() const; // for tests: requests whose result is not yet on its way to the reply

private:
    QThread m_thread;
    std::shared_ptr<ReplyRouter> m_router;
    NetworkWorker* m_worker;
    std::atomic<quint64> m_nextId{1};
};
