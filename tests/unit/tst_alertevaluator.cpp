#include "AlertEvaluator.h"
#include "AlertSeries.h"

#include <QTest>

namespace {
constexpr double T0 = 1'766'625'240; // on the 15 s grid
constexpr double Step = 15;

PanelDefinition panelWith(const Threshold& threshold)
{
    PanelDefinition p;
    p.id = QStringLiteral("kafka-lag");
    p.title = QStringLiteral("Kafka consumer lag");
    p.thresholds = {threshold, Threshold{ThresholdLevel::Critical, true, 9000, -1, {}}}; // a band only: never alerts
    return p;
}

const QMap<QString, QString> Orders{{QStringLiteral("topic"), QStringLiteral("orders")}};
} // namespace

// The evaluator against Prometheus' rule engine semantics (rules/alerting.go in 2.42), one case a row;
// the integration test in tst_alertsprometheus checks the same semantics against Prometheus itself.
class TestAlertEvaluator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void likePrometheus_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("forSec");
        QTest::addColumn<int>("keepSec");
        QTest::addColumn<QString>("values"); // every 15 s from T0
        QTest::addColumn<QString>("expected");
        QTest::newRow("fires once held for 'for'") << "> 5000" << 30 << 0 << "6000 6000 6000 6000" << "F30";
        QTest::newRow("a dip restarts the for clock") << "> 5000" << 30 << 0 << "6000 6000 100 6000 6000 6000" << "F75";
        QTest::newRow("NaN compares false: restarts the for clock")
            << "> 5000" << 30 << 0 << "6000 6000 NaN 6000 6000 6000" << "F75";
        QTest::newRow("NaN gives no result: a firing alert resolves, then fires again after 'for'")
            << "> 5000" << 30 << 0 << "6000 6000 6000 NaN 6000 6000 6000" << "F30 R45 F90";
        QTest::newRow("keep_firing_for rides out a NaN") << "> 5000" << 30 << 30 << "6000 6000 6000 NaN 6000 6000 6000"
                                                         << "F30";
        QTest::newRow("keep_firing_for: resolves that long after the condition stopped")
            << "> 5000" << 30 << 30 << "6000 6000 6000 100 100 100 100" << "F30 R75";
        QTest::newRow("keep_firing_for starts again when the condition returns")
            << "> 5000" << 0 << 30 << "6000 6000 100 6000 100 100 100" << "F0 R90";
        QTest::newRow("keep_firing_for does not hold a pending alert")
            << "> 5000" << 30 << 60 << "6000 100 6000 6000 6000" << "F60";
        QTest::newRow("no sample in the answer is no result") << "> 5000" << 30 << 0 << "6000 6000 6000 - 6000" << "F30 R45";
        QTest::newRow("bug: a re-fire minutes after resolving is its own transition")
            << "> 5000" << 0 << 0 << "6000 6000 100 6000 6000" << "F0 R30 F45";
        QTest::newRow("for zero fires at the first breach") << "> 5000" << 0 << 0 << "10 6000" << "F15";
        QTest::newRow(">= fires at the threshold itself") << ">= 5000" << 0 << 0 << "5000 5000" << "F0";
        QTest::newRow("> does not") << "> 5000" << 0 << 0 << "5000 5000" << "";
        QTest::newRow("below: NaN is not below either") << "< 10" << 15 << 0 << "5 5 NaN 5 5 5" << "F15 R30 F60";
        QTest::newRow("NaN alone never fires") << "< 10" << 0 << 0 << "NaN NaN NaN" << "";
    }
    void likePrometheus()
    {
        QFETCH(QString, rule);
        QFETCH(int, forSec);
        QFETCH(int, keepSec);
        QFETCH(QString, values);
        QFETCH(QString, expected);
        AlertEvaluator evaluator;
        const PanelDefinition panel = panelWith(AlertSeries::rule(rule, forSec, keepSec));
        const auto transitions = evaluator.evaluate(panel, {AlertSeries::parse(Orders, values, T0, Step)}, T0,
                                                    T0 + (AlertSeries::steps(values) - 1) * Step, Step);
        QCOMPARE(AlertSeries::verdicts(transitions, T0), expected);
        for (const AlertTransition& t : transitions)
            QCOMPARE(t.ref().alertKey(), (AlertRef{panel.id, MetricSeries::keyOf(Orders), panel.thresholds.at(0).ruleId()}).alertKey());
    }

    // Polls overlap by a step; each time is evaluated once, so the answer split anywhere gives the same.
    void overlappingAnswersAgreeWithOne_data()
    {
        QTest::addColumn<int>("split");
        for (int split : {1, 2, 3, 5, 8})
            QTest::addRow("second answer from step %d", split) << split;
    }
    void overlappingAnswersAgreeWithOne()
    {
        QFETCH(int, split);
        const QString values = QStringLiteral("6000 6000 6000 NaN 6000 100 100 100 6000 6000 6000 6000");
        const int n = AlertSeries::steps(values);
        const PanelDefinition panel = panelWith(AlertSeries::rule(QStringLiteral("> 5000"), 30, 30));
        AlertEvaluator whole;
        const QString expected = AlertSeries::verdicts(
            whole.evaluate(panel, {AlertSeries::parse(Orders, values, T0, Step)}, T0, T0 + (n - 1) * Step, Step), T0);
        QCOMPARE(expected, QStringLiteral("F30 R105 F150"));

        AlertEvaluator parts;
        const MetricSeries all = AlertSeries::parse(Orders, values, T0, Step);
        MetricSeries first(all.key(), all.legend(), all.labels());
        first.merge(std::vector<double>(all.times().begin(), all.times().begin() + split),
                    std::vector<double>(all.values().begin(), all.values().begin() + split));
        MetricSeries second(all.key(), all.legend(), all.labels());
        second.merge(std::vector<double>(all.times().begin() + split - 1, all.times().end()),
                     std::vector<double>(all.values().begin() + split - 1, all.values().end()));
        auto got = parts.evaluate(panel, {first}, T0, T0 + (split - 1) * Step, Step);
        got += parts.evaluate(panel, {second}, T0 + (split - 1) * Step, T0 + (n - 1) * Step, Step);
        QCOMPARE(AlertSeries::verdicts(got, T0), expected);
    }

    // After a restart the evaluator continues from the timeline's last transition of each alert.
    void restoredAlertsContinue_data()
    {
        QTest::addColumn<int>("restartAfter"); // transitions recorded before the restart
        QTest::newRow("firing when it stopped") << 1;
        QTest::newRow("resolved when it stopped") << 2;
        QTest::newRow("firing again when it stopped") << 3;
    }
    void restoredAlertsContinue()
    {
        QFETCH(int, restartAfter);
        const QString values = QStringLiteral("6000 6000 6000 NaN 100 6000 6000 6000 100 100 6000");
        const int n = AlertSeries::steps(values);
        const PanelDefinition panel = panelWith(AlertSeries::rule(QStringLiteral("> 5000"), 30, 0));
        const MetricSeries series = AlertSeries::parse(Orders, values, T0, Step);
        AlertEvaluator before;
        const auto all = before.evaluate(panel, {series}, T0, T0 + (n - 1) * Step, Step);
        QCOMPARE(AlertSeries::verdicts(all, T0), QStringLiteral("F30 R45 F105 R120"));

        AlertEvaluator after;
        const AlertTransition last = all.at(restartAfter - 1);
        after.restore(last.ref(), qint64(last.atSec * 1000));
        QCOMPARE(after.state(last.ref()), last.firing ? AlertEvaluator::State::Firing : AlertEvaluator::State::Inactive);
        const auto again = after.evaluate(panel, {series}, T0, T0 + (n - 1) * Step, Step); // the whole window again
        QCOMPARE(AlertSeries::verdicts(again, T0), AlertSeries::verdicts(all.mid(restartAfter), T0));
        QCOMPARE(after.firing().size(), before.firing().size());
    }

    // A series gone from the answer gives no result: its firing alert resolves.
    void aSeriesGoneFromTheAnswerResolves()
    {
        const PanelDefinition panel = panelWith(AlertSeries::rule(QStringLiteral("> 5000"), 0, 0));
        AlertEvaluator evaluator;
        const auto fired = evaluator.evaluate(panel, {AlertSeries::parse(Orders, QStringLiteral("6000 6000"), T0, Step)},
                                              T0, T0 + Step, Step);
        QCOMPARE(AlertSeries::verdicts(fired, T0), QStringLiteral("F0"));
        QCOMPARE(evaluator.firing().size(), 1);
        const auto gone = evaluator.evaluate(panel, {}, T0 + Step, T0 + 3 * Step, Step);
        QCOMPARE(AlertSeries::verdicts(gone, T0), QStringLiteral("R30"));
        QVERIFY(evaluator.firing().isEmpty());
    }

    void describesNoValueInWords()
    {
        AlertTransition t{QStringLiteral("kafka-lag"), QStringLiteral("Kafka consumer lag"), QStringLiteral("orders"),
                          AlertSeries::rule(QStringLiteral(">= 5000"), 60, 0), true, T0, 6000};
        QCOMPARE(AlertEvaluator::describe(t, QStringLiteral("msgs")),
                 QStringLiteral("Alert firing (warning): LagHigh — Kafka consumer lag orders is 6,000 msgs, "
                                "at or above 5,000 msgs for 60 s"));
        t.firing = false;
        t.value = std::nan("");
        QCOMPARE(AlertEvaluator::describe(t, QStringLiteral("msgs")),
                 QStringLiteral("Alert resolved: LagHigh — Kafka consumer lag orders has no value"));
    }
};

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
