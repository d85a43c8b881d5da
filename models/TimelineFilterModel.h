#pragma once

#include "EventKind.h"

#include <QSet>
#include <QSortFilterProxyModel>

// Shows only the timeline events of the chosen kinds; keeps the source's time order.
class TimelineFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterModel(QObject* parent = nullptr);

    void setKindVisible(EventKind kind, bool visible);
    bool isKindVisible(EventKind kind) const { return !m_hidden.contains(kind); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QSet<EventKind> m_hidden;
};
