#include "IncidentService.h"
#include "TimeOffset.h"

#include <QDateTime>

#include "Clock.h"
#include "LogCategories.h"
#include "SeatRole.h"
#include "DemoIncident.h"
#include "Incident.h"
#include "storage/EventWriter.h"
#include "storage/IncidentFollower.h"
#include "storage/IncidentStore.h"
#include "storage/SampleWriter.h"

#include <algorithm>
#include <utility>
#include <cmath>

IncidentService::IncidentService(IncidentStore& store, const Clock& clock, QByteArray checklistJson,
                                 QString language, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_checklistJson(std::move(checklistJson))
    , m_language(std::move(language))
{
    connectRetry();
}

IncidentService::~IncidentService() = default;

void IncidentService::connectRetry()
{
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_followerOnline)
            flushOutbox(); // the server answers the follower: this seat's connection can try again
    });
}

bool IncidentService::failWith(const QString& message)
{
    m_error = message;
    Q_EMIT failed(message);
    return false;
}

bool IncidentService::requireIncident()
{
    return m_current ? true : failWith(tr("No incident is open. Declare one or open a past one first."));
}

void IncidentService::setCurrent(std::unique_ptr<Incident> incident, qint64 feedPosition)
{
    m_current = std::move(incident);
    m_feedPosition = feedPosition;
    if (m_follower)
        m_follower->follow(m_current ? m_current->id() : 0, feedPosition);
    Q_EMIT currentChanged(m_current.get());
}

void IncidentService::setFollower(IncidentFollower* follower)
{
    if (m_follower)
        disconnect(m_follower, nullptr, this, nullptr);
    m_follower = follower;
    if (!m_follower)
        return;
    connect(m_follower, &IncidentFollower::changed, this, &IncidentService::applyChanges);
    connect(m_follower, &IncidentFollower::connectionLost, this, [this](qint64 sinceMs) {
        m_followerOnline = false;
        storeLost(sinceMs);
    });
    connect(m_follower, &IncidentFollower::connectionRestored, this, [this] {
        m_followerOnline = true;
        storeBack();
    });
    if (m_current)
        m_follower->follow(m_current->id(), m_feedPosition);
}

void IncidentService::applyChanges(qint64 incidentId, const IncidentChanges& changes)
{
    if (!m_current || m_current->id() != incidentId || changes.lastSeq <= m_feedPosition)
        return; // for an incident no longer open, or already applied
    m_feedPosition = changes.lastSeq;
    m_current->apply(changes);
    Q_EMIT changesArrived(changes);
}

TimelineEvent IncidentService::stamp(EventKind kind, const QString& text) const
{
    TimelineEvent event;
    event.atMs = m_clock.nowMs();
    event.kind = kind;
    event.phase = m_current ? m_current->currentPhase() : QString();
    event.text = text;
    // Without a configured name, the commander is the one acting.
    event.author = m_author.isEmpty() && m_current ? m_current->data().commander : m_author;
    return event;
}

std::optional<IncidentData> IncidentService::newIncident(const DeclareRequest& request)
{
    if (const QString problem = Incident::titleProblem(request.title); !problem.isEmpty())
    {
        failWith(problem);
        return std::nullopt;
    }
    const qint64 now = m_clock.nowMs();
    // Earlier than this is a typo (0001-01-01 once gave "time to detect 739941d").
    static const qint64 earliest = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    if (request.startedMs != 0 && request.startedMs < earliest) {
        failWith(tr("The start time %1 is before the year 2000; give the moment the impact began.")
                     .arg(QDateTime::fromMSecsSinceEpoch(request.startedMs, Qt::UTC).toString(Qt::ISODate)));
        return std::nullopt;
    }
    IncidentData data;
    data.title = request.title.trimmed();
    data.severity = request.severity;
    data.commander = request.commander.trimmed();
    data.startedMs = request.startedMs == 0 ? now : qMin(request.startedMs, now);
    data.detectedMs = request.detectedMs > 0 ? qBound(data.startedMs, request.detectedMs, now) : now; // else: when a person knew
    data.checklistJson = m_checklistJson;
    TimelineEvent declared;
    declared.atMs = now;
    declared.kind = EventKind::Status;
    declared.text = tr("Incident declared: %1, %2, commander %3")
                        .arg(SeverityInfo::label(data.severity), data.title,
                             data.commander.isEmpty() ? tr("(none)") : data.commander);
    declared.author = m_author.isEmpty() ? data.commander : m_author;
    if (auto def = ChecklistDefinition::fromJson(m_checklistJson, m_language, nullptr); def && !def->phases.isEmpty())
        declared.phase = def->phases.constFirst().id;
    data.events.append(declared);
    for (TimelineEvent event : request.firstEvents) {
        event.uuid = QUuid::createUuid();
        data.events.append(event);
    }
    std::stable_sort(data.events.begin(), data.events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.atMs < b.atMs; });
    return data;
}

