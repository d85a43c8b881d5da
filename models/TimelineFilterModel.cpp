#include "TimelineFilterModel.h"

#include "TimelineModel.h"

TimelineFilterModel::TimelineFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void TimelineFilterModel::setKindVisible(EventKind kind, bool visible)
{
    if (visible == isKindVisible(kind))
        return;
    if (visible)
        m_hidden.remove(kind);
    else
        m_hidden.insert(kind);
    invalidateFilter();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_hidden.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return !m_hidden.contains(static_cast<EventKind>(index.data(TimelineModel::KindRole).toInt()));
}
