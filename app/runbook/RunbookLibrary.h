#pragma once

#include "Runbook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

// The runbooks the console offers: the shipped samples, then the team's folder, which is watched so a
// new, changed or removed file shows without a restart. A burst of file events is read once (debounce).
// A file that stops reading keeps its last good version, with the problem named.
class RunbookLibrary final : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString path;
        QString name;
        bool shipped = false;
        QString problem; // why the file cannot be read now; empty when it reads
    };

    RunbookLibrary(const QStringList& shipped, const QString& folder, QObject* parent = nullptr);

    QList<Entry> entries() const;
    // The runbook as last read well (rules applied, prose rendered); a file never read well as read.
    Runbook runbook(const QString& path) const;
    QString folder() const { return m_folder; }
    void setDebounceMs(int ms);
    void rescan(); // now, without waiting for the debounce

Q_SIGNALS:
    void changed();                           // the list or a runbook in it changed
    void runbookChanged(const QString& path); // a new good version of this file was read
    void problem(const QString& message);     // a file of the folder cannot be read

private:
    struct Known
    {
        QDateTime modified;
        qint64 size = -1;
        Runbook good; // path empty: never read well
        QString problem;
    };
    void watch();

    QStringList m_shipped;
    QString m_folder;
    QFileSystemWatcher m_watcher;
    QTimer* m_debounce;
    QStringList m_order; // the folder's runbooks, by name
    QHash<QString, Known> m_known;
    QStringList m_touched; // files the watcher named since the last scan
};
