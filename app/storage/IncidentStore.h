#pragma once

#include "IncidentData.h"
#include "MetricPanelData.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

// Incidents on Qt SQL (SQLite, WAL). Every write is one transaction, durable when the call returns.
// Failures return false and leave a sentence for the user in errorString().
class IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)
public:
    static constexpr int LatestSchemaVersion = 4;

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

    bool open(const QString& path, const Options& options);
    bool open(const QString& path) { return open(path, Options()); }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
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
    bool updatePostmortem(qint64 incidentId, const PostmortemFields& fields);

    // Fetched metric samples kept with the incident, so its charts outlive Prometheus' retention.
    bool saveSamples(qint64 incidentId, const PanelDefinition& panel, const QList<MetricSeries>& batch);
    QList<MetricPanelData> loadSamples(qint64 incidentId);

    QList<IncidentSummary> listIncidents();
    std::optional<IncidentData> loadIncident(qint64 id);
    QList<TimelineEvent> revisionsOf(qint64 eventId); // earlier versions, oldest first

private:
    enum class Problem { Locked, Damaged, Foreign, Access, Full, Other };
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
    bool transaction(const QString& what);
    bool commit(const QString& what);
    void rollback(); // leaves errorString() as the failure that led here
    static void bindHeader(QSqlQuery& query, const IncidentData& incident);
    bool insertEventRow(qint64 incidentId, TimelineEvent& event);
    QSqlDatabase db() const;

    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_registered; // the path while open (see StoreFiles)
};
