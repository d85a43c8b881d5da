#include "MarkerItem.h"

#include "ChartMarkers.h"

#include <QtMath>
#include <algorithm>
#include <climits>
#include <cstring>

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
    // rectangle clip is fast, a region clip is not), written into an image and blended once. Qt fills
    // a translucent rectangle row by row on its thread pool: one fill per marker cost 0.1 ms each.
    painter->setAntialiasing(false);
    const double scale = painter->deviceTransform().m11() > 0 ? painter->deviceTransform().m11() : 1.0;
    const QSize deviceSize(qCeil(rect.width() * scale), qCeil(rect.height() * scale));
    if (m_events.size() != deviceSize) {
        m_events = QImage(deviceSize, QImage::Format_ARGB32_Premultiplied);
        m_events.fill(Qt::transparent);
        m_touched = QRect();
    }
    for (int row = m_touched.top(); row <= m_touched.bottom(); ++row) // only what the last draw wrote
        std::memset(m_events.scanLine(row) + m_touched.left() * 4, 0, static_cast<size_t>(m_touched.width()) * 4);
    m_touched = QRect();
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
            for (int row = part.top(); row <= part.bottom(); ++row) {
                auto* line = reinterpret_cast<quint32*>(m_events.scanLine(row));
                std::fill(line + part.left(), line + part.right() + 1, eventColor);
            }
            m_touched |= part;
        }
        i = j;
    }
    if (!m_touched.isEmpty()) {
        m_events.setDevicePixelRatio(scale);
        const QRectF target(rect.left() + m_touched.left() / scale, rect.top() + m_touched.top() / scale,
                            m_touched.width() / scale, m_touched.height() / scale);
        painter->drawImage(target, m_events, QRectF(m_touched));
    }
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
