#include "Incident.h"

#include <QSet>

#include <QDateTime>

#include <algorithm>

Incident::Incident(IncidentData data, const QString& language, QObject* parent)
    : QObject(parent)
    , m_data(std::move(data))
{
    if (auto def = ChecklistDefinition::fromJson(m_data.checklistJson, language, &m_checklistError))
        m_checklist = *def;
}

QString Incident::titleProblem(const QString& title)
{
    if (title.trimmed().isEmpty())
        return tr("Give the incident a title: a few words that say what is broken, e.g. \"Checkout API 5xx\".");
    return {};
}

QString Incident::keyTimesProblem(const IncidentData& d)
{
    const QList<QPair<qint64, QString>> times = {{d.startedMs, tr("started")},
                                                 {d.detectedMs, tr("detected")},
                                                 {d.mitigatedMs, tr("mitigated")},
                                                 {d.resolvedMs, tr("resolved")}};
    qint64 previous = 0;
    QString previousName;
    for (const auto& [at, name] : times) {
        if (at == 0)
            continue; // not yet
        // Moments people name come in whole seconds: within a second of each other counts as in order.
        if (previous != 0 && at < previous - 999)
            return tr("The incident cannot be %1 (%3) before it was %2 (%4); key times go started ≤ detected ≤ "
                      "mitigated ≤ resolved.")
                .arg(name, previousName, QDateTime::fromMSecsSinceEpoch(at).toString(Qt::ISODate),
                     QDateTime::fromMSecsSinceEpoch(previous).toString(Qt::ISODate));
        previous = at;
        previousName = name;
    }
    return {};
}

QString Incident::currentPhase() const
{
    for (int p = 0; p < m_checklist.phases.size(); ++p) {
        if (checkedCount(p) < m_checklist.phases.at(p).items.size())
            return m_checklist.phases.at(p).id;
    }
    return m_checklist.phases.isEmpty() ? QString() : m_checklist.phases.constLast().id;
}

int Incident::checkedCount(int phaseIndex) const
{
    if (phaseIndex < 0 || phaseIndex >= m_checklist.phases.size())
        return 0;
    int count = 0;
    for (const ChecklistItem& item : m_checklist.phases.at(phaseIndex).items)
        count += m_data.checkedItems.contains(item.id) ? 1 : 0;
    return count;
}

int Incident::rowOfEvent(qint64 eventId) const
{
    // From the end: the events looked up are mostly the latest.
    for (int row = int(m_data.events.size()) - 1; row >= 0; --row) {
        if (m_data.events.at(row).id == eventId)
            return row;
    }
    return -1;
}

void Incident::settleEvent(const QUuid& uuid, const TimelineEvent& recorded)
{
    for (int row = int(m_data.events.size()) - 1; row >= 0; --row) {
        const TimelineEvent& shown = m_data.events.at(row);
        if (shown.id < 0 && shown.uuid == uuid) {
            m_data.events[row] = recorded;
            Q_EMIT eventChanged(row);
            return;
        }
    }
    if (rowOfEvent(recorded.id) < 0)
        insertEvent(recorded);
}

void Incident::apply(const IncidentChanges& changes)
{
    for (const TimelineEvent& event : changes.events) {
        const int row = rowOfEvent(event.id);
        if (row < 0) {
            if (!event.uuid.isNull())
                settleEvent(event.uuid, event); // this seat's waiting copy, or a new row
            else
                insertEvent(event);
            continue;
        }
        const TimelineEvent& shown = m_data.events.at(row);
        if (shown.revisions != event.revisions || shown.atMs != event.atMs || shown.text != event.text)
            replaceEvent(event);
    }
    if (changes.header) {
        const IncidentData& h = *changes.header;
        m_data.title = h.title;
        m_data.severity = h.severity;
        m_data.status = h.status;
        m_data.commander = h.commander;
        setKeyTimes(h.startedMs, h.detectedMs, h.mitigatedMs, h.resolvedMs); // says headerChanged
    }
    if (changes.checkedItems) {
        QSet<QString> items;
        for (auto it = m_data.checkedItems.cbegin(); it != m_data.checkedItems.cend(); ++it)
            items.insert(it.key());
        for (auto it = changes.checkedItems->cbegin(); it != changes.checkedItems->cend(); ++it)
            items.insert(it.key());
        for (const QString& item : items) {
            const qint64 at = changes.checkedItems->value(item);
            if (m_data.checkedItems.value(item) != at)
                setChecked(item, at);
        }
    }
    if (changes.postmortem) {
        m_data.postmortemVersion = changes.postmortemVersion;
        setPostmortem(*changes.postmortem);
    }
    if (changes.roles)
        setRoles(*changes.roles);
}

