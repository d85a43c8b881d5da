#include "AlertTriageModel.h"
#include "AlertmanagerAlert.h"
#include "AttachedAlerts.h"
#include "MetricSeries.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {
constexpr qint64 Now = 1'766'625'240'000;

QJsonObject alertJson(const QString& name, const QString& service, const QString& severity, const QString& fp,
                      const QString& state = QStringLiteral("active"), const QStringList& silencedBy = {},
                      const QStringList& inhibitedBy = {})
{
    return QJsonObject{
        {QStringLiteral("fingerprint"), fp},
        {QStringLiteral("labels"), QJsonObject{{QStringLiteral("alertname"), name},
                                               {QStringLiteral("service"), service},
                                               {QStringLiteral("severity"), severity}}},
        {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("summary"), name + QStringLiteral(" on ") + service}}},
        {QStringLiteral("startsAt"), QStringLiteral("2025-12-25T01:04:00.000Z")},
        {QStringLiteral("endsAt"), QStringLiteral("2025-12-25T01:20:00.000Z")},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("state"), state},
                                               {QStringLiteral("silencedBy"), QJsonArray::fromStringList(silencedBy)},
                                               {QStringLiteral("inhibitedBy"), QJsonArray::fromStringList(inhibitedBy)}}},
    };
}

QByteArray groupsJson(const QList<QPair<QString, QJsonArray>>& groups)
{
    QJsonArray list;
    for (const auto& [name, alerts] : groups)
        list.append(QJsonObject{{QStringLiteral("labels"), QJsonObject{{QStringLiteral("alertname"), name}}},
                                {QStringLiteral("receiver"), QJsonObject{{QStringLiteral("name"), QStringLiteral("pager")}}},
                                {QStringLiteral("alerts"), alerts}});
    return QJsonDocument(list).toJson();
}

AmSnapshot snapshotOf(const QByteArray& json, int cap = AlertmanagerJson::DefaultCap)
{
    QString error;
    auto s = AlertmanagerJson::parseGroups(json, cap, &error);
    return s.value_or(AmSnapshot());
}

AmAlert alert(const QString& name, const QMap<QString, QString>& extra = {}, qint64 startsMs = Now - 600'000)
{
    AmAlert a;
    a.fingerprint = name.toLower();
    a.labels = extra;
    a.labels.insert(QStringLiteral("alertname"), name);
    a.startsMs = startsMs;
    return a;
}

TimelineEvent recorded(const AlertRef& ref, qint64 atMs)
{
    TimelineEvent e;
    e.kind = EventKind::Alert;
    e.atMs = atMs;
    e.alert = ref;
    return e;
}

AmSnapshot snapshotWith(const QList<AmAlert>& alerts)
{
    AmSnapshot s;
    AmGroup g;
    g.alerts = alerts;
    s.groups = {g};
    s.totalAlerts = s.keptAlerts = int(alerts.size());
    return s;
}
} // namespace

