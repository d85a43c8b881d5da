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
