#include "IncidentStore.h"

#include "LogCategories.h"
#include "StoreFiles.h"
#include "StoreSchema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using StoreSchema::ApplicationId;
using StoreSchema::migrations;
using StoreSchema::tablesOfVersion;

namespace {
// Primary result codes of SQLite (sqlite3.h); the driver reports them as the error's native code.
enum SqliteCode { Perm = 3, Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADb = 26 };
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

bool IncidentStore::failServer(const QString& what, const QSqlError& error)
{
    // Classified by PostgreSQL's SQLSTATE, never by its (translated) text; none at all: the connection broke.
    const QString state = error.nativeErrorCode();
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    Problem problem = Problem::Other;
    if (state.isEmpty() || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        problem = Problem::Unreachable;
    else if (state == QLatin1String("53100"))
        problem = Problem::Full;
    else if (state.startsWith(QLatin1String("28")) || state == QLatin1String("42501"))
        problem = Problem::Access;
    else if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        problem = Problem::Locked;
    return fail(what, detail.trimmed(), problem);
}

bool IncidentStore::fail(const QString& what, const QSqlError& error)
{
    if (m_location.isShared())
        return failServer(what, error);
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
    m_lostConnection = problem == Problem::Unreachable;
    if (m_location.isShared()) {
        switch (problem) {
        case Problem::Unreachable:
            m_error = tr("The shared incident store %1 cannot be reached while %2 (%3). Check that the server runs "
                         "and that the URL, user and password (PGPASSWORD or ~/.pgpass) are right. If the database "
                         "does not exist yet, create it once with createdb (see the README).")
                          .arg(m_path, what, detail);
            return false;
        case Problem::Access:
            m_error = tr("The shared incident store %1 refused this user while %2 (%3). Ask its administrator for "
                         "access, or check the user and password (PGPASSWORD or ~/.pgpass).")
                          .arg(m_path, what, detail);
            return false;
        case Problem::Full:
            m_error = tr("The server of the shared incident store %1 is out of disk space while %2, so nothing was "
                         "recorded. Ask its administrator to free some.")
                          .arg(m_path, what);
            return false;
        case Problem::Locked:
            m_error = tr("Another seat changed the shared incident store %1 at the same moment while %2. "
                         "Try again.")
                          .arg(m_path, what);
            return false;
        default:
            break;
        }
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
    case Problem::Unreachable:
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

bool IncidentStore::transaction(const QString& what, qint64 incidentId)
{
    m_error.clear(); // an earlier failure is not this operation's
    m_editConflict = false;
    if (m_lostConnection && m_location.isShared() && !reconnect())
        return false;
    if (!m_location.isShared()) {
        // IMMEDIATE takes the write lock up front so a busy store fails here, not half way.
        return execSql(QStringLiteral("BEGIN IMMEDIATE"), what);
    }
    // A connection that died unnoticed (the server restarted since its last use) is made again, once:
    // nothing of this transaction was sent yet.
    if (!execSql(QStringLiteral("BEGIN"), what) && !(m_lostConnection && reconnect() && execSql(QStringLiteral("BEGIN"), what)))
        return false;
    if (incidentId == 0)
        return true;
    // Writers to one incident take turns, so its change feed numbers rise in the order they commit:
    // a follower that has read up to N never finds a change below N later.
    QSqlQuery lock(db());
    lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    lock.addBindValue(incidentId);
    if (exec(lock, what))
        return true;
    rollback();
    return false;
}

bool IncidentStore::recordChange(qint64 incidentId, const char* kind, qint64 refId)
{
    QSqlQuery change(db());
    change.prepare(QStringLiteral("INSERT INTO changes (incident_id, kind, ref_id) VALUES (?, ?, ?)"));
    change.addBindValue(incidentId);
    change.addBindValue(QLatin1String(kind));
    change.addBindValue(refId);
    return exec(change, tr("recording a change"));
}

bool IncidentStore::commit(const QString& what)
{
    if (execSql(QStringLiteral("COMMIT"), what))
        return true;
    rollback();
    return false;
}

void IncidentStore::rollback()
{
    QSqlQuery query(db());
    query.exec(QStringLiteral("ROLLBACK"));
}

bool IncidentStore::open(const QString& location, const Options& options)
{
    close();
    m_error.clear();
    m_lostConnection = false;
    m_path = StoreLocation::masked(location);
    m_location = StoreLocation::parse(location, &m_error);
    if (!m_error.isEmpty())
        return false;
    return m_location.isShared() ? openServer() : openFile(location, options);
}

bool IncidentStore::openServer()
{
    qCDebug(lcStore, "connecting to %s", qUtf8Printable(m_path));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!database.isValid()) {
        m_error = tr("This console cannot reach PostgreSQL: Qt's driver for it is missing. Install the package "
                     "libqt6sql6-psql, or use a SQLite file with --db.");
        return false;
    }
    m_location.configure(database);
    if (!database.open())
        return fail(tr("connecting to it"), database.lastError());
    if (!migrateServer())
        return false;
    qCInfo(lcStore, "shared store %s open, schema %d", qUtf8Printable(m_path), schemaVersion());
    return true;
}

bool IncidentStore::reconnect()
{
    if (!m_location.isShared())
        return isOpen();
    QSqlDatabase database = db();
    database.close();
    if (!database.open())
        return fail(tr("connecting to it again"), database.lastError());
    m_lostConnection = false;
    qCInfo(lcStore, "shared store %s: connected again", qUtf8Printable(m_path));
    return true;
}

bool IncidentStore::migrateServer()
{
    const QString what = tr("setting it up");
    if (!transaction(what))
        return false;
    // Consoles setting up one new database together take turns.
    if (!execSql(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ApplicationId), what)) {
        rollback();
        return false;
    }
    QSqlQuery tables(db());
    if (!tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables"
                                    " WHERE table_schema = current_schema() ORDER BY table_name"))) {
        fail(what, tables.lastError());
        rollback();
        return false;
    }
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    int version = 0;
    if (names.contains(QLatin1String("ic_meta"))) {
        QSqlQuery meta(db());
        if (!meta.exec(QStringLiteral("SELECT value FROM ic_meta WHERE key = 'schema'")) || !meta.next()) {
            fail(what, meta.lastError());
            rollback();
            return false;
        }
        version = meta.value(0).toInt();
    } else if (!names.isEmpty()) {
        rollback();
        return fail(tr("opening it"), tr("tables %1").arg(names.join(QStringLiteral(", "))), Problem::Foreign);
    }
    if (version > LatestSchemaVersion) {
        rollback();
        return fail(tr("opening it"),
                    tr("it was written by a newer Incident Console (schema %1, this one knows %2); use the newer console")
                        .arg(version)
                        .arg(LatestSchemaVersion),
                    Problem::Other);
    }
    const int from = qMax(version, StoreSchema::ServerFirstVersion - 1);
    for (int step = from; step < LatestSchemaVersion; ++step) {
        for (const QString& sql : StoreSchema::serverMigrations().at(step - (StoreSchema::ServerFirstVersion - 1))) {
            if (!execSql(sql, tr("upgrading it to schema version %1").arg(step + 1))) {
                rollback();
                return false;
            }
        }
    }
    if (version != LatestSchemaVersion &&
        !execSql(QStringLiteral("INSERT INTO ic_meta (key, value) VALUES ('schema', '%1')"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                     .arg(LatestSchemaVersion),
                 what)) {
        rollback();
        return false;
    }
    return commit(what);
}

bool IncidentStore::openFile(const QString& path, const Options& options)
{
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
        else if (!(type == QLatin1String("index") && StoreSchema::ownIndexes().contains(name)))
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
    if (m_location.isShared()) {
        if (!query.exec(QStringLiteral("SELECT value FROM ic_meta WHERE key = 'schema'")) || !query.next())
            return -1;
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool IncidentStore::migrate(int targetVersion)
{
    const QString what = tr("setting it up");
    // A store already up to date is opened without its write lock: another console in the middle of a
    // write never stops this one from opening.
    if (const auto version = pragma(QStringLiteral("user_version")), id = pragma(QStringLiteral("application_id"));
        version && id && *version >= targetVersion && *id == ApplicationId)
        return true;
    // The version is read again under the write lock: consoles creating one new store together each see
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