// Alertmanager's answers as values, the triage tree, and which attached alerts changed.
class TestAlertmanagerModels final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesGroupsAsAlertmanagerSendsThem()
    {
        const AmSnapshot s = snapshotOf(groupsJson(
            {{QStringLiteral("KafkaLagHigh"), QJsonArray{alertJson(QStringLiteral("KafkaLagHigh"), QStringLiteral("orders"),
                                                                   QStringLiteral("critical"), QStringLiteral("fa01"))}},
             {QStringLiteral("DiskLow"), QJsonArray{alertJson(QStringLiteral("DiskLow"), QStringLiteral("orders"),
                                                              QStringLiteral("warning"), QStringLiteral("d15c"),
                                                              QStringLiteral("suppressed"), {}, {QStringLiteral("fa01")})}}}));
        QCOMPARE(s.groups.size(), 2);
        QCOMPARE(s.totalAlerts, 2);
        QVERIFY(!s.capped());
        const AmAlert* lag = s.find(QStringLiteral("fa01"));
        QVERIFY(lag);
        QCOMPARE(lag->name(), QStringLiteral("KafkaLagHigh"));
        QCOMPARE(lag->summary(), QStringLiteral("KafkaLagHigh on orders"));
        QCOMPARE(lag->startsMs, QDateTime(QDate(2025, 12, 25), QTime(1, 4), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(s.groups.at(0).receiver, QStringLiteral("pager"));
        const AmAlert* disk = s.find(QStringLiteral("d15c"));
        QVERIFY(disk->isInhibited());
        QVERIFY(!disk->isSilenced());
        QCOMPARE(disk->state, AmAlert::State::Suppressed);
    }

    void refusesWhatIsNotAlertmanager_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QStringLiteral("not JSON");
        QTest::newRow("truncated") << QByteArray("[{\"alerts\": [") << QStringLiteral("not JSON");
        QTest::newRow("object (API v1 envelope)") << QByteArray("{\"status\":\"success\",\"data\":[]}")
                                                  << QStringLiteral("API v2");
        QTest::newRow("group without alerts") << QByteArray("[{\"labels\":{}}]") << QStringLiteral("no alerts list");
        QTest::newRow("alert without labels") << QByteArray("[{\"alerts\":[{\"fingerprint\":\"x\"}]}]")
                                              << QStringLiteral("no labels or fingerprint");
    }
    void refusesWhatIsNotAlertmanager()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!AlertmanagerJson::parseGroups(body, 100, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void capsAndCountsWhatItLeftOut()
    {
        QJsonArray many;
        for (int i = 0; i < 250; ++i)
            many.append(alertJson(QStringLiteral("Noisy"), QStringLiteral("s%1").arg(i), QStringLiteral("warning"),
                                  QStringLiteral("%1").arg(i, 4, 16, QLatin1Char('0'))));
        const AmSnapshot s = snapshotOf(groupsJson({{QStringLiteral("Noisy"), many}}), 100);
        QCOMPARE(s.totalAlerts, 250);
        QCOMPARE(s.keptAlerts, 100);
        QVERIFY(s.capped());
        QCOMPARE(s.alerts().size(), 100);
    }

    void anAlertOfTwoReceiversCountsOnce()
    {
        const QJsonObject a = alertJson(QStringLiteral("KafkaLagHigh"), QStringLiteral("orders"), QStringLiteral("critical"), QStringLiteral("a1"));
        const AmSnapshot s = snapshotOf(groupsJson({{QStringLiteral("KafkaLagHigh"), QJsonArray{a}},
                                                    {QStringLiteral("KafkaLagHigh"), QJsonArray{a}}})); // pager and chat
        QCOMPARE(s.totalAlerts, 1);
        QCOMPARE(s.keptAlerts, 1);
        QCOMPARE(s.groups.size(), 2);
        AlertTriageModel model;
        model.setSnapshot(s, Now);
        QCOMPARE(model.rowCount(model.sectionIndex(AlertTriageModel::Firing)), 2); // shown in each group
        QCOMPARE(model.count(AlertTriageModel::Firing), 1);                        // counted once
    }

    void severityMappingIsTheTeams_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("sev");
        QTest::newRow("critical") << "critical" << 1;
        QTest::newRow("Critical, any case") << "CRITICAL" << 1;
        QTest::newRow("page") << "page" << 1;
        QTest::newRow("error") << "error" << 2;
        QTest::newRow("warning") << "warning" << 3;
        QTest::newRow("info") << "info" << 3;
        QTest::newRow("unknown: the middle") << "weird" << 2;
        QTest::newRow("none: the middle") << "" << 2;
    }
    void severityMappingIsTheTeams()
    {
        QFETCH(QString, label);
        QFETCH(int, sev);
        AlertSeverityMap map;
        QCOMPARE(int(map.severityOf(alert(QStringLiteral("X"), {{QStringLiteral("severity"), label}}))), sev);
        map.set(QStringLiteral("warning"), Severity::Sev2); // a team that pages on warnings
        QCOMPARE(map.severityOf(alert(QStringLiteral("X"), {{QStringLiteral("severity"), QStringLiteral("warning")}})),
                 Severity::Sev2);
    }

    void treeKeepsFiringSilencedAndInhibitedApart()
    {
        AlertTriageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray json = groupsJson(
            {{QStringLiteral("KafkaLagHigh"),
              QJsonArray{alertJson(QStringLiteral("KafkaLagHigh"), QStringLiteral("orders"), QStringLiteral("critical"), QStringLiteral("a1")),
                         alertJson(QStringLiteral("KafkaLagHigh"), QStringLiteral("billing"), QStringLiteral("critical"),
                                   QStringLiteral("a2"), QStringLiteral("suppressed"), {QStringLiteral("s-1")})}},
             {QStringLiteral("DiskLow"),
              QJsonArray{alertJson(QStringLiteral("DiskLow"), QStringLiteral("orders"), QStringLiteral("warning"),
                                   QStringLiteral("d1"), QStringLiteral("suppressed"), {}, {QStringLiteral("a1")})}}});
        model.setSnapshot(snapshotOf(json), Now);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.count(AlertTriageModel::Firing), 1);
        QCOMPARE(model.count(AlertTriageModel::Silenced), 1);
        QCOMPARE(model.count(AlertTriageModel::Inhibited), 1);
        // The KafkaLagHigh group shows under Firing and under Silenced, each with its own alerts.
        const QModelIndex firing = model.sectionIndex(AlertTriageModel::Firing);
        QCOMPARE(model.rowCount(firing), 1);
        const QModelIndex group = model.index(0, 0, firing);
        QVERIFY(model.data(group).toString().contains(QStringLiteral("KafkaLagHigh")));
        QCOMPARE(model.rowCount(group), 1);
        const QModelIndex first = model.index(0, 0, group);
        QCOMPARE(model.alertAt(first)->fingerprint, QStringLiteral("a1"));
        QCOMPARE(model.data(first.siblingAtColumn(AlertTriageModel::SeverityColumn)).toString(), QStringLiteral("critical (SEV-1)"));
        // 2025-12-25T01:04 to 01:14: ten minutes.
        QCOMPARE(model.data(first.siblingAtColumn(AlertTriageModel::ForColumn)).toString(), QStringLiteral("10m 00s"));
        const QModelIndex silencedGroup = model.index(0, 0, model.sectionIndex(AlertTriageModel::Silenced));
        const QModelIndex silenced = model.index(0, AlertTriageModel::StateColumn, silencedGroup);
        QCOMPARE(model.data(silenced).toString(), QStringLiteral("silenced by s-1"));
        const QModelIndex inhibitedGroup = model.index(0, 0, model.sectionIndex(AlertTriageModel::Inhibited));
        QCOMPARE(model.data(model.index(0, AlertTriageModel::StateColumn, inhibitedGroup)).toString(),
                 QStringLiteral("inhibited by KafkaLagHigh")); // named, not a fingerprint
        // Alerts of one group are told apart by the labels the group does not share.
        QCOMPARE(model.data(first).toString(), QStringLiteral("KafkaLagHigh · service=orders"));
        QCOMPARE(model.alertsUnder(group).size(), 1);
        QCOMPARE(model.alertsUnder(firing).size(), 1);
    }

    void sameAlertsAgainKeepTheTree()
    {
        AlertTriageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto json = [](const QString& summary, const QString& state) {
            QJsonObject a = alertJson(QStringLiteral("KafkaLagHigh"), QStringLiteral("orders"), QStringLiteral("critical"),
                                      QStringLiteral("a1"), state, state == QLatin1String("active") ? QStringList() : QStringList{QStringLiteral("s")});
            a.insert(QStringLiteral("annotations"), QJsonObject{{QStringLiteral("summary"), summary}});
            return groupsJson({{QStringLiteral("KafkaLagHigh"), QJsonArray{a}}});
        };
        model.setSnapshot(snapshotOf(json(QStringLiteral("lag 6000"), QStringLiteral("active"))), Now);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy ticked(&model, &AlertTriageModel::nowChanged);
        model.setSnapshot(snapshotOf(json(QStringLiteral("lag 6000"), QStringLiteral("active"))), Now + 500);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.size(), 0); // nothing but time: no row is announced
        QCOMPARE(ticked.size(), 1);
        model.setSnapshot(snapshotOf(json(QStringLiteral("lag 7000"), QStringLiteral("active"))), Now + 1000);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.size(), 1); // the group whose summary changed
        const QModelIndex row = model.index(0, 0, model.index(0, 0, model.sectionIndex(AlertTriageModel::Firing)));
        QCOMPARE(model.data(row.siblingAtColumn(AlertTriageModel::SummaryColumn)).toString(), QStringLiteral("lag 7000"));
        // Silenced now: it moves to another section, so the tree is laid out anew.
        model.setSnapshot(snapshotOf(json(QStringLiteral("lag 7000"), QStringLiteral("suppressed"))), Now + 2000);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.count(AlertTriageModel::Silenced), 1);
        QCOMPARE(model.count(AlertTriageModel::Firing), 0);
    }

    void attachedAlertsShowAsSuch()
    {
        AlertTriageModel model;
        const AmAlert a = alert(QStringLiteral("KafkaLagHigh"), {{QStringLiteral("service"), QStringLiteral("orders")}});
        model.setSnapshot(snapshotWith({a}), Now);
        const QModelIndex row = model.index(0, AlertTriageModel::StateColumn,
                                            model.index(0, 0, model.sectionIndex(AlertTriageModel::Firing)));
        QCOMPARE(model.data(row).toString(), QStringLiteral("firing"));
        model.setAttached({a.ref(true).alertKey()});
        QCOMPARE(model.data(row).toString(), QStringLiteral("firing · attached"));
        QVERIFY(model.data(row, Qt::FontRole).value<QFont>().bold());
    }

    void labelsReadBackFromTheKey()
    {
        const QMap<QString, QString> labels{{QStringLiteral("alertname"), QStringLiteral("A")},
                                            {QStringLiteral("path"), QStringLiteral("/a,b=\"c\"")},
                                            {QStringLiteral("zone"), QStringLiteral("")}};
        QCOMPARE(AttachedAlerts::labelsOfKey(MetricSeries::keyOf(labels)), labels);
        QCOMPARE(AttachedAlerts::labelsOfKey(QStringLiteral("{}")), (QMap<QString, QString>()));
        // An Alertmanager alert's key keeps any value, whatever it holds.
        AmAlert hostile = alert(QStringLiteral("A"), {{QStringLiteral("v"), QStringLiteral("x\",b=\"y},{")}});
        QCOMPARE(AttachedAlerts::labelsOfKey(hostile.ref(true).seriesKey), hostile.labels);
    }

    void changesOfAttachedAlerts()
    {
        const AmAlert lag = alert(QStringLiteral("KafkaLagHigh"), {{QStringLiteral("service"), QStringLiteral("orders")}});
        const AmAlert other = alert(QStringLiteral("DiskLow"));
        QList<TimelineEvent> events{recorded(lag.ref(true), Now - 60'000)};
        const AttachedAlerts attached(events);
        QVERIFY(attached.isAttached(lag));
        QVERIFY(!attached.isAttached(other));
        // Still firing: nothing to record; another alert firing is not this incident's.
        QVERIFY(attached.changes(snapshotWith({lag, other}), Now, true).isEmpty());
        // Gone from a complete list of a settled Alertmanager: resolved, once.
        const auto resolved = attached.changes(snapshotWith({other}), Now, true);
        QCOMPARE(resolved.size(), 1);
        QVERIFY(!resolved.first().ref.firing);
        QCOMPARE(resolved.first().ref.alertKey(), lag.ref(true).alertKey());
        QCOMPARE(resolved.first().alert.name(), QStringLiteral("KafkaLagHigh"));
        // Not settled (a restarted Alertmanager) or a capped list: gone proves nothing.
        QVERIFY(attached.changes(snapshotWith({other}), Now, false).isEmpty());
        AmSnapshot capped = snapshotWith({other});
        capped.totalAlerts = 20'000;
        QVERIFY(attached.changes(capped, Now, true).isEmpty());
        // Recorded resolved, then back: firing again.
        events << recorded(lag.ref(false), Now - 30'000);
        const auto again = AttachedAlerts(events).changes(snapshotWith({lag}), Now, true);
        QCOMPARE(again.size(), 1);
        QVERIFY(again.first().ref.firing);
        QCOMPARE(again.first().atMs, Now);
    }

    void consoleThresholdAndAlertmanagerAlertAreOne_data()
    {
        QTest::addColumn<QString>("consoleRule");
        QTest::addColumn<QString>("consoleSeries");
        QTest::addColumn<bool>("same");
        QTest::newRow("same name, series labels among the alert's") << "KafkaLagHigh > 5000" << "{topic=\"orders\"}" << true;
        QTest::newRow("no series labels") << "KafkaLagHigh > 5000" << "{}" << true;
        QTest::newRow("metric name is not a label of the alert") << "KafkaLagHigh > 5000"
                                                                 << "{__name__=\"lag\",topic=\"orders\"}" << true;
        QTest::newRow("another topic") << "KafkaLagHigh > 5000" << "{topic=\"billing\"}" << false;
        QTest::newRow("another rule") << "KafkaLagCritical > 9000" << "{topic=\"orders\"}" << false;
        QTest::newRow("unnamed threshold") << " > 5000" << "{topic=\"orders\"}" << false;
    }
    void consoleThresholdAndAlertmanagerAlertAreOne()
    {
        QFETCH(QString, consoleRule);
        QFETCH(QString, consoleSeries);
        QFETCH(bool, same);
        const AmAlert am = alert(QStringLiteral("KafkaLagHigh"), {{QStringLiteral("topic"), QStringLiteral("orders")},
                                                                  {QStringLiteral("severity"), QStringLiteral("critical")}});
        AlertRef console;
        console.panelId = QStringLiteral("kafka-lag");
        console.rule = consoleRule;
        console.seriesKey = consoleSeries;
        console.firing = true;
        QCOMPARE(AttachedAlerts::sameAlert(console, am.ref(true)), same);
        const AttachedAlerts attached({recorded(am.ref(true), Now)});
        QCOMPARE(attached.standsFor(console), same);
    }

    void silencesRunOutOnce()
    {
        TimelineEvent made;
        made.kind = EventKind::Action;
        made.phase = AttachedAlerts::silencePhase({QStringLiteral("s-1"), QStringLiteral("DiskLow"), Now + 60'000});
        QVERIFY(AttachedAlerts::silencesRunOut({made}, Now).isEmpty());
        const auto due = AttachedAlerts::silencesRunOut({made}, Now + 60'000);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().id, QStringLiteral("s-1"));
        QCOMPARE(due.first().alertName, QStringLiteral("DiskLow"));
        TimelineEvent ended = made;
        ended.phase = AttachedAlerts::silenceEndedPhase(QStringLiteral("s-1"));
        QVERIFY(AttachedAlerts::silencesRunOut({made, ended}, Now + 120'000).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertmanagerModels)
#include "tst_alertmanagermodels.moc"
