#include "Outbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include "PostmortemJson.h"
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {
QJsonObject eventToJson(const TimelineEvent& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("revisions"), e.revisions},
            {QStringLiteral("at"), e.atMs},
            {QStringLiteral("kind"), EventKindInfo::key(e.kind)},
            {QStringLiteral("phase"), e.phase},
            {QStringLiteral("text"), e.text},
            {QStringLiteral("author"), e.author},
            {QStringLiteral("role"), e.role},
            {QStringLiteral("uuid"), e.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("alertPanel"), e.alert->panelId},
            {QStringLiteral("alertSeries"), e.alert->seriesKey},
            {QStringLiteral("alertRule"), e.alert->rule},
            {QStringLiteral("alertStart"), e.alert->startMs},
            {QStringLiteral("alertFiring"), e.alert->firing}};
}

TimelineEvent eventFromJson(const QJsonObject& o)
{
    TimelineEvent e;
    e.id = o.value(QStringLiteral("id")).toInteger();
    e.revisions = o.value(QStringLiteral("revisions")).toInt();
    e.atMs = o.value(QStringLiteral("at")).toInteger();
    e.kind = EventKindInfo::fromKey(o.value(QStringLiteral("kind")).toString()).value_or(EventKind::Note);
    e.phase = o.value(QStringLiteral("phase")).toString();
    e.text = o.value(QStringLiteral("text")).toString();
    e.author = o.value(QStringLiteral("author")).toString();
    e.role = o.value(QStringLiteral("role")).toString();
    e.uuid = QUuid::fromString(o.value(QStringLiteral("uuid")).toString());
    e.alert = AlertRef{o.value(QStringLiteral("alertPanel")).toString(), o.value(QStringLiteral("alertSeries")).toString(),
               o.value(QStringLiteral("alertRule")).toString(), o.value(QStringLiteral("alertStart")).toInteger(),
               o.value(QStringLiteral("alertFiring")).toBool()};
    return e;
}

QByteArray lineOf(const Outbox::Entry& entry)
{
    QJsonObject o{{QStringLiteral("op"), int(entry.op)},
                  {QStringLiteral("incident"), entry.incidentId},
                  {QStringLiteral("key"), entry.key.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("event"), eventToJson(entry.event)}};
    switch (entry.op) {
    case Outbox::Op::Edit:
        o.insert(QStringLiteral("before"), eventToJson(entry.before));
        o.insert(QStringLiteral("editor"), entry.editor);
        o.insert(QStringLiteral("editedAt"), entry.editedAtMs);
        break;
    case Outbox::Op::Postmortem:
        o.insert(QStringLiteral("postmortem"), PostmortemJson::toJson(entry.postmortem));
        o.insert(QStringLiteral("version"), entry.version);
        break;
    case Outbox::Op::Role:
        o.insert(QStringLiteral("span"), QJsonObject{{QStringLiteral("person"), entry.span.person},
                                                     {QStringLiteral("role"), entry.span.role},
                                                     {QStringLiteral("started"), entry.span.startedMs}});
        o.insert(QStringLiteral("announce"), entry.announce);
        break;
    default:
        break;
    }
    if (entry.op == Outbox::Op::Header || entry.op == Outbox::Op::Handover) {
        const IncidentData& h = entry.header;
        o.insert(QStringLiteral("header"),
                 QJsonObject{{QStringLiteral("title"), h.title},
                             {QStringLiteral("severity"), int(h.severity)},
                             {QStringLiteral("status"), IncidentStatusInfo::key(h.status)},
                             {QStringLiteral("commander"), h.commander},
                             {QStringLiteral("started"), h.startedMs},
                             {QStringLiteral("detected"), h.detectedMs},
                             {QStringLiteral("mitigated"), h.mitigatedMs},
                             {QStringLiteral("resolved"), h.resolvedMs}});
    }
    if (entry.op == Outbox::Op::Checked) {
        o.insert(QStringLiteral("item"), entry.itemId);
        o.insert(QStringLiteral("checkedAt"), entry.checkedAtMs);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

// {"sent": key}: the entry with that key is on the server.
QByteArray sentLineOf(const QUuid& key)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("sent"), key.toString(QUuid::WithoutBraces)}}).toJson(QJsonDocument::Compact) + '\n';
}

QUuid sentKeyOf(const QByteArray& line)
{
    if (!line.startsWith("{\"sent\""))
        return {};
    return QUuid::fromString(QJsonDocument::fromJson(line).object().value(QStringLiteral("sent")).toString());
}

