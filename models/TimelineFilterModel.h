#pragma once

#include "EventKind.h"

#include <QSet>
#include <QStringList>
#include <QSortFilterProxyModel>

// Shows only the timeline events of the chosen kinds that match the search; keeps the time order.
class TimelineFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterModel(QObject* parent = nullptr);

    void setKindVisible(EventKind kind, bool visible);
    bool isKindVisible(EventKind kind) const { return !m_hidden.contains(kind); }
    // Every word must appear in the event's text, owner, phase or kind, in any case.
    void setSearchText(const QString& text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QSet<EventKind> m_hidden;
    QStringList m_words;
};
