// Replot and live-tick cost of our metric chart against plain QCustomPlot (its own adaptive sampling,
// antialiased lines) and Qt Charts, on the same data in the same run. Every side is measured the same
// way: change the data, set the range, repaint the widget at once (QWidget::repaint), median of the runs.
// Our chart draws each pixel column holding several points as one opaque 1-device-pixel span (no
// antialiasing) and sparse stretches as antialiased lines; the row names say so.
// Targets (issue 3): 1e6 points within one 120 Hz frame (<= 8 ms median); live tick <= 8 ms.
#include "BenchReport.h"
#include "MetricChart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QValueAxis>
#include <QWindow>
#include <cmath>
#include <deque>
#include <qcustomplot.h>

namespace {
constexpr int Width = 1600;
constexpr int Height = 900;
constexpr int SeriesCount = 10;
constexpr int Window = 10'000; // live tick: points per series on screen
constexpr int Ticks = 200;     // live tick: samples per side
const QString OurDrawing = QStringLiteral("opaque 1-px spans + AA lines");

double valueAt(int series, double i)
{
    return 50 + 20 * std::sin(i / 500.0 + series) + 5 * std::sin(i * 0.37);
}

// Ten noisy series with spikes, one point a second.
MetricPanelData makePanel(int totalPoints)
{
    MetricPanelData panel;
    panel.definition.id = QStringLiteral("bench");
    panel.definition.title = QStringLiteral("Benchmark");
    panel.definition.thresholds = {Threshold{ThresholdLevel::Warning, true, 80, -1, {}},
                                   Threshold{ThresholdLevel::Critical, true, 95, -1, {}}};
    const int perSeries = totalPoints / SeriesCount;
    for (int s = 0; s < SeriesCount; ++s) {
        std::vector<double> t(perSeries), v(perSeries);
        for (int i = 0; i < perSeries; ++i) {
            t[i] = 1'700'000'000.0 + i;
            v[i] = valueAt(s, i) + (i % 9973 == 0 ? 40 : 0);
        }
        MetricSeries series(QString::number(s), QStringLiteral("series %1").arg(s));
        series.merge(t, v);
        panel.series.append(std::move(series));
    }
    return panel;
}

// Shown and exposed: before that a repaint paints nothing, and a side would be timed doing nothing.
void waitExposed(QWidget& widget)
{
    QElapsedTimer waited;
    waited.start();
    while ((!widget.windowHandle() || !widget.windowHandle()->isExposed()) && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QCoreApplication::processEvents();
}

QList<double> timeRuns(int runs, const std::function<void()>& work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples << timer.nsecsElapsed() / 1e6;
    }
    return samples;
}

struct PlainQCustomPlot
{
    QCustomPlot plot;

    explicit PlainQCustomPlot(const MetricPanelData& panel)
    {
        plot.resize(Width, Height);
        plot.setAntialiasedElements(QCP::aePlottables);
        for (const MetricSeries& s : panel.series) {
            QCPGraph* g = plot.addGraph();
            g->setAdaptiveSampling(true); // its default, named: this is the peer
            g->setData(QVector<double>(s.times().begin(), s.times().end()),
                       QVector<double>(s.values().begin(), s.values().end()), true);
        }
        plot.yAxis->setRange(0, 120);
        plot.show();
        waitExposed(plot);
    }
    void render() { plot.replot(QCustomPlot::rpImmediateRefresh); }
};

struct QtChartsPeer
{
    QChart* chart = new QChart;
    QChartView view{chart};
    QList<QLineSeries*> lines;
    QValueAxis* x = new QValueAxis;
    QValueAxis* y = new QValueAxis;

