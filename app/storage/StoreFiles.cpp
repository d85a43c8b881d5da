#include "StoreFiles.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace {
QMutex& mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, int>& openStores()
{
    static QHash<QString, int> paths;
    return paths;
}

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}
} // namespace

void StoreFiles::opened(const QString& path)
{
    const QString key = canonical(path);
    const QMutexLocker lock(&mutex());
    ++openStores()[key];
}

void StoreFiles::closed(const QString& path)
{
    const QString key = canonical(path);
    const QMutexLocker lock(&mutex());
    if (--openStores()[key] <= 0)
        openStores().remove(key);
}

bool StoreFiles::contains(const QString& path)
{
    QString key = canonical(path);
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (key.endsWith(QLatin1String(suffix)))
            key.chop(qstrlen(suffix));
    }
    const QMutexLocker lock(&mutex());
    return openStores().contains(key);
}
