#include "Sparkline.h"

#include "Decimator.h"
#include "MetricSeries.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent)
    , m_color(Qt::white)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumWidth(1);
}

void Sparkline::setSamples(const MetricSeries& series, double fromSec, double toSec)
{
    const std::vector<double>& times = series.times();
    const auto begin = std::lower_bound(times.begin(), times.end(), fromSec);
    const auto end = std::upper_bound(begin, times.end(), toSec);
    const auto offset = begin - times.begin();
    m_times.assign(begin, end);
    m_values.assign(series.values().begin() + offset, series.values().begin() + offset + (end - begin));
    m_from = fromSec;
    m_to = toSec;
    update();
}

void Sparkline::clear()
{
    m_times.clear();
    m_values.clear();
    update();
}

void Sparkline::setColor(const QColor& color)
{
    m_color = color;
    update();
}

int Sparkline::sampleCount() const
{
    return static_cast<int>(std::count_if(m_values.begin(), m_values.end(), [](double v) { return std::isfinite(v); }));
}

void Sparkline::paintEvent(QPaintEvent*)
{
    if (sampleCount() < 2)
        return;
    const qreal pen = std::max<qreal>(2, height() / 24.0);
    const QRectF area = QRectF(rect()).adjusted(pen, pen, -pen, -pen);
    std::vector<Decimator::Column> columns;
    Decimator::columns(m_times.data(), m_values.data(), m_times.size(), m_from, m_to, static_cast<int>(area.width()),
                       columns);
    double low = INFINITY, high = -INFINITY;
    for (const Decimator::Column& c : columns) {
        if (c.count > 0) {
            low = std::min(low, c.min);
            high = std::max(high, c.max);
        }
    }
    // A flat line sits in the middle rather than on an edge.
    const double span = high > low ? high - low : 1;
    const double base = high > low ? low : low - 0.5;
    auto y = [&](double v) { return area.bottom() - (v - base) / span * area.height(); };
    QPainterPath path;
    bool drawing = false;
    for (const Decimator::Column& c : columns) {
        if (c.count == 0) {
            drawing = !c.gap && drawing;
            continue;
        }
        const qreal x = area.left() + std::clamp<qreal>(c.x, 0, area.width());
        if (drawing)
            path.lineTo(x, y(c.first));
        else
            path.moveTo(x, y(c.first));
        path.lineTo(x, y(c.min));
        path.lineTo(x, y(c.max));
        path.lineTo(x, y(c.last));
        drawing = !c.gap;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_color, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
}
