#include "MetricChart.h"
#include "MetricDashboard.h"
#include "TestClock.h"

#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {
MetricPanelData panel(int points)
{
    MetricPanelData p;
    p.definition.id = QStringLiteral("lag");
    p.definition.title = QStringLiteral("Kafka consumer lag");
    p.definition.unit = QStringLiteral("msgs");
    p.definition.thresholds = {Threshold{ThresholdLevel::Critical, true, 5000, -1, {}}};
    std::vector<double> t(points), v(points);
    for (int i = 0; i < points; ++i) {
        t[i] = 1000 + i;
        v[i] = 3000 + 1000 * std::sin(i / 50.0);
    }
    v[points / 2] = 9000; // one spike
    MetricSeries s(QStringLiteral("{}"), QStringLiteral("lag"));
    s.merge(t, v);
    p.series = {s};
    p.lastSuccessMs = 1;
    return p;
}
// Pixel columns where the (blue) first series shows inside the plot, antialiased edges included; the
// title (dark blue) and the badge are outside the rows looked at.
QSet<int> columnsWithSeries(const QImage& image)
{
    QSet<int> columns;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = image.height() * 15 / 100; y < image.height() * 85 / 100; ++y) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() - c.red() > 60 && c.blue() - c.green() > 20) {
                columns.insert(x);
                break;
            }
        }
    }
    return columns;
}
} // namespace

class TestMetricChart final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replotsOncePerFrameHoweverManyBatches()
    {
        const MetricPanelData data = panel(10'000);
        MetricChart chart;
        chart.resize(800, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setPanel(&data);
        chart.setTimeRange(1000, 11'000);
        QTRY_COMPARE(chart.replotCount(), 1);
        for (int batch = 0; batch < 50; ++batch)
            chart.refresh();
        QTRY_COMPARE(chart.replotCount(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(chart.replotCount(), 2);
    }

    void markersCanBeReadByHovering()
    {
        const MetricPanelData data = panel(100);
        MetricChart chart;
        chart.resize(800, 400);
        chart.show();
        chart.setPanel(&data);
        chart.setTimeRange(1000, 1100);
        chart.setMarkers({{1050, ChartMarker::Event, QStringLiteral("T+5m · Note: DB pool exhausted")}});
        chart.replotNow();
        int found = -1;
        for (int x = 0; x < 800 && found < 0; ++x) {
            if (!chart.markerTextAt(x).isEmpty())
                found = x;
        }
        QVERIFY(found > 0);
        QCOMPARE(chart.markerTextAt(found + 2), QStringLiteral("T+5m · Note: DB pool exhausted"));
        QVERIFY(chart.markerTextAt(found + 20).isEmpty());
    }

    void aMillionPointsStillShowTheSpike()
    {
        const MetricPanelData data = panel(1'000'000);
        MetricChart chart;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("chart.png"));
        chart.setPanel(&data);
        chart.setTimeRange(1000, 1'001'000);
        QVERIFY(chart.savePng(file, 1200, 420));
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1200, 420));
        // The spike reaches far above the band of the sine: some series-coloured pixel sits high up.
        int highest = image.height();
        const QColor line(0x15, 0x65, 0xC0);
        for (int y = 0; y < image.height() && highest == image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y) == line) {
                    highest = y;
                    break;
                }
            }
        }
        QVERIFY2(highest < image.height() / 3, qPrintable(QString::number(highest)));
    }

    // The exported picture must fail on an empty chart: the series spans most of the plot's width,
    // exactly as the same chart on screen shows it.
    void exportedChartShowsTheSeriesAcrossThePlot_data()
    {
        QTest::addColumn<int>("points");
        QTest::newRow("sparse, drawn as lines") << 300;
        QTest::newRow("dense, drawn as spans") << 100'000;
    }
    void exportedChartShowsTheSeriesAcrossThePlot()
    {
        QFETCH(int, points);
        const MetricPanelData data = panel(points);
        const QColor line(0x15, 0x65, 0xC0);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("chart.png"));
        {
            MetricChart never_shown;
            never_shown.setPanel(&data);
            never_shown.setTimeRange(1000, 1000 + points);
            QVERIFY(never_shown.savePng(file, 1200, 420));
        }
        const QImage exported = QImage(file).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(exported.size(), QSize(1200, 420));
        const QSet<int> covered = columnsWithSeries(exported);
        QVERIFY2(covered.size() > exported.width() * 6 / 10,
                 qPrintable(QStringLiteral("series in %1 of 1200 columns").arg(covered.size())));

        MetricChart onScreen;
        onScreen.resize(1200, 420);
        onScreen.setPanel(&data);
        onScreen.setTimeRange(1000, 1000 + points);
        onScreen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&onScreen));
        onScreen.replotNow();
        const QImage grabbed = onScreen.plotWidget()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(grabbed.size(), exported.size());
        const QSet<int> shown = columnsWithSeries(grabbed);
        const qsizetype same = QSet<int>(covered).intersect(shown).size();
        const qsizetype either = QSet<int>(covered).unite(shown).size();
        QVERIFY2(same * 10 >= either * 9, qPrintable(QStringLiteral("%1 of %2 columns agree with the screen").arg(same).arg(either)));
    }

    // A stale panel's badge never says "normal", whatever its last value was.
    void staleBadgeIsNotNormal()
    {
        MetricPanelData data = panel(100);
        MetricChart chart;
        chart.setPanel(&data);
        chart.setTimeRange(1000, 1100);
        chart.replotNow();
        QVERIFY2(chart.readoutText().contains(QStringLiteral("normal")), qPrintable(chart.readoutText()));
        chart.setStale(true);
        chart.replotNow();
        QVERIFY2(!chart.readoutText().contains(QStringLiteral("normal")) && chart.readoutText().contains(QStringLiteral("stale")),
                 qPrintable(chart.readoutText()));
        chart.setStale(false);
        data.problem = QStringLiteral("Prometheus answered with an HTML error page (502)");
        chart.replotNow();
        QVERIFY2(chart.readoutText().contains(QStringLiteral("stale")), qPrintable(chart.readoutText()));
    }

    void dashboardRangesPresetsAndLive()
    {
        TestClock clock(10'000'000);
        QList<MetricPanelData> panels = {panel(100), panel(100)};
        MetricDashboard dashboard(clock);
        dashboard.setPanels(&panels);
        QCOMPARE(dashboard.chartCount(), 2);
        QVERIFY(dashboard.isLive());
        QCOMPARE(dashboard.to() - dashboard.from(), 3600.0);
        dashboard.setSpan(900);
        QCOMPARE(dashboard.to(), 10'000.0);
        QCOMPARE(dashboard.from(), 10'000.0 - 900);
        dashboard.pan(-0.5);
        QVERIFY(!dashboard.isLive());
        QCOMPARE(dashboard.to(), 10'000.0 - 450);
        clock.advanceMinutes(1);
        dashboard.goLive();
        QVERIFY(dashboard.isLive());
        QCOMPARE(dashboard.to(), 10'060.0);
        QCOMPARE(dashboard.to() - dashboard.from(), 900.0);
        QVERIFY(panels.at(0).isStale(clock.nowMs())); // the last good answer is long past
    }
};

QTEST_MAIN(TestMetricChart)
#include "tst_metricchart.moc"
