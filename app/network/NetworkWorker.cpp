#include "NetworkWorker.h"

#include "HttpCall.h"
#include "ReplyRouter.h"

#include <QNetworkAccessManager>
#include <QTimer>

NetworkWorker::NetworkWorker(ReplyRouter& router, int maxConcurrent, int maxPerOrigin)
    : m_router(router)
    , m_maxConcurrent(maxConcurrent)
    , m_maxPerOrigin(maxPerOrigin)
{
}

NetworkWorker::~NetworkWorker()
{
    shutdown();
}

void NetworkWorker::shutdown()
{
    for (Pending& p : m_pending)
        delete p.deadline;
    m_pending.clear();
    const auto calls = m_active;
    m_active.clear();
    qDeleteAll(calls);
    delete m_manager;
    m_manager = nullptr;
}

int NetworkWorker::activeFor(const QString& origin) const
{
    int count = 0;
    for (const HttpCall* call : m_active)
        count += call->origin() == origin ? 1 : 0;
    return count;
}

void NetworkWorker::enqueue(quint64 id, HttpRequest request, QElapsedTimer submitted)
{
    if (!m_manager)
        m_manager = new QNetworkAccessManager(this); // created on this (the network) thread
    auto* deadline = new QTimer(this);
    deadline->setSingleShot(true);
    // A request still queued when its deadline passes ends as a timeout without ever being sent.
    connect(deadline, &QTimer::timeout, this, [this, id] {
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
            if (it->id != id)
                continue;
            HttpResult result;
            result.id = id;
            result.outcome = HttpOutcome::Timeout;
            result.finalUrl = it->request.url;
            result.elapsedMs = it->submitted.elapsed();
            result.detail = tr("it waited for a free connection until its deadline");
            it->deadline->deleteLater();
            m_pending.erase(it);
            m_router.deliver(result);
            return;
        }
    });
    deadline->start(qMax(0, request.deadlineMs - static_cast<int>(submitted.elapsed())));
    m_pending.push_back({id, std::move(request), submitted, deadline});
    startEligible();
}

void NetworkWorker::startEligible()
{
    for (auto it = m_pending.begin(); it != m_pending.end() && m_active.size() < m_maxConcurrent;) {
        const QString origin = HttpCall::originOf(it->request.url);
        if (activeFor(origin) >= m_maxPerOrigin) {
            ++it;
            continue;
        }
        Pending p = std::move(*it);
        it = m_pending.erase(it);
        delete p.deadline;
        auto* call = new HttpCall(*m_manager, p.id, std::move(p.request), p.submitted, this);
        m_active.insert(p.id, call);
        connect(call, &HttpCall::done, this, [this, id = p.id](const HttpResult& result) { complete(id, result); });
        call->start();
        it = m_pending.begin(); // start() may have finished at once and freed a slot
    }
}

void NetworkWorker::complete(quint64 id, const HttpResult& result)
{
    if (HttpCall* call = m_active.take(id))
        call->deleteLater();
    m_router.deliver(result);
    startEligible();
}

void NetworkWorker::cancel(quint64 id)
{
    if (HttpCall* call = m_active.value(id)) {
        call->cancel();
        return;
    }
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->id == id) {
            HttpResult result;
            result.id = id;
            result.outcome = HttpOutcome::Cancelled;
            result.finalUrl = it->request.url;
            result.elapsedMs = it->submitted.elapsed();
            delete it->deadline;
            m_pending.erase(it);
            m_router.deliver(result);
            return;
        }
    }
}
