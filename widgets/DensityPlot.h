#pragma once

#include "Decimator.h"
#include "DeviceOverlay.h"

#include <QImage>
#include <qcustomplot.h>

class MetricSeries;

// Draws all lines of a chart for series far denser than the screen. Each device-pixel column holding
// several points becomes one exact, opaque 1-device-pixel span from its lowest to its highest value,
// written straight into an image at the paint device's resolution and blended once; sparse stretches
// are antialiased lines. The cost follows the chart's width, not the number of points.
class DensityPlot final : public QCPAbstractPlottable
{
    Q_OBJECT
public:
    struct Line
    {
        const MetricSeries* series = nullptr;
        QColor color;
        std::vector<Decimator::Column> columns; // binned by the chart, columnScale() columns per logical pixel
    };

    DensityPlot(QCPAxis* keyAxis, QCPAxis* valueAxis);

    std::vector<Line>& lines() { return m_lines; }
    // Columns per logical pixel the lines were binned at: the device pixel ratio, so that each column is
    // one device pixel (2 on a high-density screen).
    void setColumnScale(double scale) { m_columnScale = scale > 0 ? scale : 1; }
    double columnScale() const { return m_columnScale; }

    double selectTest(const QPointF& pos, bool onlySelectable, QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    struct Span
    {
        int fromColumn; // device columns [fromColumn, toColumn)
        int toColumn;
        int top; // device rows [top, bottom]
        int bottom;
    };
    void fillSpans(quint32* pixels, qsizetype stride, int width);

    std::vector<Line> m_lines;
    DeviceOverlay m_spans;
    double m_columnScale = 1;
    QVector<QPointF> m_polyline;
    std::vector<std::vector<Span>> m_lineSpans; // per line, in column order

};
