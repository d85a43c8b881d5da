#include "IncidentStore.h"

#include "PostmortemJson.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Incidents, their events, checklist and post-mortem: written in transactions, read back whole.
namespace {
constexpr const char* EventColumns = "id, at_ms, kind, phase, text, author, revisions, alert_panel, alert_series,"
                                     " alert_rule, alert_start_ms, alert_firing, uuid, role";

// A null QString binds as SQL NULL; the schema wants empty text instead.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

void IncidentStore::bindHeader(QSqlQuery& query, const IncidentData& incident)
{
    query.addBindValue(notNull(incident.title));
    query.addBindValue(static_cast<int>(incident.severity));
    query.addBindValue(IncidentStatusInfo::key(incident.status));
    query.addBindValue(notNull(incident.commander));
    query.addBindValue(incident.startedMs);
    query.addBindValue(incident.detectedMs);
    query.addBindValue(incident.mitigatedMs);
    query.addBindValue(incident.resolvedMs);
}

bool IncidentStore::insertEventRow(qint64 incidentId, TimelineEvent& event)
{
    const QString what = tr("recording an event");
    if (!event.uuid.isNull()) {
        // Sent again (an outbox after a lost answer): the first copy stands.
        QSqlQuery known(db());
        known.prepare(QStringLiteral("SELECT id FROM events WHERE uuid = ?"));
        known.addBindValue(event.uuid.toString(QUuid::WithoutBraces));
        if (!exec(known, what))
            return false;
        if (known.next()) {
            event.id = known.value(0).toLongLong();
            return true;
        }
    }
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO events (incident_id, at_ms, kind, phase, text, author,"
                                 " alert_panel, alert_series, alert_rule, alert_start_ms, alert_firing, uuid, role)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(incidentId);
    query.addBindValue(event.atMs);
    query.addBindValue(EventKindInfo::key(event.kind));
    query.addBindValue(notNull(event.phase));
    query.addBindValue(notNull(event.text));
    query.addBindValue(notNull(event.author));
    query.addBindValue(notNull(event.alert->panelId));
    query.addBindValue(notNull(event.alert->seriesKey));
    query.addBindValue(notNull(event.alert->rule));
    query.addBindValue(event.alert->startMs);
    query.addBindValue(event.alert->firing ? 1 : 0);
    query.addBindValue(event.uuid.isNull() ? QStringLiteral("") : event.uuid.toString(QUuid::WithoutBraces));
    query.addBindValue(notNull(event.role));
    if (!exec(query, what))
        return false;
    if (!query.next())
        return fail(what, tr("the store returned no id"), Problem::Other);
    event.id = query.value(0).toLongLong();
    query.finish();
    return recordChange(incidentId, "event", event.id);
}

bool IncidentStore::createIncident(IncidentData& incident)
{
    const QString what = tr("creating an incident");
    if (!transaction(what))
        return false;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO incidents (title, severity, status, commander, started_ms, detected_ms,"
                                 " mitigated_ms, resolved_ms, checklist_json, postmortem_json)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindHeader(query, incident);
    query.addBindValue(notNull(QString::fromUtf8(incident.checklistJson)));
    query.addBindValue(QString::fromUtf8(QJsonDocument(PostmortemJson::toJson(incident.postmortem)).toJson(QJsonDocument::Compact)));
    if (!exec(query, what) || !query.next()) {
        if (m_error.isEmpty())
            fail(what, tr("the store returned no id"), Problem::Other);
        rollback();
        return false;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    // The roles it comes with (an incident moved here), else its commander from the start.
    QList<RoleSpan> roles = incident.roles;
    if (roles.isEmpty() && !incident.commander.isEmpty())
        roles << RoleSpan{incident.commander, QStringLiteral("commander"), incident.startedMs, 0};
    bool rolesKept = recordChange(id, "header");
    for (const RoleSpan& role : roles)
        rolesKept = rolesKept && insertRole(id, role);
    if (!rolesKept) {
        rollback();
        return false;
    }
    for (TimelineEvent& event : incident.events) {
        if (!insertEventRow(id, event)) {
            rollback();
            return false;
        }
    }
    QSqlQuery checked(db());
    checked.prepare(QStringLiteral("INSERT INTO checklist_state (incident_id, item_id, checked_ms) VALUES (?, ?, ?)"));
    for (auto it = incident.checkedItems.cbegin(); it != incident.checkedItems.cend(); ++it) {
        checked.addBindValue(id);
        checked.addBindValue(it.key());
        checked.addBindValue(it.value());
        if (!exec(checked, what)) {
            rollback();
            return false;
        }
    }
    if (!commit(what))
        return false;
    incident.id = id;
    return true;
}

bool IncidentStore::insertEvent(qint64 incidentId, TimelineEvent& event)
{
    const QString what = tr("recording an event");
    if (!transaction(what, incidentId))
        return false;
    if (!insertEventRow(incidentId, event)) {
        rollback(); // keeps the error that caused it
        return false;
    }
    return commit(what);
}

bool IncidentStore::insertEvents(qint64 incidentId, QList<TimelineEvent>& events)
{
    const QString what = tr("recording events");
    if (!transaction(what, incidentId))
        return false;
    for (TimelineEvent& event : events) {
        if (!insertEventRow(incidentId, event)) {
            rollback(); // keeps the error that caused it
            return false;
        }
    }
    return commit(what);
}

bool IncidentStore::editEvent(qint64 incidentId, const TimelineEvent& before, const TimelineEvent& after,
                              const QString& editor, qint64 editedAtMs)
{
    const QString what = tr("editing an event");
    if (!transaction(what, incidentId))
        return false;
    QSqlQuery revision(db());
    revision.prepare(QStringLiteral("INSERT INTO event_revisions (event_id, edited_ms, editor, old_at_ms, old_text)"
                                    " VALUES (?, ?, ?, ?, ?)"));
    revision.addBindValue(before.id);
    revision.addBindValue(editedAtMs);
    revision.addBindValue(notNull(editor));
    revision.addBindValue(before.atMs);
    revision.addBindValue(notNull(before.text));
    QSqlQuery update(db());
    // Only the version the editor saw: another seat's edit since then is never overwritten silently.
    update.prepare(QStringLiteral("UPDATE events SET at_ms = ?, text = ?, revisions = revisions + 1"
                                  " WHERE id = ? AND incident_id = ? AND revisions = ?"));
    update.addBindValue(after.atMs);
    update.addBindValue(notNull(after.text));
    update.addBindValue(before.id);
    update.addBindValue(incidentId);
    update.addBindValue(before.revisions);
    if (!exec(revision, what) || !exec(update, what)) {
        rollback(); // keeps the error that caused it
        return false;
    }
    if (update.numRowsAffected() != 1) {
        rollback();
        QSqlQuery exists(db());
        exists.prepare(QStringLiteral("SELECT revisions FROM events WHERE id = ? AND incident_id = ?"));
        exists.addBindValue(before.id);
        exists.addBindValue(incidentId);
        if (exec(exists, what) && exists.next()) {
            m_editConflict = true;
            return fail(what, tr("another seat changed the event since it was opened (version %1, not %2)")
                                  .arg(exists.value(0).toInt())
                                  .arg(before.revisions),
                        Problem::Other);
        }
        return fail(what, tr("event %1 does not exist").arg(before.id), Problem::Other);
    }
    if (!recordChange(incidentId, "event", before.id)) {
        rollback();
        return false;
    }
    return commit(what);
}

bool IncidentStore::updateHeader(const IncidentData& incident, TimelineEvent* stamp)
{
    const QString what = tr("changing the incident");
    if (!transaction(what, incident.id))
        return false;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE incidents SET title = ?, severity = ?, status = ?, commander = ?,"
                                 " started_ms = ?, detected_ms = ?, mitigated_ms = ?, resolved_ms = ? WHERE id = ?"));
    bindHeader(query, incident);
    query.addBindValue(incident.id);
    if (!exec(query, what) || !recordChange(incident.id, "header") || (stamp && !insertEventRow(incident.id, *stamp))) {
        rollback(); // keeps the error that caused it
        return false;
    }
    return commit(what);
}

bool IncidentStore::setChecked(qint64 incidentId, const QString& itemId, qint64 checkedAtMs, TimelineEvent& stamp)
{
    const QString what = tr("recording a checklist item");
    if (!transaction(what, incidentId))
        return false;
    QSqlQuery query(db());
    if (checkedAtMs != 0) {
        query.prepare(QStringLiteral("INSERT INTO checklist_state (incident_id, item_id, checked_ms) VALUES (?, ?, ?)"
                                     " ON CONFLICT (incident_id, item_id) DO UPDATE SET checked_ms = excluded.checked_ms"));
        query.addBindValue(incidentId);
        query.addBindValue(notNull(itemId));
        query.addBindValue(checkedAtMs);
    } else {
        query.prepare(QStringLiteral("DELETE FROM checklist_state WHERE incident_id = ? AND item_id = ?"));
        query.addBindValue(incidentId);
        query.addBindValue(notNull(itemId));
    }
    if (!exec(query, what) || !recordChange(incidentId, "checklist") || !insertEventRow(incidentId, stamp)) {
        rollback(); // keeps the error that caused it
        return false;
    }
    return commit(what);
}

bool IncidentStore::updatePostmortem(qint64 incidentId, const PostmortemFields& fields, int baseVersion, int* version)
{
    const QString what = tr("saving the post-mortem");
    if (!transaction(what, incidentId))
        return false;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE incidents SET postmortem_json = ?, postmortem_version = postmortem_version + 1"
                                 " WHERE id = ? AND (? < 0 OR postmortem_version = ?) RETURNING postmortem_version"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(PostmortemJson::toJson(fields)).toJson(QJsonDocument::Compact)));
    query.addBindValue(incidentId);
    query.addBindValue(baseVersion);
    query.addBindValue(baseVersion);
    if (!exec(query, what)) {
        rollback();
        return false;
    }
    if (!query.next()) {
        rollback();
        m_editConflict = true;
        return fail(what, tr("another seat saved the post-mortem since it was opened"), Problem::Other);
    }
    const int saved = query.value(0).toInt();
    query.finish();
    if (!recordChange(incidentId, "postmortem")) {
        rollback();
        return false;
    }
    if (!commit(what))
        return false;
    if (version)
        *version = saved;
    return true;
}

