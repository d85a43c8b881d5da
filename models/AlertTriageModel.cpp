#include "AlertTriageModel.h"

#include "MetricSeries.h"

#include <QFont>

#include <algorithm>
#include <utility>

namespace {
constexpr quintptr SectionId = 0; // sections have no parent
constexpr quintptr GroupBase = 1; // a group row's id: 1 + its section
constexpr quintptr AlertBase = 1 + AlertTriageModel::SectionCount; // an alert row's id: AlertBase + its group node
} // namespace

AlertTriageModel::AlertTriageModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_sectionGroups(SectionCount)
{
}

AlertTriageModel::Section AlertTriageModel::sectionOf(const AmAlert& alert)
{
    return Section(alert.triageSection());
}

void AlertTriageModel::setSnapshot(const AmSnapshot& given, qint64 nowMs)
{
    m_nowMs = nowMs;
    AmSnapshot snapshot = given;
    if (!snapshot.sealed)
        snapshot.seal(); // made by hand (tests); Alertmanager's answers come sealed from the worker
    if (!m_groups.isEmpty() && snapshot.layoutHash == m_snapshot.layoutHash) {
        // The same alerts in the same places: no new tree, and a signal only for the groups whose words
        // (annotations, times) changed. Thousands of per-group signals would hold the UI thread.
        const AmSnapshot before = std::exchange(m_snapshot, std::move(snapshot));
        rebuild(); // the same nodes over the new copy
        for (const GroupNode& node : std::as_const(m_groups)) {
            const qsizetype g = node.group - m_snapshot.groups.constData();
            if (before.groups.at(g).contentHash == node.group->contentHash)
                continue;
            const QModelIndex group = index(node.row, 0, sectionIndex(Section(node.section)));
            Q_EMIT dataChanged(index(0, 0, group), index(int(node.alerts.size()) - 1, ColumnCount - 1, group));
        }
        Q_EMIT nowChanged();
        return;
    }
    beginResetModel();
    m_snapshot = std::move(snapshot);
    rebuild();
    endResetModel();
}

void AlertTriageModel::rebuild()
{
    m_groups.clear();
    for (QList<int>& list : m_sectionGroups)
        list.clear();
    for (const AmGroup& group : std::as_const(m_snapshot.groups)) {
        GroupNode perSection[SectionCount];
        for (int i = 0; i < group.alerts.size(); ++i)
            perSection[sectionOf(group.alerts.at(i))].alerts.append(i);
        for (int s = 0; s < SectionCount; ++s) {
            if (perSection[s].alerts.isEmpty())
                continue;
            perSection[s].section = s;
            perSection[s].row = int(m_sectionGroups[s].size());
            perSection[s].group = &group;
            m_sectionGroups[s].append(int(m_groups.size()));
            m_groups.append(perSection[s]);
        }
    }
}

void AlertTriageModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    Q_EMIT nowChanged();
}

void AlertTriageModel::setAttached(const QSet<QString>& alertKeys)
{
    if (alertKeys == m_attached)
        return;
    m_attached = alertKeys;
    if (m_groups.isEmpty())
        return;
    // Fonts and the state column of any row may change; no row moves.
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
}

const AmAlert* AlertTriageModel::alertAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() < AlertBase)
        return nullptr;
    const GroupNode& node = m_groups.at(int(index.internalId() - AlertBase));
    return &node.group->alerts.at(node.alerts.at(index.row()));
}

QList<AmAlert> AlertTriageModel::alertsUnder(const QModelIndex& index) const
{
    QList<AmAlert> alerts;
    if (const AmAlert* alert = alertAt(index)) {
        alerts.append(*alert);
    } else if (index.isValid() && index.internalId() != SectionId) {
        const GroupNode& node = m_groups.at(m_sectionGroups.at(int(index.internalId() - GroupBase)).at(index.row()));
        for (int i : node.alerts)
            alerts.append(node.group->alerts.at(i));
    } else if (index.isValid()) {
        for (int g : m_sectionGroups.at(index.row())) {
            for (int i : m_groups.at(g).alerts)
                alerts.append(m_groups.at(g).group->alerts.at(i));
        }
    }
    return alerts;
}

int AlertTriageModel::count(Section section) const
{
    return m_snapshot.distinct[section]; // an alert routed to two receivers is in two groups, and one alert
}

QString AlertTriageModel::durationText(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms / 1000);
    if (s < 60)
        return tr("%1s").arg(s);
    if (s < 3600)
        return tr("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return tr("%1h %2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1d %2h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString AlertTriageModel::groupText(const QMap<QString, QString>& labels)
{
    QStringList parts;
    if (labels.contains(QStringLiteral("alertname")))
        parts << labels.value(QStringLiteral("alertname"));
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() != QLatin1String("alertname"))
            parts << it.key() + QLatin1Char('=') + it.value();
    }
    return parts.join(QStringLiteral(" · "));
}