bool IncidentService::declare(const DeclareRequest& request)
{
    auto data = newIncident(request);
    if (!data)
        return false;
    if (m_writer) {
        createInBackground(*data, Creating::Declared);
        return true;
    }
    if (!m_store.createIncident(*data))
        return failWith(m_store.errorString());
    const qint64 position = qMax<qint64>(0, m_store.lastChange(data->id));
    const qint64 id = data->id;
    setCurrent(std::make_unique<Incident>(std::move(*data), m_language), position);
    Q_EMIT declared(id);
    return true;
}

bool IncidentService::open(qint64 incidentId)
{
    m_opening = 0; // this one replaces any still being read or created
    m_creating = Creating::Nothing;
    // The position first: what other seats commit while the incident loads is read again, never missed.
    const qint64 position = m_store.lastChange(incidentId);
    if (position < 0)
        return failWith(m_store.errorString());
    auto data = m_store.loadIncident(incidentId);
    if (!data)
        return failWith(m_store.errorString());
    setCurrent(std::make_unique<Incident>(std::move(*data), m_language), position);
    showWaiting();
    return true;
}

bool IncidentService::awaits(qint64 incidentId) const
{
    return incidentId == 0 ? m_creating != Creating::Nothing : incidentId == m_opening;
}

void IncidentService::openInBackground(qint64 incidentId)
{
    if (!m_writer) {
        open(incidentId);
        return;
    }
    m_opening = incidentId;
    m_creating = Creating::Nothing;
    Q_EMIT opening(incidentId);
    m_writer->load(incidentId);
}

void IncidentService::loaded(qint64 incidentId, const IncidentData& data, qint64 feedPosition)
{
    if (!awaits(incidentId))
        return; // another incident was asked for since
    m_opening = 0;
    const Creating created = std::exchange(m_creating, Creating::Nothing);
    setCurrent(std::make_unique<Incident>(data, m_language), feedPosition);
    showWaiting();
    if (created == Creating::Declared)
        Q_EMIT declared(data.id);
}

bool IncidentService::openDemo(const QByteArray& demoJson)
{
    QString error;
    auto data = DemoIncident::fromJson(demoJson, m_checklistJson, &error);
    if (!data)
        return failWith(error);
    if (m_writer) {
        createInBackground(*data, Creating::Demo);
        return true;
    }
    if (!m_store.createIncident(*data))
        return failWith(m_store.errorString());
    const qint64 position = qMax<qint64>(0, m_store.lastChange(data->id));
    setCurrent(std::make_unique<Incident>(std::move(*data), m_language), position);
    return true;
}

void IncidentService::createInBackground(const IncidentData& data, Creating kind)
{
    m_opening = 0; // 0: the incident being created
    m_creating = kind;
    Q_EMIT opening(0);
    m_writer->create(data);
}

void IncidentService::closeIncident()
{
    setCurrent(nullptr, 0);
}

bool IncidentService::addNote(const QString& text)
{
    return addEvent(EventKind::Note, text);
}

bool IncidentService::addEvent(EventKind kind, const QString& text)
{
    return addEvent(kind, text, QString());
}

bool IncidentService::addEvent(EventKind kind, const QString& text, const QString& phase)
{
    return addSharedEvent(kind, text, phase, QString());
}

QUuid IncidentService::sharedEventUuid(qint64 incidentId, const QString& onceKey)
{
    static const QUuid space(QStringLiteral("{0c8b7f5e-3d0a-4a53-9a55-6f2b1e9d4c11}"));
    return QUuid::createUuidV5(space, QString::number(incidentId) + QLatin1Char('\x1f') + onceKey);
}

bool IncidentService::addSharedEvent(EventKind kind, const QString& text, const QString& phase, const QString& onceKey)
{
    if (!requireIncident())
        return false;
    if (text.trimmed().isEmpty())
        return failWith(tr("The note is empty: type what happened, then press Enter."));
    Outbox::Entry entry;
    entry.event = stamp(kind, text.trimmed());
    if (!phase.isEmpty())
        entry.event.phase = phase;
    if (!onceKey.isEmpty())
        entry.event.uuid = sharedEventUuid(m_current->id(), onceKey);
    if (!write(entry))
        return false;
    m_current->insertEvent(entry.event);
    return true;
}

