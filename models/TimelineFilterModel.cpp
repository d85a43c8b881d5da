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

void TimelineFilterModel::setSearchText(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hidden.contains(static_cast<EventKind>(index.data(TimelineModel::KindRole).toInt())))
        return false;
    if (m_words.isEmpty())
        return true;
    QString haystack;
    for (int column : {TimelineModel::Text, TimelineModel::Author, TimelineModel::Phase, TimelineModel::Kind})
        haystack += index.siblingAtColumn(column).data().toString() + QLatin1Char('\n');
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