std::optional<TimelineEvent> IncidentStore::loadEvent(qint64 incidentId, qint64 eventId)
{
    m_error.clear();
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM events WHERE incident_id = ? AND id = ?").arg(QLatin1String(EventColumns)));
    query.addBindValue(incidentId);
    query.addBindValue(eventId);
    QList<TimelineEvent> events;
    if (!readEvents(query, events, tr("reading an event")) || events.isEmpty())
        return std::nullopt;
    return events.first();
}

QList<IncidentSummary> IncidentStore::listIncidents()
{
    m_error.clear();
    QList<IncidentSummary> list;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT i.id, i.title, i.severity, i.status, i.commander, i.started_ms,"
                                   " (SELECT COUNT(*) FROM events e WHERE e.incident_id = i.id)"
                                   " FROM incidents i ORDER BY i.started_ms DESC, i.id DESC"))) {
        fail(tr("listing incidents"), query.lastError());
        return list;
    }
    while (query.next()) {
        IncidentSummary s;
        s.id = query.value(0).toLongLong();
        s.title = query.value(1).toString();
        s.severity = SeverityInfo::fromNumber(query.value(2).toInt()).value_or(Severity::Sev2);
        s.status = IncidentStatusInfo::fromKey(query.value(3).toString()).value_or(IncidentStatus::Investigating);
        s.commander = query.value(4).toString();
        s.startedMs = query.value(5).toLongLong();
        s.eventCount = query.value(6).toLongLong();
        list.append(s);
    }
    return list;
}

