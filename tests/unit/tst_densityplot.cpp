// Dense series on a high-density screen: the whole program runs at device pixel ratio 2.
#include "MetricChart.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int Points = 40'000; // some twenty points per device-pixel column of an 800 px chart at ratio 2
const QList<int> kSpikes = {6'001, 13'007, 20'011, 27'017, 34'019};

// A flat series far denser than the screen, with single-sample spikes.
MetricPanelData spiky()
{
    MetricPanelData p;
    p.definition.id = QStringLiteral("lag");
    p.definition.title = QStringLiteral("Kafka consumer lag");
    std::vector<double> t(Points), v(Points, 10.0);
    for (int i = 0; i < Points; ++i)
        t[i] = 1000 + i;
    for (int i : kSpikes)
        v[i] = 100;
    MetricSeries s(QStringLiteral("{}"), QStringLiteral("lag"));
    s.merge(t, v);
    p.series = {s};
    p.lastSuccessMs = 1;
    return p;
}

bool isSeriesColour(QColor c)
{
    return c.blue() - c.red() > 60 && c.blue() - c.green() > 20;
}

// Runs of series-coloured pixels along the row halfway down: only the spikes reach it.
QList<int> spikeWidths(const QImage& image)
{
    QList<int> widths;
    const int y = image.height() / 2;
    int run = 0;
    for (int x = 0; x < image.width(); ++x) {
        if (isSeriesColour(image.pixelColor(x, y))) {
            ++run;
        } else if (run > 0) {
            widths << run;
            run = 0;
        }
    }
    if (run > 0)
        widths << run;
    return widths;
}
// The chart 800 px wide (1600 device pixels) over the whole series, shown and drawn.
bool showOnScreen(MetricChart& chart, const MetricPanelData& data)
{
    chart.resize(800, 400);
    chart.setPanel(&data);
    chart.setTimeRange(1000, 1000 + Points - 1);
    chart.show();
    if (!QTest::qWaitForWindowExposed(&chart))
        return false;
    chart.replotNow();
    return true;
}
} // namespace

