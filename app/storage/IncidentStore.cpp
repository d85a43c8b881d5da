#include "IncidentStore.h"

#include "LogCategories.h"
#include "PostmortemJson.h"
#include "StoreFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QThread>
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
        {
            // Which alert an Alert event records, as data (AlertRef): never compared by its words.
            QStringLiteral("ALTER TABLE events ADD COLUMN alert_panel TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE events ADD COLUMN alert_series TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE events ADD COLUMN alert_rule TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE events ADD COLUMN alert_start_ms INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE events ADD COLUMN alert_firing INTEGER NOT NULL DEFAULT 0"),
        },
    };
    return steps;
}

// "ICon" in the file header: marks our stores, so a file that is someone else's is never written to.
constexpr int ApplicationId = 0x49436f6e;

// Primary result codes of SQLite (sqlite3.h); the driver reports them as the error's native code.
enum SqliteCode { Perm = 3, Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADb = 26 };

// Tables each schema version has; a file without our application id is ours only if it has exactly these.
const QList<QSet<QString>>& tablesOfVersion()
{
    static const QList<QSet<QString>> tables = {
        {},
        {QStringLiteral("incidents"), QStringLiteral("events"), QStringLiteral("checklist_state")},
        {QStringLiteral("incidents"), QStringLiteral("events"), QStringLiteral("checklist_state"),
         QStringLiteral("event_revisions")},
        {QStringLiteral("incidents"), QStringLiteral("events"), QStringLiteral("checklist_state"),
         QStringLiteral("event_revisions"), QStringLiteral("metric_panels"), QStringLiteral("metric_samples")},
        {QStringLiteral("incidents"), QStringLiteral("events"), QStringLiteral("checklist_state"),
         QStringLiteral("event_revisions"), QStringLiteral("metric_panels"), QStringLiteral("metric_samples")},
    };
    return tables;
}

// A null QString binds as SQL NULL; the schema wants empty text instead.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