bool IncidentService::publishStatusUpdate(const QString& text)
{
    if (text.trimmed().isEmpty())
        return failWith(tr("The status update is empty: fill the template, then publish."));
    return addEvent(EventKind::StatusUpdate, text);
}

bool IncidentService::setSeverity(Severity severity)
{
    if (!requireIncident())
        return false;
    const Severity before = m_current->data().severity;
    if (before == severity)
        return true;
    IncidentData changed = m_current->data();
    changed.severity = severity;
    Outbox::Entry entry = Outbox::Entry::of(
        Outbox::Op::Header,
        stamp(EventKind::Severity, tr("Severity changed: %1 → %2").arg(SeverityInfo::label(before), SeverityInfo::label(severity))),
        changed);
    if (!write(entry))
        return false;
    m_current->setSeverity(severity);
    m_current->insertEvent(entry.event);
    return true;
}

bool IncidentService::setStatus(IncidentStatus status, qint64 atMs)
{
    if (!requireIncident())
        return false;
    const IncidentStatus before = m_current->data().status;
    if (before == status && atMs == 0)
        return true;
    const qint64 now = m_clock.nowMs();
    if (atMs > now + 60'000)
        return failWith(tr("The moment %1 is in the future.").arg(QDateTime::fromMSecsSinceEpoch(atMs).toString(Qt::ISODate)));
    const qint64 at = atMs != 0 ? atMs : now;
    IncidentData changed = m_current->data();
    if (atMs != 0) { // a named moment replaces the one this status would stamp
        if (status == IncidentStatus::Mitigated)
            changed.mitigatedMs = 0;
        if (status == IncidentStatus::Resolved)
            changed.resolvedMs = 0;
        if (status == IncidentStatus::Identified)
            changed.detectedMs = 0;
    }
    Incident::applyStatusTimes(changed, status, at);
    if (const QString problem = Incident::keyTimesProblem(changed); !problem.isEmpty())
        return failWith(problem);
    QString text = tr("Status changed: %1 → %2").arg(IncidentStatusInfo::label(before), IncidentStatusInfo::label(status));
    if (atMs != 0)
        text += tr(" (as of %1, %2)")
                    .arg(QDateTime::fromMSecsSinceEpoch(atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         TimeOffset::format(atMs - changed.startedMs));
    Outbox::Entry entry = Outbox::Entry::of(Outbox::Op::Header, stamp(EventKind::Status, text), changed);
    if (!write(entry))
        return false;
    m_current->setKeyTimes(changed.startedMs, changed.detectedMs, changed.mitigatedMs, changed.resolvedMs);
    m_current->setStatus(status, at);
    m_current->insertEvent(entry.event);
    return true;
}

bool IncidentService::setItemChecked(const QString& itemId, bool checked)
{
    if (!requireIncident())
        return false;
    int phaseIndex = -1;
    const ChecklistItem* item = m_current->checklist().item(itemId, &phaseIndex);
    if (!item)
        return failWith(tr("The checklist has no item \"%1\".").arg(itemId));
    if (m_current->isChecked(itemId) == checked)
        return true;
    TimelineEvent event = stamp(EventKind::Checklist, checked ? tr("Done: %1").arg(item->text)
                                                              : tr("Reopened: %1").arg(item->text));
    event.phase = m_current->checklist().phases.at(phaseIndex).id; // the item's phase, not the current one
    const qint64 at = checked ? event.atMs : 0;
    Outbox::Entry entry = Outbox::Entry::of(Outbox::Op::Checked, event, {}, itemId, at);
    if (!write(entry))
        return false;
    m_current->setChecked(itemId, at);
    m_current->insertEvent(entry.event);
    return true;
}

bool IncidentService::setRunbookStepChecked(const QString& stepKey, const QString& text, bool checked)
{
    if (!requireIncident())
        return false;
    if (m_current->isChecked(stepKey) == checked)
        return true;
    const TimelineEvent event = stamp(EventKind::Checklist, text);
    const qint64 at = checked ? event.atMs : 0;
    Outbox::Entry entry = Outbox::Entry::of(Outbox::Op::Checked, event, {}, stepKey, at);
    if (!write(entry))
        return false;
    m_current->setChecked(stepKey, at);
    m_current->insertEvent(entry.event);
    return true;
}

bool IncidentService::editEvent(qint64 eventId, const QString& text, qint64 atMs, int seenRevision)
{
    if (!requireIncident())
        return false;
    const int row = m_current->rowOfEvent(eventId);
    if (row < 0)
        return failWith(tr("The event %1 is not part of this incident.").arg(eventId));
    if (text.trimmed().isEmpty())
        return failWith(tr("An event cannot be emptied; its text is what the post-mortem shows."));
    if (eventId < 0)
        return failWith(tr("This event is still on its way to the store; edit it once it shows as recorded."));
    TimelineEvent before = m_current->events().at(row);
    if (seenRevision >= 0 && seenRevision != before.revisions) {
        // Another seat's edit arrived while this one was being written: both are shown, the editor chooses.
        m_error = tr("Another seat changed this event while you were editing it.");
        Q_EMIT editConflict(before, text.trimmed(), atMs);
        return false;
    }
    TimelineEvent after = before;
    after.text = text.trimmed();
    after.atMs = atMs;
    if (after.text == before.text && after.atMs == before.atMs)
        return true;
    after.revisions = before.revisions + 1;
    if (m_writer || isOffline()) {
        // Checked against the revision seen when the store has it: a conflict comes back as editConflict().
        Outbox::Entry entry;
        entry.op = Outbox::Op::Edit;
        entry.before = before;
        entry.event = after;
        entry.editor = m_author;
        entry.editedAtMs = m_clock.nowMs();
        if (!write(entry))
            return false;
        m_current->replaceEvent(after);
        return true;
    }
    if (!m_store.editEvent(m_current->id(), before, after, m_author, m_clock.nowMs())) {
        if (!m_store.editConflict())
            return failWith(m_store.errorString());
        m_error = tr("Another seat changed this event while you were editing it.");
        if (const auto theirs = m_store.loadEvent(m_current->id(), eventId)) {
            m_current->replaceEvent(*theirs);
            Q_EMIT editConflict(*theirs, after.text, atMs);
        }
        return false;
    }
    m_current->replaceEvent(after);
    return true;
}

bool IncidentService::joinAs(const QString& role)
{
    if (!requireIncident())
        return false;
    m_role = role;
    // Command is held through the declaration and handovers, never claimed by opening a seat.
    if (role.isEmpty() || m_author.isEmpty() || role == QLatin1String("commander"))
        return true;
    const RoleSpan span{m_author, role, m_clock.nowMs(), 0};
    // Walls and observers only watch: their seats are kept in the roles, not announced in the timeline.
    const bool announce = role != QLatin1String("wall") && role != QLatin1String("observer");
    Outbox::Entry entry;
    entry.op = Outbox::Op::Role;
    entry.span = span;
    entry.announce = announce;
    entry.event = stamp(EventKind::Note, tr("%1 joined as %2").arg(m_author, SeatRole::title(role)));
    if (!write(entry))
        return false;
    // Stored at once, a role this person held already comes back without a note (id 0): nothing new to show.
    if (announce && entry.event.id == 0)
        return true;
    QList<RoleSpan> roles = m_current->data().roles;
    roles.append(span);
    m_current->setRoles(roles);
    if (announce)
        m_current->insertEvent(entry.event);
    return true;
}

bool IncidentService::handOverCommand(const QString& to)
{
    if (!requireIncident())
        return false;
    const QString from = m_current->data().commander;
    if (to.trimmed().isEmpty())
        return failWith(tr("Name the person who takes command."));
    if (to.trimmed() == from)
        return failWith(tr("%1 is already the commander.").arg(from));
    IncidentData changed = m_current->data();
    changed.commander = to.trimmed();
    Outbox::Entry entry;
    entry.op = Outbox::Op::Handover;
    entry.event = stamp(EventKind::Status, tr("Command handed over: %1 → %2").arg(from, changed.commander));
    entry.header = changed;
    const qint64 now = entry.event.atMs;
    if (!write(entry))
        return false;
    const TimelineEvent& event = entry.event;
    QList<RoleSpan> roles = m_current->data().roles;
    for (RoleSpan& span : roles) {
        if (span.role == QLatin1String("commander") && span.endedMs == 0)
            span.endedMs = now;
    }
    roles.append(RoleSpan{changed.commander, QStringLiteral("commander"), now, 0});
    m_current->setCommander(changed.commander);
    m_current->setRoles(roles);
    m_current->insertEvent(event);
    return true;
}

bool IncidentService::savePostmortem(const PostmortemFields& fields, int baseVersion)
{
    if (!requireIncident())
        return false;
    if (m_writer || isOffline()) {
        // Checked against the version it started from when the store has it; shown as the next version meanwhile,
        // so a second save follows this one.
        Outbox::Entry entry;
        entry.op = Outbox::Op::Postmortem;
        entry.postmortem = fields;
        entry.version = baseVersion;
        if (!write(entry))
            return false;
        m_current->setPostmortem(fields);
        m_current->setPostmortemVersion((baseVersion >= 0 ? baseVersion : m_current->data().postmortemVersion) + 1);
        return true;
    }
    int version = 0;
    if (!m_store.updatePostmortem(m_current->id(), fields, baseVersion, &version)) {
        if (!m_store.editConflict())
            return failWith(m_store.errorString());
        m_error = tr("Another seat saved the post-mortem while you were writing it.");
        if (auto theirs = m_store.loadIncident(m_current->id())) {
            m_current->setPostmortemVersion(theirs->postmortemVersion);
            Q_EMIT postmortemConflict(theirs->postmortem, theirs->postmortemVersion, fields);
        }
        return false;
    }
    m_current->setPostmortemVersion(version);
    m_current->setPostmortem(fields);
    return true;
}

bool IncidentService::recordAlert(const AlertTransition& transition, const QString& unit)
{
    return recordAlerts({transition}, unit) > 0;
}

std::optional<AlertRef> IncidentService::recordedAlertAt(const QString& alertKey, qint64 atMs,
                                                        std::optional<AlertRef>* next) const
{
    std::optional<AlertRef> at;
    for (const TimelineEvent& e : m_current->events()) { // in time order
        if (e.kind != EventKind::Alert || !e.alert.isSet() || e.alert->alertKey() != alertKey)
            continue;
        if (e.atMs > atMs) {
            *next = e.alert;
            break;
        }
        at = e.alert;
    }
    return at;
}

QList<TimelineEvent> IncidentService::lastAlertStates() const
{
    QHash<QString, TimelineEvent> last;
    if (m_current) {
        for (const TimelineEvent& e : m_current->events()) {
            if (e.kind == EventKind::Alert && e.alert.isSet())
                last.insert(e.alert->alertKey(), e);
        }
    }
    QList<TimelineEvent> states = last.values();
    std::sort(states.begin(), states.end(), [](const TimelineEvent& a, const TimelineEvent& b) { return a.atMs < b.atMs; });
    return states;
}

int IncidentService::recordAlerts(const QList<AlertTransition>& transitions, const QString& unit)
{
    int recorded = 0;
    const AttachedAlerts attached(m_current ? m_current->events() : QList<TimelineEvent>());
    for (int i = 0; i < transitions.size() && m_current; ++i) {
        const AlertTransition& transition = transitions.at(i);
        const AlertRef ref = transition.ref();
        if (attached.standsFor(ref))
            continue; // the same alert came in from Alertmanager: recorded once, from there
        const qint64 atMs = static_cast<qint64>(std::llround(transition.atSec * 1000));
        // The alert is data (panel, series, rule, start): the same transition evaluated again after a
        // restart, in whichever language, is the one recorded; a change of state is never dropped.
        std::optional<AlertRef> next;
        const std::optional<AlertRef> before = recordedAlertAt(ref.alertKey(), atMs, &next);
        if ((before && before->firing) == ref.firing)
            continue; // the timeline already says so at that time
        if (next && next->firing == ref.firing)
            continue; // evaluated again on another grid: the timeline has this change a moment later
        const IncidentData& d = m_current->data();
        if (!withinIncident(atMs)) {
            // A resolution always closes what the timeline shows firing; a firing from before the
            // incident's time counts when it is still firing when that time begins.
            const qint64 windowStart = d.startedMs - IncidentMarginMs;
            bool stillFiring = ref.firing && atMs < windowStart;
            for (int j = i + 1; j < transitions.size() && stillFiring; ++j) {
                const AlertTransition& later = transitions.at(j);
                if (!later.firing && later.ref().alertKey() == ref.alertKey() && later.atSec * 1000 <= windowStart)
                    stillFiring = false;
            }
            if (ref.firing && !stillFiring)
                continue; // outside an incident's time, alerts show on the charts only
        }
        TimelineEvent event = stamp(EventKind::Alert, AlertEvaluator::describe(transition, unit));
        event.atMs = atMs;
        event.author = tr("Console threshold"); // the source, beside "Alertmanager"
        event.alert = ref;
        if (!recordAlertEvent(event))
            return recorded;
        ++recorded;
    }
    return recorded;
}

bool IncidentService::send(Outbox::Entry& entry)
{
    return EventWriter::send(m_store, entry);
}

bool IncidentService::write(Outbox::Entry& entry)
{
    entry.incidentId = m_current->id();
    entry.header.id = entry.incidentId;
    if (entry.addsEvent()) {
        if (entry.event.uuid.isNull())
            entry.event.uuid = QUuid::createUuid();
        entry.event.role = m_role;
        entry.key = entry.event.uuid;
    } else {
        entry.key = QUuid::createUuid(); // an edit: the event keeps its own UUID and role
    }
    if (m_writer && !isOffline()) {
        if (entry.addsEvent())
            entry.event.id = --m_lastPendingId; // shown as pending until the writer's thread has committed it
        ++m_writing;
        m_writer->write(entry);
        return true;
    }
    if (!isOffline()) {
        if (send(entry))
            return true;
        if (!m_outbox || !m_store.lostConnection())
            return failWith(m_store.errorString());
        qCWarning(lcStore, "shared store unreachable; keeping this seat's work in %s", qUtf8Printable(m_outbox->file()));
        m_reachable = false;
        if (m_offlineSinceMs == 0)
            m_offlineSinceMs = m_clock.nowMs();
    }
    // Kept here until the server has it; shown as waiting (a negative id) meanwhile.
    QString error;
    if (entry.addsEvent())
        entry.event.id = --m_lastPendingId;
    if (!m_outbox->append(entry, &error))
        return failWith(error);
    if (!m_retry.isActive())
        m_retry.start();
    Q_EMIT connectionChanged();
    return true;
}

void IncidentService::setOutbox(Outbox* outbox)
{
    m_outbox = outbox;
    m_retry.setInterval(RetryMs);
    if (m_outbox && !m_outbox->isEmpty()) {
        m_retry.start();
        Q_EMIT connectionChanged();
    }
}

bool IncidentService::adoptOutbox(Outbox& outbox, QString* error)
{
    if (!m_store.isShared())
        return true; // a file store is never away
    const bool loaded = outbox.load(error);
    setOutbox(&outbox);
    flushOutbox(); // what an earlier run kept while the server was away
    return loaded;
}

bool IncidentService::isOffline() const
{
    return m_outbox && (!m_outbox->isEmpty() || !m_reachable);
}

int IncidentService::waitingCount() const
{
    return m_outbox ? m_outbox->size() : 0;
}

void IncidentService::storeLost(qint64 sinceMs)
{
    if (!m_outbox)
        return;
    m_reachable = false;
    if (m_offlineSinceMs == 0)
        m_offlineSinceMs = sinceMs;
    Q_EMIT connectionChanged();
}

void IncidentService::storeBack()
{
    m_reachable = true;
    flushOutbox();
}

bool IncidentService::flushOutbox()
{
    if (m_writer)
        return resendOutbox();
    while (m_outbox && !m_outbox->isEmpty()) {
        Outbox::Entry entry = m_outbox->entries().first();
        const bool sent = send(entry);
        if (!sent && m_store.lostConnection()) {
            m_reachable = false;
            return false; // still away: the next try, or the follower's reconnect, sends it
        }
        if (!sent && !(m_store.editConflict() && EventWriter::readTheirs(m_store, entry))) {
            failWith(m_store.errorString());
            return false;
        }
        m_reachable = true;
        if (sent)
            applyRecorded(entry);
        else
            showConflict(entry); // an edit made offline of what another seat changed meanwhile
        QString error;
        if (!m_outbox->removeFirst(&error)) {
            failWith(error);
            return false;
        }
        Q_EMIT connectionChanged();
    }
    m_retry.stop();
    m_reachable = true;
    if (m_offlineSinceMs != 0) {
        m_offlineSinceMs = 0;
        Q_EMIT connectionChanged();
    }
    return true;
}

void IncidentService::setEventWriter(EventWriter* writer)
{
    if (m_writer)
        disconnect(m_writer, nullptr, this, nullptr);
    m_writer = writer;
    m_writing = 0;
    m_resending = 0;
    if (!m_writer)
        return;
    connect(m_writer, &EventWriter::recorded, this, [this](const Outbox::Entry& entry) { writeAnswered(entry, false); });
    connect(m_writer, &EventWriter::away, this, &IncidentService::writeAway);
    connect(m_writer, &EventWriter::refused, this, &IncidentService::writeRefused);
    connect(m_writer, &EventWriter::conflicted, this, [this](const Outbox::Entry& entry) { writeAnswered(entry, true); });
    connect(m_writer, &EventWriter::loaded, this, &IncidentService::loaded);
    connect(m_writer, &EventWriter::samplesLoaded, this, &IncidentService::keptSamplesArrived);
    connect(m_writer, &EventWriter::listed, this, &IncidentService::incidentsListed);
    connect(m_writer, &EventWriter::revisionsLoaded, this, &IncidentService::revisionsArrived);
    connect(m_writer, &EventWriter::loadFailed, this, [this](qint64 incidentId, const QString& message) {
        if (!awaits(incidentId))
            return;
        m_opening = 0;
        m_creating = Creating::Nothing;
        failWith(message);
    });
}

bool IncidentService::waitForWrites()
{
    if (!m_writer)
        return true;
    m_writer->flush();
    // The answers are queued to this thread: take them now, in order.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    return m_writing == 0;
}

bool IncidentService::isWaiting(const QUuid& uuid) const
{
    if (!m_outbox)
        return false;
    const QList<Outbox::Entry>& waiting = m_outbox->entries();
    return std::any_of(waiting.cbegin(), waiting.cend(), [&](const Outbox::Entry& e) { return e.key == uuid; });
}

bool IncidentService::resendOutbox()
{
    if (!m_outbox || m_outbox->isEmpty()) {
        m_reachable = true;
        continueAfterAnswer(); // nothing waits: no longer offline
        return true;
    }
    if (m_resending > 0)
        return false; // the last try is still on its way
    m_resendRefused = false;
    m_writer->resume();
    for (const Outbox::Entry& entry : m_outbox->entries()) {
        ++m_writing;
        ++m_resending;
        m_writer->write(entry);
    }
    return false;
}

void IncidentService::applyRecorded(const Outbox::Entry& entry)
{
    if (!m_current || m_current->id() != entry.incidentId)
        return;
    if (entry.op == Outbox::Op::Postmortem) {
        m_current->setPostmortemVersion(entry.version);
    } else if (entry.op == Outbox::Op::Role && entry.announce && entry.event.id == 0) {
        showAsStored(entry.incidentId); // the role was held already: the note shown for it goes
    } else if (entry.addsEvent()) {
        m_current->settleEvent(entry.event.uuid, entry.event);
    }
}

void IncidentService::showConflict(const Outbox::Entry& entry)
{
    if (!m_current || m_current->id() != entry.incidentId)
        return;
    if (entry.op == Outbox::Op::Edit) {
        m_error = tr("Another seat changed this event while you were editing it.");
        m_current->replaceEvent(entry.theirEvent);
        Q_EMIT editConflict(entry.theirEvent, entry.event.text, entry.event.atMs);
    } else {
        m_error = tr("Another seat saved the post-mortem while you were writing it.");
        m_current->setPostmortemVersion(entry.theirVersion);
        Q_EMIT postmortemConflict(entry.theirPostmortem, entry.theirVersion, entry.postmortem);
    }
}

bool IncidentService::takeAnswered(const Outbox::Entry& entry)
{
    if (!isWaiting(entry.key))
        return false;
    --m_resending;
    QString error;
    if (m_outbox->entries().constFirst().key == entry.key && !m_outbox->removeFirst(&error))
        failWith(error);
    Q_EMIT connectionChanged();
    return true;
}

void IncidentService::writeAnswered(const Outbox::Entry& entry, bool conflicted)
{
    --m_writing;
    m_reachable = true; // the server answered
    takeAnswered(entry);
    if (conflicted)
        showConflict(entry);
    else
        applyRecorded(entry);
    continueAfterAnswer();
}

void IncidentService::continueAfterAnswer()
{
    if (m_outbox && !m_outbox->isEmpty()) {
        // Work this seat recorded while the last ones were being sent goes now; after a refusal, on the next try.
        if (m_resending == 0 && !m_resendRefused)
            resendOutbox();
        else if (!m_retry.isActive())
            m_retry.start();
        return;
    }
    m_retry.stop();
    if (m_offlineSinceMs != 0) {
        m_offlineSinceMs = 0;
        Q_EMIT connectionChanged();
    }
}

void IncidentService::writeAway(const Outbox::Entry& entry)
{
    --m_writing;
    if (!m_outbox) {
        takeBack(entry, m_store.isShared() ? tr("The shared store %1 cannot be reached.").arg(m_store.path())
                                             : tr("The store %1 cannot be reached.").arg(m_store.path()));
        return;
    }
    if (isWaiting(entry.key)) {
        --m_resending;
    } else {
        QString error;
        if (!m_outbox->append(entry, &error)) {
            takeBack(entry, error);
            return;
        }
        qCWarning(lcStore, "shared store unreachable; keeping this seat's work in %s", qUtf8Printable(m_outbox->file()));
    }
    m_reachable = false;
    if (m_offlineSinceMs == 0)
        m_offlineSinceMs = m_clock.nowMs();
    if (!m_retry.isActive())
        m_retry.start();
    Q_EMIT connectionChanged();
}

void IncidentService::writeRefused(const Outbox::Entry& entry, const QString& message)
{
    --m_writing;
    takeBack(entry, message);
}

void IncidentService::takeBack(const Outbox::Entry& entry, const QString& message)
{
    if (isWaiting(entry.key)) {
        --m_resending;
        m_resendRefused = true;
        failWith(message); // it stays in the outbox, tried again with the next
        return;
    }
    failWith(entry.op == Outbox::Op::Postmortem ? tr("The post-mortem was not saved. %1").arg(message)
                                                : tr("Not recorded: \"%1\". %2").arg(entry.event.text, message));
    // What was shown at once is taken back: the incident is shown as the store has it.
    if (m_current && m_current->id() == entry.incidentId)
        showAsStored(entry.incidentId);
}

void IncidentService::showAsStored(qint64 incidentId)
{
    const QString error = m_error; // the reason stays the one to show
    open(incidentId);
    m_error = error;
}

void IncidentService::showWaiting()
{
    // Work this seat recorded offline, perhaps before a restart, is shown (as waiting) with its incident.
    if (!m_outbox || !m_current)
        return;
    for (const Outbox::Entry& entry : m_outbox->entries()) {
        if (entry.incidentId != m_current->id())
            continue;
        if (entry.addsEvent()) {
            TimelineEvent event = entry.event;
            event.id = --m_lastPendingId;
            m_current->insertEvent(event);
        }
        if (entry.op == Outbox::Op::Edit && m_current->rowOfEvent(entry.event.id) >= 0)
            m_current->replaceEvent(entry.event);
        if (entry.op == Outbox::Op::Postmortem)
            m_current->setPostmortem(entry.postmortem);
        if (entry.op == Outbox::Op::Handover)
            m_current->setCommander(entry.header.commander);
        if (entry.op == Outbox::Op::Checked)
            m_current->setChecked(entry.itemId, entry.checkedAtMs);
        if (entry.op == Outbox::Op::Header) {
            m_current->setSeverity(entry.header.severity);
            m_current->setKeyTimes(entry.header.startedMs, entry.header.detectedMs, entry.header.mitigatedMs,
                                   entry.header.resolvedMs);
            m_current->setStatus(entry.header.status, 0);
        }
    }
}

bool IncidentService::withinIncident(qint64 atMs) const
{
    // From half an hour before the start to half an hour after the resolution.
    const IncidentData& d = m_current->data();
    return atMs >= d.startedMs - IncidentMarginMs && (d.resolvedMs == 0 || atMs <= d.resolvedMs + IncidentMarginMs);
}

bool IncidentService::recordSamples(const PanelDefinition& panel, const QList<MetricSeries>& batch)
{
    if (!m_current || !withinIncident(m_clock.nowMs()))
        return true;
    // Keep what the post-mortem's charts need: from half an hour before the start on.
    const double from = m_current->data().startedMs / 1000.0 - 1800;
    QList<MetricSeries> kept;
    for (const MetricSeries& s : batch) {
        MetricSeries copy = s;
        copy.trimBefore(from);
        if (!copy.isEmpty())
            kept.append(std::move(copy));
    }
    if (kept.isEmpty())
        return true;
    if (m_samples) {
        m_samples->save(m_current->id(), panel, kept);
        return true;
    }
    if (!m_store.saveSamples(m_current->id(), panel, kept))
        return failWith(m_store.errorString());
    return true;
}

void IncidentService::setSampleWriter(SampleWriter* writer)
{
    if (m_samples)
        disconnect(m_samples, nullptr, this, nullptr);
    m_samples = writer;
    if (m_samples)
        connect(m_samples, &SampleWriter::failed, this, [this](const QString& message) { failWith(message); });
}

void IncidentService::requestIncidentList()
{
    if (m_writer) {
        m_writer->listIncidents();
        return;
    }
    const QList<IncidentSummary> incidents = m_store.listIncidents();
    Q_EMIT incidentsListed(incidents, m_store.errorString());
}

void IncidentService::runOffTheUiThread(std::function<void(IncidentStore& store)> work)
{
    if (m_writer)
        m_writer->run(std::move(work));
    else
        work(m_store);
}

void IncidentService::requestRevisions(qint64 eventId)
{
    if (m_writer)
        m_writer->loadRevisions(eventId);
    else
        Q_EMIT revisionsArrived(eventId, m_store.revisionsOf(eventId));
}

void IncidentService::requestKeptSamples(qint64 incidentId)
{
    if (m_writer)
        m_writer->loadSamples(incidentId);
    else
        Q_EMIT keptSamplesArrived(incidentId, m_store.loadSamples(incidentId));
}

void IncidentService::withKeptSamples(qint64 incidentId, std::function<void(const QList<MetricPanelData>&)> done)
{
    if (m_samples)
        m_samples->load(incidentId, this, std::move(done));
    else
        done(m_store.loadSamples(incidentId));
}

QList<MetricPanelData> IncidentService::keptSamples(qint64 incidentId)
{
    if (m_samples)
        m_samples->flush();
    return m_store.loadSamples(incidentId);
}