std::optional<IncidentData> IncidentStore::loadIncident(qint64 id, bool withEvents)
{
    m_error.clear();
    const QString what = tr("loading incident %1").arg(id);
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT title, severity, status, commander, started_ms, detected_ms, mitigated_ms,"
                                 " resolved_ms, checklist_json, postmortem_json, postmortem_version FROM incidents WHERE id = ?"));
    query.addBindValue(id);
    if (!exec(query, what))
        return std::nullopt;
    if (!query.next()) {
        m_error = tr("There is no incident %1 in %2. List the incidents with \"incident-console list\".")
                      .arg(id)
                      .arg(m_path);
        return std::nullopt;
    }
    IncidentData data;
    data.id = id;
    data.title = query.value(0).toString();
    data.severity = SeverityInfo::fromNumber(query.value(1).toInt()).value_or(Severity::Sev2);
    data.status = IncidentStatusInfo::fromKey(query.value(2).toString()).value_or(IncidentStatus::Investigating);
    data.commander = query.value(3).toString();
    data.startedMs = query.value(4).toLongLong();
    data.detectedMs = query.value(5).toLongLong();
    data.mitigatedMs = query.value(6).toLongLong();
    data.resolvedMs = query.value(7).toLongLong();
    data.checklistJson = query.value(8).toString().toUtf8();
    data.postmortem = PostmortemJson::fromJson(QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object());
    data.postmortemVersion = query.value(10).toInt();
    query.finish();

    QSqlQuery checked(db());
    checked.setForwardOnly(true);
    checked.prepare(QStringLiteral("SELECT item_id, checked_ms FROM checklist_state WHERE incident_id = ?"));
    checked.addBindValue(id);
    if (!exec(checked, what))
        return std::nullopt;
    while (checked.next())
        data.checkedItems.insert(checked.value(0).toString(), checked.value(1).toLongLong());

    if (!readRoles(id, data.roles, what))
        return std::nullopt;
    if (!withEvents)
        return data;
    QSqlQuery events(db());
    events.setForwardOnly(true);
    events.prepare(QStringLiteral("SELECT %1 FROM events WHERE incident_id = ? ORDER BY at_ms, id").arg(QLatin1String(EventColumns)));
    events.addBindValue(id);
    if (!readEvents(events, data.events, what))
        return std::nullopt;
    data.events.squeeze();
    return data;
}

