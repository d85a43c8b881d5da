#pragma once

#include "MetricPanelData.h"

#include <QWidget>
#include <memory>

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
    void setMarkers(const QList<ChartMarker>& markers);
    void setStale(bool stale);
    void setReadoutTime(double timeSec); // the badge shows the value at this moment (default: the newest)
    void refresh();     // the data changed: redraw within the next frame, once however often it is called
    void replotNow();   // decimate and draw at once (benchmarks, export)
    void setOnScreen(bool onScreen); // scrolled out of view: wait; back in view: catch up
    int replotCount() const;
    bool savePng(const QString& path, int width, int height); // laid out and binned at that size first
    QString markerTextAt(int x) const; // what hovering at this pixel column shows
    QWidget* plotWidget() const;
    QString readoutText() const; // the value badge

Q_SIGNALS:
    void rangeChangedByUser(double fromSec, double toSec);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
