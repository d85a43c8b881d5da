#include "MarkerItem.h"

#include "ChartMarkers.h"

#include <climits>

MarkerItem::MarkerItem(QCustomPlot* plot)
    : QCPAbstractItem(plot)
{
    setSelectable(false);
}

double MarkerItem::selectTest(const QPointF&, bool, QVariant*) const
{
    return -1; // hovering is answered by the chart, which knows the labels
}

void MarkerItem::draw(QCPPainter* painter)
{
    m_linesDrawn = 0;
    if (!m_markers)
        return;
    QCPAxis* x = mParentPlot->xAxis;
    const QRect rect = clipRect();
    const QCPRange range = x->range();
    const auto [first, last] = m_markers->within(range.lower, range.upper);
    int lastColumn[3] = {INT_MIN, INT_MIN, INT_MIN};
    for (QVector<QLineF>& lines : m_lines)
        lines.clear();
    const std::vector<ChartMarker>& all = m_markers->all();
    for (size_t i = first; i < last; ++i) {
        const ChartMarker& m = all[i];
        const int column = qRound(x->coordToPixel(m.timeSec));
        int& previous = lastColumn[m.kind];
        if (column == previous)
            continue; // in time order: a column already drawn for this kind comes right before
        previous = column;
        m_lines[m.kind].append(QLineF(column + 0.5, rect.top(), column + 0.5, rect.bottom() + 1));
    }
    // Events under the detection under the start, as before.
    const QPen pens[3] = {QPen(QColor(0xC6, 0x28, 0x28), 2), QPen(QColor(0xEF, 0x6C, 0x00), 2, Qt::DashLine),
                          QPen(QColor(0x75, 0x75, 0x75, 150), 1)};
    for (const int kind : {ChartMarker::Event, ChartMarker::Detection, ChartMarker::Start}) {
        if (m_lines[kind].isEmpty())
            continue;
        painter->setPen(pens[kind]);
        painter->drawLines(m_lines[kind]);
        m_linesDrawn += static_cast<int>(m_lines[kind].size());
    }
}
