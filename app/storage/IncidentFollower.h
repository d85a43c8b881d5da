#pragma once

#include "IncidentChanges.h"

#include <QObject>
#include <QThread>

class FeedListener;
class IncidentStore;
class QTimer;

// Brings what other seats record in one incident to this seat, read on a thread of its own through a
// connection of its own, so the UI never waits for the store. A shared store announces its changes
// (FeedListener); a SQLite file is asked for what is new every PollMs, a cheap indexed read.
// After the server went away and came back, everything after the last change seen is read again.
class IncidentFollower final : public QObject
{
    Q_OBJECT
public:
    explicit IncidentFollower(QString location, QObject* parent = nullptr);
    ~IncidentFollower() override;

    // Follows incidentId from after the feed position afterSeq; 0 stops following.
    void follow(qint64 incidentId, qint64 afterSeq);
    static constexpr int PollMs = 1000;

Q_SIGNALS:
    void changed(qint64 incidentId, const IncidentChanges& changes);
    void connectionLost(qint64 sinceMs, const QString& why);
    void connectionRestored();
    void failed(const QString& message);

private:
    struct Worker;
    QThread m_thread;
    Worker* m_worker = nullptr; // lives on m_thread
};
