#pragma once

#include "MetricPanelData.h"
#include "Outbox.h"

#include <QObject>

#include <functional>
#include <memory>

class IncidentStore;
class StoreThread;

// Records this seat's timeline work (events, checks, header changes) from a thread of its own, through
// a connection of its own, so the UI never waits for a commit. Each entry is answered once, in the order
// written: recorded (after its commit, with its id), away (a shared store is unreachable: neither it
// nor anything after it is tried until resume()), conflicted (an edit of what another seat changed since:
// theirs is in the entry), or refused (the store said no, and why). Opening an incident goes the same way,
// so what is read includes everything written before it.
class EventWriter final : public QObject
{
    Q_OBJECT
public:
    explicit EventWriter(QString location, QObject* parent = nullptr);
    ~EventWriter() override; // tries everything already written, then stops

    void write(const Outbox::Entry& entry); // returns at once
    void resume();                           // after away(): the next entry written is tried again
    void load(qint64 incidentId);            // answered by loaded() or loadFailed()
    void create(const IncidentData& incident); // declared: answered by loaded() (with its id) or loadFailed(0)
    void loadSamples(qint64 incidentId);     // answered by samplesLoaded()
    void listIncidents();                    // answered by listed()
    void loadRevisions(qint64 eventId);      // answered by revisionsLoaded()
    // Other store work, in order with the rest; it hands its result back itself and never touches the UI.
    void run(std::function<void(IncidentStore& store)> work);
    void flush();                            // returns once every entry written so far was answered
    // One entry, in its own transaction; entry.event gets its id.
    static bool send(IncidentStore& store, Outbox::Entry& entry);
    // After an edit conflict: what the other seat saved, into the entry. False: it could not be read.
    static bool readTheirs(IncidentStore& store, Outbox::Entry& entry);

Q_SIGNALS:
    void recorded(const Outbox::Entry& entry);
    void away(const Outbox::Entry& entry);
    void conflicted(const Outbox::Entry& entry);
    void refused(const Outbox::Entry& entry, const QString& message);
    // feedPosition: the incident's last change before it was read; what other seats commit later follows it.
    void loaded(qint64 incidentId, const IncidentData& data, qint64 feedPosition);
    void loadFailed(qint64 incidentId, const QString& message);
    void samplesLoaded(qint64 incidentId, const QList<MetricPanelData>& kept);
    void listed(const QList<IncidentSummary>& incidents, const QString& error); // error: empty when read
    void revisionsLoaded(qint64 eventId, const QList<TimelineEvent>& earlier);

private:
    std::unique_ptr<StoreThread> m_thread;
    bool m_away = false; // used on the writer's thread only
};

Q_DECLARE_METATYPE(Outbox::Entry)
Q_DECLARE_METATYPE(IncidentData)
Q_DECLARE_METATYPE(IncidentSummary)
