#include "IncidentStore.h"

#include "PostmortemJson.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <cmath>

namespace {
// Each entry moves the schema one version up; never edit a shipped entry, append a new one.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE incidents ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL,"
                           " severity INTEGER NOT NULL, status TEXT NOT NULL, commander TEXT NOT NULL DEFAULT '',"
                           " started_ms INTEGER NOT NULL, detected_ms INTEGER NOT NULL DEFAULT 0,"
                           " mitigated_ms INTEGER NOT NULL DEFAULT 0, resolved_ms INTEGER NOT NULL DEFAULT 0,"
                           " checklist_json TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE events ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
                           " at_ms INTEGER NOT NULL, kind TEXT NOT NULL, phase TEXT NOT NULL DEFAULT '',"
                           " text TEXT NOT NULL, author TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX events_by_incident ON events(incident_id, at_ms, id)"),
            QStringLiteral("CREATE TABLE checklist_state ("
                           " incident_id INTEGER NOT NULL REFERENCES incidents(id), item_id TEXT NOT NULL,"
                           " checked_ms INTEGER NOT NULL, PRIMARY KEY (incident_id, item_id))"),
        },
        {
            QStringLiteral("ALTER TABLE incidents ADD COLUMN postmortem_json TEXT NOT NULL DEFAULT '{}'"),
            QStringLiteral("ALTER TABLE events ADD COLUMN revisions INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE event_revisions ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT, event_id INTEGER NOT NULL REFERENCES events(id),"
                           " edited_ms INTEGER NOT NULL, editor TEXT NOT NULL DEFAULT '',"
                           " old_at_ms INTEGER NOT NULL, old_text TEXT NOT NULL)"),
        },
        {
            QStringLiteral("CREATE TABLE metric_panels ("
                           " incident_id INTEGER NOT NULL REFERENCES incidents(id), panel_id TEXT NOT NULL,"
                           " position INTEGER NOT NULL, definition_json TEXT NOT NULL,"
                           " PRIMARY KEY (incident_id, panel_id))"),
            QStringLiteral("CREATE TABLE metric_samples ("
                           " incident_id INTEGER NOT NULL, panel_id TEXT NOT NULL, series_key TEXT NOT NULL,"
                           " legend TEXT NOT NULL, t REAL NOT NULL, value REAL,"
                           " PRIMARY KEY (incident_id, panel_id, series_key, t)) WITHOUT ROWID"),
        },
    };
    return steps;
}

// A null QString binds as SQL NULL; the schema wants empty text instead.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    return header.isEmpty() || header == QByteArray("SQLite format 3\0", 16);
}
} // namespace

IncidentStore::IncidentStore()
    : m_connection(QStringLiteral("incident-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

IncidentStore::~IncidentStore()
{
    close();
}

QSqlDatabase IncidentStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool IncidentStore::fail(const QString& what, const QString& detail, Problem problem)
{
    if (problem == Problem::FromSqlite) {
        const QString lower = detail.toLower();
        if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy")))
            problem = Problem::Locked;
        else if (lower.contains(QLatin1String("not a database")) || lower.contains(QLatin1String("malformed")) ||
                 lower.contains(QLatin1String("corrupt")))
            problem = Problem::Damaged;
        else if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("unable to open")) ||
                 lower.contains(QLatin1String("permission")))
            problem = Problem::Access;
        else
            problem = Problem::Other;
    }
    switch (problem) {
    case Problem::Locked:
        m_error = tr("The incident store %1 is locked by another program (another console?) while %2. "
                     "Close the other program and try again, or start with --db to use another file.")
                      .arg(m_path, what);
        break;
    case Problem::Damaged:
        m_error = tr("The incident store %1 is damaged or is not an Incident Console store (%2). "
                     "The console has not changed it. Restore it from a backup or move it aside, "
                     "or start with --db to use another file.")
                      .arg(m_path, detail);
        break;
    case Problem::Access:
        m_error = tr("The incident store %1 cannot be opened or written while %2 (%3). "
                     "Check that the file and its folder exist and that you may write them, "
                     "or start with --db to use another file.")
                      .arg(m_path, what, detail);
        break;
    case Problem::FromSqlite:
    case Problem::Other:
        m_error = tr("The incident store %1 failed while %2: %3").arg(m_path, what, detail);
        break;
    }
    return false;
}

