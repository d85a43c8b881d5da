#include "AlertSeries.h"
#include "DashboardProfileLoader.h"
#include "Fixtures.h"
#include "Incident.h"
#include "IncidentService.h"
#include "MetricsController.h"
#include "PrometheusServer.h"
#include "TestClock.h"
#include "network/Network.h"
#include "storage/IncidentStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr double T0 = 1'766'625'240; // on the 15 s grid of both the console and Prometheus
constexpr int Step = 15;

// The alerting rules both sides run; Prometheus reads the file, the console reads the same file.
struct Rule
{
    const char* name;
    const char* comparison;
    int forSec;
    int keepFiringForSec;
    const char* severity;
};
const Rule Rules[] = {
    {"KafkaConsumerLagHigh", "> 5000", 30, 30, "warning"},
    {"KafkaConsumerLagCritical", ">= 9000", 0, 0, "critical"},
};

// One value every 15 s from T0 for each topic: NaN samples, a flapping series, a series that goes away.
struct Series
{
    const char* topic;
    QString values; // NaN, or "-" for no sample
};
QList<Series> scenario()
{
    auto times = [](const char* v, int n) { return QStringList(n, QString::fromLatin1(v)).join(QLatin1Char(' ')); };
    return {
        {"nan-steady", times("6000", 4) + " NaN " + times("6000", 4) + " NaN NaN NaN " + times("6000", 5) +
                           " 9000 9000 NaN 9000 " + times("7000", 10) + " " + times("5000", 4) + " 6000 NaN " +
                           times("6000", 27)},
        {"flapping", QStringLiteral("100 6000 6000 100 6000 6000 6000 6000 100 6000 100 100 100 6000 6000 6000 "
                                    "6000 6000 100 100 9500 9500 100 9000 9000 9000 100 6000 100 6000 100 6000 "
                                    "6000 6000 6000 6000 6000 100 100 100 100 100 6000 6000 6000 6000 6000 6000 "
                                    "100 6000 100 6000 6000 6000 6000 100 100 6000 6000 6000 100 100 100 100")},
        {"gone", times("6000", 8) + " " + times("-", 26) + " " + times("6000", 20) + " " + times("100", 10)},
    };
}

