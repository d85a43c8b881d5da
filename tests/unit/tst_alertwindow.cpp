#include "FaultServer.h"
#include "Fixtures.h"
#include "Incident.h"
#include "IncidentService.h"
#include "MainWindow.h"
#include "MetricsController.h"
#include "RunbookPanel.h"
#include "RunbooksTab.h"
#include "TestClock.h"
#include "TimelineModel.h"
#include "TimelineView.h"
#include "network/Network.h"
#include "storage/IncidentStore.h"

#include <QAction>
#include <QSignalSpy>
#include <QTableView>
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
// One panel of consumer lag on the server, alerting over 5,000 for a minute; its rule may name a runbook.
DashboardProfile lagProfile(const QString& prometheus, const QString& runbookUrl = QString())
{
    DashboardProfile profile;
    profile.prometheus = QUrl(prometheus);
    PanelDefinition lag;
    lag.id = QStringLiteral("kafka-lag");
    lag.title = QStringLiteral("Kafka consumer lag");
    lag.query = QStringLiteral("kafka_consumer_lag");
    lag.legend = QStringLiteral("{{topic}}");
    Threshold rule{ThresholdLevel::Warning, true, 5000, 60'000, QStringLiteral("KafkaConsumerLagHigh")};
    rule.runbookUrl = runbookUrl;
    lag.thresholds = {rule};
    profile.panels = {lag};
    return profile;
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
        controller.setProfile(lagProfile(server.base()));
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

    // The alert in the timeline opens the runbook its rule names (runbook_url), fetched from its URL.
    void anAlertOpensItsRunbook()
    {
        FaultServer server;
        server.routes.insert("/api/v1/query_range", lagMatrix());
        server.routes.insert("/raw/kafka-lag.md", "# Kafka lag\n\n## Check\n\n- [ ] consumers are up\n");
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("alerts.sqlite"))));
        TestClock clock(static_cast<qint64>((T0 + 100) * 1000));
        IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
        QVERIFY(service.declare({QStringLiteral("Lag"), Severity::Sev2, QStringLiteral("Kim"), static_cast<qint64>(T0 * 1000)}));
        Network network;
        MetricsController controller(network, clock);
        controller.setProfile(lagProfile(server.base(), server.base() + QStringLiteral("/raw/kafka-lag.md")));
        MainWindow window(service, {&controller, &network, {}, {}});
        QTest::qWait(0);
        QSignalSpy updated(&controller, &MetricsController::panelUpdated);
        controller.fetch(0);
        QVERIFY(updated.wait(5000));
        QTRY_COMPARE(alertEvents(service), 1);
        QTableView* table = window.timelineView()->table();
        QVERIFY(table);
        const QModelIndexList alerts = table->model()->match(table->model()->index(0, 0), TimelineModel::KindRole,
                                                             static_cast<int>(EventKind::Alert));
        QCOMPARE(alerts.size(), 1);
        table->setCurrentIndex(alerts.first());
        QAction* open = nullptr;
        for (QAction* a : table->actions())
            if (a->text() == QStringLiteral("Open the alert's runbook"))
                open = a;
        QVERIFY(open && open->isEnabled());
        open->trigger();
        QTRY_COMPARE(window.runbooks()->panel()->runbook().title, QStringLiteral("Kafka lag"));
        QCOMPARE(window.runbooks()->panel()->runbook().count(RunbookStep::Check), 1);
        // A note names no runbook: the action is off for it.
        QVERIFY(service.addNote(QStringLiteral("looking")));
        const QModelIndexList notes = table->model()->match(table->model()->index(0, 0), TimelineModel::KindRole,
                                                            static_cast<int>(EventKind::Note));
        table->setCurrentIndex(notes.first());
        QVERIFY(!open->isEnabled());
    }
};

QTEST_MAIN(TestAlertWindow)
#include "tst_alertwindow.moc"