bool IncidentStore::exec(QSqlQuery& query, const QString& what)
{
    if (query.exec())
        return true;
    return fail(what, query.lastError().text());
}

bool IncidentStore::execSql(const QString& sql, const QString& what)
{
    QSqlQuery query(db());
    if (query.exec(sql))
        return true;
    return fail(what, query.lastError().text());
}

bool IncidentStore::transaction(const QString& what)
{
    // IMMEDIATE takes the write lock up front so a busy store fails here, not half way.
    return execSql(QStringLiteral("BEGIN IMMEDIATE"), what);
}

bool IncidentStore::commit(const QString& what)
{
    if (execSql(QStringLiteral("COMMIT"), what))
        return true;
    rollback();
    return false;
}

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

void IncidentStore::rollback()
{
    QSqlQuery query(db());
    query.exec(QStringLiteral("ROLLBACK"));
}

bool IncidentStore::open(const QString& path, const Options& options)
{
    close();
    m_path = path;
    m_error.clear();
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return fail(tr("opening it"), tr("it is not a regular file"), Problem::Access);
        if (!info.isReadable())
            return fail(tr("opening it"), tr("permission denied"), Problem::Access);
        if (!looksLikeSqlite(path))
            return fail(tr("opening it"), tr("file is not a database"), Problem::Damaged);
    } else if (!info.dir().exists()) {
        return fail(tr("creating it"), tr("the folder %1 does not exist").arg(info.absolutePath()), Problem::Access);
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!database.open())
        return fail(tr("opening it"), database.lastError().text());

    QSqlQuery check(database);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
        return fail(tr("checking it"), check.lastError().text());
    if (check.value(0).toString() != QLatin1String("ok"))
        return fail(tr("checking it"), tr("corrupt: %1").arg(check.value(0).toString()), Problem::Damaged);
    check.finish();

    QSqlQuery wal(database);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return fail(tr("opening it"), wal.lastError().text());
    wal.finish();
    // FULL: a commit survives power loss, not only a killed process.
    if (!execSql(QStringLiteral("PRAGMA synchronous=FULL"), tr("opening it")) ||
        !execSql(QStringLiteral("PRAGMA foreign_keys=ON"), tr("opening it")))
        return false;
    return migrate(options.targetSchemaVersion);
}

void IncidentStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase database = db();
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool IncidentStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && db().isOpen();
}

int IncidentStore::schemaVersion() const
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool IncidentStore::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (current < 0)
        return fail(tr("reading its schema version"), db().lastError().text());
    if (current > LatestSchemaVersion)
        return fail(tr("opening it"),
                    tr("it was written by a newer Incident Console (schema %1, this one knows %2); "
                       "use the newer console")
                        .arg(current)
                        .arg(LatestSchemaVersion),
                    Problem::Other);
    for (int version = current; version < targetVersion; ++version) {
        const QString what = tr("upgrading it to schema version %1").arg(version + 1);
        if (!transaction(what))
            return false;
        for (const QString& sql : migrations().at(version)) {
            if (!execSql(sql, what)) {
                rollback(); // keeps the error that caused it
                return false;
            }
        }
        if (!execSql(QStringLiteral("PRAGMA user_version=%1").arg(version + 1), what) || !commit(what))
            return false;
    }
    return true;
}

bool IncidentStore::insertEventRow(qint64 incidentId, TimelineEvent& event)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO events (incident_id, at_ms, kind, phase, text, author)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(incidentId);
    query.addBindValue(event.atMs);
    query.addBindValue(EventKindInfo::key(event.kind));
    query.addBindValue(notNull(event.phase));
    query.addBindValue(notNull(event.text));
    query.addBindValue(notNull(event.author));
    if (!exec(query, tr("recording an event")))
        return false;
    event.id = query.lastInsertId().toLongLong();
    return true;
}

