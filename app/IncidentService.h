#pragma once

#include "AlertEvaluator.h"
#include "AttachedAlerts.h"
#include "IncidentData.h"
#include "MetricPanelData.h"
#include "storage/Outbox.h"

#include <QTimer>

#include <QCoreApplication>
#include <QObject>
#include <memory>
#include <optional>

class Clock;
class EventWriter;
class Incident;
class IncidentFollower;
class IncidentStore;
struct IncidentChanges;
class SampleWriter;

struct DeclareRequest
{
    QString title;
    Severity severity = Severity::Sev2;
    QString commander;
    qint64 startedMs = 0; // 0: now
    qint64 detectedMs = 0; // 0: the moment it is declared
    QList<TimelineEvent> firstEvents = {}; // recorded with it (the alert it was declared from)
};

// Every change to the open incident goes through here. Nothing is shown as recorded before it is in the
// store: with an event writer (the window) work is shown as pending at once and recorded after its commit
// on the writer's thread; without one (the command line) it is stored before the call returns.
class IncidentService final : public QObject
{
    Q_OBJECT
public:
    IncidentService(IncidentStore& store, const Clock& clock, QByteArray checklistJson, QString language,
                    QObject* parent = nullptr);
    ~IncidentService() override;

    Incident* current() const { return m_current.get(); }
    IncidentStore& store() const { return m_store; }
    const Clock& clock() const { return m_clock; }
    QString lastError() const { return m_error; }
    QString author() const { return m_author; }
    void setAuthor(const QString& author) { m_author = author; }
    void setLanguage(const QString& language) { m_language = language; }

    // With an event writer the incident is created on its thread and shown once it is (opening(0) meanwhile).
    bool declare(const DeclareRequest& request);
    bool open(qint64 incidentId);
    // With an event writer: read on its thread and shown when it arrives (opening() says so meanwhile);
    // without one, at once. A failure comes back through failed().
    void openInBackground(qint64 incidentId);
    bool openDemo(const QByteArray& demoJson);
    void closeIncident();

