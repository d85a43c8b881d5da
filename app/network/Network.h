#pragma once

#include "HttpTypes.h"

#include <QObject>
#include <QThread>
#include <atomic>

class NetworkWorker;

// The background network layer: requests go in as values, results come back as values through a
// queued signal. All sockets, waiting and decoding live on one worker thread.
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

    quint64 send(HttpRequest request); // thread-safe; the result arrives as finished(result)
    void cancel(quint64 id);
    static int liveReplies(); // for tests: replies not yet destroyed

Q_SIGNALS:
    void finished(const HttpResult& result);

private:
    QThread m_thread;
    NetworkWorker* m_worker;
    std::atomic<quint64> m_nextId{1};
};
