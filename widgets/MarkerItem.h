#pragma once

#include "DeviceOverlay.h"

#include <qcustomplot.h>

class ChartMarkers;

// Draws every incident marker of a chart as one item: only those in the visible time range, and one
// line per pixel column and kind however many events share it. The cost follows the chart's width,
// not the number of events.
class MarkerItem final : public QCPAbstractItem
{
    Q_OBJECT
public:
    MarkerItem(QCustomPlot* plot, QCPItemText* keepClear); // drawn over all; the legend and keepClear stay readable

    void setMarkers(const ChartMarkers* markers) { m_markers = markers; } // not owned
    int linesDrawn() const { return m_linesDrawn; } // in the last draw

    double selectTest(const QPointF& pos, bool onlySelectable, QVariant* details = nullptr) const override;

protected:
    void draw(QCPPainter* painter) override;

private:
    const ChartMarkers* m_markers = nullptr;
    QCPItemText* m_keepClear;
    QVector<int> m_columns[3]; // pixel columns by ChartMarker::Kind, kept to reuse their memory
    int m_linesDrawn = 0;
    DeviceOverlay m_events; // the event lines at device resolution, blended in one call
};