class TestDensityPlot final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsAtRatioTwo()
    {
        QCOMPARE(qApp->devicePixelRatio(), 2.0);
    }

    // Each spike is one sample in one device column, so it must be one device pixel wide, not two
    // (a logical-size image of spans upscaled).
    void spansAreDrawnAtDevicePixels()
    {
        const MetricPanelData data = spiky();
        MetricChart chart;
        QVERIFY(showOnScreen(chart, data));
        const QPixmap grab = chart.plotWidget()->grab();
        QCOMPARE(grab.devicePixelRatio(), 2.0);
        const QImage image = grab.toImage();
        QCOMPARE(image.width(), 1600);
        const QList<int> widths = spikeWidths(image);
        QCOMPARE(widths.size(), kSpikes.size());
        for (int w : widths)
            QCOMPARE(w, 1);
    }

    // Lines are drawn in order, the later over the earlier, in every column: a band of one series inside
    // another's shows the inner series' colour between the outer one's edges, across the chart.
    void laterSeriesAreDrawnOverEarlierOnes()
    {
        MetricPanelData data = spiky();
        data.series.clear();
        std::vector<double> t(Points), outer(Points), inner(Points);
        for (int i = 0; i < Points; ++i) {
            t[i] = 1000 + i;
            outer[i] = i % 2 ? 40 : 60;
            inner[i] = i % 2 ? 45 : 55;
        }
        MetricSeries first(QStringLiteral("{a}"), QStringLiteral("outer"));
        first.merge(t, outer);
        MetricSeries second(QStringLiteral("{b}"), QStringLiteral("inner"));
        second.merge(t, inner);
        data.series = {first, second};
        MetricChart chart;
        QVERIFY(showOnScreen(chart, data));
        const QImage image = chart.plotWidget()->grab().toImage();
        // The left part of the plot below the title: the legend, drawn in the series' colours too, sits on
        // the right.
        int checked = 0;
        for (int x = image.width() / 10; x < image.width() * 45 / 100; ++x) {
            QList<QRgb> runs; // colours met going down the column, saturated ones only
            for (int y = image.height() / 5; y < image.height(); ++y) {
                const QColor c = image.pixelColor(x, y);
                if (qMax(c.red(), qMax(c.green(), c.blue())) - qMin(c.red(), qMin(c.green(), c.blue())) < 60)
                    continue;
                if (runs.isEmpty() || runs.last() != c.rgb())
                    runs << c.rgb();
            }
            QCOMPARE(runs.size(), 3);
            QCOMPARE(runs.at(0), runs.at(2));
            QVERIFY(runs.at(1) != runs.at(0));
            ++checked;
        }
        QVERIFY(checked > 500);
    }

    // A chart of many points is binned on two cores (every other series on the second): every series is
    // still drawn in every column, each in its own colour.
    void everySeriesIsDrawnWhenBinnedOnTwoCores()
    {
        MetricPanelData data = spiky();
        data.definition.title.clear();
        data.series.clear();
        constexpr int Series = 4;
        const int perSeries = 250'000 / Series; // past the point where a second core bins
        std::vector<double> t(perSeries);
        for (int i = 0; i < perSeries; ++i)
            t[i] = 1000 + i * (Points - 1.0) / (perSeries - 1);
        for (int s = 0; s < Series; ++s) {
            std::vector<double> v(perSeries);
            for (int i = 0; i < perSeries; ++i)
                v[i] = 10 + 25 * s + (i % 2 ? 3 : -3);
            MetricSeries series(QStringLiteral("{s=\"%1\"}").arg(s), QStringLiteral("series %1").arg(s));
            series.merge(t, v);
            data.series.append(series);
        }
        MetricChart chart;
        QVERIFY(showOnScreen(chart, data));
        const QImage image = chart.plotWidget()->grab().toImage();
        // Right of the legend and below the value badge.
        for (int x = image.width() / 4; x < image.width() * 9 / 10; x += 7) {
            QSet<QRgb> colours;
            for (int y = image.height() / 10; y < image.height(); ++y) {
                const QColor c = image.pixelColor(x, y);
                if (qMax(c.red(), qMax(c.green(), c.blue())) - qMin(c.red(), qMin(c.green(), c.blue())) >= 60)
                    colours.insert(c.rgb());
            }
            QCOMPARE(colours.size(), Series);
        }
    }

    // The spans image is cleared only where the last draw wrote: when the spikes move, the old ones go.
    void movedSpikesLeaveNoTrace()
    {
        MetricPanelData data = spiky();
        MetricChart chart;
        QVERIFY(showOnScreen(chart, data));
        QCOMPARE(spikeWidths(chart.plotWidget()->grab().toImage()).size(), kSpikes.size());
        std::vector<double> t(Points), v(Points, 10.0);
        for (int i = 0; i < Points; ++i)
            t[i] = 1000 + i;
        v[Points / 2] = 100;
        MetricSeries moved(QStringLiteral("{}"), QStringLiteral("lag"));
        moved.merge(t, v);
        data.series = {moved};
        chart.replotNow();
        QCOMPARE(spikeWidths(chart.plotWidget()->grab().toImage()), QList<int>{1});
    }

    // A picture at scale 1 from a chart binned for ratio 2 merges two columns into one pixel: no spike lost.
    void exportAtScaleOneKeepsEverySpike()
    {
        const MetricPanelData data = spiky();
        MetricChart chart;
        chart.setPanel(&data);
        chart.setTimeRange(1000, 1000 + Points - 1);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(chart.savePng(file, 1200, 420));
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1200, 420));
        const QList<int> widths = spikeWidths(image);
        QCOMPARE(widths.size(), kSpikes.size());
        for (int w : widths)
            QVERIFY2(w <= 2, qPrintable(QString::number(w)));
    }
};

int main(int argc, char** argv)
{
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestDensityPlot test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_densityplot.moc"
