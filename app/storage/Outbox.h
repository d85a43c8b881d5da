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
    enum class Op { Event, Header, Checked, Edit, Postmortem, Handover, Role };
    struct Entry
    {
        Op op = Op::Event;
        qint64 incidentId = 0;
        TimelineEvent event;  // the event, the stamp that records the change, or (Op::Edit) the edited event
        IncidentData header;  // Op::Header, Op::Handover: the changed header
        QString itemId;       // Op::Checked
        qint64 checkedAtMs = 0; // Op::Checked; 0 unchecks
        QUuid key;            // this entry, sent twice, kept once (for what adds an event: its UUID)
        TimelineEvent before; // Op::Edit: the event as its editor saw it (its revisions: the version check)
        QString editor;       // Op::Edit
        qint64 editedAtMs = 0; // Op::Edit
        PostmortemFields postmortem; // Op::Postmortem
        int version = -1;     // Op::Postmortem: the version its author started from (-1: any); recorded: the new one
        RoleSpan span;        // Op::Role
        bool announce = false; // Op::Role: with a timeline note (event)
        // Refused as a conflict: what the other seat saved meanwhile.
        TimelineEvent theirEvent;
        PostmortemFields theirPostmortem;
        int theirVersion = 0;

        // An event, or a change of the header (Op::Header) or of a checklist item (Op::Checked) with its stamp.
        static Entry of(Op op, const TimelineEvent& event, const IncidentData& header = {}, const QString& itemId = {},
                        qint64 checkedAtMs = 0)
        {
            Entry entry;
            entry.op = op;
            entry.event = event;
            entry.header = header;
            entry.itemId = itemId;
            entry.checkedAtMs = checkedAtMs;
            return entry;
        }
        bool addsEvent() const { return op != Op::Edit && op != Op::Postmortem && (op != Op::Role || announce); }
    };

    explicit Outbox(QString file);
    QString file() const { return m_file; }
    bool load(QString* error); // entries an earlier run left behind
    bool append(const Entry& entry, QString* error); // durable when it returns
    // The first entry is on the server: a line marking it sent is appended (a rewrite of the whole file per
    // entry made a long outbox quadratic to resend); the file is rewritten now and then, removed when empty.
    bool removeFirst(QString* error);
    const QList<Entry>& entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }
    // The outbox file of a store, by its display name (never its password) in a folder.
    static QString fileFor(const QString& folder, const QString& storeDisplay);

private:
    bool rewrite(QString* error);
    bool appendLine(const QByteArray& line);
    QString m_file;
    QList<Entry> m_entries;
    int m_sentMarks = 0; // lines marking an entry sent since the file was last written whole
};
