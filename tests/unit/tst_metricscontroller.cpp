#include "FaultServer.h"
#include "Fixtures.h"
#include "Incident.h"
#include "IncidentService.h"
#include "MetricsController.h"
#include "TestClock.h"
#include "network/Network.h"
#include "storage/IncidentStore.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {
constexpr double T0 = 1'766'625'240; // seconds

// On the 15 s grid, as Prometheus answers a range query: every step up to T0 + 15 * (steps - 1).
QByteArray lagMatrix(int steps = 7)
{
    QByteArray values;
    const double lag[] = {4700, 4800, 5200, 5300, 6850, 6860, 6900};
    for (int i = 0; i < steps; ++i)
        values += (i ? "," : "") + QByteArray("[") + QByteArray::number(T0 + 15 * i, 'f', 0) + ",\"" +
                  QByteArray::number(lag[qMin(i, 6)]) + "\"]";
    return R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"topic":"coupon-issue-requests"},"values":[)" +
           values + "]}]}}";
}

double queryParam(const FaultServer::Request& r, const char* name)
{
    return QUrlQuery(QUrl(QString::fromLatin1(r.path))).queryItemValue(QLatin1String(name)).toDouble();
}
} // namespace

// Polling, incremental fetches and alerts, against a loopback server speaking Prometheus' API.
class TestMetricsController final : public QObject
{
    Q_OBJECT
private:
    FaultServer m_server;
    Network m_network;
    TestClock m_clock{static_cast<qint64>((T0 + 100) * 1000)};

