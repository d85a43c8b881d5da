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
// "ICon" in the file header: marks our stores, so a file that is someone else's is never written to.
constexpr int ApplicationId = 0x49436f6e;
} // namespace StoreSchema
