#pragma once

#include "AlertmanagerAlert.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

class Clock;
class HttpReply;
struct HttpResult;
class Network;

// Asks Alertmanager for its alert groups every refresh (one request at a time) and says what it found,
// or that it is down: never "no alerts" for an Alertmanager that did not answer.
class AlertmanagerWatcher final : public QObject
{
    Q_OBJECT
public:
    // How long Alertmanager must have run before a missing alert counts as resolved: Prometheus sends
    // firing alerts again every minute, so a restarted Alertmanager knows them all again by then.
    static constexpr qint64 ResendGraceMs = 90'000;

    AlertmanagerWatcher(Network& network, const Clock& clock, QObject* parent = nullptr);

    void setSource(const AlertmanagerSource& source); // starts watching (an unset source stops)
    const AlertmanagerSource& source() const { return m_source; }
    void refreshNow();
    bool isUp() const { return m_up; }
    bool hasAnswered() const { return m_answered; }
    QString problem() const { return m_problem; }
    const AmSnapshot& last() const { return m_last; }
    qint64 lastAnswerMs() const { return m_lastAnswerMs; }
    // A missing alert may be called resolved: the list is complete, Alertmanager's start time was asked
    // after the list came (a restart between two refreshes shows there), and it has run long enough.
    bool settled() const;
    void verifyStart(); // asks its start time now; startVerified() follows
    void setResendGraceMs(qint64 ms) { m_graceMs = ms; } // tests: a shorter wait than Prometheus' minute

Q_SIGNALS:
    void refreshed(const AmSnapshot& snapshot); // a good answer (the same alerts again included)
    void failed(const QString& problem);        // down, or an answer that is not Alertmanager's
    void startVerified();

private:
    void poll();
    void answered(const HttpResult& result);
    void askStatus();

    Network& m_network;
    const Clock& m_clock;
    AlertmanagerSource m_source;
    QTimer m_timer;
    QPointer<HttpReply> m_inFlight;
    QPointer<HttpReply> m_statusReply;
    AmSnapshot m_last;
    bool m_up = false;
    bool m_answered = false;
    QString m_problem;
    qint64 m_lastAnswerMs = 0;
    qint64 m_startedMs = 0;     // Alertmanager's own start, from its status; 0: not known yet
    qint64 m_upSinceMs = 0;     // this console's first good answer since it was last down
    qint64 m_statusAskedMs = 0;
    qint64 m_startCheckedMs = 0; // when its start time last came back
    qint64 m_graceMs = ResendGraceMs;
    bool m_noStatus = false;     // it has no /api/v2/status (a proxy, a clone): time up is all there is
};
