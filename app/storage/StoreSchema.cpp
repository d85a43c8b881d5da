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
    };
    return tables;
}