QList<TimelineEvent> IncidentStore::revisionsOf(qint64 eventId)
{
    m_error.clear();
    QList<TimelineEvent> list;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT old_at_ms, old_text, editor, edited_ms FROM event_revisions"
                                 " WHERE event_id = ? ORDER BY id"));
    query.addBindValue(eventId);
    if (!exec(query, tr("reading the history of an event")))
        return list;
    while (query.next()) {
        TimelineEvent e;
        e.id = eventId;
        e.atMs = query.value(0).toLongLong();
        e.text = query.value(1).toString();
        e.author = query.value(2).toString();
        list.append(e);
    }
    return list;
}

bool IncidentStore::readEvents(QSqlQuery& events, QList<TimelineEvent>& list, const QString& what)
{
    if (!exec(events, what))
        return false;
    // Phases, kinds, authors and roles repeat: share one string each instead of one per row.
    QHash<QString, QString> shared;
    auto intern = [&shared](const QString& s) {
        auto it = shared.constFind(s);
        if (it != shared.constEnd())
            return *it;
        shared.insert(s, s);
        return s;
    };
    while (events.next()) {
        TimelineEvent e;
        e.id = events.value(0).toLongLong();
        e.atMs = events.value(1).toLongLong();
        e.kind = EventKindInfo::fromKey(events.value(2).toString()).value_or(EventKind::Note);
        e.phase = intern(events.value(3).toString());
        e.text = events.value(4).toString();
        e.author = intern(events.value(5).toString());
        e.revisions = events.value(6).toInt();
        e.alert = AlertRef{intern(events.value(7).toString()), intern(events.value(8).toString()),
                   intern(events.value(9).toString()), events.value(10).toLongLong(), events.value(11).toInt() != 0};
        const QString uuid = events.value(12).toString();
        if (!uuid.isEmpty())
            e.uuid = QUuid::fromString(uuid);
        e.role = intern(events.value(13).toString());
        list.append(std::move(e));
    }
    return true;
}