QModelIndex AlertTriageModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionId);
    if (parent.internalId() == SectionId)
        return createIndex(row, column, GroupBase + quintptr(parent.row()));
    if (parent.internalId() < AlertBase) {
        const int group = m_sectionGroups.at(int(parent.internalId() - GroupBase)).at(parent.row());
        return createIndex(row, column, AlertBase + quintptr(group));
    }
    return {};
}

QModelIndex AlertTriageModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == SectionId)
        return {};
    if (child.internalId() < AlertBase)
        return createIndex(int(child.internalId() - GroupBase), 0, SectionId);
    const GroupNode& node = m_groups.at(int(child.internalId() - AlertBase));
    return createIndex(node.row, 0, GroupBase + quintptr(node.section));
}

int AlertTriageModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return SectionCount;
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == SectionId)
        return int(m_sectionGroups.at(parent.row()).size());
    if (parent.internalId() < AlertBase)
        return int(m_groups.at(m_sectionGroups.at(int(parent.internalId() - GroupBase)).at(parent.row())).alerts.size());
    return 0;
}

int AlertTriageModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant AlertTriageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Alert");
    case SeverityColumn:
        return tr("Severity");
    case SummaryColumn:
        return tr("Summary");
    case ForColumn:
        return tr("Firing for");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QVariant AlertTriageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == SectionId)
        return sectionData(index.row(), index.column(), role);
    if (index.internalId() < AlertBase) {
        const int group = m_sectionGroups.at(int(index.internalId() - GroupBase)).at(index.row());
        return groupData(m_groups.at(group), index.column(), role);
    }
    const GroupNode& node = m_groups.at(int(index.internalId() - AlertBase));
    return alertData(*alertAt(index), *node.group, index.column(), role);
}

QVariant AlertTriageModel::sectionData(int section, int column, int role) const
{
    if (role == SectionRole)
        return section;
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole || column != NameColumn)
        return {};
    const int n = count(Section(section));
    switch (section) {
    case Firing:
        return tr("Firing (%n)", nullptr, n);
    case Silenced:
        return tr("Silenced (%n)", nullptr, n);
    default:
        return tr("Inhibited (%n)", nullptr, n);
    }
}

QVariant AlertTriageModel::groupData(const GroupNode& node, int column, int role) const
{
    if (role == GroupKeyRole)
        return node.group->key();
    if (role == SectionRole)
        return node.section;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == NameColumn) {
        const QString labels = node.group->labels.isEmpty() ? tr("(not grouped)") : groupText(node.group->labels);
        return tr("%1 — %n alert(s), to %2", nullptr, int(node.alerts.size())).arg(labels, node.group->receiver);
    }
    return {};
}

QString AlertTriageModel::inhibitors(const AmAlert& alert) const
{
    QStringList names;
    for (const QString& fingerprint : alert.inhibitedBy) {
        const AmAlert* by = m_snapshot.find(fingerprint);
        names << (by ? by->name() : fingerprint);
    }
    names.removeDuplicates();
    return names.join(QStringLiteral(", "));
}

QVariant AlertTriageModel::alertData(const AmAlert& alert, const AmGroup& group, int column, int role) const
{
    // The alert's key is built from its labels: only for the two things that show it, on painted rows.
    const auto attached = [&] { return !m_attached.isEmpty() && m_attached.contains(alert.ref(true).alertKey()); };
    switch (role) {
    case FingerprintRole:
        return alert.fingerprint;
    case SectionRole:
        return sectionOf(alert);
    case Qt::FontRole:
        if (attached()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        return column == SeverityColumn ? QVariant(SeverityInfo::color(m_severities.severityOf(alert))) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines{MetricSeries::keyOf(alert.labels)};
        for (auto it = alert.annotations.cbegin(); it != alert.annotations.cend(); ++it)
            lines << it.key() + QStringLiteral(": ") + it.value();
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn: {
        // What tells it from the others of its group: the labels the group does not share.
        QMap<QString, QString> own = alert.labels;
        for (auto it = group.labels.cbegin(); it != group.labels.cend(); ++it)
            own.remove(it.key());
        own.remove(QStringLiteral("alertname"));
        own.remove(QStringLiteral("severity"));
        const QString name = alert.name().isEmpty() ? alert.fingerprint : alert.name();
        return own.isEmpty() ? name : name + QStringLiteral(" · ") + groupText(own);
    }
    case SeverityColumn:
        return alert.severityLabel().isEmpty()
                   ? SeverityInfo::label(m_severities.severityOf(alert))
                   : tr("%1 (%2)").arg(alert.severityLabel(), SeverityInfo::label(m_severities.severityOf(alert)));
    case SummaryColumn:
        return alert.summary();
    case ForColumn:
        return alert.startsMs > 0 ? durationText(m_nowMs - alert.startsMs) : QString();
    case StateColumn: {
        QString state = alert.isSilenced()    ? tr("silenced by %1").arg(alert.silencedBy.join(QStringLiteral(", ")))
                        : alert.isInhibited() ? tr("inhibited by %1").arg(inhibitors(alert))
                                              : tr("firing");
        return attached() ? tr("%1 · attached").arg(state) : state;
    }
    default:
        return {};
    }
}