bool IncidentStore::createIncident(IncidentData& incident)
{
    const QString what = tr("creating an incident");
    if (!transaction(what))
        return false;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO incidents (title, severity, status, commander, started_ms, detected_ms,"
                                 " mitigated_ms, resolved_ms, checklist_json, postmortem_json)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindHeader(query, incident);
    query.addBindValue(QString::fromUtf8(incident.checklistJson));
    query.addBindValue(QString::fromUtf8(QJsonDocument(PostmortemJson::toJson(incident.postmortem)).toJson(QJsonDocument::Compact)));
    if (!exec(query, what)) {
        rollback();
        return false;
    }
    const qint64 id = query.lastInsertId().toLongLong();
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
    // A single INSERT is its own transaction in SQLite: durable once it returns.
    return insertEventRow(incidentId, event);
}

bool IncidentStore::insertEvents(qint64 incidentId, QList<TimelineEvent>& events)
{
    const QString what = tr("recording events");
    if (!transaction(what))
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
    if (!transaction(what))
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
    update.prepare(QStringLiteral("UPDATE events SET at_ms = ?, text = ?, revisions = revisions + 1"
                                  " WHERE id = ? AND incident_id = ?"));
    update.addBindValue(after.atMs);
    update.addBindValue(notNull(after.text));
    update.addBindValue(before.id);
    update.addBindValue(incidentId);
    if (!exec(revision, what) || !exec(update, what)) {
        rollback(); // keeps the error that caused it
        return false;
    }
    if (update.numRowsAffected() != 1) {
        rollback();
        return fail(what, tr("event %1 does not exist").arg(before.id), Problem::Other);
    }
    return commit(what);
}

bool IncidentStore::updateHeader(const IncidentData& incident, TimelineEvent* stamp)
{
    const QString what = tr("changing the incident");
    if (!transaction(what))
        return false;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE incidents SET title = ?, severity = ?, status = ?, commander = ?,"
                                 " started_ms = ?, detected_ms = ?, mitigated_ms = ?, resolved_ms = ? WHERE id = ?"));
    bindHeader(query, incident);
    query.addBindValue(incident.id);
    if (!exec(query, what) || (stamp && !insertEventRow(incident.id, *stamp))) {
        rollback(); // keeps the error that caused it
        return false;
    }
    return commit(what);
}

bool IncidentStore::setChecked(qint64 incidentId, const QString& itemId, qint64 checkedAtMs, TimelineEvent& stamp)
{
    const QString what = tr("recording a checklist item");
    if (!transaction(what))
        return false;
    QSqlQuery query(db());
    if (checkedAtMs != 0) {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO checklist_state (incident_id, item_id, checked_ms)"
                                     " VALUES (?, ?, ?)"));
        query.addBindValue(incidentId);
        query.addBindValue(notNull(itemId));
        query.addBindValue(checkedAtMs);
    } else {
        query.prepare(QStringLiteral("DELETE FROM checklist_state WHERE incident_id = ? AND item_id = ?"));
        query.addBindValue(incidentId);
        query.addBindValue(notNull(itemId));
    }
    if (!exec(query, what) || !insertEventRow(incidentId, stamp)) {
        rollback(); // keeps the error that caused it
        return false;
    }
    return commit(what);
}

bool IncidentStore::updatePostmortem(qint64 incidentId, const PostmortemFields& fields)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE incidents SET postmortem_json = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(PostmortemJson::toJson(fields)).toJson(QJsonDocument::Compact)));
    query.addBindValue(incidentId);
    return exec(query, tr("saving the post-mortem"));
}