std::optional<Outbox::Entry> entryOf(const QByteArray& line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (o.isEmpty())
        return std::nullopt; // a line cut short by a crash: it was never shown as kept
    Outbox::Entry entry;
    entry.op = Outbox::Op(qBound(0, o.value(QStringLiteral("op")).toInt(), int(Outbox::Op::Role)));
    entry.incidentId = o.value(QStringLiteral("incident")).toInteger();
    entry.event = eventFromJson(o.value(QStringLiteral("event")).toObject());
    const QJsonObject h = o.value(QStringLiteral("header")).toObject();
    entry.header.id = entry.incidentId;
    entry.header.title = h.value(QStringLiteral("title")).toString();
    entry.header.severity = SeverityInfo::fromNumber(h.value(QStringLiteral("severity")).toInt()).value_or(Severity::Sev2);
    entry.header.status =
        IncidentStatusInfo::fromKey(h.value(QStringLiteral("status")).toString()).value_or(IncidentStatus::Investigating);
    entry.header.commander = h.value(QStringLiteral("commander")).toString();
    entry.header.startedMs = h.value(QStringLiteral("started")).toInteger();
    entry.header.detectedMs = h.value(QStringLiteral("detected")).toInteger();
    entry.header.mitigatedMs = h.value(QStringLiteral("mitigated")).toInteger();
    entry.header.resolvedMs = h.value(QStringLiteral("resolved")).toInteger();
    entry.itemId = o.value(QStringLiteral("item")).toString();
    entry.checkedAtMs = o.value(QStringLiteral("checkedAt")).toInteger();
    entry.before = eventFromJson(o.value(QStringLiteral("before")).toObject());
    entry.editor = o.value(QStringLiteral("editor")).toString();
    entry.editedAtMs = o.value(QStringLiteral("editedAt")).toInteger();
    entry.postmortem = PostmortemJson::fromJson(o.value(QStringLiteral("postmortem")).toObject());
    entry.version = o.value(QStringLiteral("version")).toInt(-1);
    const QJsonObject span = o.value(QStringLiteral("span")).toObject();
    entry.span = RoleSpan{span.value(QStringLiteral("person")).toString(), span.value(QStringLiteral("role")).toString(),
                          span.value(QStringLiteral("started")).toInteger(), 0};
    entry.announce = o.value(QStringLiteral("announce")).toBool();
    // Entries of an earlier version have no key of their own: their event's UUID is it.
    entry.key = o.contains(QStringLiteral("key")) ? QUuid::fromString(o.value(QStringLiteral("key")).toString()) : entry.event.uuid;
    if (entry.incidentId <= 0 || entry.key.isNull())
        return std::nullopt;
    return entry;
}
} // namespace

Outbox::Outbox(QString file)
    : m_file(std::move(file))
{
}

QString Outbox::fileFor(const QString& folder, const QString& storeDisplay)
{
    const QByteArray hash = QCryptographicHash::hash(storeDisplay.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QDir(folder).filePath(QStringLiteral("outbox-%1.jsonl").arg(QString::fromLatin1(hash)));
}

bool Outbox::load(QString* error)
{
    m_entries.clear();
    QFile file(m_file);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The outbox %1 cannot be read (%2): events recorded while the server was unreachable wait "
                    "in it. Check the file's permissions.")
                     .arg(m_file, file.errorString());
        return false;
    }
    QSet<QUuid> sent;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (const QUuid key = sentKeyOf(line); !key.isNull())
            sent.insert(key);
        else if (auto entry = entryOf(line))
            m_entries.append(*entry);
    }
    m_entries.removeIf([&sent](const Entry& e) { return sent.contains(e.key); });
    m_sentMarks = int(sent.size());
    return true;
}

bool Outbox::appendLine(const QByteArray& line)
{
    QFile file(m_file);
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(line) == line.size() && file.flush() &&
           ::fsync(file.handle()) == 0;
}

bool Outbox::append(const Entry& entry, QString* error)
{
    // Synced before the seat shows the event: a killed console still has it when it starts again.
    if (!appendLine(lineOf(entry))) {
        *error = tr("The server is unreachable and the outbox %1 cannot be written (%2), so nothing was recorded. "
                    "Free some disk space or check the folder's permissions.")
                     .arg(m_file, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_entries.append(entry);
    return true;
}

bool Outbox::removeFirst(QString* error)
{
    if (m_entries.isEmpty())
        return true;
    const QUuid key = m_entries.takeFirst().key;
    // A mark lost to a crash only sends the entry once more, and the store keeps it once.
    constexpr int RewriteAfter = 256;
    if (m_entries.isEmpty() || m_sentMarks >= RewriteAfter || !appendLine(sentLineOf(key))) {
        m_sentMarks = 0;
        return rewrite(error);
    }
    ++m_sentMarks;
    return true;
}

bool Outbox::rewrite(QString* error)
{
    if (m_entries.isEmpty())
        return QFile::remove(m_file) || !QFile::exists(m_file);
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("The outbox %1 cannot be rewritten (%2).").arg(m_file, file.errorString());
        return false;
    }
    for (const Entry& entry : m_entries)
        file.write(lineOf(entry));
    if (!file.commit()) {
        *error = tr("The outbox %1 cannot be rewritten (%2).").arg(m_file, file.errorString());
        return false;
    }
    return true;
}
