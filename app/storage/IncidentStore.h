#pragma once

#include "IncidentChanges.h"
#include "IncidentData.h"
#include "MetricPanelData.h"
#include "StoreLocation.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

// Incidents on Qt SQL: a SQLite file (WAL) or a shared PostgreSQL database. Every write is one transaction,
// durable when the call returns, and leaves a row in the change feed that other seats follow. Failures
// return false and leave a sentence for the user in errorString(); it never shows a password.
class IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)
public:
    static constexpr int LatestSchemaVersion = 5;

    struct Options
    {
        int busyTimeoutMs = 3000;
        int targetSchemaVersion = LatestSchemaVersion; // tests stop early to exercise migrations
        int maxPageCount = 0;                           // tests: a small limit stands for a full disk
    };

    IncidentStore();
    ~IncidentStore();
    IncidentStore(const IncidentStore&) = delete;
    IncidentStore& operator=(const IncidentStore&) = delete;

    // A SQLite file's path or a postgresql:// URL (see StoreLocation).
    bool open(const QString& location, const Options& options);
    bool open(const QString& location) { return open(location, Options()); }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; } // for display: a URL's password masked
    QString location() const { return m_location.text(); } // as opened, to open it again in this process
    bool isShared() const { return m_location.isShared(); }
    QString errorString() const { return m_error; }
    // The last failure was the server going away (not a refusal): the write may be sent again later.
    bool lostConnection() const { return m_lostConnection; }
    // The last editEvent failed because another seat edited the event since the caller read it.
    bool editConflict() const { return m_editConflict; }
    bool reconnect(); // a shared store: a new connection to the same server
    int schemaVersion() const;
    // Whether the path is (a journal of) a store open in this process: such files are opened by SQLite only.
    static bool isStoreFile(const QString& path);

    bool createIncident(IncidentData& incident); // sets incident.id and the ids of its events
    bool insertEvent(qint64 incidentId, TimelineEvent& event);
    bool insertEvents(qint64 incidentId, QList<TimelineEvent>& events); // one transaction
    bool editEvent(qint64 incidentId, const TimelineEvent& before, const TimelineEvent& after, const QString& editor,
                   qint64 editedAtMs);
    // The changed header (SEV, status, key times) and the event that records the change, together.
    bool updateHeader(const IncidentData& incident, TimelineEvent* stamp);
    bool setChecked(qint64 incidentId, const QString& itemId, qint64 checkedAtMs, TimelineEvent& stamp);
    // Saves over baseVersion only (-1: whatever is there); on success *version is the new one. Another
    // seat's save since baseVersion fails with editConflict().
    bool updatePostmortem(qint64 incidentId, const PostmortemFields& fields, int baseVersion = -1, int* version = nullptr);
    std::optional<TimelineEvent> loadEvent(qint64 incidentId, qint64 eventId);
    // A seat's person taking a role (nothing when they hold it already); the stamp is recorded with it.
    bool takeRole(qint64 incidentId, const RoleSpan& role, TimelineEvent* stamp);
    // Command passes to header.commander at atMs: the old commander's span ends, the new one's begins.
    bool handOver(const IncidentData& header, qint64 atMs, TimelineEvent& stamp);

    // Fetched metric samples kept with the incident, so its charts outlive Prometheus' retention.
    bool saveSamples(qint64 incidentId, const PanelDefinition& panel, const QList<MetricSeries>& batch);
    QList<MetricPanelData> loadSamples(qint64 incidentId);

    // What other seats changed in an incident after a change feed position (0: from the start).
    std::optional<IncidentChanges> changesSince(qint64 incidentId, qint64 afterSeq);
    qint64 lastChange(qint64 incidentId); // the feed position now; -1 on failure

    QList<IncidentSummary> listIncidents();
    std::optional<IncidentData> loadIncident(qint64 id) { return loadIncident(id, true); }
    QList<TimelineEvent> revisionsOf(qint64 eventId); // earlier versions, oldest first

private:
    enum class Problem { Locked, Damaged, Foreign, Access, Full, Unreachable, Other };
    bool openFile(const QString& path, const Options& options);
    bool openServer();
    bool migrateServer();
    bool failServer(const QString& what, const QSqlError& error);
    bool fail(const QString& what, const QString& detail, Problem problem);
    bool fail(const QString& what, const QSqlError& error); // classified by SQLite's result code
    std::optional<qint64> pragma(const QString& name);
    bool checkOwnership(); // in one read snapshot
    bool isOurs();
    bool checkIntegrity();
    bool enableWal(int busyTimeoutMs);
    bool exec(QSqlQuery& query, const QString& what);
    bool execSql(const QString& sql, const QString& what);
    bool migrate(int targetVersion);
    bool transaction(const QString& what, qint64 incidentId = 0); // writes to one incident take turns
    bool recordChange(qint64 incidentId, const char* kind, qint64 refId = 0);
    std::optional<IncidentData> loadIncident(qint64 id, bool withEvents);
    bool readRoles(qint64 incidentId, QList<RoleSpan>& roles, const QString& what);
    bool insertRole(qint64 incidentId, const RoleSpan& role);
    bool readEvents(QSqlQuery& query, QList<TimelineEvent>& events, const QString& what);
    bool commit(const QString& what);
    void rollback(); // leaves errorString() as the failure that led here
    static void bindHeader(QSqlQuery& query, const IncidentData& incident);
    bool insertEventRow(qint64 incidentId, TimelineEvent& event);
    QSqlDatabase db() const;

    QString m_connection;
    StoreLocation m_location;
    QString m_path;
    bool m_lostConnection = false;
    bool m_editConflict = false;
    QString m_error;
    QString m_registered; // the path while open (see StoreFiles)
};
