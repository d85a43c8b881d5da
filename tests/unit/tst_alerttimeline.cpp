#include "AlertSeries.h"
#include "Fixtures.h"
#include "Incident.h"
#include "IncidentService.h"
#include "Language.h"
#include "TestClock.h"
#include "storage/IncidentStore.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr double T0 = 1'766'625'240; // on the 15 s grid
constexpr double Step = 15;
const QMap<QString, QString> Orders{{QStringLiteral("topic"), QStringLiteral("orders")}};

PanelDefinition lagPanel(int forSec, int keepSec)
{
    PanelDefinition p;
    p.id = QStringLiteral("kafka-lag");
    p.title = QStringLiteral("Kafka consumer lag");
    p.unit = QStringLiteral("msgs");
    p.thresholds = {AlertSeries::rule(QStringLiteral("> 5000"), forSec, keepSec, QStringLiteral("KafkaConsumerLagHigh"))};
    return p;
}

// An answer of the steps [first, last] of a value list, as a poll would get it.
MetricSeries slice(const QString& values, int first, int last)
{
    QStringList words = values.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(first, last - first + 1);
    return AlertSeries::parse(Orders, words.join(QLatin1Char(' ')), T0 + first * Step, Step);
}
} // namespace

// What the timeline records of the evaluator's transitions: every change, once, whichever language.
class TestAlertTimeline final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestClock m_clock{static_cast<qint64>((T0 + 3600) * 1000)};
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<IncidentService> m_service;
    qint64 m_incident = 0;

    // A console started (again) in a language, on the same store and incident.
    void startConsole(const QString& language)
    {
        m_service.reset();
        m_store.reset();
        QVERIFY(Language::install(language));
        m_store = std::make_unique<IncidentStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("alerts.sqlite"))));
        m_service = std::make_unique<IncidentService>(*m_store, m_clock, Fixtures::checklistJson(), language);
        if (m_incident) {
            QVERIFY(m_service->open(m_incident));
        } else {
            QVERIFY(m_service->declare({QStringLiteral("Coupon lag"), Severity::Sev2, QStringLiteral("Kim"),
                                        static_cast<qint64>(T0 * 1000)}));
            m_incident = m_service->current()->id();
        }
    }
    QString recorded() const // the timeline's alert transitions, as AlertSeries::verdicts writes them
    {
        QStringList out;
        for (const TimelineEvent& e : m_service->current()->events()) {
            if (e.kind == EventKind::Alert)
                out << QLatin1String(e.alert->firing ? "F" : "R") + QString::number(e.atMs / 1000.0 - T0);
        }
        return out.join(QLatin1Char(' '));
    }
    bool timelineSaysFiring() const
    {
        const QList<TimelineEvent> last = m_service->lastAlertStates();
        return !last.isEmpty() && last.last().alert->firing;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("alerts.sqlite")));
        m_incident = 0;
        startConsole(QStringLiteral("en"));
    }
    void cleanup()
    {
        m_service.reset();
        m_store.reset();
        Language::install(QStringLiteral("en"));
    }

    // The issue's case: a NaN resolved the alert (as Prometheus does without keep_firing_for) and the
    // re-fire two minutes later was dropped as "the same alert", so the timeline said resolved.
    void aReFireAfterANaNIsRecorded()
    {
        const QString values = QStringLiteral("6000 6000 6000 6000 6000 NaN 6000 6000 6000 6000 6000 6000");
        const PanelDefinition panel = lagPanel(30, 0);
        AlertEvaluator evaluator;
        const auto transitions = evaluator.evaluate(panel, {slice(values, 0, 11)}, T0, T0 + 11 * Step, Step);
        QCOMPARE(AlertSeries::verdicts(transitions, T0), QStringLiteral("F30 R75 F120"));
        QCOMPARE(m_service->recordAlerts(transitions, panel.unit), 3);
        QCOMPARE(recorded(), QStringLiteral("F30 R75 F120"));
        QVERIFY(timelineSaysFiring());
        QCOMPARE(m_service->lastAlertStates().last().text,
                 QStringLiteral("Alert firing (warning): KafkaConsumerLagHigh — Kafka consumer lag orders is 6,000 msgs, "
                                "above 5,000 msgs for 30 s"));
    }

    // The console restarts in the other language and evaluates the same history again: nothing is
    // recorded twice, because the alert is compared as data, not as its translated words.
    void aRestartInTheOtherLanguageRecordsNothingAgain_data()
    {
        QTest::addColumn<bool>("restore");
        QTest::addColumn<double>("from"); // the grid of the answers after the restart
        QTest::addColumn<double>("step");
        QTest::newRow("continued from the timeline") << true << T0 << Step;
        QTest::newRow("fresh evaluator, same grid") << false << T0 << Step;
        QTest::newRow("fresh evaluator, another grid: F45 R75 F135 R195") << false << T0 + Step << 2 * Step;
    }
    void aRestartInTheOtherLanguageRecordsNothingAgain()
    {
        QFETCH(bool, restore);
        QFETCH(double, from);
        QFETCH(double, step);
        const QString values = QStringLiteral("6000 6000 6000 6000 100 100 6000 6000 6000 6000 6000 6000 100");
        const PanelDefinition panel = lagPanel(30, 0);
        AlertEvaluator before;
        const auto first = before.evaluate(panel, {slice(values, 0, 12)}, T0, T0 + 12 * Step, Step);
        QCOMPARE(m_service->recordAlerts(first, panel.unit), 4);
        const QString history = recorded();
        QCOMPARE(history, QStringLiteral("F30 R60 F120 R180"));
        const QString englishText = m_service->current()->events().first().text;

        startConsole(QStringLiteral("ko"));
        QCOMPARE(recorded(), history);
        AlertEvaluator after;
        if (restore) {
            for (const TimelineEvent& e : m_service->lastAlertStates())
                after.restore(e.alert, e.atMs);
        }
        const auto again = after.evaluate(panel, {slice(values, 0, 12)}, from, from + 12 * Step, step);
        QVERIFY(restore || !again.isEmpty());
        QVERIFY(AlertEvaluator::describe(first.first(), panel.unit) != englishText); // really the other language
        QCOMPARE(m_service->recordAlerts(again, panel.unit), 0);
        QCOMPARE(recorded(), history);
        QCOMPARE(timelineSaysFiring(), after.state(first.first().ref()) == AlertEvaluator::State::Firing);
    }

    // Polled in overlapping answers, with a restart in the other language in between: the timeline has
    // every transition the evaluator made, once, and after each poll its last state is the evaluator's.
    void timelineLastStateIsTheEvaluators_data()
    {
        QTest::addColumn<QString>("values");
        QTest::addColumn<int>("forSec");
        QTest::addColumn<int>("keepSec");
        QTest::addColumn<int>("poll");       // steps per answer
        QTest::addColumn<int>("restartAfter"); // answers before the restart; -1: none
        const QString flapping = QStringLiteral("6000 6000 6000 100 6000 6000 NaN NaN NaN 6000 6000 6000 6000 100 - - 6000 "
                                                "6000 100 6000 6000 6000 6000 6000 100 100 100 100");
        QTest::newRow("flapping, for 30 s") << flapping << 30 << 0 << 4 << -1;
        QTest::newRow("flapping, keep_firing_for 30 s") << flapping << 30 << 30 << 4 << -1;
        QTest::newRow("flapping, for 0 s, one sample an answer") << flapping << 0 << 0 << 1 << -1;
        QTest::newRow("restart while firing") << flapping << 30 << 0 << 3 << 1;
        QTest::newRow("restart while resolved") << flapping << 0 << 0 << 5 << 1;
        QTest::newRow("restart while held by keep_firing_for") << flapping << 0 << 30 << 4 << 2;
    }
    void timelineLastStateIsTheEvaluators()
    {
        QFETCH(QString, values);
        QFETCH(int, forSec);
        QFETCH(int, keepSec);
        QFETCH(int, poll);
        QFETCH(int, restartAfter);
        const PanelDefinition panel = lagPanel(forSec, keepSec);
        const int n = AlertSeries::steps(values);
        AlertEvaluator whole;
        const QString expected =
            AlertSeries::verdicts(whole.evaluate(panel, {slice(values, 0, n - 1)}, T0, T0 + (n - 1) * Step, Step), T0);
        QVERIFY2(expected.count(QLatin1Char('F')) >= 2, qPrintable(expected)); // the case flaps

        auto evaluator = std::make_unique<AlertEvaluator>();
        const AlertRef alert{panel.id, MetricSeries::keyOf(Orders), panel.thresholds.at(0).ruleId()};
        int answers = 0;
        for (int first = 0; first < n - 1; first += poll) {
            const int last = qMin(first + poll, n - 1); // each answer repeats the previous one's last step
            const auto transitions =
                evaluator->evaluate(panel, {slice(values, first, last)}, T0 + first * Step, T0 + last * Step, Step);
            m_service->recordAlerts(transitions, panel.unit);
            QVERIFY2(timelineSaysFiring() == (evaluator->state(alert) == AlertEvaluator::State::Firing),
                     qPrintable(QStringLiteral("after the answer up to step %1: %2").arg(last).arg(recorded())));
            if (++answers == restartAfter) {
                startConsole(QStringLiteral("ko"));
                evaluator = std::make_unique<AlertEvaluator>();
                for (const TimelineEvent& e : m_service->lastAlertStates())
                    evaluator->restore(e.alert, e.atMs);
                // On start the console asks for the whole window again.
                m_service->recordAlerts(evaluator->evaluate(panel, {slice(values, 0, last)}, T0, T0 + last * Step, Step),
                                        panel.unit);
            }
        }
        QCOMPARE(recorded(), expected);
    }
};

QTEST_GUILESS_MAIN(TestAlertTimeline)
#include "tst_alerttimeline.moc"