void Incident::setPostmortemVersion(int version)
{
    m_data.postmortemVersion = version;
}

void Incident::setCommander(const QString& commander)
{
    m_data.commander = commander;
    Q_EMIT headerChanged();
}

void Incident::setRoles(const QList<RoleSpan>& roles)
{
    m_data.roles = roles;
    Q_EMIT headerChanged();
}

int Incident::insertionRow(const QList<TimelineEvent>& events, const TimelineEvent& event)
{
    const auto it = std::upper_bound(events.cbegin(), events.cend(), event,
                                     [](const TimelineEvent& a, const TimelineEvent& b) {
                                         if (a.atMs != b.atMs)
                                             return a.atMs < b.atMs;
                                         // At one moment: recorded ones in the store's order, then pending ones
                                         // (-1, -2, ...) in the order they were made, as the store will number them.
                                         if ((a.id < 0) != (b.id < 0))
                                             return b.id < 0;
                                         return a.id < 0 ? a.id > b.id : a.id < b.id;
                                     });
    return static_cast<int>(it - events.cbegin());
}

int Incident::insertEvent(const TimelineEvent& event)
{
    const int row = insertionRow(m_data.events, event);
    Q_EMIT eventAboutToBeInserted(row);
    m_data.events.insert(row, event);
    Q_EMIT eventInserted(row);
    return row;
}

void Incident::replaceEvent(const TimelineEvent& event)
{
    const int row = rowOfEvent(event.id);
    Q_ASSERT(row >= 0);
    if (row < 0)
        return;
    if (m_data.events.at(row).atMs == event.atMs) {
        m_data.events[row] = event;
        Q_EMIT eventChanged(row);
        return;
    }
    Q_EMIT eventAboutToBeRemoved(row);
    m_data.events.removeAt(row);
    Q_EMIT eventRemoved(row);
    insertEvent(event);
}

void Incident::setSeverity(Severity severity)
{
    m_data.severity = severity;
    Q_EMIT headerChanged();
}

void Incident::applyStatusTimes(IncidentData& data, IncidentStatus status, qint64 atMs)
{
    data.status = status;
    if (status != IncidentStatus::Investigating && data.detectedMs == 0)
        data.detectedMs = atMs;
    // Only an explicit Mitigated says when the impact stopped; resolving without it is the latest it can be.
    if ((status == IncidentStatus::Mitigated || status == IncidentStatus::Resolved) && data.mitigatedMs == 0)
        data.mitigatedMs = atMs;
    if (status == IncidentStatus::Resolved && data.resolvedMs == 0)
        data.resolvedMs = atMs;
    if (status != IncidentStatus::Resolved)
        data.resolvedMs = 0; // reopened
}

void Incident::setStatus(IncidentStatus status, qint64 atMs)
{
    applyStatusTimes(m_data, status, atMs);
    Q_EMIT headerChanged();
}

void Incident::setKeyTimes(qint64 startedMs, qint64 detectedMs, qint64 mitigatedMs, qint64 resolvedMs)
{
    m_data.startedMs = startedMs;
    m_data.detectedMs = detectedMs;
    m_data.mitigatedMs = mitigatedMs;
    m_data.resolvedMs = resolvedMs;
    Q_EMIT headerChanged();
}

void Incident::setChecked(const QString& itemId, qint64 atMs)
{
    if (atMs == 0)
        m_data.checkedItems.remove(itemId);
    else
        m_data.checkedItems.insert(itemId, atMs);
    Q_EMIT checklistChanged(itemId);
}

void Incident::setPostmortem(const PostmortemFields& fields)
{
    m_data.postmortem = fields;
    Q_EMIT postmortemChanged();
}
