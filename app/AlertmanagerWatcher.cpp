#include "AlertmanagerWatcher.h"

#include "Clock.h"
#include "network/AlertmanagerClient.h"
#include "network/Network.h"

namespace {
constexpr qint64 StatusEveryMs = 30'000; // a restart between two refreshes shows in its start time
}

AlertmanagerWatcher::AlertmanagerWatcher(Network& network, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{
    qRegisterMetaType<AmSnapshot>();
    connect(&m_timer, &QTimer::timeout, this, &AlertmanagerWatcher::poll);
}

void AlertmanagerWatcher::setSource(const AlertmanagerSource& source)
{
    m_source = source;
    delete m_inFlight;
    delete m_statusReply;
    m_up = m_answered = false;
    m_problem.clear();
    m_last = {};
    m_startedMs = m_upSinceMs = 0;
    if (!m_source.isSet()) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_source.refreshMs);
    poll();
}

void AlertmanagerWatcher::refreshNow()
{
    if (m_source.isSet())
        poll();
}

bool AlertmanagerWatcher::settled() const
{
    if (!m_up || m_last.capped())
        return false;
    if (m_noStatus)
        return m_clock.nowMs() - m_upSinceMs >= m_graceMs;
    return m_startedMs > 0 && m_startCheckedMs >= m_lastAnswerMs && m_clock.nowMs() - m_startedMs >= m_graceMs;
}

void AlertmanagerWatcher::verifyStart()
{
    // Once per list: a restarted Alertmanager is asked again with the next one, not in a loop.
    if (m_up && !m_noStatus && m_startCheckedMs < m_lastAnswerMs)
        askStatus();
}

void AlertmanagerWatcher::poll()
{
    if (m_inFlight)
        return; // a slow Alertmanager gets one request at a time, never a queue of them
    m_inFlight = m_network.send(AlertmanagerClient::groups(m_source), this);
    connect(m_inFlight, &HttpReply::finished, this, &AlertmanagerWatcher::answered);
    if (m_up && m_clock.nowMs() - m_statusAskedMs >= StatusEveryMs)
        askStatus();
}

void AlertmanagerWatcher::askStatus()
{
    if (m_statusReply)
        return;
    m_statusAskedMs = m_clock.nowMs();
    m_statusReply = m_network.send(AlertmanagerClient::status(m_source), this);
    connect(m_statusReply, &HttpReply::finished, this, [this](const HttpResult& result) {
        m_statusReply->deleteLater();
        const qint64 started = result.ok() ? AlertmanagerClient::startedMs(result) : 0;
        m_noStatus = result.status == 404 || (result.ok() && started == 0);
        if (started > 0) {
            m_startedMs = started;
            m_startCheckedMs = m_clock.nowMs();
        }
        if (started > 0 || m_noStatus)
            Q_EMIT startVerified();
    });
}

void AlertmanagerWatcher::answered(const HttpResult& result)
{
    m_inFlight->deleteLater();
    m_inFlight = nullptr;
    m_answered = true;
    const QString problem = AlertmanagerClient::listProblem(result);
    if (!problem.isEmpty()) {
        m_up = false;
        m_problem = problem;
        Q_EMIT failed(problem);
        return;
    }
    if (!m_up) {
        m_up = true;
        m_upSinceMs = m_clock.nowMs();
        m_startedMs = 0; // maybe restarted while it was away
        askStatus();
    }
    m_problem.clear();
    m_lastAnswerMs = m_clock.nowMs();
    m_last = AlertmanagerClient::snapshot(result);
    Q_EMIT refreshed(m_last);
}