bool IncidentStore::saveSamples(qint64 incidentId, const PanelDefinition& panel, const QList<MetricSeries>& batch)
{
    const QString what = tr("keeping metric samples");
    if (!transaction(what))
        return false;
    QSqlQuery definition(db());
    definition.prepare(QStringLiteral("INSERT INTO metric_panels (incident_id, panel_id, position, definition_json)"
                                      " VALUES (?, ?, (SELECT COUNT(*) FROM metric_panels WHERE incident_id = ?), ?)"
                                      " ON CONFLICT (incident_id, panel_id) DO UPDATE SET definition_json = excluded.definition_json"));
    definition.addBindValue(incidentId);
    definition.addBindValue(panel.id);
    definition.addBindValue(incidentId);
    definition.addBindValue(QString::fromUtf8(QJsonDocument(panel.toJson()).toJson(QJsonDocument::Compact)));
    bool ok = exec(definition, what);
    QSqlQuery sample(db());
    sample.prepare(QStringLiteral("INSERT OR REPLACE INTO metric_samples (incident_id, panel_id, series_key, legend, t, value)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    for (const MetricSeries& series : batch) {
        for (size_t i = 0; ok && i < series.size(); ++i) {
            sample.addBindValue(incidentId);
            sample.addBindValue(panel.id);
            sample.addBindValue(series.key());
            sample.addBindValue(series.legend());
            sample.addBindValue(series.times()[i]);
            const double v = series.values()[i];
            sample.addBindValue(std::isfinite(v) ? QVariant(v) : QVariant()); // NaN and Inf are gaps
            ok = exec(sample, what);
        }
    }
    if (!ok) {
        rollback(); // keeps the error that caused it
        return false;
    }
    return commit(what);
}

QList<MetricPanelData> IncidentStore::loadSamples(qint64 incidentId)
{
    QList<MetricPanelData> panels;
    QSqlQuery definitions(db());
    definitions.prepare(QStringLiteral("SELECT panel_id, definition_json FROM metric_panels WHERE incident_id = ?"
                                       " ORDER BY position"));
    definitions.addBindValue(incidentId);
    if (!exec(definitions, tr("reading metric samples")))
        return panels;
    QHash<QString, int> index;
    while (definitions.next()) {
        MetricPanelData panel;
        panel.definition = PanelDefinition::fromJson(QJsonDocument::fromJson(definitions.value(1).toString().toUtf8()).object());
        index.insert(definitions.value(0).toString(), static_cast<int>(panels.size()));
        panels.append(panel);
    }
    QSqlQuery samples(db());
    samples.setForwardOnly(true);
    samples.prepare(QStringLiteral("SELECT panel_id, series_key, legend, t, value FROM metric_samples"
                                   " WHERE incident_id = ? ORDER BY panel_id, series_key, t"));
    samples.addBindValue(incidentId);
    if (!exec(samples, tr("reading metric samples")))
        return panels;
    while (samples.next()) {
        const int p = index.value(samples.value(0).toString(), -1);
        if (p < 0)
            continue;
        MetricPanelData& panel = panels[p];
        const QString key = samples.value(1).toString();
        MetricSeries* series = panel.find(key);
        if (!series) {
            panel.series.append(MetricSeries(key, samples.value(2).toString()));
            series = &panel.series.last();
        }
        const QVariant v = samples.value(4);
        series->append(samples.value(3).toDouble(), v.isNull() ? qQNaN() : v.toDouble());
    }
    return panels;
}

QList<IncidentSummary> IncidentStore::listIncidents()
{
    QList<IncidentSummary> list;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT i.id, i.title, i.severity, i.status, i.commander, i.started_ms,"
                                   " (SELECT COUNT(*) FROM events e WHERE e.incident_id = i.id)"
                                   " FROM incidents i ORDER BY i.started_ms DESC, i.id DESC"))) {
        fail(tr("listing incidents"), query.lastError().text());
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

std::optional<IncidentData> IncidentStore::loadIncident(qint64 id)
{
    const QString what = tr("loading incident %1").arg(id);
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT title, severity, status, commander, started_ms, detected_ms, mitigated_ms,"
                                 " resolved_ms, checklist_json, postmortem_json FROM incidents WHERE id = ?"));
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
    query.finish();

    QSqlQuery checked(db());
    checked.setForwardOnly(true);
    checked.prepare(QStringLiteral("SELECT item_id, checked_ms FROM checklist_state WHERE incident_id = ?"));
    checked.addBindValue(id);
    if (!exec(checked, what))
        return std::nullopt;
    while (checked.next())
        data.checkedItems.insert(checked.value(0).toString(), checked.value(1).toLongLong());

    QSqlQuery events(db());
    events.setForwardOnly(true);
    events.prepare(QStringLiteral("SELECT id, at_ms, kind, phase, text, author, revisions FROM events"
                                  " WHERE incident_id = ? ORDER BY at_ms, id"));
    events.addBindValue(id);
    if (!exec(events, what))
        return std::nullopt;
    // Phases, kinds and authors repeat: share one string each instead of one per row.
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
        data.events.append(std::move(e));
    }
    data.events.squeeze();
    return data;
}

QList<TimelineEvent> IncidentStore::revisionsOf(qint64 eventId)
{
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
