// Replot and live-tick cost of our metric chart against Qt Charts on the same data, same run.
// Issue 3 targets: 1e6 points within one 120 Hz frame (<= 8 ms median); live tick <= 8 ms.
#include "BenchReport.h"
#include "MetricChart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>
#include <qcustomplot.h>

namespace {
constexpr int Width = 1600;
constexpr int Height = 900;
constexpr int SeriesCount = 10;

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
            v[i] = 50 + 20 * std::sin(i / 500.0 + s) + 5 * std::sin(i * 0.37) + (i % 9973 == 0 ? 40 : 0);
        }
        MetricSeries series(QString::number(s), QStringLiteral("series %1").arg(s));
        series.merge(t, v);
        panel.series.append(std::move(series));
    }
    return panel;
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
    }
    void setData(const MetricPanelData& panel)
    {
        for (int s = 0; s < SeriesCount; ++s) {
            const MetricSeries& series = panel.series.at(s);
            QList<QPointF> points;
            points.reserve(static_cast<qsizetype>(series.size()));
            for (size_t i = 0; i < series.size(); ++i)
                points.append(QPointF(series.times()[i], series.values()[i]));
            lines.at(s)->replace(points);
        }
    }
    void render() { view.grab(); }
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
        chart.setPanel(&panel);
        chart.setTimeRange(from, to);
        chart.replotNow();
        const double ours = BenchReport::median(timeRuns(15, [&] { chart.replotNow(); }));

        // Plain QCustomPlot with its own adaptive sampling, for reference.
        QCustomPlot plain;
        plain.resize(Width, Height);
        plain.setAntialiasedElements(QCP::aePlottables);
        for (const MetricSeries& s : panel.series) {
            QCPGraph* g = plain.addGraph();
            g->setData(QVector<double>(s.times().begin(), s.times().end()),
                       QVector<double>(s.values().begin(), s.values().end()), true);
        }
        plain.xAxis->setRange(from, to);
        plain.yAxis->setRange(0, 120);
        plain.show();
        const double plainMs =
            BenchReport::median(timeRuns(7, [&] { plain.replot(QCustomPlot::rpImmediateRefresh); }));

        QtChartsPeer peer;
        peer.x->setRange(from, to);
        QElapsedTimer setData;
        setData.start();
        peer.setData(panel);
        const double peerSetMs = setData.nsecsElapsed() / 1e6;
        const int peerRuns = total >= 1'000'000 ? 3 : 7;
        const double peerMs = BenchReport::median(timeRuns(peerRuns, [&] { peer.render(); }));

        report.addWithPeer(QStringLiteral("replot %1 points, 10 series, 1600x900 AA").arg(label), ours,
                           QStringLiteral("ms"), QStringLiteral("Qt Charts render"), peerMs,
                           total == 1'000'000 ? QStringLiteral("<= 8 ms") : QString());
        report.add(QStringLiteral("  plain QCustomPlot (adaptive sampling), %1").arg(label), plainMs, QStringLiteral("ms"));
        report.add(QStringLiteral("  Qt Charts: set the data, %1").arg(label), peerSetMs, QStringLiteral("ms"));
    }

    // Live tick: 10 series x 10,000-point window, one new point each, scroll, replot.
    MetricPanelData live = makePanel(SeriesCount * 10'000);
    MetricChart chart;
    chart.resize(Width, Height);
    chart.show();
    chart.setPanel(&live);
    double next = live.series.at(0).times().back() + 1;
    QList<double> oursTicks;
    for (int tick = 0; tick < 200; ++tick, ++next) {
        QElapsedTimer timer;
        timer.start();
        for (MetricSeries& s : live.series) {
            s.append(next, 50 + 20 * std::sin(next / 500.0));
            s.trimBefore(next - 9'999);
        }
        chart.setTimeRange(next - 9'999, next);
        chart.replotNow();
        oursTicks << timer.nsecsElapsed() / 1e6;
    }
    QtChartsPeer peer;
    peer.setData(live);
    QList<double> peerTicks;
    double peerNext = next;
    for (int tick = 0; tick < 20; ++tick, ++peerNext) {
        QElapsedTimer timer;
        timer.start();
        for (QLineSeries* line : std::as_const(peer.lines)) {
            line->append(peerNext, 50 + 20 * std::sin(peerNext / 500.0));
            line->remove(0);
        }
        peer.x->setRange(peerNext - 9'999, peerNext);
        peer.render();
        peerTicks << timer.nsecsElapsed() / 1e6;
    }
    report.addWithPeer(QStringLiteral("live tick, 10 x 10,000-point window"), BenchReport::median(oursTicks),
                       QStringLiteral("ms"), QStringLiteral("Qt Charts"), BenchReport::median(peerTicks),
                       QStringLiteral("<= 8 ms"));
    return report.finish();
}
