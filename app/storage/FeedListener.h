#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;
class QTimer;
struct pg_conn;

// LISTENs to a shared store's change feed on a libpq connection of its own. A notification carries ids
// only ("incident_id seq"). NOTIFY is lost while the connection is down, and a dead socket says nothing
// by itself: a watchdog query every second finds it, the listener connects again, and connected() tells
// followers to re-read everything after the last change they saw. Never blocks its thread for long.
class FeedListener final : public QObject
{
    Q_OBJECT
public:
    explicit FeedListener(QString url, QObject* parent = nullptr);
    ~FeedListener() override;

    void start();
    bool isConnected() const { return m_conn != nullptr; }
    static constexpr int WatchdogMs = 1000;
    static constexpr int RetryMs = 200;

Q_SIGNALS:
    void connected();            // listening (again): whatever was missed must be read
    void lost(const QString& why); // the server went away; retrying
    void notified(qint64 incidentId, qint64 seq);

private:
    void connectNow();
    void drop(const QString& why);
    void readSocket();
    void watchdog();

    QString m_url;
    pg_conn* m_conn = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    QTimer* m_watchdog = nullptr;
    QTimer* m_retry = nullptr;
    qint64 m_probeSentMs = 0; // a watchdog query unanswered since then; 0: none out
    bool m_everConnected = false;
    bool m_saidLost = false; // lost() was emitted and connected() has not followed yet
    QString m_lastFailure;
};
