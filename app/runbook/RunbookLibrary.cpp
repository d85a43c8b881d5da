#include "RunbookLibrary.h"

#include "RunbookRules.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

RunbookLibrary::RunbookLibrary(const QStringList& shipped, const QString& folder, QObject* parent)
    : QObject(parent)
    , m_shipped(shipped)
    , m_folder(folder)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300); // an editor's save is several events; read the folder once after them
    connect(m_debounce, &QTimer::timeout, this, &RunbookLibrary::rescan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_debounce->start(); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString& path) {
        m_touched << path;
        m_debounce->start();
    });
    QDir().mkpath(m_folder); // a folder that exists can be watched: the first runbook dropped in shows
    for (const QString& path : m_shipped)
        m_known.insert(path, Known{{}, -1, RunbookRules::open(path), {}});
    rescan();
}

void RunbookLibrary::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

QList<RunbookLibrary::Entry> RunbookLibrary::entries() const
{
    QList<Entry> out;
    for (const QString& path : m_shipped)
        out.append({path, QFileInfo(path).completeBaseName(), true, {}});
    for (const QString& path : m_order)
        out.append({path, QFileInfo(path).completeBaseName(), false, m_known.value(path).problem});
    return out;
}

Runbook RunbookLibrary::runbook(const QString& path) const
{
    const auto it = m_known.constFind(path);
    if (it != m_known.constEnd() && !it->good.path.isEmpty())
        return it->good;
    return RunbookRules::open(path);
}

void RunbookLibrary::rescan()
{
    const QDir dir(m_folder);
    QStringList found;
    for (const QString& name : dir.entryList({QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files, QDir::Name))
        found << dir.filePath(name);
    bool listChanged = found != m_order;
    for (const QString& gone : std::as_const(m_order))
        if (!found.contains(gone))
            m_known.remove(gone);
    QStringList newVersions;
    QStringList problems;
    for (const QString& path : std::as_const(found)) {
        const QFileInfo info(path);
        Known& known = m_known[path];
        if (known.modified == info.lastModified() && known.size == info.size() && !m_touched.contains(path))
            continue;
        known.modified = info.lastModified();
        known.size = info.size();
        const Runbook read = RunbookRules::open(path);
        const QString before = known.problem;
        if (read.fatal) {
            const QString why = read.warnings.value(0).message;
            known.problem = known.good.path.isEmpty()
                                ? tr("The runbook %1 cannot be read: %2").arg(info.fileName(), why)
                                : tr("The runbook %1 cannot be read: %2. Its last good version stays open.")
                                      .arg(info.fileName(), why);
            problems << known.problem;
        } else {
            known.problem.clear();
            known.good = read;
            newVersions << path;
        }
        listChanged = listChanged || before != known.problem;
    }
    m_touched.clear();
    m_order = found;
    watch();
    for (const QString& message : std::as_const(problems))
        Q_EMIT problem(message);
    for (const QString& path : std::as_const(newVersions))
        Q_EMIT runbookChanged(path);
    if (listChanged || !newVersions.isEmpty())
        Q_EMIT changed();
}

void RunbookLibrary::watch()
{
    // A save by rename replaces the file: watch what is there now.
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (m_watcher.directories().isEmpty() && QFileInfo(m_folder).isDir())
        m_watcher.addPath(m_folder);
    if (!m_order.isEmpty())
        m_watcher.addPaths(m_order);
}
