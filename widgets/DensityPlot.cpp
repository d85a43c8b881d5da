#include "DensityPlot.h"

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

void DensityPlot::draw(QCPPainter* painter)
{
    QCPAxis* keyAxis = mKeyAxis.data();
    QCPAxis* valueAxis = mValueAxis.data();
    if (!keyAxis || !valueAxis || m_lines.empty())
        return;
    const QRect area = keyAxis->axisRect()->rect();
    if (area.width() <= 0 || area.height() <= 0)
        return;
    if (m_spans.size() != area.size())
        m_spans = QImage(area.size(), QImage::Format_ARGB32_Premultiplied);
    m_spans.fill(Qt::transparent);
    auto* pixels = reinterpret_cast<quint32*>(m_spans.bits());
    const qsizetype stride = m_spans.bytesPerLine() / 4;
    const int height = area.height();

    const double left = keyAxis->coordToPixel(keyAxis->range().lower);
    // Pixel y of a value, by the axis' linear mapping computed once.
    const double y0 = valueAxis->coordToPixel(0);
    const double yScale = valueAxis->coordToPixel(1) - y0;
    auto py = [y0, yScale](double v) { return std::isinf(v) ? qQNaN() : y0 + v * yScale; };

    bool anySpan = false;
    QList<QPair<QColor, QVector<QPointF>>> polylines;
    for (const Line& line : m_lines) {
        const quint32 argb = line.color.rgba(); // opaque colours are already premultiplied
        auto flush = [&] {
            if (m_polyline.size() >= 2)
                polylines.append({line.color, m_polyline});
            m_polyline.clear();
        };
        bool previousDense = false;
        double previousLast = 0;
        for (const Decimator::Column& c : line.columns) {
            const double x = left + c.x + 0.5;
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
            const int column = static_cast<int>(std::floor(x)) - area.left();
            if (std::isfinite(top) && std::isfinite(bottom) && column >= 0 && column < area.width()) {
                const int from = qBound(0, static_cast<int>(std::floor(top)) - area.top(), height - 1);
                const int to = qBound(0, static_cast<int>(std::floor(bottom)) - area.top(), height - 1);
                quint32* p = pixels + from * stride + column;
                for (int y = from; y <= to; ++y, p += stride)
                    *p = argb;
                anySpan = true;
            }
            previousLast = py(c.last);
            previousDense = !c.gap;
            if (!c.gap)
                m_polyline.append(QPointF(x, previousLast));
        }
        flush();
    }
    if (anySpan)
        painter->drawImage(area.topLeft(), m_spans);
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const auto& [color, points] : polylines) {
        painter->setPen(QPen(color, 1)); // wider pens take Qt's slow stroker path
        painter->drawPolyline(points.constData(), static_cast<int>(points.size()));
    }
}