    DashboardProfile profile()
    {
        DashboardProfile p;
        p.name = QStringLiteral("test");
        p.prometheus = QUrl(m_server.base());
        PanelDefinition lag;
        lag.id = QStringLiteral("kafka-lag");
        lag.title = QStringLiteral("Kafka consumer lag");
        lag.query = QStringLiteral("kafka_consumer_lag");
        lag.unit = QStringLiteral("msgs");
        lag.legend = QStringLiteral("{{topic}}");
        lag.refreshMs = 15'000;
        lag.thresholds = {Threshold{ThresholdLevel::Warning, true, 5000, 60'000, QStringLiteral("KafkaConsumerLagHigh")}};
        p.panels = {lag};
        return p;
    }

private Q_SLOTS:
    void fullThenIncrementalAndAlerts()
    {
        m_server.routes.insert("/api/v1/query_range", lagMatrix());
        MetricsController controller(m_network, m_clock);
        controller.setProfile(profile());
        QSignalSpy updated(&controller, &MetricsController::panelUpdated);
        QSignalSpy alerts(&controller, &MetricsController::alertTransitions);
        QSignalSpy samples(&controller, &MetricsController::samplesArrived);

        controller.fetch(0);
        QVERIFY(updated.wait(5000));
        const MetricPanelData& panel = controller.panels().at(0);
        QVERIFY2(panel.problem.isEmpty(), qPrintable(panel.problem));
        QCOMPARE(panel.series.size(), 1);
        QCOMPARE(panel.series.at(0).legend(), QStringLiteral("coupon-issue-requests"));
        QCOMPARE(panel.series.at(0).size(), size_t(7));
        QCOMPARE(panel.latestValue(), 6900.0);
        QCOMPARE(samples.count(), 1);
        const double firstStart = queryParam(m_server.requests.last(), "start");
        QVERIFY(firstStart <= T0 + 100 - 3600 && firstStart > T0 + 100 - 3600 - 15);

        QCOMPARE(alerts.count(), 1);
        const auto transitions = alerts.at(0).at(0).value<QList<AlertTransition>>();
        QCOMPARE(transitions.size(), 1);
        QVERIFY(transitions.at(0).firing);
        QCOMPARE(transitions.at(0).atSec, T0 + 90); // above 5,000 from T0+30, held for 60 s

        m_clock.advanceMinutes(1);
        m_server.routes.insert("/api/v1/query_range", lagMatrix(11)); // up to T0 + 150
        controller.fetch(0);
        QVERIFY(updated.wait(5000));
        const double secondStart = queryParam(m_server.requests.last(), "start");
        QVERIFY2(secondStart >= T0 + 90 - 15, "the second fetch asked for the whole window again");
        QCOMPARE(alerts.count(), 1); // the same samples do not fire twice
    }

    // Issue 17 item 9: a past incident shows its own window from its kept samples and one range query;
    // nothing is polled, recorded again or alerted on; back to live, polling resumes.
    void pastIncidentShowsItsOwnWindow_data()
    {
        QTest::addColumn<bool>("kept");
        QTest::addColumn<bool>("prometheusAnswers");
        QTest::addColumn<int>("points");
        QTest::newRow("kept samples and Prometheus") << true << true << 9;
        QTest::newRow("kept samples, Prometheus gone") << true << false << 2;
        QTest::newRow("nothing kept, Prometheus") << false << true << 7;
    }
    void pastIncidentShowsItsOwnWindow()
    {
        QFETCH(bool, kept);
        QFETCH(bool, prometheusAnswers);
        QFETCH(int, points);
        m_server.routes.clear();
        if (prometheusAnswers)
            m_server.routes.insert("/api/v1/query_range", lagMatrix());
        m_server.requests.clear();
        MetricsController controller(m_network, m_clock);
        controller.setProfile(profile());
        QList<MetricPanelData> stored;
        if (kept) {
            MetricPanelData p;
            p.definition = profile().panels.at(0);
            MetricSeries s(MetricSeries::keyOf({{QStringLiteral("topic"), QStringLiteral("coupon-issue-requests")}}),
                           QStringLiteral("coupon-issue-requests"));
            s.append(T0 - 300, 100);
            s.append(T0 - 200, 150);
            p.series = {s};
            stored = {p};
        }
        QSignalSpy updated(&controller, &MetricsController::panelUpdated);
        QSignalSpy alerts(&controller, &MetricsController::alertTransitions);
        QSignalSpy samples(&controller, &MetricsController::samplesArrived);
        controller.start();
        QVERIFY(updated.wait(5000)); // the live fetch
        const double from = T0 - 900;
        const double to = T0 + 95; // the incident's end plus its margin, before now
        alerts.clear();
        samples.clear();
        const qsizetype asked = m_server.requests.size();
        controller.showWindow(from, to, stored);
        QVERIFY(!controller.isPolling());
        QCOMPARE(controller.panels().at(0).series.size(), kept ? 1 : 0); // the kept samples at once
        updated.clear();
        QVERIFY(updated.wait(5000));
        QCOMPARE(m_server.requests.size(), asked + 1); // one range query for the window
        const FaultServer::Request& r = m_server.requests.last();
        QVERIFY(queryParam(r, "start") <= from && queryParam(r, "start") > from - 60);
        QCOMPARE(queryParam(r, "end"), to); // the incident's window, not now
        const MetricPanelData& panel = controller.panels().at(0);
        QCOMPARE(panel.series.size(), 1);
        QCOMPARE(panel.series.at(0).size(), size_t(points));
        QCOMPARE(panel.problem.isEmpty(), kept || prometheusAnswers);
        controller.start(); // as after a new dashboard profile: still no polling
        QVERIFY(!controller.isPolling());
        QCOMPARE(alerts.count(), 0);  // the lag crossed 5,000 back then: that is history, not news
        QCOMPARE(samples.count(), 0); // and it is not recorded again

        controller.followLive();
        QVERIFY(controller.isPolling());
        QVERIFY(controller.panels().at(0).series.isEmpty()); // the past incident's data is gone
        QVERIFY(updated.wait(5000));
        QCOMPARE(queryParam(m_server.requests.last(), "end"), m_clock.nowMs() / 1000.0);
    }

    // The wall reads the firing alerts when a panel is updated: they must already be current then.
    void firingAlertsAreCurrentWhenThePanelUpdates()
    {
        m_clock.setMs(static_cast<qint64>((T0 + 100) * 1000)); // the answer's newest step is T0 + 90
        m_server.routes.insert("/api/v1/query_range", lagMatrix());
        MetricsController controller(m_network, m_clock);
        controller.setProfile(profile());
        QStringList seenAtUpdate;
        connect(&controller, &MetricsController::panelUpdated, this, [&controller, &seenAtUpdate] {
            QStringList names;
            for (const AlertTransition& a : controller.firingAlerts().list())
                names << a.threshold.name + QLatin1Char(' ') + a.seriesLegend;
            seenAtUpdate << names.join(QLatin1Char(','));
        });
        QSignalSpy updated(&controller, &MetricsController::panelUpdated);
        controller.fetch(0);
        QVERIFY(updated.wait(5000));
        QCOMPARE(seenAtUpdate, QStringList{"KafkaConsumerLagHigh coupon-issue-requests"});

        // The lag falls back under 5,000: resolved, gone from the list.
        m_server.routes.insert("/api/v1/query_range",
                               R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"topic":"coupon-issue-requests"},"values":[[)" +
                                   QByteArray::number(T0 + 120, 'f', 0) + R"(,"120"]]}]}})");
        m_clock.advanceMinutes(1);
        controller.fetch(0);
        QVERIFY(updated.wait(5000));
        QCOMPARE(seenAtUpdate.last(), QString());
        QVERIFY(controller.firingAlerts().isEmpty());

        controller.setProfile(profile()); // another profile: nothing of the old one fires
        QVERIFY(controller.firingAlerts().isEmpty());
    }

    // When an incident opens (or after a restart) the evaluator continues from the timeline's last state
    // of each alert and evaluates the samples it holds again: only what the timeline lacks comes out.
    void restoringFromTheTimelineEvaluatesHeldSamplesAgain()
    {
        m_clock.setMs(static_cast<qint64>((T0 + 100) * 1000)); // the answer's newest step is T0 + 90
        m_server.routes.insert("/api/v1/query_range", lagMatrix());
        MetricsController controller(m_network, m_clock);
        controller.setProfile(profile());
        QSignalSpy updated(&controller, &MetricsController::panelUpdated);
        QSignalSpy alerts(&controller, &MetricsController::alertTransitions);
        controller.fetch(0);
        QVERIFY(updated.wait(5000));
        QCOMPARE(alerts.count(), 1);
        const AlertTransition fired = alerts.takeFirst().at(0).value<QList<AlertTransition>>().at(0);
        QVERIFY(fired.firing);
        QCOMPARE(fired.startSec, T0 + 30);

        controller.restoreAlerts({}); // a timeline that knows nothing of it: it fires again, the same
        QCOMPARE(alerts.count(), 1);
        const AlertTransition again = alerts.takeFirst().at(0).value<QList<AlertTransition>>().at(0);
        QCOMPARE(again.ref().alertKey(), fired.ref().alertKey());
        QCOMPARE(again.atSec, fired.atSec);

        TimelineEvent recorded;
        recorded.kind = EventKind::Alert;
        recorded.atMs = qint64(fired.atSec * 1000);
        recorded.alert = fired.ref();
        controller.restoreAlerts({recorded}); // the timeline has it firing: nothing to add
        QCOMPARE(alerts.count(), 0);
        QCOMPARE(controller.alerts().state(fired.ref()), AlertEvaluator::State::Firing);

        // The series is gone from the next answer: no result, the alert resolves; evaluated again
        // from what is held, it resolves at the same step (the answers' grid, not the last sample).
        m_server.routes.insert("/api/v1/query_range", R"({"status":"success","data":{"resultType":"matrix","result":[]}})");
        m_clock.advanceMinutes(1);
        controller.fetch(0);
        QVERIFY(updated.wait(5000));
        QCOMPARE(alerts.count(), 1);
        const AlertTransition resolved = alerts.takeFirst().at(0).value<QList<AlertTransition>>().at(0);
        QVERIFY(!resolved.firing);
        QCOMPARE(resolved.atSec, T0 + 105);
        controller.restoreAlerts({});
        QCOMPARE(alerts.count(), 1);
        const auto both = alerts.takeFirst().at(0).value<QList<AlertTransition>>();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(1).atSec, resolved.atSec);
        QCOMPARE(controller.alerts().state(fired.ref()), AlertEvaluator::State::Inactive);
    }

    void prometheusErrorsReachThePanel()
    {
        m_server.routes.insert("/api/v1/query_range", R"({"status":"error","errorType":"bad_data","error":"parse error"})");
        MetricsController controller(m_network, m_clock);
        controller.setProfile(profile());
        QSignalSpy updated(&controller, &MetricsController::panelUpdated);
        controller.fetch(0);
        QVERIFY(updated.wait(5000));
        QVERIFY(controller.panels().at(0).problem.contains(QStringLiteral("bad_data")));
        QVERIFY(controller.panels().at(0).isStale(m_clock.nowMs()));
    }

    void firstAlertAfterTheStartSetsDetection()
    {
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("alerts.sqlite"))));
        IncidentService service(store, m_clock, Fixtures::checklistJson(), QStringLiteral("en"));
        const qint64 started = static_cast<qint64>((T0 - 600) * 1000);
        QVERIFY(service.declare({QStringLiteral("Coupon lag"), Severity::Sev2, QStringLiteral("Kim"), started}));
        QCOMPARE(service.current()->data().detectedMs, m_clock.nowMs()); // declared: a person knew

        AlertTransition firing{QStringLiteral("kafka-lag"), QStringLiteral("Kafka consumer lag"),
                               QStringLiteral("coupon-issue-requests"),
                               Threshold{ThresholdLevel::Warning, true, 5000, 60'000, QStringLiteral("KafkaConsumerLagHigh")},
                               true, T0 + 90, 6900, QStringLiteral("{topic=\"coupon-issue-requests\"}"), T0 + 30};
        QVERIFY(service.recordAlert(firing, QStringLiteral("msgs")));
        const IncidentData& d = service.current()->data();
        QCOMPARE(d.detectedMs, static_cast<qint64>((T0 + 90) * 1000)); // the alert came first
        QCOMPARE(d.events.first().kind, EventKind::Alert); // before the declaration, in time order
        QCOMPARE(d.events.first().text,
                 QStringLiteral("Alert firing (warning): KafkaConsumerLagHigh — Kafka consumer lag coupon-issue-requests "
                                "is 6,900 msgs, above 5,000 msgs for 60 s"));
        QVERIFY(!service.recordAlert(firing, QStringLiteral("msgs"))); // evaluated again after a restart: known
        AlertTransition otherGrid = firing;                            // ... on another step grid
        otherGrid.atSec += 15;
        otherGrid.value = 6910;
        QVERIFY(!service.recordAlert(otherGrid, QStringLiteral("msgs"))); // the timeline already says firing
        QCOMPARE(service.current()->events().size(), 2);

        AlertTransition otherSeries = firing; // "...requests" is a prefix of "...requests-v2": still another series
        otherSeries.seriesLegend = QStringLiteral("coupon-issue-requests-v2");
        otherSeries.seriesKey = QStringLiteral("{topic=\"coupon-issue-requests-v2\"}");
        QVERIFY(service.recordAlert(otherSeries, QStringLiteral("msgs")));
        QCOMPARE(service.current()->events().size(), 3);

        AlertTransition resolved = firing;
        resolved.firing = false;
        resolved.atSec = T0 + 300;
        resolved.value = 120;
        QVERIFY(service.recordAlert(resolved, QStringLiteral("msgs")));
        QCOMPARE(service.current()->data().detectedMs, static_cast<qint64>((T0 + 90) * 1000));
        QVERIFY(service.current()->events().last().text.startsWith(QStringLiteral("Alert resolved")));

        AlertTransition longBefore = otherSeries; // fired and resolved a day before: not this incident's
        longBefore.seriesKey = QStringLiteral("{topic=\"payments\"}");
        longBefore.atSec = T0 - 86'400;
        AlertTransition longBeforeResolved = longBefore;
        longBeforeResolved.firing = false;
        longBeforeResolved.atSec = T0 - 86'000;
        QCOMPARE(service.recordAlerts({longBefore, longBeforeResolved}, QStringLiteral("msgs")), 0);
        AlertTransition stillFiring = longBefore; // fired two hours before and still firing when the incident began
        stillFiring.atSec = T0 - 7200;
        QCOMPARE(service.recordAlerts({stillFiring}, QStringLiteral("msgs")), 1);
        QCOMPARE(service.current()->events().first().atMs, qint64(T0 - 7200) * 1000);
    }

    // Issue 17 item 14: answers that arrive together are applied one per pass of the event loop, so a
    // burst of twenty panels never holds the UI thread for all twenty (input and paints run between).
    void answersArrivingTogetherTakeTurns()
    {
        // The server answers from a thread of its own while this one is kept from its event loop, so
        // every answer is waiting here before the first is applied.
        struct ServerThread
        {
            QThread thread;
            QObject context;
            FaultServer* server = nullptr;
            ServerThread()
            {
                thread.start();
                context.moveToThread(&thread);
                QMetaObject::invokeMethod(&context, [this] {
                    server = new FaultServer;
                    server->routes.insert("/api/v1/query_range", lagMatrix());
                }, Qt::BlockingQueuedConnection);
            }
            ~ServerThread()
            {
                QMetaObject::invokeMethod(&context, [this] { delete server; }, Qt::BlockingQueuedConnection);
                thread.quit();
                thread.wait();
            }
        } serverThread;
        FaultServer* server = serverThread.server;
        DashboardProfile many = profile();
        many.prometheus = QUrl(server->base());
        many.panels.clear();
        constexpr int Panels = 10;
        for (int i = 0; i < Panels; ++i) {
            PanelDefinition panel = profile().panels.at(0);
            panel.id = QStringLiteral("panel-%1").arg(i);
            panel.refreshMs = 600'000; // no second poll during the test
            many.panels << panel;
        }
        MetricsController controller(m_network, m_clock);
        controller.setProfile(many);
        controller.start();
        QDeadlineTimer deadline(20'000);
        while (m_network.awaitingResults() > 0 && !deadline.hasExpired())
            QThread::yieldCurrentThread();
        QCOMPARE(m_network.awaitingResults(), 0);

        int pass = 0;
        QList<int> passOfUpdate;
        connect(&controller, &MetricsController::panelUpdated, this, [&] { passOfUpdate << pass; });
        QTimer everyPass; // a zero timer fires once per pass of the event loop
        everyPass.setInterval(0);
        connect(&everyPass, &QTimer::timeout, this, [&pass] { ++pass; });
        everyPass.start();
        QTRY_COMPARE(passOfUpdate.size(), Panels);
        QCOMPARE(QSet<int>(passOfUpdate.cbegin(), passOfUpdate.cend()).size(), Panels);
        for (const MetricPanelData& panel : controller.panels())
            QCOMPARE(panel.latestValue(), 6900.0);
        controller.stop();
    }

    // Issue 17 item 14: panels refreshing at the same rate are polled spread across their interval, so
    // Prometheus, the decoder and the store see a trickle of requests instead of all panels at once.
    void panelsAtTheSameRateArePolledApart()
    {
        DashboardProfile four = profile();
        four.panels.clear();
        for (int i = 0; i < 4; ++i) {
            PanelDefinition panel = profile().panels.at(0);
            panel.id = QStringLiteral("panel-%1").arg(i);
            panel.refreshMs = 60'000;
            four.panels << panel;
        }
        m_server.routes.insert("/api/v1/query_range", lagMatrix());
        MetricsController controller(m_network, m_clock);
        controller.setProfile(four);
        QSignalSpy updated(&controller, &MetricsController::panelUpdated);
        controller.start();
        for (int i = 0; i < 4; ++i) {
            const int next = controller.msUntilNextPoll(i);
            const int expected = 60'000 + 15'000 * i; // a quarter of the interval apart
            // Within a coarse timer's 5 % slack, which Qt may use either way.
            QVERIFY2(qAbs(next - expected) <= expected / 20 + 100,
                     qPrintable(QStringLiteral("panel %1: next poll in %2 ms").arg(i).arg(next)));
        }
        QTRY_COMPARE(updated.count(), 4); // the first polls, all at once, are answered
        controller.stop();
        QCOMPARE(controller.msUntilNextPoll(0), -1);
    }

    // Issue 16: the controller's requests are its own; going away mid-request aborts them, none left running.
    void destroyedMidRequestLeavesNothingRunning()
    {
        m_server.requests.clear();
        const int dropped = m_server.dropped;
        DashboardProfile stalling = profile();
        stalling.prometheus = QUrl(m_server.base() + QStringLiteral("/stall-headers"));
        auto controller = std::make_unique<MetricsController>(m_network, m_clock);
        controller->setProfile(stalling);
        controller->fetch(0);
        QTRY_COMPARE(m_server.requests.size(), 1);
        QVERIFY(Network::liveReplies() > 0);
        controller.reset();
        QTRY_COMPARE(m_server.dropped, dropped + 1); // the server saw the connection closed
        QTRY_COMPARE(Network::liveReplies(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMetricsController)
#include "tst_metricscontroller.moc"
