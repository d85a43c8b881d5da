#pragma once

#include "HttpTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <deque>
#include <memory>

class HttpCall;
class ReplyRouter;
class QNetworkAccessManager;
class QTimer;

// Lives on the network thread and owns the QNetworkAccessManager. Queues requests so that no origin
// takes more than its share of connections.
class NetworkWorker final : public QObject
{
    Q_OBJECT
public:
    NetworkWorker(ReplyRouter& router, int maxConcurrent, int maxPerOrigin);
    ~NetworkWorker() override;

    void enqueue(quint64 id, HttpRequest request, QElapsedTimer submitted);
    void cancel(quint64 id);
    void shutdown();

private:
    struct Pending
    {
        quint64 id;
        HttpRequest request;
        QElapsedTimer submitted;
        QTimer* deadline;
    };
    void startEligible();
    void complete(quint64 id, const HttpResult& result);
    int activeFor(const QString& origin) const;

    ReplyRouter& m_router; // results go to their own reply, nowhere else
    int m_maxConcurrent;
    int m_maxPerOrigin;
    QNetworkAccessManager* m_manager = nullptr;
    std::deque<Pending> m_pending;
    QHash<quint64, HttpCall*> m_active;
};
