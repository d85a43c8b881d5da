#include "DensityPlot.h"

#include <QtMath>
#include <cmath>

DensityPlot::DensityPlot(QCPAxis* keyAxis, QCPAxis* valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
}

double DensityPlot::selectTest(const QPointF&, bool, QVariant*) const
{
    return -1; // not selectable
}

QCPRange DensityPlot::getKeyRange(bool& foundRange, QCP::SignDomain) const
{
    foundRange = false;
    return QCPRange();
}

QCPRange DensityPlot::getValueRange(bool& foundRange, QCP::SignDomain, const QCPRange&) const
{
    foundRange = false;
    return QCPRange();
}

void DensityPlot::drawLegendIcon(QCPPainter*, const QRectF&) const
{
}

void DensityPlot::fillSpans(quint32* pixels, qsizetype stride, int width)
{
    // A band of columns one cache line wide at a time, every line in order within it: each row of the
    // image is brought into the cache once for all lines, not once per line.
    constexpr int Band = 16;
    std::vector<size_t> next(m_lineSpans.size(), 0);
    for (int bandStart = 0; bandStart < width; bandStart += Band) {
        const int bandEnd = qMin(width, bandStart + Band);
        for (size_t l = 0; l < m_lineSpans.size(); ++l) {
            const std::vector<Span>& spans = m_lineSpans[l];
            const quint32 argb = m_lines[l].color.rgba(); // opaque colours are already premultiplied
            size_t& k = next[l];
            for (; k < spans.size() && spans[k].fromColumn < bandEnd; ++k) {
                const Span& s = spans[k];
                const int to = qMin(s.toColumn, bandEnd);
                for (int column = qMax(s.fromColumn, bandStart); column < to; ++column) {
                    quint32* p = pixels + s.top * stride + column;
                    for (int y = s.top; y <= s.bottom; ++y, p += stride)
                        *p = argb;
                }
                if (s.toColumn > bandEnd)
                    break; // its other columns are in the next band
            }
        }
    }
}

void DensityPlot::draw(QCPPainter* painter)
{
    QCPAxis* keyAxis = mKeyAxis.data();
    QCPAxis* valueAxis = mValueAxis.data();
    if (!keyAxis || !valueAxis || m_lines.empty())
        return;
    const QRect area = keyAxis->axisRect()->rect();
    if (area.width() <= 0 || area.height() <= 0)
        return;
    // Only what the last draw wrote is cleared, and only what this one writes is blended: a full
    // chart-sized fill and blend cost more than the spans themselves.
    const double deviceScale = m_spans.begin(painter, area);
    const QSize deviceSize = m_spans.size();
    quint32* pixels = m_spans.pixels();
    const qsizetype stride = m_spans.stride();
    const int width = deviceSize.width();
    const int height = deviceSize.height();
    // Binned columns per device column: 1 on screen; an export at another scale merges or widens them.
    const double devicePerColumn = deviceScale / m_columnScale;
    const int lineRows = qMax(1, qRound(deviceScale)); // a flat stretch stays as thick as a 1-px line
    auto deviceRow = [&](double y) {
        return qBound(0, static_cast<int>(std::floor((y - area.top()) * deviceScale)), height - 1);
    };

    const double left = keyAxis->coordToPixel(keyAxis->range().lower);
    const double firstDeviceColumn = (left - area.left()) * deviceScale;
    // Pixel y of a value, by the axis' linear mapping computed once.
    const double y0 = valueAxis->coordToPixel(0);
    const double yScale = valueAxis->coordToPixel(1) - y0;
    auto py = [y0, yScale](double v) { return std::isinf(v) ? qQNaN() : y0 + v * yScale; };

    int touchedLeft = width, touchedRight = -1, touchedTop = height, touchedBottom = -1;
    QList<QPair<QColor, QVector<QPointF>>> polylines;
    m_lineSpans.resize(m_lines.size());
    for (size_t l = 0; l < m_lines.size(); ++l) {
        const Line& line = m_lines[l];
        std::vector<Span>& spans = m_lineSpans[l];
        spans.clear();
        auto flush = [&] {
            if (m_polyline.size() >= 2)
                polylines.append({line.color, m_polyline});
            m_polyline.clear();
        };
        bool previousDense = false;
        double previousLast = 0;
        for (const Decimator::Column& c : line.columns) {
            const double x = left + (c.x + 0.5) / m_columnScale;
            if (c.count == 0) {
                flush();
                previousDense = false;
                continue;
            }
            if (c.count == 1 && !c.gap) {
                m_polyline.append(QPointF(x, py(c.first)));
                previousDense = false;
                continue;
            }
            // A dense column: one span, joined to its neighbour by widening it rather than by a line.
            double top = qMin(py(c.max), py(c.min));
            double bottom = qMax(py(c.max), py(c.min));
            if (previousDense) {
                top = qMin(top, previousLast);
                bottom = qMax(bottom, previousLast);
            } else if (!m_polyline.isEmpty()) {
                m_polyline.append(QPointF(x, py(c.first)));
            }
            flush();
            const int start = static_cast<int>(std::floor(firstDeviceColumn + c.x * devicePerColumn));
            const int end = qMax(start + 1, static_cast<int>(std::floor(firstDeviceColumn + (c.x + 1) * devicePerColumn)));
            const int fromColumn = qMax(0, start);
            const int toColumn = qMin(width, end);
            if (std::isfinite(top) && std::isfinite(bottom) && fromColumn < toColumn) {
                const int from = deviceRow(top);
                const int to = qMax(deviceRow(bottom), qMin(from + lineRows - 1, height - 1));
                spans.push_back({fromColumn, toColumn, from, to});
                touchedLeft = qMin(touchedLeft, fromColumn);
                touchedRight = qMax(touchedRight, toColumn - 1);
                touchedTop = qMin(touchedTop, from);
                touchedBottom = qMax(touchedBottom, to);
            }
            previousLast = py(c.last);
            previousDense = !c.gap;
            if (!c.gap)
                m_polyline.append(QPointF(x, previousLast));
        }
        flush();
    }
    fillSpans(pixels, stride, width);
    if (touchedRight >= touchedLeft)
        m_spans.touched(QRect(QPoint(touchedLeft, touchedTop), QPoint(touchedRight, touchedBottom)));
    m_spans.blend(painter);
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const auto& [color, points] : polylines) {
        painter->setPen(QPen(color, 1)); // wider pens take Qt's slow stroker path
        painter->drawPolyline(points.constData(), static_cast<int>(points.size()));
    }
}
