#include "StoreSchema.h"

const QList<QStringList>& StoreSchema::migrations()
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
        {
            // Seats: an event's own id (an outbox sends it exactly once), the role of its author, the
            // post-mortem's version (edits never overwrite silently) and the change feed followers read.
            QStringLiteral("ALTER TABLE events ADD COLUMN uuid TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE events ADD COLUMN role TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE UNIQUE INDEX events_by_uuid ON events(uuid) WHERE uuid <> ''"),
            QStringLiteral("ALTER TABLE incidents ADD COLUMN postmortem_version INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " incident_id INTEGER NOT NULL, kind TEXT NOT NULL, ref_id INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX changes_by_incident ON changes(incident_id, seq)"),
            QStringLiteral("CREATE TABLE roles (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " incident_id INTEGER NOT NULL REFERENCES incidents(id), person TEXT NOT NULL,"
                           " role TEXT NOT NULL, started_ms INTEGER NOT NULL, ended_ms INTEGER NOT NULL DEFAULT 0)"),
        },
    };
    return steps;
}

const QList<QSet<QString>>& StoreSchema::tablesOfVersion()
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
        {QStringLiteral("incidents"), QStringLiteral("events"), QStringLiteral("checklist_state"),
         QStringLiteral("event_revisions"), QStringLiteral("metric_panels"), QStringLiteral("metric_samples"),
         QStringLiteral("changes"), QStringLiteral("roles")},
    };
    return tables;
}

const QStringList& StoreSchema::ownIndexes()
{
    static const QStringList names{QStringLiteral("events_by_incident"), QStringLiteral("events_by_uuid"),
                                   QStringLiteral("changes_by_incident")};
    return names;
}

const QList<QStringList>& StoreSchema::serverMigrations()
{
    // PostgreSQL stores start at the SQLite schema's version 5, with the same tables and columns.
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE ic_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE incidents ("
                           " id BIGSERIAL PRIMARY KEY, title TEXT NOT NULL, severity INTEGER NOT NULL,"
                           " status TEXT NOT NULL, commander TEXT NOT NULL DEFAULT '', started_ms BIGINT NOT NULL,"
                           " detected_ms BIGINT NOT NULL DEFAULT 0, mitigated_ms BIGINT NOT NULL DEFAULT 0,"
                           " resolved_ms BIGINT NOT NULL DEFAULT 0, checklist_json TEXT NOT NULL DEFAULT '',"
                           " postmortem_json TEXT NOT NULL DEFAULT '{}', postmortem_version INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE events ("
                           " id BIGSERIAL PRIMARY KEY, incident_id BIGINT NOT NULL REFERENCES incidents(id),"
                           " at_ms BIGINT NOT NULL, kind TEXT NOT NULL, phase TEXT NOT NULL DEFAULT '',"
                           " text TEXT NOT NULL, author TEXT NOT NULL DEFAULT '', revisions INTEGER NOT NULL DEFAULT 0,"
                           " alert_panel TEXT NOT NULL DEFAULT '', alert_series TEXT NOT NULL DEFAULT '',"
                           " alert_rule TEXT NOT NULL DEFAULT '', alert_start_ms BIGINT NOT NULL DEFAULT 0,"
                           " alert_firing INTEGER NOT NULL DEFAULT 0, uuid TEXT NOT NULL DEFAULT '',"
                           " role TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX events_by_incident ON events(incident_id, at_ms, id)"),
            QStringLiteral("CREATE UNIQUE INDEX events_by_uuid ON events(uuid) WHERE uuid <> ''"),
            QStringLiteral("CREATE TABLE checklist_state ("
                           " incident_id BIGINT NOT NULL REFERENCES incidents(id), item_id TEXT NOT NULL,"
                           " checked_ms BIGINT NOT NULL, PRIMARY KEY (incident_id, item_id))"),
            QStringLiteral("CREATE TABLE event_revisions ("
                           " id BIGSERIAL PRIMARY KEY, event_id BIGINT NOT NULL REFERENCES events(id),"
                           " edited_ms BIGINT NOT NULL, editor TEXT NOT NULL DEFAULT '',"
                           " old_at_ms BIGINT NOT NULL, old_text TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE metric_panels ("
                           " incident_id BIGINT NOT NULL REFERENCES incidents(id), panel_id TEXT NOT NULL,"
                           " position INTEGER NOT NULL, definition_json TEXT NOT NULL,"
                           " PRIMARY KEY (incident_id, panel_id))"),
            QStringLiteral("CREATE TABLE metric_samples ("
                           " incident_id BIGINT NOT NULL, panel_id TEXT NOT NULL, series_key TEXT NOT NULL,"
                           " legend TEXT NOT NULL, t DOUBLE PRECISION NOT NULL, value DOUBLE PRECISION,"
                           " PRIMARY KEY (incident_id, panel_id, series_key, t))"),
            QStringLiteral("CREATE TABLE changes (seq BIGSERIAL PRIMARY KEY, incident_id BIGINT NOT NULL,"
                           " kind TEXT NOT NULL, ref_id BIGINT NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX changes_by_incident ON changes(incident_id, seq)"),
            QStringLiteral("CREATE TABLE roles (id BIGSERIAL PRIMARY KEY,"
                           " incident_id BIGINT NOT NULL REFERENCES incidents(id), person TEXT NOT NULL,"
                           " role TEXT NOT NULL, started_ms BIGINT NOT NULL, ended_ms BIGINT NOT NULL DEFAULT 0)"),
            // Ids only in the payload (its limit is 8000 bytes); sent when the change commits, never before.
            QStringLiteral("CREATE FUNCTION ic_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$"
                           " BEGIN PERFORM pg_notify('%1', NEW.incident_id || ' ' || NEW.seq); RETURN NULL; END $$")
                .arg(QLatin1String(NotifyChannel)),
            QStringLiteral("CREATE TRIGGER changes_notify AFTER INSERT ON changes"
                           " FOR EACH ROW EXECUTE FUNCTION ic_notify_change()"),
        },
    };
    return steps;
}