bool write(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

int run(const QStringList& arguments, const QString& dir, QString* output)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(PrometheusServer::promtool(), arguments);
    if (!process.waitForFinished(60'000))
        return -1;
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray rulesFile()
{
    QByteArray out = "groups:\n  - name: kafka\n    interval: 15s\n    rules:\n";
    for (const Rule& r : Rules) {
        out += QStringLiteral("      - alert: %1\n        expr: kafka_consumer_lag %2\n        for: %3s\n"
                              "        keep_firing_for: %4s\n        labels:\n          severity: %5\n")
                   .arg(QLatin1String(r.name), QLatin1String(r.comparison))
                   .arg(r.forSec)
                   .arg(r.keepFiringForSec)
                   .arg(QLatin1String(r.severity))
                   .toUtf8();
    }
    return out;
}

// What Prometheus stores: the backfill's OpenMetrics text, the samples at their times.
QByteArray openMetrics()
{
    QByteArray out = "# TYPE kafka_consumer_lag gauge\n";
    for (const Series& s : scenario()) {
        const QStringList values = s.values.split(QLatin1Char(' '));
        for (int i = 0; i < values.size(); ++i) {
            if (values.at(i) != QLatin1String("-"))
                out += QStringLiteral("kafka_consumer_lag{topic=\"%1\"} %2 %3\n")
                           .arg(QLatin1String(s.topic), values.at(i))
                           .arg(qint64(T0) + i * Step)
                           .toUtf8();
        }
    }
    return out + "# EOF\n";
}
} // namespace

// The console's alerts against Prometheus' own rule engine: Prometheus serves the series (backfilled
// with promtool), the console polls it as it always does and records alerts in an incident, and
// `promtool test rules` (Prometheus' rule engine on the same rules file and samples, evaluated every
// 15 s) checks that exactly the alerts the console's timeline shows firing are firing at each time.
class TestAlertsPrometheus final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // promtool's unit test: the same samples, and at each evaluation time the console's firing alerts.
    QByteArray promtoolTest(const QHash<QString, QList<QPair<double, bool>>>& timeline,
                            const QHash<QString, QString>& topicOfKey, const QHash<QString, const Rule*>& ruleOfId,
                            int steps) const
    {
        QByteArray out = "rule_files: [rules.yml]\nevaluation_interval: 15s\ntests:\n  - interval: 15s\n    input_series:\n";
        for (const Series& s : scenario()) {
            QString values = s.values;
            values.replace(QLatin1Char('-'), QLatin1Char('_')); // promtool's "no sample"
            out += QStringLiteral("      - series: 'kafka_consumer_lag{topic=\"%1\"}'\n        values: '%2'\n")
                       .arg(QLatin1String(s.topic), values)
                       .toUtf8();
        }
        out += "    alert_rule_test:\n";
        for (int i = 0; i < steps; ++i) {
            const double at = T0 + i * Step;
            for (const Rule& rule : Rules) {
                out += QStringLiteral("      - eval_time: %1s\n        alertname: %2\n        exp_alerts:\n")
                           .arg(i * Step)
                           .arg(QLatin1String(rule.name))
                           .toUtf8();
                int firing = 0;
                for (auto it = timeline.cbegin(); it != timeline.cend(); ++it) {
                    const QStringList parts = it.key().split(QLatin1Char('\x1f')); // panel, rule, series
                    if (ruleOfId.value(parts.at(1)) != &rule)
                        continue;
                    bool on = false; // the timeline's last state at this time
                    for (const auto& [t, isFiring] : it.value()) {
                        if (t <= at)
                            on = isFiring;
                    }
                    if (!on)
                        continue;
                    ++firing;
                    out += QStringLiteral("          - exp_labels:\n              severity: %1\n              topic: %2\n")
                               .arg(QLatin1String(rule.severity), topicOfKey.value(parts.at(2)))
                               .toUtf8();
                }
                if (!firing) {
                    out.chop(1);
                    out += " []\n";
                }
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PrometheusServer::binary().isEmpty() || PrometheusServer::promtool().isEmpty())
            QFAIL("prometheus and promtool are needed (Debian package prometheus)");
        QVERIFY(m_dir.isValid());
    }

    void everyFiringAndResolutionAsPrometheus()
    {
        const QString rules = m_dir.filePath(QStringLiteral("rules.yml"));
        QVERIFY(write(rules, rulesFile()));
        QString output;
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("rules"), rules}, m_dir.path(), &output), 0);

        // Prometheus with the samples backfilled and the rules loaded.
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(write(m_dir.filePath(QStringLiteral("lag.om")), openMetrics()));
        QVERIFY2(run({QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"),
                      QStringLiteral("lag.om"), data},
                     m_dir.path(), &output) == 0,
                 qPrintable(output));
        PrometheusServer prometheus;
        prometheus.setStoragePath(data);
        prometheus.setRuleFiles({rules});
        QString error;
        QVERIFY2(prometheus.start(&error), qPrintable(error));

        // The console: the profile names the same rules file, so its thresholds are Prometheus' rules.
        const QString profilePath = m_dir.filePath(QStringLiteral("profile.yaml"));
        QVERIFY(write(profilePath, QStringLiteral("prometheus: %1\nrefresh: 15s\nalert_rules: [rules.yml]\npanels:\n"
                                                  "  - id: kafka-lag\n    title: Kafka consumer lag\n"
                                                  "    query: kafka_consumer_lag\n    unit: msgs\n    legend: \"{{topic}}\"\n")
                                       .arg(prometheus.base())
                                       .toUtf8()));
        QStringList notes;
        const auto profile = DashboardProfileLoader::load(profilePath, &error, &notes);
        QVERIFY2(profile && notes.isEmpty(), qPrintable(error + notes.join(QLatin1Char('\n'))));
        const QList<Threshold>& thresholds = profile->panels.at(0).thresholds;
        QCOMPARE(thresholds.size(), 2);
        QHash<QString, const Rule*> ruleOfId;
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(thresholds.at(i).name, QString::fromLatin1(Rules[i].name));
            QCOMPARE(thresholds.at(i).keepFiringForMs, qint64(Rules[i].keepFiringForSec) * 1000);
            ruleOfId.insert(thresholds.at(i).ruleId(), &Rules[i]);
        }

        const int steps = int(scenario().first().values.split(QLatin1Char(' ')).size());
        TestClock clock(static_cast<qint64>((T0 + 4 * 60) * 1000));
        IncidentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("incident.sqlite"))));
        IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
        QVERIFY(service.declare({QStringLiteral("Coupon lag"), Severity::Sev2, QStringLiteral("Kim"),
                                 static_cast<qint64>(T0 * 1000)}));
        Network network;
        MetricsController controller(network, clock);
        connect(&controller, &MetricsController::alertTransitions, &service,
                [&service](const QList<AlertTransition>& transitions, const QString& unit) {
                    service.recordAlerts(transitions, unit);
                });
        controller.setProfile(*profile);
        QSignalSpy updated(&controller, &MetricsController::panelUpdated);
        // Polled as it goes: the whole window first, then a minute at a time, as the refresh timer would.
        const qint64 endMs = static_cast<qint64>((T0 + (steps - 1) * Step) * 1000);
        for (;;) {
            controller.fetch(0);
            QVERIFY(updated.wait(10'000));
            const MetricPanelData& panel = controller.panels().at(0);
            QVERIFY2(panel.problem.isEmpty(), qPrintable(panel.problem));
            QCOMPARE(panel.stepSec, double(Step));
            if (clock.nowMs() >= endMs)
                break;
            clock.setMs(qMin(endMs, clock.nowMs() + 60'000));
        }

        // The console's timeline, alert by alert.
        QHash<QString, QList<QPair<double, bool>>> timeline;
        int transitions = 0;
        for (const TimelineEvent& e : service.current()->events()) {
            if (e.kind != EventKind::Alert)
                continue;
            QVERIFY2(e.alert.isSet(), qPrintable(e.text));
            timeline[e.alert->alertKey()].append({e.atMs / 1000.0, e.alert->firing});
            ++transitions;
        }
        QHash<QString, QString> topicOfKey;
        for (const MetricSeries& s : controller.panels().at(0).series)
            topicOfKey.insert(s.key(), s.labels().value(QStringLiteral("topic")));
        QCOMPARE(topicOfKey.size(), 3);
        // The timeline's last state of every alert is the evaluator's.
        for (auto it = timeline.cbegin(); it != timeline.cend(); ++it) {
            AlertRef ref;
            const QStringList parts = it.key().split(QLatin1Char('\x1f'));
            ref.panelId = parts.at(0);
            ref.rule = parts.at(1);
            ref.seriesKey = parts.at(2);
            QCOMPARE(it.value().last().second, controller.alerts().state(ref) == AlertEvaluator::State::Firing);
        }

        // Prometheus' verdict at every evaluation time.
        const QString test = m_dir.filePath(QStringLiteral("alerts.test.yml"));
        QVERIFY(write(test, promtoolTest(timeline, topicOfKey, ruleOfId, steps)));
        const int verdict = run({QStringLiteral("test"), QStringLiteral("rules"), test}, m_dir.path(), &output);
        QVERIFY2(verdict == 0, qPrintable(QStringLiteral("Prometheus disagrees with the console:\n") + output));

        QVERIFY2(transitions >= 20, qPrintable(QString::number(transitions))); // the scenario flaps a lot
        // ... and exercises what it claims: without keep_firing_for, or without for, the alerts differ.
        auto verdictsWith = [&](qint64 forMs, qint64 keepFiringForMs) {
            PanelDefinition panel = profile->panels.at(0);
            panel.thresholds[0].forMs = forMs;
            panel.thresholds[0].keepFiringForMs = keepFiringForMs;
            AlertEvaluator evaluator;
            return AlertSeries::verdicts(evaluator.evaluate(panel, controller.panels().at(0).series, T0,
                                                            T0 + (steps - 1) * Step, Step),
                                         T0);
        };
        const QString asRecorded = verdictsWith(thresholds.at(0).forMs, thresholds.at(0).keepFiringForMs);
        QCOMPARE(asRecorded.count(QLatin1Char(' ')) + 1, transitions);
        QVERIFY(verdictsWith(thresholds.at(0).forMs, 0) != asRecorded);
        QVERIFY(verdictsWith(0, thresholds.at(0).keepFiringForMs) != asRecorded);

        // The comparison can fail: one firing the console did not record is caught.
        auto wrong = timeline;
        wrong.begin()->first().second = !wrong.begin()->first().second;
        QVERIFY(write(test, promtoolTest(wrong, topicOfKey, ruleOfId, steps)));
        QCOMPARE(run({QStringLiteral("test"), QStringLiteral("rules"), test}, m_dir.path(), &output), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertsPrometheus)
#include "tst_alertsprometheus.moc"
