#include "DashboardProfile.h"
#include "Decimator.h"
#include "MetricSeries.h"

#include <QTest>
#include <cmath>
#include <limits>

namespace {
const double NaN = std::numeric_limits<double>::quiet_NaN();

PanelDefinition lagPanel()
{
    PanelDefinition p;
    p.thresholds = {Threshold{ThresholdLevel::Warning, true, 5000, 0, QStringLiteral("KafkaConsumerLagHigh")},
                    Threshold{ThresholdLevel::Critical, true, 9000, -1, {}}};
    return p;
}
} // namespace

class TestMetrics final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seriesMergesPollsAndBackfills()
    {
        MetricSeries s(QStringLiteral("{}"), QStringLiteral("lag"));
        QCOMPARE(s.merge({10, 20, 30}, {1, 2, 3}), size_t(3));
        QCOMPARE(s.merge({30, 40}, {3.5, 4}), size_t(1)); // the overlapping poll replaces 30
        QCOMPARE(s.values(), std::vector<double>({1, 2, 3.5, 4}));
        QCOMPARE(s.merge({5, 15}, {0.5, 1.5}), size_t(2)); // backfill from a wider range
        QCOMPARE(s.times(), std::vector<double>({5, 10, 15, 20, 30, 40}));
        s.append(50, NaN);
        QCOMPARE(s.lastValue(), 4.0); // NaN is a gap, the last real value shows
        s.trimBefore(20);
        QCOMPARE(s.times().front(), 20.0);
        QCOMPARE(s.size(), size_t(4));
        QCOMPARE(MetricSeries::keyOf({{"topic", "a"}, {"job", "k"}}), QStringLiteral("{job=\"k\",topic=\"a\"}"));
    }

    void decimationKeepsEverySpike_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("width");
        QTest::newRow("1e6 into 1600 columns") << 1'000'000 << 1600;
        QTest::newRow("1e4 into 800 columns") << 10'000 << 800;
        QTest::newRow("fewer points than columns") << 500 << 1600;
    }
    void decimationKeepsEverySpike()
    {
        QFETCH(int, points);
        QFETCH(int, width);
        std::vector<double> t(points), v(points);
        for (int i = 0; i < points; ++i) {
            t[i] = i;
            v[i] = std::sin(i / 1000.0);
        }
        const int spike = points / 3 + 7;
        v[spike] = 1e9;
        v[spike + 1] = -1e9;
        v[points / 2] = NaN;
        std::vector<Decimator::Column> columns;
        Decimator::columns(t.data(), v.data(), t.size(), 0, points - 1, width, columns);
        QVERIFY(columns.size() <= size_t(width) + 2);
        QVERIFY(std::is_sorted(columns.begin(), columns.end(),
                               [](const auto& a, const auto& b) { return a.x < b.x; }));
        int real = 0;
        bool high = false, low = false, gap = false;
        for (const Decimator::Column& c : columns) {
            real += c.count;
            high = high || c.max == 1e9;
            low = low || c.min == -1e9;
            gap = gap || c.gap;
        }
        QCOMPARE(real, points - 1); // every point but the NaN lands in a column
        QVERIFY(high && low);       // spikes survive
        QVERIFY(gap);               // and so does the gap
        QCOMPARE(columns.front().first, v.front());
        QCOMPARE(columns.back().last, v.back());
    }

    void infinitiesAreGaps()
    {
        std::vector<double> t = {0, 1, 2, 3}, v = {1, std::numeric_limits<double>::infinity(), 2, -std::numeric_limits<double>::infinity()};
        std::vector<Decimator::Column> columns;
        Decimator::columns(t.data(), v.data(), t.size(), 0, 3, 2, columns);
        double low = 1e9, high = -1e9;
        bool gap = false;
        for (const Decimator::Column& c : columns) {
            if (c.count > 0) {
                low = std::min(low, c.min);
                high = std::max(high, c.max);
            }
            gap = gap || c.gap;
        }
        QVERIFY(gap);
        QCOMPARE(low, 1.0);
        QCOMPARE(high, 2.0);
    }

    void decimationIncludesNeighboursOfTheRange()
    {
        std::vector<double> t = {0, 10, 20, 30, 40}, v = {1, 2, 3, 4, 5};
        std::vector<Decimator::Column> columns;
        Decimator::columns(t.data(), v.data(), t.size(), 15, 25, 100, columns);
        QCOMPARE(columns.size(), size_t(3));
        QCOMPARE(columns.at(0).x, -1);  // the point before the range
        QCOMPARE(columns.at(1).first, 3.0);
        QCOMPARE(columns.at(2).x, 100); // and the one after
    }

    void stateOfAValue_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("state");
        QTest::newRow("below") << 100.0 << int(MetricState::Normal);
        QTest::newRow("warning") << 6000.0 << int(MetricState::Warning);
        QTest::newRow("critical") << 9500.0 << int(MetricState::Critical);
        QTest::newRow("no data") << NaN << int(MetricState::NoData);
    }
    void stateOfAValue()
    {
        QFETCH(double, value);
        QFETCH(int, state);
        QCOMPARE(int(lagPanel().stateOf(value)), state);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
