#include "ChecklistModel.h"

#include "Incident.h"
#include "TimeOffset.h"

ChecklistModel::ChecklistModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void ChecklistModel::setIncident(Incident* incident)
{
    beginResetModel();
    if (m_incident)
        m_incident->disconnect(this);
    m_incident = incident;
    if (m_incident) {
        connect(m_incident, &Incident::checklistChanged, this, [this](const QString& itemId) {
            const QModelIndex item = indexOfItem(itemId);
            if (!item.isValid())
                return;
            Q_EMIT dataChanged(item, item.siblingAtColumn(ColumnCount - 1));
            const QModelIndex phase = item.parent();
            Q_EMIT dataChanged(phase, phase.siblingAtColumn(ColumnCount - 1));
        });
        connect(m_incident, &QObject::destroyed, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
    endResetModel();
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, PhaseRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == PhaseRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, PhaseRow);
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    if (!m_incident)
        return 0;
    const auto& phases = m_incident->checklist().phases;
    if (!parent.isValid())
        return static_cast<int>(phases.size());
    if (parent.internalId() == PhaseRow && parent.column() == 0)
        return static_cast<int>(phases.at(parent.row()).items.size());
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_incident)
        return {};
    const auto& phases = m_incident->checklist().phases;
    if (index.internalId() == PhaseRow) {
        const ChecklistPhase& phase = phases.at(index.row());
        const int done = m_incident->checkedCount(index.row());
        const int total = static_cast<int>(phase.items.size());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == Item ? phase.title : QStringLiteral("%1/%2").arg(done).arg(total);
        case PhaseIdRole:
            return phase.id;
        case ProgressRole:
            return total == 0 ? 100 : done * 100 / total;
        case IsPhaseRole:
            return true;
        default:
            return {};
        }
    }
    const ChecklistPhase& phase = phases.at(static_cast<int>(index.internalId() - 1));
    const ChecklistItem& item = phase.items.at(index.row());
    const bool checked = m_incident->isChecked(item.id);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Item)
            return item.text;
        return checked ? TimeOffset::format(m_incident->checkedAt(item.id) - m_incident->data().startedMs)
                       : QString();
    case Qt::CheckStateRole:
        return index.column() == Item ? QVariant(checked ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        return item.text;
    case ItemIdRole:
        return item.id;
    case PhaseIdRole:
        return phase.id;
    case IsPhaseRole:
        return false;
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.internalId() == PhaseRow || index.column() != Item)
        return false;
    Q_EMIT checkRequested(index.data(ItemIdRole).toString(),
                          value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != PhaseRow && index.column() == Item)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Item ? tr("Checklist") : tr("Done at");
}

QModelIndex ChecklistModel::indexOfItem(const QString& itemId, int column) const
{
    if (!m_incident)
        return {};
    int phaseIndex = -1;
    const ChecklistItem* item = m_incident->checklist().item(itemId, &phaseIndex);
    if (!item)
        return {};
    const auto& items = m_incident->checklist().phases.at(phaseIndex).items;
    for (int row = 0; row < items.size(); ++row) {
        if (items.at(row).id == itemId)
            return index(row, column, index(phaseIndex, 0));
    }
    return {};
}