IncidentStore::IncidentStore()
    : m_connection(QStringLiteral("incident-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

bool IncidentStore::isStoreFile(const QString& path)
{
    return StoreFiles::contains(path);
}

IncidentStore::~IncidentStore()
{
    close();
}

QSqlDatabase IncidentStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool IncidentStore::fail(const QString& what, const QSqlError& error)
{
    // Classified by SQLite's own result code, never by its (English) text.
    bool known = false;
    const int code = error.nativeErrorCode().toInt(&known) & 0xff;
    Problem problem = Problem::Other;
    if (known) {
        switch (code) {
        case Busy:
        case Locked:
            problem = Problem::Locked;
            break;
        case Corrupt:
        case NotADb:
            problem = Problem::Damaged;
            break;
        case Perm:
        case ReadOnly:
        case CantOpen:
        case IoErr:
            problem = Problem::Access;
            break;
        case Full:
            problem = Problem::Full;
            break;
        default:
            break;
        }
    }
    return fail(what, error.databaseText().isEmpty() ? error.text() : error.databaseText(), problem);
}

bool IncidentStore::fail(const QString& what, const QString& detail, Problem problem)
{
    qCWarning(lcStore, "store %s: %s failed: %s", qUtf8Printable(m_path), qUtf8Printable(what), qUtf8Printable(detail));
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
    case Problem::Foreign:
        m_error = tr("The file %1 is a database of another program (%2), not an Incident Console store. "
                     "The console has not changed it. Start with --db to name a new or existing store.")
                      .arg(m_path, detail);
        break;
    case Problem::Access:
        m_error = tr("The incident store %1 cannot be opened or written while %2 (%3). "
                     "Check that the file and its folder exist and that you may write them, "
                     "or start with --db to use another file.")
                      .arg(m_path, what, detail);
        break;
    case Problem::Full:
        m_error = tr("The disk that holds the incident store %1 is full while %2, so nothing was recorded. "
                     "Free some space on it and try again.")
                      .arg(m_path, what);
        break;
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
    return fail(what, query.lastError());
}

bool IncidentStore::execSql(const QString& sql, const QString& what)
{
    QSqlQuery query(db());
    if (query.exec(sql))
        return true;
    return fail(what, query.lastError());
}

bool IncidentStore::transaction(const QString& what)
{
    m_error.clear(); // an earlier failure is not this operation's
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
    qCDebug(lcStore, "opening store %s", qUtf8Printable(path));
    if (path.trimmed().isEmpty() || path == QLatin1String(":memory:")) {
        m_error = tr("\"%1\" is not a file, and a store that is not a file keeps nothing that is recorded. "
                     "Name a file with --db, such as ~/incidents.sqlite.")
                      .arg(path);
        return false;
    }
    // SQLite reads "file:" names as URIs: memory databases, other VFSes, another file than the name says.
    if (path.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        m_error = tr("\"%1\" is a SQLite URI, not a path. Name the store's file with --db, such as ~/incidents.sqlite.")
                      .arg(path);
        return false;
    }
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return fail(tr("opening it"), tr("it is not a regular file"), Problem::Access);
        if (!info.isReadable())
            return fail(tr("opening it"), tr("permission denied"), Problem::Access);
    } else if (!info.dir().exists()) {
        return fail(tr("creating it"), tr("the folder %1 does not exist").arg(info.absolutePath()), Problem::Access);
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(path);
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (info.exists()) {
        // Looked at read-only first: a file that is not ours is not even checkpointed when it is closed.
        database.setConnectOptions(busy + QStringLiteral(";QSQLITE_OPEN_READONLY"));
        if (!database.open())
            return fail(tr("opening it"), database.lastError());
        if (!checkOwnership() || !checkIntegrity())
            return false;
        database.close();
    }
    database.setConnectOptions(busy);
    if (!database.open())
        return fail(tr("opening it"), database.lastError());
    if ((!info.exists() && !checkOwnership()) || !migrate(options.targetSchemaVersion) || !enableWal(options.busyTimeoutMs))
        return false;
    // FULL: a commit survives power loss, not only a killed process.
    if (!execSql(QStringLiteral("PRAGMA synchronous=FULL"), tr("opening it")) ||
        !execSql(QStringLiteral("PRAGMA foreign_keys=ON"), tr("opening it")))
        return false;
    if (options.maxPageCount > 0 &&
        !execSql(QStringLiteral("PRAGMA max_page_count=%1").arg(options.maxPageCount), tr("opening it")))
        return false;
    m_registered = path;
    StoreFiles::opened(path);
    qCInfo(lcStore, "store %s open, schema %d", qUtf8Printable(path), schemaVersion());
    return true;
}

std::optional<qint64> IncidentStore::pragma(const QString& name)
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next()) {
        fail(tr("reading it"), query.lastError());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool IncidentStore::checkOwnership()
{
    // One snapshot: a console creating the store meanwhile is seen before or after, never half way.
    if (!execSql(QStringLiteral("BEGIN"), tr("reading it")))
        return false;
    const bool ours = isOurs();
    rollback(); // only read; keeps the error
    return ours;
}

bool IncidentStore::isOurs()
{
    const auto applicationId = pragma(QStringLiteral("application_id"));
    const auto version = pragma(QStringLiteral("user_version"));
    if (!applicationId || !version)
        return false;
    if (*applicationId != 0 && *applicationId != ApplicationId)
        return fail(tr("opening it"), tr("application id %1").arg(*applicationId), Problem::Foreign);
    if (*applicationId == ApplicationId && *version > LatestSchemaVersion)
        return fail(tr("opening it"),
                    tr("it was written by a newer Incident Console (schema %1, this one knows %2); "
                       "use the newer console")
                        .arg(*version)
                        .arg(LatestSchemaVersion),
                    Problem::Other);
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT type, name FROM sqlite_master")))
        return fail(tr("reading it"), query.lastError());
    QSet<QString> tables;
    QStringList others; // views, triggers, indexes of someone else
    int objects = 0;
    while (query.next()) {
        ++objects;
        const QString type = query.value(0).toString();
        const QString name = query.value(1).toString();
        if (name.startsWith(QLatin1String("sqlite_")))
            continue; // SQLite's own: sequences, automatic indexes
        if (type == QLatin1String("table"))
            tables.insert(name);
        else if (!(type == QLatin1String("index") && name == QLatin1String("events_by_incident")))
            others << QStringLiteral("%1 %2").arg(type, name);
    }
    // A new, empty file is ours to set up; a store has exactly the tables of its schema version (the
    // mark came with version 3, so an unmarked store of ours is recognised by its tables alone).
    if (*version == 0 && objects == 0)
        return true;
    if (*version > 0 && *version < tablesOfVersion().size() && others.isEmpty() &&
        tables == tablesOfVersion().at(int(*version)))
        return true;
    QStringList names(tables.begin(), tables.end());
    names << others;
    names.sort();
    return fail(tr("opening it"),
                names.isEmpty() ? tr("schema version %1 and no tables").arg(*version)
                                : tr("tables %1").arg(names.join(QStringLiteral(", "))),
                Problem::Foreign);
}

bool IncidentStore::checkIntegrity()
{
    QSqlQuery check(db());
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
        return fail(tr("checking it"), check.lastError());
    if (check.value(0).toString() != QLatin1String("ok"))
        return fail(tr("checking it"), tr("corrupt: %1").arg(check.value(0).toString()), Problem::Damaged);
    return true;
}

bool IncidentStore::enableWal(int busyTimeoutMs)
{
    // Switching to WAL needs a moment with no other writer; consoles starting together take turns.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery wal(db());
        if (wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && wal.next()) {
            const QString mode = wal.value(0).toString().toLower();
            if (mode == QLatin1String("wal"))
                return true;
            return fail(tr("opening it"),
                        tr("SQLite kept the journal mode \"%1\" instead of WAL; the folder must allow shared memory "
                           "files (a local disk, not a network share)")
                            .arg(mode),
                        Problem::Access);
        }
        const QSqlError error = wal.lastError();
        bool known = false;
        const int code = error.nativeErrorCode().toInt(&known) & 0xff;
        if (!known || (code != Busy && code != Locked) || waited.elapsed() > busyTimeoutMs)
            return fail(tr("opening it"), error);
        QThread::msleep(5);
    }
}

void IncidentStore::close()
{
    if (!m_registered.isEmpty()) {
        StoreFiles::closed(m_registered);
        m_registered.clear();
    }
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
    const QString what = tr("setting it up");
    // The version is read under the write lock: consoles creating one new store together each see
    // the tables the one before them made.
    if (!transaction(what))
        return false;
    const auto current = pragma(QStringLiteral("user_version"));
    const auto applicationId = pragma(QStringLiteral("application_id"));
    if (!current || !applicationId) {
        rollback();
        return false;
    }
    if (*current >= targetVersion && *applicationId == ApplicationId) {
        rollback(); // nothing to change
        return true;
    }
    qCInfo(lcStore, "store %s: schema %lld -> %d", qUtf8Printable(m_path), *current, targetVersion);
    for (int version = int(*current); version < targetVersion; ++version) {
        for (const QString& sql : migrations().at(version)) {
            if (!execSql(sql, tr("upgrading it to schema version %1").arg(version + 1))) {
                rollback(); // keeps the error that caused it
                return false;
            }
        }
    }
    if (!execSql(QStringLiteral("PRAGMA user_version=%1").arg(qMax<qint64>(*current, targetVersion)), what) ||
        !execSql(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId), what)) {
        rollback();
        return false;
    }
    return commit(what);
}

bool IncidentStore::insertEventRow(qint64 incidentId, TimelineEvent& event)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO events (incident_id, at_ms, kind, phase, text, author,"
                                 " alert_panel, alert_series, alert_rule, alert_start_ms, alert_firing)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    query.addBindValue(notNull(QString::fromUtf8(incident.checklistJson)));
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
    m_error.clear();
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
    m_error.clear();
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
    m_error.clear();
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

std::optional<IncidentData> IncidentStore::loadIncident(qint64 id)
{
    m_error.clear();
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
    events.prepare(QStringLiteral("SELECT id, at_ms, kind, phase, text, author, revisions,"
                                  " alert_panel, alert_series, alert_rule, alert_start_ms, alert_firing FROM events"
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
        e.alert = AlertRef{intern(events.value(7).toString()), intern(events.value(8).toString()),
                   intern(events.value(9).toString()), events.value(10).toLongLong(), events.value(11).toInt() != 0};
        data.events.append(std::move(e));
    }
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
