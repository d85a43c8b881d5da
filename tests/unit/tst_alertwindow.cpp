#include "FaultServer.h"
#include "Fixtures.h"
#include "Incident.h"
#include "IncidentService.h"
#include "MainWindow.h"
#include "MetricsController.h"
#include "TestClock.h"
#include "network/Network.h"
#include "storage/IncidentStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr double T0 = 1'766'625'240; // on the 15 s grid

// Lag over 5,000 from T0 + 30 on, every 15 s up to T0 + 90: with "for: 1m" it fires at T0 + 90.
QByteArray lagMatrix()
{
    QByteArray values;
    const double lag[] = {4700, 4800, 5200, 5300, 6850, 6860, 6900};
    for (int i = 0; i < 7; ++i)
        values += (i ? "," : "") + QByteArray("[") + QByteArray::number(T0 + 15 * i, 'f', 0) + ",\"" +
                  QByteArray::number(lag[i]) + "\"]";
    return R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"topic":"orders"},"values":[)" +
           values + "]}]}}";
}
} // namespace

// The window hands the evaluator the timeline's alerts whenever an incident opens: reopening records
// nothing twice, and an incident declared while an alert fires shows it firing.
class TestAlertWindow final : public QObject
{
    Q_OBJECT
private:
    int alertEvents(IncidentService& service) const
    {
        int n = 0;
        for (const TimelineEvent& e : service.current()->events())
            n += e.kind == EventKind::Alert;
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the window keeps settings

    void theTimelineFollowsTheEvaluatorAcrossIncidents()
    {
        FaultServer server;
        server.routes.insert("/api/v1/query_range", lagMatrix());
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("alerts.sqlite"))));
        TestClock clock(static_cast<qint64>((T0 + 100) * 1000));
        IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
        QVERIFY(service.declare({QStringLiteral("Coupon lag"), Severity::Sev2, QStringLiteral("Kim"),
                                 static_cast<qint64>(T0 * 1000)}));
        const qint64 first = service.current()->id();

        Network network;
        MetricsController controller(network, clock);
        DashboardProfile profile;
        profile.prometheus = QUrl(server.base());
        PanelDefinition lag;
        lag.id = QStringLiteral("kafka-lag");
        lag.title = QStringLiteral("Kafka consumer lag");
        lag.query = QStringLiteral("kafka_consumer_lag");
        lag.legend = QStringLiteral("{{topic}}");
        lag.thresholds = {Threshold{ThresholdLevel::Warning, true, 5000, 60'000, QStringLiteral("KafkaConsumerLagHigh")}};
        profile.panels = {lag};
        controller.setProfile(profile);
        MainWindow window(service, {&controller, nullptr, {}, {}});
        QTest::qWait(0); // the window's first look at the timeline
        QSignalSpy updated(&controller, &MetricsController::panelUpdated);
        controller.fetch(0);
        QVERIFY(updated.wait(5000));
        QCOMPARE(alertEvents(service), 1);
        const AlertRef alert = service.lastAlertStates().first().alert;
        QVERIFY(alert.firing);

        // Reopened: the evaluator continues from the timeline, nothing is recorded again.
        service.closeIncident();
        QVERIFY(service.open(first));
        QTRY_COMPARE(controller.alerts().state(alert), AlertEvaluator::State::Firing);
        QTest::qWait(0);
        QCOMPARE(alertEvents(service), 1);

        // Declared while the alert fires: the new incident's timeline says it is firing.
        QVERIFY(service.declare({QStringLiteral("Orders lag"), Severity::Sev3, QStringLiteral("Lee"),
                                 static_cast<qint64>((T0 + 60) * 1000)}));
        QTRY_COMPARE(alertEvents(service), 1);
        QVERIFY(service.lastAlertStates().first().alert->firing);
        QCOMPARE(service.lastAlertStates().first().atMs, qint64(T0 + 90) * 1000);
    }
};

QTEST_MAIN(TestAlertWindow)
#include "tst_alertwindow.moc"
