#include "MetricChart.h"
#include "UiTurns.h"

#include <QEvent>
#include <QGridLayout>
#include <QTest>
#include <QTimer>
#include <cmath>

namespace {
MetricPanelData panel(int seed)
{
    MetricPanelData p;
    p.definition.id = QStringLiteral("p%1").arg(seed);
    p.definition.title = QStringLiteral("Panel %1").arg(seed);
    std::vector<double> t, v;
    for (int i = 0; i < 5000; ++i) {
        t.push_back(1000 + i);
        v.push_back(100 + 50 * std::sin(i / 40.0 + seed));
    }
    MetricSeries s(QStringLiteral("{}"), QStringLiteral("lag"));
    s.merge(t, v);
    p.series = {s};
    p.lastSuccessMs = 1;
    return p;
}

// Counts the charts' paints and how many came straight after another one, with no posted work run in
// between: each replot paints its plot at once.
class PaintLog final : public QObject
{
public:
    int paints = 0;
    int backToBack = 0;
    bool posted = true;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            if (!posted)
                ++backToBack;
            posted = false;
            QMetaObject::invokeMethod(this, [this] { posted = true; }, Qt::QueuedConnection);
        }
        return false;
    }
};
} // namespace

class TestUiTurns final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Charts due in the same frame (every live chart, once a second) replot one per pass of the event
    // loop: what else is due runs between two of them, and the stall is one replot, not their sum.
    void chartsDueTogetherTakeTurns()
    {
        constexpr int Charts = 6;
        QList<MetricPanelData> data;
        for (int i = 0; i < Charts; ++i)
            data << panel(i);
        QWidget window;
        auto* grid = new QGridLayout(&window);
        QList<MetricChart*> charts;
        for (int i = 0; i < Charts; ++i) {
            auto* chart = new MetricChart(&window);
            chart->setPanel(&data.at(i));
            chart->setTimeRange(1000, 6000);
            grid->addWidget(chart, i / 2, i % 2);
            charts << chart;
        }
        window.resize(1200, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (MetricChart* chart : std::as_const(charts))
            QTRY_COMPARE(chart->replotCount(), 1);
        QTest::qWait(50); // the first paints are over

        PaintLog log;
        for (MetricChart* chart : std::as_const(charts))
            chart->plotWidget()->installEventFilter(&log);
        for (MetricChart* chart : std::as_const(charts))
            chart->setTimeRange(1500, 6000);
        QTRY_COMPARE(log.paints, Charts);
        QCOMPARE(log.backToBack, 0);
        for (MetricChart* chart : std::as_const(charts))
            QCOMPARE(chart->replotCount(), 2);
    }

    // Answers and replots share the turns: one piece of work per pass of the event loop, in the order
    // asked; every queued answer is its own turn, and cancelling an owner drops all of its work.
    void answersAndReplotsTakeTheSameTurns()
    {
        QObject controller, chart, gone;
        QStringList ran;
        UiTurns& turns = UiTurns::instance();
        turns.queue(&controller, [&ran] { ran << QStringLiteral("answer 1"); });
        turns.request(&chart, [&ran] { ran << QStringLiteral("replot"); });
        turns.queue(&gone, [&ran] { ran << QStringLiteral("cancelled"); });
        turns.queue(&controller, [&ran] { ran << QStringLiteral("answer 2"); });
        turns.queue(&gone, [&ran] { ran << QStringLiteral("cancelled too"); });
        turns.cancel(&gone);
        QCOMPARE(turns.waiting(), 3);
        int pass = 0;
        QList<int> passes;
        QTimer everyPass; // a zero timer fires once per pass of the event loop
        everyPass.setInterval(0);
        connect(&everyPass, &QTimer::timeout, this, [&] {
            ++pass;
            passes << int(ran.size());
        });
        everyPass.start();
        QTRY_COMPARE(ran.size(), 3);
        QCOMPARE(ran, (QStringList{QStringLiteral("answer 1"), QStringLiteral("replot"), QStringLiteral("answer 2")}));
        // Never two pieces of work between two passes.
        for (int i = 1; i < passes.size(); ++i)
            QVERIFY2(passes.at(i) - passes.at(i - 1) <= 1, qPrintable(QStringLiteral("pass %1").arg(i)));
    }

    void aChartReplottedOrGoneLeavesTheQueue()
    {
        const MetricPanelData data = panel(0);
        int replots = 0;
        {
            MetricChart gone;
            UiTurns::instance().request(&gone, [&replots] { ++replots; });
            MetricChart replotted;
            replotted.setPanel(&data);
            UiTurns::instance().request(&replotted, [&replots] { ++replots; });
            UiTurns::instance().request(&replotted, [&replots] { ++replots; }); // asked twice: once
            QCOMPARE(UiTurns::instance().waiting(), 2);
            replotted.replotNow();
            QCOMPARE(UiTurns::instance().waiting(), 1);
        }
        QTest::qWait(20);
        QCOMPARE(replots, 0);
        QCOMPARE(UiTurns::instance().waiting(), 0);
    }
};

QTEST_MAIN(TestUiTurns)
#include "tst_uiturns.moc"
