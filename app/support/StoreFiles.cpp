#include "StoreFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMutex>
#include <sys/stat.h>

namespace {
struct OpenStore
{
    QString canonical;
    dev_t device = 0;
    ino_t inode = 0;
    int count = 0;
};

QMutex& mutex()
{
    static QMutex m;
    return m;
}

QList<OpenStore>& openStores()
{
    static QList<OpenStore> stores;
    return stores;
}

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

// stat() reads the inode without opening the file (opening is what must not happen).
bool identity(const QString& path, dev_t* device, ino_t* inode)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    *device = info.st_dev;
    *inode = info.st_ino;
    return true;
}

QString withoutJournalSuffix(const QString& path)
{
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (path.endsWith(QLatin1String(suffix)))
            return path.chopped(qstrlen(suffix));
    }
    return path;
}
} // namespace

void StoreFiles::opened(const QString& path)
{
    OpenStore store{canonical(path), 0, 0, 1};
    identity(path, &store.device, &store.inode);
    const QMutexLocker lock(&mutex());
    for (OpenStore& open : openStores()) {
        if (open.canonical == store.canonical) {
            ++open.count;
            return;
        }
    }
    openStores().append(store);
}

void StoreFiles::closed(const QString& path)
{
    const QString key = canonical(path);
    const QMutexLocker lock(&mutex());
    QList<OpenStore>& stores = openStores();
    for (qsizetype i = 0; i < stores.size(); ++i) {
        if (stores[i].canonical == key && --stores[i].count <= 0) {
            stores.removeAt(i);
            return;
        }
    }
}

bool StoreFiles::contains(const QString& path)
{
    // By name (also of a journal not yet created), and by inode: a hard link is the same file.
    const QString byName = withoutJournalSuffix(canonical(path));
    dev_t device = 0;
    ino_t inode = 0;
    const bool exists = identity(path, &device, &inode);
    const QMutexLocker lock(&mutex());
    for (const OpenStore& store : std::as_const(openStores())) {
        if (store.canonical == byName)
            return true;
        if (!exists)
            continue;
        if (store.device == device && store.inode == inode)
            return true;
        for (const char* suffix : {"-wal", "-shm"}) {
            dev_t d = 0;
            ino_t i = 0;
            if (identity(store.canonical + QLatin1String(suffix), &d, &i) && d == device && i == inode)
                return true;
        }
    }
    return false;
}
