#pragma once

#include <QList>
#include <QSet>
#include <QStringList>

// The store's schema, version by version. Each migration moves it one version up: never edit a
// shipped entry, append a new one.
namespace StoreSchema {
const QList<QStringList>& migrations();
// Tables each schema version has; a file without our application id is ours only if it has exactly these.
const QList<QSet<QString>>& tablesOfVersion();
// Indexes of ours; any other index, view or trigger in a file marks it as someone else's.
const QStringList& ownIndexes();
// The same schema on PostgreSQL, from nothing to ServerFirstVersion and on; its version is in ic_meta.
const QList<QStringList>& serverMigrations();
constexpr int ServerFirstVersion = 5;
// The channel a PostgreSQL store announces each committed change on, as "incident_id seq".
constexpr const char* NotifyChannel = "incident_console";
// "ICon" in the file header: marks our stores, so a file that is someone else's is never written to.
constexpr int ApplicationId = 0x49436f6e;
} // namespace StoreSchema
