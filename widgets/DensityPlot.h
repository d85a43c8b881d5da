#pragma once

#include "Decimator.h"

#include <QImage>
#include <qcustomplot.h>

class MetricSeries;

// Draws all lines of a chart for series far denser than the screen. Each pixel column holding several
// points becomes one exact 1-pixel span from its lowest to its highest value, written straight into
// an image that is blended once; sparse stretches are antialiased lines. The cost follows the chart's
// width, not the number of points.
class DensityPlot final : public QCPAbstractPlottable
{
    Q_OBJECT
public:
    struct Line
    {
        const MetricSeries* series = nullptr;
        QColor color;
        std::vector<Decimator::Column> columns; // binned to the axis' pixel columns by the chart
    };

    DensityPlot(QCPAxis* keyAxis, QCPAxis* valueAxis);

    std::vector<Line>& lines() { return m_lines; }

    double selectTest(const QPointF& pos, bool onlySelectable, QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    std::vector<Line> m_lines;
    QImage m_spans;
    QVector<QPointF> m_polyline;
};