    QtChartsPeer()
    {
        view.setRenderHint(QPainter::Antialiasing);
        view.resize(Width, Height);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        chart->legend()->hide();
        for (int s = 0; s < SeriesCount; ++s) {
            auto* line = new QLineSeries;
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            lines << line;
        }
        y->setRange(0, 120);
        view.show();
        waitExposed(view);
    }
    void setData(const MetricPanelData& panel)
    {
        for (int s = 0; s < SeriesCount; ++s) {
            const MetricSeries& series = panel.series.at(s);
            QList<QPointF> points;
            points.reserve(static_cast<qsizetype>(series.size()));
            for (size_t i = 0; i < series.size(); ++i)
                points.append(QPointF(series.times()[i], series.values()[i]));
            lines.at(s)->replace(points); // the fast path: one signal, not one per point
        }
    }
    void render() { view.viewport()->repaint(); }
};
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    BenchReport report(argc, argv);
    for (int total : {1'000, 10'000, 100'000, 1'000'000}) {
        const QString label = total >= 1'000'000 ? QStringLiteral("1e6") : QString::number(total);
        const MetricPanelData panel = makePanel(total);
        const double from = panel.series.at(0).times().front();
        const double to = panel.series.at(0).times().back();

        MetricChart chart;
        chart.resize(Width, Height);
        chart.show();
        waitExposed(chart);
        chart.setPanel(&panel);
        chart.setTimeRange(from, to);
        chart.replotNow();
        const double ours = BenchReport::median(timeRuns(15, [&] { chart.replotNow(); }));
        // With event markers in view the chart keeps a second buffer for them (a new event redraws them
        // alone): its clear and blend are paid on every replot.
        double withMarkers = 0;
        if (total == 1'000'000) {
            QList<ChartMarker> markers;
            for (int m = 0; m < 200; ++m)
                markers << ChartMarker{from + (to - from) * m / 200.0, ChartMarker::Event, QStringLiteral("event %1").arg(m), m + 1};
            chart.setMarkers(markers);
            chart.replotNow();
            withMarkers = BenchReport::median(timeRuns(15, [&] { chart.replotNow(); }));
            chart.setMarkers(QList<ChartMarker>());
        }

        PlainQCustomPlot plain(panel);
        plain.plot.xAxis->setRange(from, to);
        plain.render();
        const double plainMs = BenchReport::median(timeRuns(7, [&] { plain.render(); }));

        QtChartsPeer peer;
        peer.x->setRange(from, to);
        QElapsedTimer setData;
        setData.start();
        peer.setData(panel);
        const double peerSetMs = setData.nsecsElapsed() / 1e6;
        peer.render();
        const int peerRuns = total >= 1'000'000 ? 3 : 7;
        const double peerMs = BenchReport::median(timeRuns(peerRuns, [&] { peer.render(); }));

        const QString name = QStringLiteral("replot %1 points, 10 series, 1600x900 (%2)").arg(label, OurDrawing);
        std::optional<BenchTarget> target;
        if (total == 1'000'000)
            target = BenchTarget::atMost(8, QStringLiteral("ms"));
        report.addWithPeer(name, ours, QStringLiteral("ms"), QStringLiteral("plain QCustomPlot, adaptive, AA"), plainMs,
                           target);
        report.addWithPeer(QStringLiteral("  same replot, %1").arg(label), ours, QStringLiteral("ms"),
                           QStringLiteral("Qt Charts, AA (repaint)"), peerMs);
        report.add(QStringLiteral("  Qt Charts: set the data with replace(), %1").arg(label), peerSetMs, QStringLiteral("ms"));
        if (total == 1'000'000)
            report.add(QStringLiteral("  same replot, 200 event markers in view (their own buffer)"), withMarkers,
                       QStringLiteral("ms"));
    }

    // Live tick: 10 series x 10,000-point window; each tick one new point per series, the oldest
    // dropped, the range scrolled and the widget repainted. 200 ticks on every side.
    const MetricPanelData start = makePanel(SeriesCount * Window);
    const double first = start.series.at(0).times().back() + 1;

    MetricPanelData live = start;
    MetricChart chart;
    chart.resize(Width, Height);
    chart.show();
    waitExposed(chart);
    chart.setPanel(&live);
    chart.setTimeRange(first - Window, first - 1);
    chart.replotNow();
    QList<double> oursTicks;
    for (int tick = 0; tick < Ticks; ++tick) {
        const double next = first + tick;
        QElapsedTimer timer;
        timer.start();
        for (int s = 0; s < SeriesCount; ++s) {
            live.series[s].append(next, valueAt(s, next));
            live.series[s].trimBefore(next - (Window - 1));
        }
        chart.setTimeRange(next - (Window - 1), next);
        chart.replotNow();
        oursTicks << timer.nsecsElapsed() / 1e6;
    }

    PlainQCustomPlot plain(start);
    plain.plot.xAxis->setRange(first - Window, first - 1);
    plain.render();
    QList<double> plainTicks;
    for (int tick = 0; tick < Ticks; ++tick) {
        const double next = first + tick;
        QElapsedTimer timer;
        timer.start();
        for (int s = 0; s < SeriesCount; ++s) {
            QCPGraph* g = plain.plot.graph(s);
            g->addData(next, valueAt(s, next));
            g->data()->removeBefore(next - (Window - 1));
        }
        plain.plot.xAxis->setRange(next - (Window - 1), next);
        plain.render();
        plainTicks << timer.nsecsElapsed() / 1e6;
    }

    QtChartsPeer peer;
    peer.setData(start);
    peer.x->setRange(first - Window, first - 1);
    peer.render();
    QList<std::deque<QPointF>> windows;
    for (const MetricSeries& s : start.series) {
        std::deque<QPointF> w;
        for (size_t i = 0; i < s.size(); ++i)
            w.emplace_back(s.times()[i], s.values()[i]);
        windows << w;
    }
    QList<double> peerTicks;
    for (int tick = 0; tick < Ticks; ++tick) {
        const double next = first + tick;
        QElapsedTimer timer;
        timer.start();
        for (int s = 0; s < SeriesCount; ++s) {
            std::deque<QPointF>& w = windows[s];
            w.emplace_back(next, valueAt(s, next));
            while (w.front().x() < next - (Window - 1))
                w.pop_front();
            peer.lines.at(s)->replace(QList<QPointF>(w.begin(), w.end()));
        }
        peer.x->setRange(next - (Window - 1), next);
        peer.render();
        peerTicks << timer.nsecsElapsed() / 1e6;
    }
    const QString tickName = QStringLiteral("live tick, 10 x 10,000-point window, %1 ticks (%2)").arg(Ticks).arg(OurDrawing);
    report.addWithPeer(tickName, BenchReport::median(oursTicks), QStringLiteral("ms"),
                       QStringLiteral("plain QCustomPlot, adaptive, AA"), BenchReport::median(plainTicks),
                       BenchTarget::atMost(8, QStringLiteral("ms")));
    report.addWithPeer(QStringLiteral("  same live tick, %1 ticks").arg(Ticks), BenchReport::median(oursTicks),
                       QStringLiteral("ms"), QStringLiteral("Qt Charts, replace(), AA"), BenchReport::median(peerTicks));
    return report.finish();
}
