#include "Fixtures.h"
#include "Incident.h"
#include "TestClock.h"
#include "WallView.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

namespace {
QList<MetricPanelData> panels(qint64 fetchedMs)
{
    QList<MetricPanelData> list;
    const QList<QPair<double, QString>> values = {{6850, "Kafka consumer lag"}, {20, "DB pool active"}, {0.2, "5xx rate"}};
    for (const auto& [value, title] : values) {
        MetricPanelData p;
        p.definition.title = title;
        p.definition.unit = QStringLiteral("msgs");
        p.definition.thresholds = {Threshold{ThresholdLevel::Warning, true, 5000, -1, {}},
                                   Threshold{ThresholdLevel::Critical, true, 19.5, -1, {}}};
        MetricSeries s(QStringLiteral("{}"), title);
        s.merge({1}, {value});
        p.series = {s};
        p.lastSuccessMs = fetchedMs;
        list << p;
    }
    return list;
}

// The colour behind a label: its own when it fills its background, else its nearest painted ancestor's.
QColor backgroundOf(const QWidget* w)
{
    for (; w; w = w->parentWidget()) {
        if (w->autoFillBackground())
            return w->palette().color(QPalette::Window);
    }
    return Qt::white;
}
} // namespace

// Readable from across the room: sizes and contrast at 1080p and 4K, keyboard only.
class TestWallView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readableAcrossTheRoom_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<int>("minNumberHeight");
        QTest::addColumn<int>("minBodyPixels");
        QTest::newRow("1920x1080") << QSize(1920, 1080) << 72 << 28;
        QTest::newRow("3840x2160") << QSize(3840, 2160) << 144 << 56;
    }
    void readableAcrossTheRoom()
    {
        QFETCH(QSize, screen);
        QFETCH(int, minNumberHeight);
        QFETCH(int, minBodyPixels);
        TestClock clock(45 * 60'000); // T+45m with no update yet: SEV-2 overdue
        IncidentData data = Fixtures::incident(0);
        data.events = {Fixtures::event(1, 0, EventKind::Status, "Incident declared: SEV-2, Checkout API 5xx"),
                       Fixtures::event(2, 600'000, EventKind::Action, "Rolled back checkout to v41")};
        Incident incident(data, QStringLiteral("en"));
        const QList<MetricPanelData> metrics = panels(clock.nowMs());
        WallView wall(clock);
        wall.setIncident(&incident);
        wall.setPanels(&metrics);
        wall.resize(screen);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        wall.grab(); // lay out and paint at this size

        QCOMPARE(wall.clockLabel()->text(), QStringLiteral("T+0:45:00"));
        QVERIFY(wall.countdownLabel()->text().startsWith(QStringLiteral("15:00")));
        QCOMPARE(wall.numberLabels().size(), 5); // clock, countdown, three tiles
        for (QLabel* label : wall.numberLabels()) {
            const int digits = QFontMetrics(label->font()).tightBoundingRect(QStringLiteral("0123456789")).height();
            QVERIFY2(digits >= minNumberHeight, qPrintable(QStringLiteral("%1: %2 px").arg(label->text()).arg(digits)));
            QVERIFY2(label->width() >= QFontMetrics(label->font()).horizontalAdvance(label->text()),
                     qPrintable(label->text() + QStringLiteral(" is cut off")));
        }
        for (QLabel* label : wall.textLabels())
            QVERIFY2(label->font().pixelSize() >= minBodyPixels, qPrintable(label->text()));
        for (QLabel* label : wall.numberLabels() + wall.textLabels()) {
            const double ratio = WallView::contrastRatio(label->palette().color(QPalette::WindowText), backgroundOf(label));
            QVERIFY2(ratio >= 7.0, qPrintable(QStringLiteral("%1: %2:1").arg(label->text()).arg(ratio, 0, 'f', 2)));
        }
        // Overdue shows in red; the room sees it.
        QCOMPARE(wall.countdownLabel()->palette().color(QPalette::WindowText), QColor(0xFF, 0x8A, 0x80));
        QVERIFY(wall.grab().size() == screen);
    }

    // Prometheus down, never reached, or failing: the tile says so and is never green "NORMAL".
    void untrustedDataIsNeverShownAsHealthy_data()
    {
        QTest::addColumn<qint64>("fetchedAgoMs");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("says");
        QTest::newRow("Prometheus down for 10 minutes") << qint64(600'000) << QString() << "STALE SINCE";
        QTest::newRow("never reached") << qint64(-1) << QString() << "NO DATA";
        QTest::newRow("answering with errors") << qint64(0) << QStringLiteral("HTML 502 from the proxy") << "STALE SINCE";
    }
    void untrustedDataIsNeverShownAsHealthy()
    {
        QFETCH(qint64, fetchedAgoMs);
        QFETCH(QString, problem);
        QFETCH(QString, says);
        TestClock clock(45 * 60'000);
        Incident incident(Fixtures::incident(0), QStringLiteral("en"));
        QList<MetricPanelData> metrics = panels(fetchedAgoMs < 0 ? 0 : clock.nowMs() - fetchedAgoMs);
        for (MetricPanelData& p : metrics)
            p.problem = problem;
        WallView wall(clock);
        wall.setIncident(&incident);
        wall.setPanels(&metrics);
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        wall.refresh();
        int untrusted = 0;
        for (QLabel* label : wall.textLabels()) {
            QVERIFY2(label->text() != QLatin1String("NORMAL"), "stale data shown as normal");
            if (label->text().startsWith(says)) {
                ++untrusted;
                QVERIFY(backgroundOf(label) != QColor(0x1B, 0x5E, 0x20)); // not the healthy green
                QVERIFY(WallView::contrastRatio(label->palette().color(QPalette::WindowText), backgroundOf(label)) >= 7.0);
            }
        }
        QCOMPARE(untrusted, 3);
    }

    void escapeLeavesAndNothingNeedsAMouse()
    {
        TestClock clock;
        WallView wall(clock);
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        for (QWidget* child : wall.findChildren<QWidget*>())
            QCOMPARE(child->focusPolicy(), Qt::NoFocus); // nothing to click or tab to
        QTest::keyClick(&wall, Qt::Key_Escape);
        QVERIFY(!wall.isVisible());
    }

    void contrastOfKnownPairs_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("same colour") << QColor(0x80, 0x80, 0x80) << QColor(0x80, 0x80, 0x80) << 1.0;
        QTest::newRow("WCAG example #767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    }
    void contrastOfKnownPairs()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        QVERIFY(qAbs(WallView::contrastRatio(a, b) - ratio) < 0.01);
    }
};

QTEST_MAIN(TestWallView)
#include "tst_wallview.moc"