qint64 IncidentStore::lastChange(qint64 incidentId)
{
    m_error.clear();
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes WHERE incident_id = ?"));
    query.addBindValue(incidentId);
    if (!exec(query, tr("reading the change feed")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

std::optional<IncidentChanges> IncidentStore::changesSince(qint64 incidentId, qint64 afterSeq)
{
    m_error.clear();
    if (m_lostConnection && m_location.isShared() && !reconnect())
        return std::nullopt;
    const QString what = tr("reading what other seats recorded");
    IncidentChanges changes;
    changes.lastSeq = afterSeq;
    QSqlQuery feed(db());
    feed.setForwardOnly(true);
    feed.prepare(QStringLiteral("SELECT seq, kind, ref_id FROM changes WHERE incident_id = ? AND seq > ? ORDER BY seq"));
    feed.addBindValue(incidentId);
    feed.addBindValue(afterSeq);
    if (!exec(feed, what))
        return std::nullopt;
    QList<qint64> eventIds;
    bool header = false, checklist = false, postmortem = false, roles = false;
    while (feed.next()) {
        changes.lastSeq = feed.value(0).toLongLong();
        const QString kind = feed.value(1).toString();
        if (kind == QLatin1String("event"))
            eventIds << feed.value(2).toLongLong();
        else if (kind == QLatin1String("header"))
            header = true;
        else if (kind == QLatin1String("checklist"))
            checklist = true;
        else if (kind == QLatin1String("postmortem"))
            postmortem = true;
        else if (kind == QLatin1String("role"))
            roles = true;
    }
    feed.finish();
    if (header || checklist || postmortem || roles) {
        auto whole = loadIncident(incidentId, false); // the events are read below, by id
        if (!whole)
            return std::nullopt;
        if (checklist)
            changes.checkedItems = whole->checkedItems;
        if (postmortem) {
            changes.postmortem = whole->postmortem;
            changes.postmortemVersion = whole->postmortemVersion;
        }
        if (roles)
            changes.roles = whole->roles;
        if (header) {
            whole->events.clear();
            changes.header = std::move(*whole);
        }
    }
    std::sort(eventIds.begin(), eventIds.end());
    eventIds.erase(std::unique(eventIds.begin(), eventIds.end()), eventIds.end());
    // In slices: a follower back from a long outage may have thousands to read.
    for (qsizetype from = 0; from < eventIds.size(); from += 500) {
        QStringList ids;
        for (qsizetype i = from; i < qMin(from + 500, eventIds.size()); ++i)
            ids << QString::number(eventIds.at(i));
        QSqlQuery events(db());
        events.setForwardOnly(true);
        events.prepare(QStringLiteral("SELECT %1 FROM events WHERE incident_id = ? AND id IN (%2) ORDER BY at_ms, id")
                           .arg(QLatin1String(EventColumns), ids.join(QLatin1Char(','))));
        events.addBindValue(incidentId);
        if (!readEvents(events, changes.events, what))
            return std::nullopt;
    }
    return changes;
}

bool IncidentStore::insertRole(qint64 incidentId, const RoleSpan& role)
{
    QSqlQuery insert(db());
    insert.prepare(QStringLiteral("INSERT INTO roles (incident_id, person, role, started_ms, ended_ms) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(incidentId);
    insert.addBindValue(notNull(role.person));
    insert.addBindValue(notNull(role.role));
    insert.addBindValue(role.startedMs);
    insert.addBindValue(role.endedMs);
    return exec(insert, tr("recording a role")) && recordChange(incidentId, "role");
}

bool IncidentStore::readRoles(qint64 incidentId, QList<RoleSpan>& roles, const QString& what)
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT person, role, started_ms, ended_ms FROM roles WHERE incident_id = ?"
                                 " ORDER BY started_ms, id"));
    query.addBindValue(incidentId);
    if (!exec(query, what))
        return false;
    while (query.next())
        roles.append(RoleSpan{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                              query.value(3).toLongLong()});
    return true;
}

bool IncidentStore::takeRole(qint64 incidentId, const RoleSpan& role, TimelineEvent* stamp)
{
    const QString what = tr("recording a role");
    if (!transaction(what, incidentId))
        return false;
    QSqlQuery held(db());
    held.prepare(QStringLiteral("SELECT 1 FROM roles WHERE incident_id = ? AND person = ? AND role = ? AND ended_ms = 0"));
    held.addBindValue(incidentId);
    held.addBindValue(notNull(role.person));
    held.addBindValue(notNull(role.role));
    if (!exec(held, what)) {
        rollback();
        return false;
    }
    if (held.next()) {
        rollback(); // holds it already: a seat that opens the incident again is not news
        if (stamp)
            stamp->id = 0;
        return true;
    }
    held.finish();
    if (!insertRole(incidentId, role) || (stamp && !insertEventRow(incidentId, *stamp))) {
        rollback();
        return false;
    }
    return commit(what);
}

bool IncidentStore::handOver(const IncidentData& header, qint64 atMs, TimelineEvent& stamp)
{
    const QString what = tr("handing over command");
    if (!transaction(what, header.id))
        return false;
    QSqlQuery end(db());
    end.prepare(QStringLiteral("UPDATE roles SET ended_ms = ? WHERE incident_id = ? AND role = 'commander' AND ended_ms = 0"));
    end.addBindValue(atMs);
    end.addBindValue(header.id);
    QSqlQuery update(db());
    update.prepare(QStringLiteral("UPDATE incidents SET commander = ? WHERE id = ?"));
    update.addBindValue(notNull(header.commander));
    update.addBindValue(header.id);
    if (!exec(end, what) || !exec(update, what) || !recordChange(header.id, "header") ||
        !insertRole(header.id, RoleSpan{header.commander, QStringLiteral("commander"), atMs, 0}) ||
        !insertEventRow(header.id, stamp)) {
        rollback();
        return false;
    }
    return commit(what);
}