    bool addNote(const QString& text);
    bool addEvent(EventKind kind, const QString& text);
    bool publishStatusUpdate(const QString& text); // recorded in the timeline; the cadence restarts
    bool setSeverity(Severity severity);
    // The status, and the key time it implies stamped now or at atMs (a moment the commander names).
    bool setStatus(IncidentStatus status, qint64 atMs = 0);
    bool setItemChecked(const QString& itemId, bool checked);
    // A runbook's step: kept among the incident's checked items under its RunbookProgress key, stamped
    // into the timeline with text; shared with every seat like the checklist.
    bool setRunbookStepChecked(const QString& stepKey, const QString& text, bool checked);
    bool addEvent(EventKind kind, const QString& text, const QString& phase); // phase: RunbookProgress::runPhase
    // An event that any seat may notice and record (a silence running out): recorded once per incident
    // and key, whichever seats record it (the same UUID; the store keeps the first).
    bool addSharedEvent(EventKind kind, const QString& text, const QString& phase, const QString& onceKey);
    static QUuid sharedEventUuid(qint64 incidentId, const QString& onceKey);
    // seenRevision: the event's revisions when the editor opened it (-1: the latest); another seat's edit since
    // then is never overwritten: editConflict() offers both.
    bool editEvent(qint64 eventId, const QString& text, qint64 atMs, int seenRevision = -1);
    // baseVersion: the post-mortem version the editor started from (-1: the latest); see postmortemConflict().
    bool savePostmortem(const PostmortemFields& fields, int baseVersion = -1);
    // Threshold alerts firing or resolving, in the evaluator's order; the first firing after the start
    // sets the detection time. Returns how many changed the timeline.
    int recordAlerts(const QList<AlertTransition>& transitions, const QString& unit);
    bool recordAlert(const AlertTransition& transition, const QString& unit); // false: nothing new was recorded
    // The last recorded transition of each alert, oldest first: what an evaluator continues from.
    QList<TimelineEvent> lastAlertStates() const;
    // Alertmanager: an alert attached to the open incident (once), and what its attached alerts did
    // since (resolved, firing again), each recorded once; the first firing sets the detection time.
    bool attachAlert(const AmAlert& alert);
    int recordAttachedChanges(const QList<AttachedAlerts::Change>& changes);
    // An incident from an alert, or from a group of them: the first one's summary, the worst SEV, the
    // earliest start (also the detection), each alert recorded first in the timeline.
    static DeclareRequest declareFrom(const QList<AmAlert>& alerts, const AlertSeverityMap& severities, qint64 nowMs);
    // Through the sample writer when there is one (the window: off the UI thread), else at once.
    bool recordSamples(const PanelDefinition& panel, const QList<MetricSeries>& batch);
    void setSampleWriter(SampleWriter* writer); // not owned; outlives the service's use of it
    // Timeline work goes through it, off the UI thread; not owned. Without one it is stored at once.
    void setEventWriter(EventWriter* writer);
    // Returns once every write asked for so far is answered and shown (tests, and before quitting): true
    // when none is still on its way.
    bool waitForWrites();
    int writingCount() const { return m_writing; } // asked for, not yet answered
    // What other seats record in the open incident arrives through it; not owned.
    void setFollower(IncidentFollower* follower);
    void applyChanges(qint64 incidentId, const IncidentChanges& changes);
    qint64 feedPosition() const { return m_feedPosition; }
    // A shared store: while it is unreachable, work waits in the outbox (not owned) and is sent once it is back.
    void setOutbox(Outbox* outbox);
    // A shared store's outbox: loads what an earlier run left, uses it, sends what it can. False: it could
    // not be read (*error says why); it is used all the same, empty.
    bool adoptOutbox(Outbox& outbox, QString* error);
    bool isOffline() const;
    qint64 offlineSinceMs() const { return m_offlineSinceMs; } // 0: online
    int waitingCount() const;
    bool flushOutbox(); // true when nothing waits any more
    void storeLost(qint64 sinceMs);
    void storeBack();
    // This seat's person and role (commander, scribe, comms, observer, wall), recorded with its events.
    QString role() const { return m_role; }
    void setRole(const QString& role) { m_role = role; }
    // This seat's person takes the role in the open incident (recorded once, with a timeline note).
    bool joinAs(const QString& role);
    // An explicit act: the timeline and every seat see it; the roles keep who commanded when.
    bool handOverCommand(const QString& to);
    static constexpr int RetryMs = 2000;
    QList<MetricPanelData> keptSamples(qint64 incidentId); // every sample recorded so far, written ones included
    // The same, read on the sample writer's thread after what it was given when there is one (done runs
    // later, on this thread); else done runs before this returns.
    void withKeptSamples(qint64 incidentId, std::function<void(const QList<MetricPanelData>&)> done);
    // A past incident's samples for its charts: read on the writer's thread when there is one, then
    // keptSamplesArrived(); without one, before it returns.
    void requestKeptSamples(qint64 incidentId);
    // The recorded incidents, newest first: read on the writer's thread when there is one, then incidentsListed().
    void requestIncidentList();
    // An edited event's earlier versions: read on the writer's thread when there is one, then revisionsArrived().
    void requestRevisions(qint64 eventId);
    // Store work the window must not wait for (moving an incident): on the writer's thread, after everything
    // written before it; without a writer, at once. It hands its result back with QMetaObject::invokeMethod.
    void runOffTheUiThread(std::function<void(IncidentStore& store)> work);

Q_SIGNALS:
    void currentChanged(Incident* incident);
    void opening(qint64 incidentId); // being read for openInBackground(); 0: being created for declare()
    void declared(qint64 incidentId); // a declared incident is in the store and shown
    void keptSamplesArrived(qint64 incidentId, const QList<MetricPanelData>& kept);
    void incidentsListed(const QList<IncidentSummary>& incidents, const QString& error);
    void revisionsArrived(qint64 eventId, const QList<TimelineEvent>& earlier);
    void failed(const QString& message);
    void changesArrived(const IncidentChanges& changes); // another seat's (or this one's echoed) work, applied
    void connectionChanged(); // offline or back, or the number of waiting events changed
    void editConflict(const TimelineEvent& theirs, const QString& myText, qint64 myAtMs);
    void postmortemConflict(const PostmortemFields& theirs, int theirVersion, const PostmortemFields& mine);

private:
    bool requireIncident();
    std::optional<IncidentData> newIncident(const DeclareRequest& request);
    enum class Creating { Nothing, Declared, Demo };
    void createInBackground(const IncidentData& data, Creating kind);
    bool write(Outbox::Entry& entry); // to the store, or to the outbox while the shared store is away
    bool send(Outbox::Entry& entry);
    void writeAnswered(const Outbox::Entry& entry, bool conflicted); // recorded, or a conflict shown
    void writeAway(const Outbox::Entry& entry);
    void writeRefused(const Outbox::Entry& entry, const QString& message);
    void takeBack(const Outbox::Entry& entry, const QString& message); // refused: shown as the store has it
    void showAsStored(qint64 incidentId);
    void applyRecorded(const Outbox::Entry& entry); // shown as the store has it now
    void showConflict(const Outbox::Entry& entry);  // theirs shown, both offered
    bool takeAnswered(const Outbox::Entry& entry);  // out of the outbox, if it was waiting there
    void continueAfterAnswer();
    void loaded(qint64 incidentId, const IncidentData& data, qint64 feedPosition);
    bool awaits(qint64 incidentId) const; // asked to open it (0: to create one), not yet shown
    bool isWaiting(const QUuid& uuid) const; // in the outbox
    bool resendOutbox();
    void showWaiting();
    void connectRetry();
    bool withinIncident(qint64 atMs) const;
    // The timeline's last transition of an alert at or before a time, and the next one after it.
    std::optional<AlertRef> recordedAlertAt(const QString& alertKey, qint64 atMs, std::optional<AlertRef>* next) const;
    static constexpr qint64 IncidentMarginMs = 30 * 60'000;
    bool failWith(const QString& message);
    TimelineEvent stamp(EventKind kind, const QString& text) const;
    bool recordAlertEvent(const TimelineEvent& event); // moves the detection time to a first firing
    void setCurrent(std::unique_ptr<Incident> incident, qint64 feedPosition);

    IncidentStore& m_store;
    const Clock& m_clock;
    QByteArray m_checklistJson;
    QString m_language;
    QString m_author;
    QString m_error;
    std::unique_ptr<Incident> m_current;
    SampleWriter* m_samples = nullptr;
    EventWriter* m_writer = nullptr;
    int m_writing = 0;   // written through m_writer, not yet answered
    qint64 m_opening = 0; // asked of m_writer to open; a later request replaces it
    Creating m_creating = Creating::Nothing; // an incident being created by m_writer
    int m_resending = 0; // of those, outbox entries sent again
    bool m_resendRefused = false; // one of them was refused: tried again on the retry timer, not at once
    IncidentFollower* m_follower = nullptr;
    Outbox* m_outbox = nullptr;
    QTimer m_retry;
    bool m_reachable = true;
    bool m_followerOnline = true;
    qint64 m_offlineSinceMs = 0;
    qint64 m_lastPendingId = 0; // waiting events have negative ids
    QString m_role;
    qint64 m_feedPosition = 0; // the last change of the open incident that this seat has
};
