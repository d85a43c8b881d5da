#pragma once

#include <QString>

// The stores open in this process. Nothing but SQLite may open their files: POSIX locks belong to the
// process, and any close() of another descriptor of the file drops them all, after which another
// console's close deletes the WAL under us. Readers and writers of user-named files ask here first.
namespace StoreFiles {
void opened(const QString& path);
void closed(const QString& path);
bool contains(const QString& path); // the store itself, or its -wal, -shm or -journal
} // namespace StoreFiles
