#pragma once

#include "IncidentData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a seat recorded while its shared store was unreachable, kept in a local file (one JSON line per
// entry, synced to disk before the seat shows it) until the server has it. Every entry carries its
// event's UUID, so an entry sent again after a lost answer is still kept once.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    enum class Op { Event, Header, Checked };
    struct Entry
    {
        Op op = Op::Event;
        qint64 incidentId = 0;
        TimelineEvent event;  // the event, or the stamp that records the change
        IncidentData header;  // Op::Header: the changed header
        QString itemId;       // Op::Checked
        qint64 checkedAtMs = 0; // Op::Checked; 0 unchecks
    };

    explicit Outbox(QString file);
    QString file() const { return m_file; }
    bool load(QString* error); // entries an earlier run left behind
    bool append(const Entry& entry, QString* error); // durable when it returns
    bool removeFirst(QString* error);
    const QList<Entry>& entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }
    // The outbox file of a store, by its display name (never its password) in a folder.
    static QString fileFor(const QString& folder, const QString& storeDisplay);

private:
    bool rewrite(QString* error);
    QString m_file;
    QList<Entry> m_entries;
};
