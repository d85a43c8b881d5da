#include "MarkerItem.h"

#include "ChartMarkers.h"

#include <QtMath>
#include <algorithm>
#include <climits>

MarkerItem::MarkerItem(QCustomPlot* plot, QCPItemText* keepClear)
    : QCPAbstractItem(plot)
    , m_keepClear(keepClear)
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
    for (QVector<int>& columns : m_columns)
        columns.clear();
    const std::vector<ChartMarker>& all = m_markers->all();
    for (size_t i = first; i < last; ++i) {
        const ChartMarker& m = all[i];
        const int column = qRound(x->coordToPixel(m.timeSec));
        int& previous = lastColumn[m.kind];
        if (column == previous)
            continue; // in time order: a column already drawn for this kind comes right before
        previous = column;
        m_columns[m.kind].append(column);
    }
    QRegion clip(rect);
    if (mParentPlot->legend && mParentPlot->legend->realVisibility())
        clip -= mParentPlot->legend->outerRect();
    if (m_keepClear && m_keepClear->visible())
        clip -= QRectF(m_keepClear->topLeft->pixelPosition(), m_keepClear->bottomRight->pixelPosition()).toAlignedRect();
    // Thousands of events: neighbouring columns become one rectangle, cut to the free areas by hand (a
    // rectangle clip is fast, a region clip is not), written into an image and blended once (one
    // translucent fill per marker cost 0.1 ms each).
    painter->setAntialiasing(false);
    const double scale = m_events.begin(painter, rect);
    const QSize deviceSize = m_events.size();
    quint32* pixels = m_events.pixels();
    const qsizetype stride = m_events.stride();
    const quint32 eventColor = qPremultiply(qRgba(0x75, 0x75, 0x75, 150));
    auto toDevice = [&](const QRect& logical) {
        return QRect(QPoint(qFloor((logical.left() - rect.left()) * scale), qFloor((logical.top() - rect.top()) * scale)),
                     QPoint(qCeil((logical.right() + 1 - rect.left()) * scale) - 1,
                            qCeil((logical.bottom() + 1 - rect.top()) * scale) - 1)) &
               QRect(QPoint(0, 0), deviceSize);
    };
    const QVector<int>& events = m_columns[ChartMarker::Event];
    for (qsizetype i = 0; i < events.size();) {
        qsizetype j = i + 1;
        while (j < events.size() && events.at(j) == events.at(j - 1) + 1)
            ++j;
        const QRect run(events.at(i), rect.top(), events.at(j - 1) - events.at(i) + 1, rect.height());
        for (const QRect& area : clip) {
            const QRect part = toDevice(run & area);
            if (part.isEmpty())
                continue;
            for (int row = part.top(); row <= part.bottom(); ++row)
                std::fill(pixels + row * stride + part.left(), pixels + row * stride + part.right() + 1, eventColor);
            m_events.touched(part);
        }
        i = j;
    }
    m_events.blend(painter);
    painter->setClipRegion(clip, Qt::IntersectClip);
    m_linesDrawn = static_cast<int>(events.size());
    // The detection over the events, the start over both, as before.
    const QPen pens[2] = {QPen(QColor(0xC6, 0x28, 0x28), 2), QPen(QColor(0xEF, 0x6C, 0x00), 2, Qt::DashLine)};
    for (const int kind : {ChartMarker::Detection, ChartMarker::Start}) {
        painter->setPen(pens[kind]);
        for (const int column : std::as_const(m_columns[kind]))
            painter->drawLine(QLineF(column + 0.5, rect.top(), column + 0.5, rect.bottom() + 1));
        m_linesDrawn += static_cast<int>(m_columns[kind].size());
    }
}
