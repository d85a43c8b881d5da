#pragma once

#include "MetricPanelData.h"

#include <QWidget>
#include <memory>

class ChartMarkers;

// One Prometheus panel drawn with QCustomPlot: series decimated to the pixel width, threshold bands,
// incident markers you can hover, the latest value and a stale mark. qcustomplot.h stays in the .cpp.
class MetricChart final : public QWidget
{
    Q_OBJECT
public:
    explicit MetricChart(QWidget* parent = nullptr);
    ~MetricChart() override;

    void setPanel(const MetricPanelData* panel); // not owned; outlives the chart
    void setTimeRange(double fromSec, double toSec);
    void setMarkers(const ChartMarkers* markers);     // shared with other charts, not owned; nullptr: none
    void setMarkers(const QList<ChartMarker>& markers); // a copy of its own (export, tests)
    void markerChanged(double atSec); // one marker there came, changed or went: redrawn only if in view
    void setStale(bool stale);
    void setReadoutTime(double timeSec); // the badge shows the value at this moment (default: the newest)
    void refresh();     // the data changed: redraw within the next frame, once however often it is called
    void replotNow();   // decimate and draw at once (benchmarks, export)
    void drawPending(); // what refresh() or markerChanged() asked for, at once (benchmarks)
    void setOnScreen(bool onScreen); // scrolled out of view: wait; back in view: catch up
    int replotCount() const;
    int markerRedrawCount() const; // redraws for markers alone, without binning the data again
    int markerLinesDrawn() const;  // in the last draw: only markers in view, one per pixel column
    int plotItemCount() const;     // QCustomPlot items: does not grow with the number of markers
    bool savePng(const QString& path, int width, int height); // laid out and binned at that size first
    QString markerTextAt(int x) const; // what hovering at this pixel column shows
    QWidget* plotWidget() const;
    QString readoutText() const; // the value badge
    QRect readoutRect() const;   // where the badge is, in plotWidget() coordinates
    QRect dataRect() const;      // where the data is drawn, in plotWidget() coordinates
    std::pair<double, double> valueRange() const;
    QStringList timeTickLabels() const;  // as last drawn
    QStringList valueTickLabels() const; // as last drawn

Q_SIGNALS:
    void rangeChangedByUser(double fromSec, double toSec);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void redrawMarkers();

    struct Private;
    std::unique_ptr<Private> d;
};
