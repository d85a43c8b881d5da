#include "ChartMarkers.h"
#include "EventKind.h"
#include "Incident.h"
#include "IncidentMarkers.h"
#include "MetricChart.h"
#include "MetricDashboard.h"
#include "TestClock.h"
#include "TimeOffset.h"

#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <algorithm>
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

constexpr qint64 StartMs = 1'766'625'240'000;
constexpr double StartSec = StartMs / 1000.0;

// An incident with one note a second from its start.
IncidentData incidentWithEvents(int count)
{
    IncidentData d;
    d.id = 7;
    d.title = QStringLiteral("Checkout API 5xx");
    d.startedMs = StartMs;
    for (int i = 0; i < count; ++i) {
        TimelineEvent e;
        e.id = i + 1;
        e.atMs = StartMs + i * 1000LL;
        e.kind = EventKind::Note;
        e.text = QStringLiteral("event %1").arg(i + 1);
        d.events.append(e);
    }
    return d;
}

TimelineEvent note(qint64 id, double atSec, const QString& text)
{
    TimelineEvent e;
    e.id = id;
    e.atMs = static_cast<qint64>(atSec * 1000);
    e.kind = EventKind::Note;
    e.text = text;
    return e;
}

QString noteLabel(double atSec, const QString& text)
{
    return TimeOffset::format(static_cast<qint64>(atSec * 1000) - StartMs) + QStringLiteral(" · ") +
           EventKindInfo::label(EventKind::Note) + QStringLiteral(": ") + text;
}

// What hovering just right of a moment shows: few enough neighbours that the tooltip lists them all.
QString hoverAt(const MetricChart& chart, double atSec, double fromSec, double toSec)
{
    const QRect r = chart.dataRect();
    const int x = r.left() + qRound((atSec - fromSec) / (toSec - fromSec) * r.width());
    return chart.markerTextAt(x + 3);
}

QToolButton* presetButton(const MetricDashboard& dashboard, const QString& text)
{
    for (QToolButton* b : dashboard.findChildren<QToolButton*>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
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
        chart.setMarkers(QList<ChartMarker>{{1050, ChartMarker::Event, QStringLiteral("T+5m · Note: DB pool exhausted")}});
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

    // Issue 17 item 5: one new or edited event changes one marker; nothing is rebuilt, no item is added
    // per marker, the data is not binned again, and position and hover text are right afterwards.
    void markerUpdatesAreIncremental_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<double>("atSec");
        QTest::addColumn<QString>("expected"); // what hovering there shows
        QTest::addColumn<int>("sizeDelta");
        QTest::addColumn<int>("changes");
        const double quiet = StartSec + 2100; // after the last event: nothing else to hover there
        QTest::newRow("new event") << "new" << quiet << noteLabel(quiet, QStringLiteral("DB pool exhausted")) << 1 << 1;
        QTest::newRow("edited text") << "edit" << StartSec + 1999 << noteLabel(StartSec + 1999, QStringLiteral("edited"))
                                     << 0 << 1;
        QTest::newRow("moved to another time") << "move" << quiet << noteLabel(quiet, QStringLiteral("event 2000")) << 0 << 2;
        QTest::newRow("detected") << "detect" << quiet << QStringLiteral("Detected") << 1 << 1;
    }
    void markerUpdatesAreIncremental()
    {
        QFETCH(QString, change);
        QFETCH(double, atSec);
        QFETCH(QString, expected);
        QFETCH(int, sizeDelta);
        QFETCH(int, changes);
        Incident incident(incidentWithEvents(2000), QStringLiteral("en"));
        IncidentMarkers feed;
        feed.setIncident(&incident);
        MetricPanelData data = panel(10);
        const double from = StartSec - 60;
        const double to = StartSec + 2200;
        MetricChart chart;
        chart.resize(900, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setPanel(&data);
        chart.setTimeRange(from, to);
        chart.setMarkers(&feed.markers());
        QObject::connect(&feed, &IncidentMarkers::changed, &chart, &MetricChart::markerChanged);
        chart.replotNow();
        const int items = chart.plotItemCount();
        const size_t size = feed.markers().size();
        const int replots = chart.replotCount();
        QCOMPARE(feed.markers().rebuilds(), 1);
        QVERIFY(hoverAt(chart, StartSec + 1999, from, to).contains(noteLabel(StartSec + 1999, QStringLiteral("event 2000"))));

        if (change == QLatin1String("new"))
            incident.insertEvent(note(5000, atSec, QStringLiteral("DB pool exhausted")));
        else if (change == QLatin1String("edit"))
            incident.replaceEvent(note(2000, atSec, QStringLiteral("edited")));
        else if (change == QLatin1String("move"))
            incident.replaceEvent(note(2000, atSec, QStringLiteral("event 2000")));
        else if (change == QLatin1String("detect"))
            incident.setStatus(IncidentStatus::Identified, static_cast<qint64>(atSec * 1000));
        chart.drawPending();

        QCOMPARE(feed.markers().rebuilds(), 1);
        QCOMPARE(feed.markers().changes(), changes);
        QCOMPARE(feed.markers().size(), size + sizeDelta);
        QCOMPARE(chart.plotItemCount(), items);
        QCOMPARE(chart.replotCount(), replots); // the series were not binned again
        QCOMPARE(chart.markerRedrawCount(), 1);
        const QString shown = hoverAt(chart, atSec, from, to);
        QVERIFY2(shown.contains(expected), qPrintable(shown));
        if (change == QLatin1String("edit"))
            QVERIFY(!hoverAt(chart, atSec, from, to).contains(QStringLiteral("event 2000")));
        if (change == QLatin1String("move"))
            QVERIFY(!hoverAt(chart, StartSec + 1999, from, to).contains(QStringLiteral("event 2000")));
    }

    // A moved start changes every event's T+: then, and only then, all markers are built again.
    void movedStartRebuildsTheLabels()
    {
        Incident incident(incidentWithEvents(10), QStringLiteral("en"));
        IncidentMarkers feed;
        feed.setIncident(&incident);
        QSignalSpy resets(&feed, &IncidentMarkers::reset);
        incident.setSeverity(Severity::Sev1);
        incident.setStatus(IncidentStatus::Investigating, StartMs + 5000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(feed.markers().changes(), 0);
        incident.setKeyTimes(StartMs - 60'000, 0, 0, 0);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(feed.markers().rebuilds(), 2);
        const ChartMarker& last = feed.markers().all().back();
        QCOMPARE(last.label, TimeOffset::format(9000 + 60'000) + QStringLiteral(" · ") + EventKindInfo::label(EventKind::Note) +
                                 QStringLiteral(": event 10"));
    }

    // 20,000 events: only those in view are drawn, at most one line per pixel column, and a change out
    // of view draws nothing.
    // Event markers are painted where their events are, translucent grey over the chart, and nowhere
    // else; at a device pixel ratio of 2 too (the lines are written into an image at device pixels).
    void eventMarkersArePaintedAtTheirTimes_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::newRow("ratio 1") << 1.0;
        QTest::newRow("ratio 2 (export at twice the size)") << 2.0;
    }
    void eventMarkersArePaintedAtTheirTimes()
    {
        QFETCH(double, ratio);
        MetricPanelData empty;
        empty.definition.id = QStringLiteral("empty");
        MetricChart chart;
        chart.resize(900, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setPanel(&empty);
        chart.setTimeRange(0, 1000);
        const QList<double> times = {100, 300, 550, 800};
        QList<ChartMarker> markers;
        for (double t : times)
            markers << ChartMarker{t, ChartMarker::Event, QStringLiteral("event at %1").arg(t), qint64(t)};
        chart.setMarkers(markers);
        chart.replotNow();
        QPixmap picture(chart.plotWidget()->size() * ratio);
        picture.setDevicePixelRatio(ratio);
        picture.fill(Qt::white);
        chart.plotWidget()->render(&picture);
        const QImage image = picture.toImage();
        const QRect data = chart.dataRect();
        const int y = qRound((data.top() + data.height() * 0.7) * ratio); // below the problem text
        auto isMarkerGrey = [](QColor c) {
            return qAbs(c.red() - c.green()) < 8 && qAbs(c.green() - c.blue()) < 8 && c.red() > 160 && c.red() < 190; // 150/255 of #757575 over white; grid lines are lighter
        };
        QList<int> greyColumns;
        for (int x = qRound(data.left() * ratio) + 2; x < qRound((data.right() - 1) * ratio); ++x) {
            if (isMarkerGrey(image.pixelColor(x, y)))
                greyColumns << x;
        }
        QVERIFY2(!greyColumns.isEmpty(), "no marker was painted");
        for (double t : times) {
            const int expected = qRound((data.left() + data.width() * t / 1000.0) * ratio);
            const bool found = std::any_of(greyColumns.cbegin(), greyColumns.cend(),
                                           [&](int x) { return qAbs(x - expected) <= qCeil(ratio); });
            QVERIFY2(found, qPrintable(QStringLiteral("no marker near x=%1 for t=%2").arg(expected).arg(t)));
        }
        for (int x : std::as_const(greyColumns)) {
            const bool nearAnEvent = std::any_of(times.cbegin(), times.cend(), [&](double t) {
                return qAbs(x - (data.left() + data.width() * t / 1000.0) * ratio) <= 2 * ratio;
            });
            QVERIFY2(nearAnEvent, qPrintable(QStringLiteral("grey at x=%1, where no event is").arg(x)));
        }
    }

    void onlyMarkersInViewAreDrawn_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<bool>("some");
        QTest::newRow("all 20,000 in view") << StartSec - 60 << StartSec + 20'060 << true;
        QTest::newRow("last 15 minutes") << StartSec + 19'100 << StartSec + 20'000 << true;
        QTest::newRow("before the incident") << StartSec - 7200 << StartSec - 3600 << false;
    }
    void onlyMarkersInViewAreDrawn()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(bool, some);
        const IncidentData data = incidentWithEvents(20'000);
        const MetricPanelData p = panel(10);
        MetricChart chart;
        chart.resize(900, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setPanel(&p);
        chart.setTimeRange(from, to);
        chart.setMarkers(ChartMarkers::of(data));
        chart.replotNow();
        QVERIFY2(chart.markerLinesDrawn() <= chart.dataRect().width() + 3, qPrintable(QString::number(chart.markerLinesDrawn())));
        QCOMPARE(chart.markerLinesDrawn() > 0, some);
        chart.markerChanged(from - 10);
        chart.markerChanged(to + 10);
        chart.drawPending();
        QCOMPARE(chart.markerRedrawCount(), 0);
        const int replots = chart.replotCount();
        chart.markerChanged((from + to) / 2);
        chart.drawPending();
        // Redrawn once: alone where markers were shown (they keep a buffer of their own), with the chart
        // where none were (the markers' buffer is kept only while some are in view).
        QCOMPARE(chart.markerRedrawCount(), some ? 1 : 0);
        QCOMPARE(chart.replotCount() - replots, some ? 0 : 1);
    }

    // Issue 17 item 9: the value badge sits above the data, never over the newest of it.
    void valueBadgeLeavesTheDataFree_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("unit");
        QTest::newRow("wide") << 1200 << QStringLiteral("msgs");
        QTest::newRow("narrow") << 420 << QStringLiteral("msgs");
        QTest::newRow("long unit") << 600 << QStringLiteral("requests per second");
    }
    void valueBadgeLeavesTheDataFree()
    {
        QFETCH(int, width);
        QFETCH(QString, unit);
        MetricPanelData data = panel(300);
        data.definition.unit = unit;
        MetricChart chart;
        chart.resize(width, 320);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setPanel(&data);
        chart.setTimeRange(1000, 1300);
        chart.replotNow();
        QVERIFY(!chart.readoutText().isEmpty());
        const QRect badge = chart.readoutRect();
        QVERIFY(badge.width() > 20);
        QVERIFY2(!badge.intersects(chart.dataRect()), qPrintable(QStringLiteral("badge %1,%2 %3x%4 over data %5,%6 %7x%8")
                                                                     .arg(badge.x()).arg(badge.y()).arg(badge.width()).arg(badge.height())
                                                                     .arg(chart.dataRect().x()).arg(chart.dataRect().y())
                                                                     .arg(chart.dataRect().width()).arg(chart.dataRect().height())));
        QVERIFY(chart.plotWidget()->rect().contains(badge));
    }

    // A flat series gets a readable value axis with its thresholds, not a 1e-6 span.
    void flatSeriesGetsAReadableAxis_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("threshold"); // NaN: none
        QTest::addColumn<double>("minimumSpan");
        QTest::newRow("stuck at 0 under a threshold") << 0.0 << 5000.0 << 5000.0;
        QTest::newRow("stuck at 0, no threshold") << 0.0 << qQNaN() << 1.0;
        QTest::newRow("stuck at 42") << 42.0 << qQNaN() << 0.5;
        QTest::newRow("stuck at 42 under a far threshold") << 42.0 << 90'000.0 << 89'000.0;
        QTest::newRow("stuck below zero") << -3.0 << qQNaN() << 0.05;
    }
    void flatSeriesGetsAReadableAxis()
    {
        QFETCH(double, value);
        QFETCH(double, threshold);
        QFETCH(double, minimumSpan);
        MetricPanelData data = panel(100);
        data.definition.thresholds.clear();
        if (!std::isnan(threshold))
            data.definition.thresholds = {Threshold{ThresholdLevel::Critical, true, threshold, -1, {}}};
        std::vector<double> t(100), v(100, value);
        for (int i = 0; i < 100; ++i)
            t[i] = 1000 + i;
        data.series = {MetricSeries(QStringLiteral("{}"), QStringLiteral("flat"))};
        data.series[0].merge(t, v);
        MetricChart chart;
        chart.resize(800, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setPanel(&data);
        chart.setTimeRange(1000, 1100);
        chart.replotNow();
        const auto [low, high] = chart.valueRange();
        QVERIFY2(low <= value && value < high, qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
        QVERIFY2(high - low >= minimumSpan, qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
        if (!std::isnan(threshold))
            QVERIFY2(low <= threshold && threshold <= high, qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
        if (value >= 0) { // a count never gets a negative tick; its 0 stays clear of the axis line
            QVERIFY2(low < value && low >= -(high - low) * 0.05, qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
            for (const QString& label : chart.valueTickLabels())
                QVERIFY2(!label.startsWith(QLatin1Char('-')), qPrintable(chart.valueTickLabels().join(QLatin1Char(' '))));
        }
        const QStringList labels = chart.valueTickLabels();
        QVERIFY(labels.size() >= 2);
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
    }

    // Zoomed in or out, no two time-axis labels read the same.
    void timeTickLabelsNeverRepeat_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<int>("width");
        for (const double span : {20.0, 40.0, 90.0, 120.0, 150.0, 300.0, 450.0, 720.0, 900.0, 1800.0, 2700.0, 3600.0,
                                  21'600.0, 86'400.0, 3 * 86'400.0}) {
            for (const int width : {500, 1600})
                QTest::addRow("%g s at %d px", span, width) << span << width;
        }
    }
    void timeTickLabelsNeverRepeat()
    {
        QFETCH(double, span);
        QFETCH(int, width);
        const MetricPanelData data = panel(10);
        MetricChart chart;
        chart.resize(width, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setPanel(&data);
        const double to = StartSec + 17.3; // not on a round minute
        chart.setTimeRange(to - span, to);
        chart.replotNow();
        const QStringList labels = chart.timeTickLabels();
        QVERIFY2(labels.size() >= 2, qPrintable(labels.join(QLatin1Char(' '))));
        QVERIFY2(QSet<QString>(labels.cbegin(), labels.cend()).size() == labels.size(), qPrintable(labels.join(QLatin1Char(' '))));
    }

    // The preset buttons light only while the window is that preset.
    void presetButtonsShowTheActualWindow_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("lit"); // empty: none
        QTest::newRow("15 m chosen") << "" << "15 m";
        QTest::newRow("zoomed in") << "zoom in" << "";
        QTest::newRow("zoomed in and out again") << "zoom in, zoom out" << "15 m";
        QTest::newRow("zoomed out to 30 m") << "zoom out" << "";
        QTest::newRow("panned back") << "pan" << "";
        QTest::newRow("panned, then live") << "pan, live" << "15 m";
        QTest::newRow("dragged a chart") << "drag" << "";
        QTest::newRow("1 h chosen") << "1 h" << "1 h";
    }
    void presetButtonsShowTheActualWindow()
    {
        QFETCH(QString, action);
        QFETCH(QString, lit);
        TestClock clock(10'000'000);
        QList<MetricPanelData> panels = {panel(100)};
        MetricDashboard dashboard(clock);
        dashboard.setPanels(&panels);
        dashboard.setSpan(900);
        for (const QString& step : action.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
            if (step == QLatin1String("zoom in"))
                dashboard.zoom(0.5);
            else if (step == QLatin1String("zoom out"))
                dashboard.zoom(2.0);
            else if (step == QLatin1String("pan"))
                dashboard.pan(-0.25);
            else if (step == QLatin1String("live"))
                dashboard.goLive();
            else if (step == QLatin1String("drag"))
                Q_EMIT dashboard.chart(0)->rangeChangedByUser(dashboard.from() - 60, dashboard.to() - 60);
            else if (step == QLatin1String("1 h"))
                presetButton(dashboard, QStringLiteral("1 h"))->click();
        }
        for (const QString& name : {QStringLiteral("15 m"), QStringLiteral("1 h"), QStringLiteral("6 h"), QStringLiteral("24 h")}) {
            QToolButton* button = presetButton(dashboard, name);
            QVERIFY(button);
            QVERIFY2(button->isChecked() == (name == lit), qPrintable(name));
        }
    }

    // A past incident's window stays put: no live following, no stale marks on its old data.
    void fixedWindowDoesNotFollowNow()
    {
        TestClock clock(10'000'000);
        QList<MetricPanelData> panels = {panel(100)};
        MetricDashboard dashboard(clock);
        dashboard.setPanels(&panels);
        dashboard.panelUpdated(0);
        dashboard.chart(0)->replotNow();
        QVERIFY(dashboard.chart(0)->readoutText().contains(QStringLiteral("stale"))); // live, long silent
        dashboard.showFixedWindow(2000, 8000, 7100);
        QCOMPARE(dashboard.from(), 2000.0);
        QCOMPARE(dashboard.to(), 8000.0);
        dashboard.setSpan(900);
        QCOMPARE(dashboard.to(), 8000.0); // the last 15 minutes of the incident's window
        QCOMPARE(dashboard.from(), 8000.0 - 900);
        dashboard.goLive();
        QCOMPARE(dashboard.from(), 2000.0);
        QCOMPARE(dashboard.to(), 8000.0);
        dashboard.panelUpdated(0);
        dashboard.chart(0)->replotNow();
        QVERIFY2(!dashboard.chart(0)->readoutText().contains(QStringLiteral("stale")), qPrintable(dashboard.chart(0)->readoutText()));
        dashboard.followNow();
        QVERIFY(!dashboard.isFixedWindow());
        QCOMPARE(dashboard.to(), 10'000.0);
        QCOMPARE(dashboard.to() - dashboard.from(), 3600.0); // the span it had before
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
