#include "AlertTriageModel.h"
#include "AlertTriagePanel.h"
#include "AlertmanagerServer.h"
#include "AlertmanagerWatcher.h"
#include "AlertsTab.h"
#include "AlertmanagerSources.h"
#include "network/AlertmanagerClient.h"
#include "network/HttpReply.h"
#include "AttachedAlerts.h"
#include "DashboardProfileLoader.h"
#include "FaultServer.h"
#include "Fixtures.h"
#include "Incident.h"
#include "IncidentService.h"
#include "PrometheusServer.h"
#include "TestClock.h"
#include "network/Network.h"
#include "storage/IncidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
AlertmanagerSource sourceAt(const QString& url)
{
    AlertmanagerSource source;
    source.url = QUrl(url);
    source.refreshMs = 1000; // the default
    return source;
}

int countEvents(const Incident* incident, const std::function<bool(const TimelineEvent&)>& which)
{
    return int(std::count_if(incident->events().cbegin(), incident->events().cend(), which));
}

bool isAlertmanagerAlert(const TimelineEvent& e, const QString& name, bool firing)
{
    return e.kind == EventKind::Alert && AmAlert::isAlertmanagerRef(e.alert) && e.alert->rule == name &&
           e.alert->firing == firing;
}
} // namespace

// The console against Debian's real Alertmanager on loopback (and a real Prometheus sending to it).
class TestAlertmanager final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    AlertmanagerServer m_am;
    TestClock m_clock;
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<IncidentService> m_service;
    std::unique_ptr<Network> m_network;
    std::unique_ptr<AlertsTab> m_tab;

    void useRealTime(qint64 aheadMs = 0) { m_clock.setMs(QDateTime::currentMSecsSinceEpoch() + aheadMs); }
    AmAlert firingAlert(const QString& name)
    {
        const AmSnapshot& s = m_tab->watcher()->last();
        for (const AmAlert& a : s.alerts()) {
            if (a.name() == name)
                return a;
        }
        return {};
    }
    bool sees(const QString& name) { return !firingAlert(name).fingerprint.isEmpty(); }
    void waitForRefreshes(int n)
    {
        QSignalSpy refreshed(m_tab->watcher(), &AlertmanagerWatcher::refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= n, 10'000);
    }
    static qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_am.start(&error), qPrintable(error));
    }

    void init()
    {
        useRealTime();
        m_tab.reset();
        m_service.reset();
        m_store = std::make_unique<IncidentStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("am-%1.sqlite").arg(QTest::currentTestFunction()))));
        m_service = std::make_unique<IncidentService>(*m_store, m_clock, Fixtures::checklistJson(), QStringLiteral("en"));
        m_service->setAuthor(QStringLiteral("Kim"));
        m_network = std::make_unique<Network>();
        m_tab = std::make_unique<AlertsTab>(*m_service, m_network.get());
        m_tab->setSource(sourceAt(m_am.base()));
    }

    void cleanup()
    {
        m_tab.reset();
        m_service.reset();
        m_store.reset();
    }

    void postedAlertShowsWithinTwoSeconds()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_tab->watcher()->hasAnswered(), 5000);
        QVERIFY2(m_tab->watcher()->isUp(), qPrintable(m_tab->watcher()->problem()));
        QElapsedTimer posted;
        posted.start();
        QCOMPARE(m_am.postAlert({"alertname=CheckoutErrors", "service=checkout", "severity=critical"},
                                QStringLiteral("Checkout 5xx over 2%")),
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(sees(QStringLiteral("CheckoutErrors")), 2000);
        qInfo("posted -> in the triage panel: %lld ms", posted.elapsed());
        QVERIFY(m_tab->panel()->statusLabel()->text().contains(m_am.base()));
        QVERIFY(m_tab->model()->count(AlertTriageModel::Firing) >= 1);
    }

    void silencedAndInhibitedAreShownApart()
    {
        QCOMPARE(m_am.postAlert({"alertname=PaymentsDown", "service=payments", "severity=critical"}), 200);
        QCOMPARE(m_am.postAlert({"alertname=PaymentsSlow", "service=payments", "severity=warning"}), 200);
        QTRY_VERIFY_WITH_TIMEOUT(sees(QStringLiteral("PaymentsSlow")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(firingAlert(QStringLiteral("PaymentsSlow")).isInhibited(), 5000);
        QVERIFY(m_tab->model()->count(AlertTriageModel::Inhibited) >= 1);
        const AmAlert down = firingAlert(QStringLiteral("PaymentsDown"));
        QVERIFY(!down.isSilenced() && !down.isInhibited());
    }

    void declaredFromAnAlertAfterConfirmation()
    {
        const qint64 began = nowMs() - 7 * 60'000;
        QCOMPARE(m_am.postAlert({"alertname=KafkaConsumerLagHigh", "service=orders", "topic=orders", "severity=critical"},
                                QStringLiteral("Consumer lag over 5000 on orders"), began),
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(sees(QStringLiteral("KafkaConsumerLagHigh")), 5000);
        const AmAlert alert = firingAlert(QStringLiteral("KafkaConsumerLagHigh"));
        QVERIFY(!m_service->current()); // nothing is declared by itself
        AlertSeverityMap teams;
        DeclareRequest request = IncidentService::declareFrom({alert}, teams, m_clock.nowMs());
        QCOMPARE(request.title, QStringLiteral("Consumer lag over 5000 on orders"));
        QCOMPARE(request.severity, Severity::Sev1);
        QCOMPARE(request.startedMs, began);
        request.commander = QStringLiteral("Kim");
        QVERIFY(m_service->declare(request));
        const IncidentData& d = m_service->current()->data();
        QCOMPARE(d.startedMs, began);
        QCOMPARE(d.detectedMs, began); // the alert was the detection
        const TimelineEvent& first = m_service->current()->events().constFirst();
        QCOMPARE(first.kind, EventKind::Alert);
        QCOMPARE(first.atMs, began);
        QCOMPARE(AttachedAlerts::labelsOfKey(first.alert->seriesKey), alert.labels); // its labels kept
        QVERIFY(first.text.contains(QStringLiteral("Alertmanager")));
        // As stored: opened again, the alert is still the first event, with its labels.
        const qint64 id = m_service->current()->id();
        IncidentService again(*m_store, m_clock, Fixtures::checklistJson(), QStringLiteral("en"));
        QVERIFY(again.open(id));
        QVERIFY(AmAlert::isAlertmanagerRef(again.current()->events().constFirst().alert));
        QCOMPARE(AttachedAlerts(again.current()->events()).isAttached(alert), true);
    }

    void attachedAlertResolvesAndFiresAgainOnce()
    {
        QVERIFY(m_service->declare({QStringLiteral("Search slow"), Severity::Sev2, QStringLiteral("Kim"), nowMs() - 600'000}));
        QCOMPARE(m_am.postAlert({"alertname=SearchLatency", "service=search", "severity=warning"}), 200);
        QTRY_VERIFY_WITH_TIMEOUT(sees(QStringLiteral("SearchLatency")), 5000);
        const AmAlert alert = firingAlert(QStringLiteral("SearchLatency"));
        QVERIFY(m_service->attachAlert(alert));
        QVERIFY(!m_service->attachAlert(alert)); // once
        QVERIFY(m_service->lastError().contains(QStringLiteral("already attached")));
        // Alertmanager has run long enough to know every alert Prometheus would send again.
        useRealTime(AlertmanagerWatcher::ResendGraceMs + 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_tab->watcher()->settled(), 5000);
        QCOMPARE(m_am.postAlert({"alertname=SearchLatency", "service=search", "severity=warning"}, {}, 0, nowMs() - 1000), 200);
        const auto resolved = [&](const TimelineEvent& e) { return isAlertmanagerAlert(e, QStringLiteral("SearchLatency"), false); };
        QTRY_COMPARE_WITH_TIMEOUT(countEvents(m_service->current(), resolved), 1, 5000);
        waitForRefreshes(2);
        QCOMPARE(countEvents(m_service->current(), resolved), 1); // said once, however often it is asked
        QCOMPARE(m_am.postAlert({"alertname=SearchLatency", "service=search", "severity=warning"}), 200);
        const auto firing = [&](const TimelineEvent& e) { return isAlertmanagerAlert(e, QStringLiteral("SearchLatency"), true); };
        QTRY_COMPARE_WITH_TIMEOUT(countEvents(m_service->current(), firing), 2, 5000); // attached, then again
        waitForRefreshes(2);
        QCOMPARE(countEvents(m_service->current(), firing), 2);
        QVERIFY(m_service->current()->events().constLast().text.contains(QStringLiteral("firing again")));
    }

    void silenceAndExpireFromTheConsole()
    {
        QVERIFY(m_service->declare({QStringLiteral("Disk pressure"), Severity::Sev3, QStringLiteral("Kim"), 0}));
        QCOMPARE(m_am.postAlert({"alertname=DiskFull", "service=db", "severity=warning", "instance=db-1"}), 200);
        QTRY_VERIFY_WITH_TIMEOUT(sees(QStringLiteral("DiskFull")), 5000);
        const AmAlert alert = firingAlert(QStringLiteral("DiskFull"));
        const QString comment = m_tab->silenceComment();
        QVERIFY(comment.contains(QStringLiteral("Incident #%1").arg(m_service->current()->id())));
        QVERIFY(comment.contains(QStringLiteral("Kim")));
        const int before = int(m_service->current()->events().size());
        m_tab->silenceConfirmed(alert, 2 * 3600'000, comment);
        QTRY_VERIFY_WITH_TIMEOUT(m_service->current()->events().size() == before + 1, 5000);
        const TimelineEvent silenced = m_service->current()->events().constLast();
        QVERIFY2(silenced.text.contains(QStringLiteral("Silenced DiskFull")), qPrintable(silenced.text));
        QVERIFY(silenced.text.contains(QStringLiteral("instance=\"db-1\""))); // the matchers
        QTRY_VERIFY_WITH_TIMEOUT(firingAlert(QStringLiteral("DiskFull")).isSilenced(), 5000);
        const QString silenceId = firingAlert(QStringLiteral("DiskFull")).silencedBy.constFirst();
        QVERIFY(silenced.text.contains(silenceId));
        // Alertmanager keeps who and why.
        const QJsonObject kept = QJsonDocument::fromJson(m_am.get("/api/v2/silence/" + silenceId.toUtf8())).object();
        QCOMPARE(kept.value(QStringLiteral("comment")).toString(), comment);
        QCOMPARE(kept.value(QStringLiteral("createdBy")).toString(), QStringLiteral("Kim"));
        QVERIFY(m_tab->model()->count(AlertTriageModel::Silenced) >= 1);

        m_tab->expireConfirmed(silenceId, alert.name());
        QTRY_VERIFY_WITH_TIMEOUT(m_service->current()->events().constLast().text.contains(QStringLiteral("Expired silence")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!firingAlert(QStringLiteral("DiskFull")).isSilenced(), 5000);
        const QJsonObject expired = QJsonDocument::fromJson(m_am.get("/api/v2/silence/" + silenceId.toUtf8())).object();
        QCOMPARE(expired.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("expired"));
        // A silence that runs out by itself lands in the timeline too, once.
        m_clock.setMs(m_clock.nowMs() + 3 * 3600'000);
        QVERIFY(AttachedAlerts::silencesRunOut(m_service->current()->events(), m_clock.nowMs()).isEmpty()); // expired already
    }

    void silenceRunningOutIsRecorded()
    {
        QVERIFY(m_service->declare({QStringLiteral("Cache misses"), Severity::Sev3, QStringLiteral("Kim"), 0}));
        QCOMPARE(m_am.postAlert({"alertname=CacheMiss", "service=cache", "severity=warning"}), 200);
        QTRY_VERIFY_WITH_TIMEOUT(sees(QStringLiteral("CacheMiss")), 5000);
        m_tab->silenceConfirmed(firingAlert(QStringLiteral("CacheMiss")), 15 * 60'000, m_tab->silenceComment());
        QTRY_VERIFY_WITH_TIMEOUT(m_service->current()->events().constLast().text.contains(QStringLiteral("Silenced")), 5000);
        m_clock.setMs(m_clock.nowMs() + 16 * 60'000);
        const auto ranOut = [](const TimelineEvent& e) { return e.text.contains(QStringLiteral("ran out")); };
        QCOMPARE(countEvents(m_service->current(), ranOut), 0);
        m_tab->tick();
        QCOMPARE(countEvents(m_service->current(), ranOut), 1);
        m_tab->tick(); // every second: still once
        QCOMPARE(countEvents(m_service->current(), ranOut), 1);
    }

    void restartIsShownAsDownAndLosesNothing()
    {
        QVERIFY(m_service->declare({QStringLiteral("Queue backlog"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        QCOMPARE(m_am.postAlert({"alertname=QueueBacklog", "service=queue", "severity=critical"}), 200);
        QTRY_VERIFY_WITH_TIMEOUT(sees(QStringLiteral("QueueBacklog")), 5000);
        QVERIFY(m_service->attachAlert(firingAlert(QStringLiteral("QueueBacklog"))));
        m_am.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_tab->watcher()->isUp(), 5000);
        QVERIFY2(m_tab->panel()->statusLabel()->text().contains(QStringLiteral("not answering")),
                 qPrintable(m_tab->panel()->statusLabel()->text()));
        QVERIFY(m_tab->panel()->statusLabel()->text().contains(m_am.base()));
        QVERIFY(m_tab->model()->count(AlertTriageModel::Firing) >= 1); // the last list stays, marked out of date
        QString error;
        QVERIFY2(m_am.restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_tab->watcher()->isUp(), 5000);
        waitForRefreshes(2);
        // It forgot its alerts until they are sent again: that is not a resolution.
        QVERIFY(!sees(QStringLiteral("QueueBacklog")));
        const auto resolved = [](const TimelineEvent& e) { return isAlertmanagerAlert(e, QStringLiteral("QueueBacklog"), false); };
        QCOMPARE(countEvents(m_service->current(), resolved), 0);
        QCOMPARE(m_am.postAlert({"alertname=QueueBacklog", "service=queue", "severity=critical"}), 200);
        QTRY_VERIFY_WITH_TIMEOUT(sees(QStringLiteral("QueueBacklog")), 5000);
        const auto firing = [](const TimelineEvent& e) { return isAlertmanagerAlert(e, QStringLiteral("QueueBacklog"), true); };
        QCOMPARE(countEvents(m_service->current(), firing), 1);
    }

    void restartBetweenTwoRefreshesIsNoResolution()
    {
        AlertmanagerSource byHand = sourceAt(m_am.base());
        byHand.refreshMs = 3600'000; // refreshed by the test: the restart falls between two refreshes
        m_tab->setSource(byHand);
        m_tab->watcher()->setResendGraceMs(5000); // it has run longer than that before the restart
        QTRY_VERIFY_WITH_TIMEOUT(m_tab->watcher()->isUp(), 5000);
        QVERIFY(m_service->declare({QStringLiteral("Restart"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        QCOMPARE(m_am.postAlert({"alertname=Unnoticed", "service=restart", "severity=critical"}), 200);
        useRealTime();
        m_tab->watcher()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(sees(QStringLiteral("Unnoticed")), 5000);
        QVERIFY(m_service->attachAlert(firingAlert(QStringLiteral("Unnoticed"))));
        QString error;
        QVERIFY2(m_am.restart(&error), qPrintable(error));
        useRealTime();
        QSignalSpy verified(m_tab->watcher(), &AlertmanagerWatcher::startVerified);
        m_tab->watcher()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sees(QStringLiteral("Unnoticed")), 5000); // forgotten by the new process
        QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), 5000);                // its start time was asked
        QVERIFY(m_tab->watcher()->isUp());
        const auto resolved = [](const TimelineEvent& e) { return isAlertmanagerAlert(e, QStringLiteral("Unnoticed"), false); };
        QCOMPARE(countEvents(m_service->current(), resolved), 0);
    }

    void credentialsStayWithTheirOrigin()
    {
        AlertmanagerSource profile = sourceAt(QStringLiteral("https://am.team.example:9093/"));
        profile.bearerTokenEnv = QStringLiteral("AM_TOKEN");
        profile.headers = {{QStringLiteral("X-Scope-OrgID"), QStringLiteral("team-a")}};
        profile.severities.set(QStringLiteral("warning"), Severity::Sev1);
        const AlertmanagerSource samePlace = AlertmanagerClient::withUrl(profile, QUrl(QStringLiteral("https://am.team.example:9093/am")));
        QCOMPARE(samePlace.bearerTokenEnv, QStringLiteral("AM_TOKEN"));
        QCOMPARE(samePlace.headers.size(), 1);
        const AlertmanagerSource elsewhere = AlertmanagerClient::withUrl(profile, QUrl(QStringLiteral("http://127.0.0.1:9093")));
        QVERIFY(elsewhere.bearerTokenEnv.isEmpty());
        QVERIFY(elsewhere.headers.isEmpty());
        AmAlert warning;
        warning.labels.insert(QStringLiteral("severity"), QStringLiteral("warning"));
        QCOMPARE(elsewhere.severities.severityOf(warning), Severity::Sev1); // the team's mapping stays
        DashboardProfile withProfile;
        withProfile.alertmanager = profile;
        QString error;
        QVERIFY(AlertmanagerSources::resolve(QStringLiteral("http://127.0.0.1:9093"), withProfile, {}, &error).bearerTokenEnv.isEmpty());
    }

    void aRedirectDoesNotCarryTheTokenIntoWords()
    {
        qputenv("IC_TEST_AM_TOKEN", "am-secret-token-5678");
        FaultServer fault;
        AlertmanagerSource source = sourceAt(fault.base());
        source.bearerTokenEnv = QStringLiteral("IC_TEST_AM_TOKEN");
        HttpRequest request = AlertmanagerClient::groups(source);
        request.url = QUrl(fault.base() + QStringLiteral("/redirect?to=") +
                           QString::fromLatin1(QUrl::toPercentEncoding(fault.base() + QStringLiteral("/status/401/am-secret-token-5678"))));
        HttpReply* reply = m_network->send(request, this);
        QSignalSpy done(reply, &HttpReply::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 5000);
        const QString said = AlertmanagerClient::listProblem(reply->result());
        QVERIFY2(!said.isEmpty() && !said.contains(QStringLiteral("am-secret-token-5678")), qPrintable(said));
        QVERIFY(!reply->result().finalUrl.toString().contains(QStringLiteral("am-secret-token-5678")));
        qunsetenv("IC_TEST_AM_TOKEN");
    }

    void consoleThresholdIsNotRecordedBesideTheAttachedAlert()
    {
        QVERIFY(m_service->declare({QStringLiteral("Lag"), Severity::Sev2, QStringLiteral("Kim"), nowMs() - 3600'000}));
        AmAlert am;
        am.fingerprint = QStringLiteral("f1");
        am.labels = {{QStringLiteral("alertname"), QStringLiteral("KafkaConsumerLagHigh")},
                     {QStringLiteral("topic"), QStringLiteral("orders")},
                     {QStringLiteral("severity"), QStringLiteral("critical")}};
        am.startsMs = nowMs() - 60'000;
        QVERIFY(m_service->attachAlert(am));
        AlertTransition t;
        t.panelId = QStringLiteral("kafka-lag");
        t.threshold.name = QStringLiteral("KafkaConsumerLagHigh");
        t.threshold.value = 5000;
        t.threshold.forMs = 60'000;
        t.seriesKey = QStringLiteral("{topic=\"orders\"}");
        t.firing = true;
        t.atSec = (nowMs() - 30'000) / 1000.0;
        QCOMPARE(m_service->recordAlerts({t}, QStringLiteral("msgs")), 0); // the same alert, already recorded
        t.seriesKey = QStringLiteral("{topic=\"billing\"}");
        QCOMPARE(m_service->recordAlerts({t}, QStringLiteral("msgs")), 1); // another series: its own alert
    }

    void twoSeatsRecordAChangeOnceAndDetectionFollowsTheFirstAlert()
    {
        const qint64 started = nowMs() - 3600'000;
        QVERIFY(m_service->declare({QStringLiteral("Two seats"), Severity::Sev2, QStringLiteral("Kim"), started}));
        const qint64 id = m_service->current()->id();
        QCOMPARE(m_service->current()->data().detectedMs, m_clock.nowMs()); // declared: a person knew now
        AmAlert alert;
        alert.fingerprint = QStringLiteral("f2");
        alert.labels = {{QStringLiteral("alertname"), QStringLiteral("ApiErrors")}, {QStringLiteral("service"), QStringLiteral("api")}};
        alert.startsMs = started + 20 * 60'000;
        QVERIFY(m_service->attachAlert(alert));
        QCOMPARE(m_service->current()->data().detectedMs, alert.startsMs); // the first alert detected it
        IncidentStore otherStore;
        QVERIFY(otherStore.open(m_store->path()));
        IncidentService otherSeat(otherStore, m_clock, Fixtures::checklistJson(), QStringLiteral("en"));
        QVERIFY(otherSeat.open(id));
        // Both seats watch Alertmanager and see the alert gone: each records it, the store keeps one.
        const auto changes = AttachedAlerts(m_service->current()->events()).changes({}, m_clock.nowMs(), true);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(m_service->recordAttachedChanges(changes), 1);
        QCOMPARE(otherSeat.recordAttachedChanges(changes), 1);
        const auto stored = m_store->loadIncident(id);
        QVERIFY(stored);
        const auto resolved = std::count_if(stored->events.cbegin(), stored->events.cend(), [](const TimelineEvent& e) {
            return isAlertmanagerAlert(e, QStringLiteral("ApiErrors"), false);
        });
        QCOMPARE(resolved, 1);
    }

    void prometheusRulesReachTheConsoleThroughAlertmanager()
    {
        if (PrometheusServer::binary().isEmpty())
            QFAIL("prometheus is not installed (Debian package prometheus)");
        const QString rules = m_dir.filePath(QStringLiteral("rules.yml"));
        QFile file(rules);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("groups:\n  - name: e2e\n    rules:\n      - alert: EndToEndAlways\n        expr: vector(1) > 0\n"
                   "        labels:\n          severity: critical\n          service: e2e\n"
                   "        annotations:\n          summary: Fired by a real Prometheus rule\n");
        file.close();
        PrometheusServer prometheus;
        prometheus.setRuleFiles({rules});
        prometheus.setAlertmanager(m_am.hostPort());
        QString error;
        QVERIFY2(prometheus.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(sees(QStringLiteral("EndToEndAlways")), 30'000);
        const AmAlert alert = firingAlert(QStringLiteral("EndToEndAlways"));
        QCOMPARE(alert.summary(), QStringLiteral("Fired by a real Prometheus rule"));
        const DeclareRequest request = IncidentService::declareFrom({alert}, AlertSeverityMap(), m_clock.nowMs());
        QCOMPARE(request.severity, Severity::Sev1);
        QCOMPARE(request.title, QStringLiteral("Fired by a real Prometheus rule"));
    }

    void badAnswersNameTheUrl_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("HTML 502 from a proxy") << "/html502" << "HTML page";
        QTest::newRow("no API v2 there") << "/nothing-here" << "has no API v2";
        QTest::newRow("malformed JSON") << "/malformed" << "cannot read";
        QTest::newRow("an empty 200 is not \"no alerts\"") << "/empty" << "empty body";
    }
    void badAnswersNameTheUrl()
    {
        QFETCH(QString, path);
        QFETCH(QString, says);
        FaultServer fault;
        fault.routes.insert("/empty/api/v2/alerts/groups", "");
        m_tab->setSource(sourceAt(fault.base() + path));
        QTRY_VERIFY_WITH_TIMEOUT(m_tab->watcher()->hasAnswered(), 5000);
        QVERIFY(!m_tab->watcher()->isUp());
        const QString shown = m_tab->panel()->statusLabel()->text();
        QVERIFY2(shown.contains(says), qPrintable(shown));
        QVERIFY2(shown.contains(fault.base() + path), qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("0 firing"))); // never "no alerts"
    }

    void unreachableIsDownNotEmpty()
    {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const quint16 port = closed.serverPort();
        closed.close();
        m_tab->setSource(sourceAt(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QTRY_VERIFY_WITH_TIMEOUT(m_tab->watcher()->hasAnswered(), 5000);
        const QString shown = m_tab->panel()->statusLabel()->text();
        QVERIFY2(shown.contains(QStringLiteral("refused")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    }

    void tenThousandAlertsAreCappedAndSaySo()
    {
        QJsonArray alerts;
        for (int i = 0; i < AlertmanagerJson::DefaultCap + 500; ++i)
            alerts.append(QJsonObject{{QStringLiteral("fingerprint"), QString::number(i, 16)},
                                      {QStringLiteral("labels"), QJsonObject{{QStringLiteral("alertname"), QStringLiteral("Flood")},
                                                                             {QStringLiteral("pod"), QString::number(i)}}},
                                      {QStringLiteral("startsAt"), QStringLiteral("2026-01-01T00:00:00Z")},
                                      {QStringLiteral("status"), QJsonObject{{QStringLiteral("state"), QStringLiteral("active")}}}});
        const QJsonArray groups{QJsonObject{{QStringLiteral("labels"), QJsonObject{{QStringLiteral("alertname"), QStringLiteral("Flood")}}},
                                            {QStringLiteral("receiver"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}},
                                            {QStringLiteral("alerts"), alerts}}};
        FaultServer fault;
        fault.routes.insert("/api/v2/alerts/groups", QJsonDocument(groups).toJson(QJsonDocument::Compact));
        m_tab->setSource(sourceAt(fault.base()));
        QTRY_VERIFY_WITH_TIMEOUT(m_tab->watcher()->isUp(), 10'000);
        QCOMPARE(m_tab->model()->count(AlertTriageModel::Firing), AlertmanagerJson::DefaultCap);
        QVERIFY(!m_tab->panel()->cappedLabel()->isHidden());
        QVERIFY2(m_tab->panel()->cappedLabel()->text().contains(QStringLiteral("Showing 10000 of the 10500")),
                 qPrintable(m_tab->panel()->cappedLabel()->text()));
    }

    void sendsTheTenantHeaderAndTokenFromTheEnvironment()
    {
        qputenv("IC_TEST_AM_TOKEN", "am-secret-token-1234");
        FaultServer fault;
        fault.routes.insert("/api/v2/alerts/groups", "[]");
        AlertmanagerSource source = sourceAt(fault.base());
        source.bearerTokenEnv = QStringLiteral("IC_TEST_AM_TOKEN");
        source.headers = {{QStringLiteral("X-Scope-OrgID"), QStringLiteral("team-a")}};
        m_tab->setSource(source);
        QTRY_VERIFY_WITH_TIMEOUT(m_tab->watcher()->isUp(), 5000);
        QVERIFY(!fault.requests.isEmpty());
        QCOMPARE(fault.requests.constFirst().headers.value("x-scope-orgid"), QByteArray("team-a"));
        QCOMPARE(fault.requests.constFirst().headers.value("authorization"), QByteArray("Bearer am-secret-token-1234"));
        QVERIFY(m_tab->panel()->statusLabel()->text().contains(QStringLiteral("0 firing"))); // an empty answer is no alerts
        qunsetenv("IC_TEST_AM_TOKEN");
    }

    void profileNamesTheAlertmanager()
    {
        QString error;
        const auto profile = DashboardProfileLoader::parse(
            "alertmanager:\n  url: http://am.example:9093/\n  auth:\n    bearer_token_env: AM_TOKEN\n"
            "  headers:\n    X-Scope-OrgID: team-a\n  refresh: 2s\n  severity:\n    warning: 2\n    page: SEV-1\n"
            "panels:\n  - title: Lag\n    query: lag\n",
            QStringLiteral("p.yaml"), &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->alertmanager.url, QUrl(QStringLiteral("http://am.example:9093/")));
        QCOMPARE(profile->alertmanager.bearerTokenEnv, QStringLiteral("AM_TOKEN"));
        QCOMPARE(profile->alertmanager.headers.size(), 1);
        QCOMPARE(profile->alertmanager.refreshMs, 2000);
        AmAlert warning;
        warning.labels.insert(QStringLiteral("severity"), QStringLiteral("warning"));
        QCOMPARE(profile->alertmanager.severities.severityOf(warning), Severity::Sev2);
        QVERIFY(!DashboardProfileLoader::parse("alertmanager: ftp://x\npanels:\n  - title: a\n    query: b\n",
                                               QStringLiteral("p.yaml"), &error));
        QVERIFY2(error.contains(QStringLiteral("http://")) && error.contains(QStringLiteral("p.yaml")), qPrintable(error));
        QVERIFY(!DashboardProfileLoader::parse("alertmanager:\n  url: http://x\n  severity:\n    warning: 9\npanels:\n"
                                               "  - title: a\n    query: b\n",
                                               QStringLiteral("p.yaml"), &error));
        QVERIFY2(error.contains(QStringLiteral("not a SEV")), qPrintable(error));
    }

    void commandLineListsDeclaresAndAttaches()
    {
        QCOMPARE(m_am.postAlert({"alertname=CliAlert", "service=cli", "severity=warning"}, QStringLiteral("From the shell")), 200);
        QCOMPARE(m_am.postAlert({"alertname=CliSecond", "service=cli-two", "severity=critical"}), 200);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("cli-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cli-config")));
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        auto run = [&](QStringList args, QString* out, QString* err = nullptr) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(INCIDENT_CONSOLE), QStringList{"--db", db, "--alertmanager", m_am.base()} + args);
            if (!p.waitForFinished(30'000))
                return -1;
            *out = QString::fromUtf8(p.readAllStandardOutput());
            if (err)
                *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        QString out, err;
        QCOMPARE(run({"alerts", "--json"}, &out), 0);
        const QJsonArray listed = QJsonDocument::fromJson(out.toUtf8()).array();
        QString first, second;
        for (const QJsonValue& v : listed) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("labels")).toObject().value(QStringLiteral("alertname")).toString();
            if (name == QLatin1String("CliAlert")) {
                first = o.value(QStringLiteral("fingerprint")).toString();
                QCOMPARE(o.value(QStringLiteral("annotations")).toObject().value(QStringLiteral("summary")).toString(),
                         QStringLiteral("From the shell"));
                QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
                QVERIFY(!o.value(QStringLiteral("startsAt")).toString().isEmpty());
            }
            if (name == QLatin1String("CliSecond"))
                second = o.value(QStringLiteral("fingerprint")).toString();
        }
        QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(out));
        QCOMPARE(run({"alerts"}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("CliAlert")) && out.contains(QStringLiteral("FINGERPRINT")));
        QCOMPARE(run({"new", "--from-alert", first, "--commander", "Kim"}, &out, &err), 0);
        const QString id = out.trimmed();
        QVERIFY2(id.toLongLong() > 0, qPrintable(out + err));
        QCOMPARE(run({"attach", "--incident", id, "--alert", second}, &out, &err), 0);
        QCOMPARE(run({"attach", "--incident", id, "--alert", second}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("already attached")), qPrintable(err));
        QCOMPARE(run({"attach", "--incident", id, "--alert", "0000000000000000"}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("no firing alert with fingerprint 0000000000000000")), qPrintable(err));
        IncidentStore store;
        QVERIFY(store.open(db));
        const auto data = store.loadIncident(id.toLongLong());
        QVERIFY(data);
        QCOMPARE(data->title, QStringLiteral("From the shell"));
        QCOMPARE(data->severity, Severity::Sev3); // warning, by the default mapping
        int alerts = 0;
        for (const TimelineEvent& e : data->events)
            alerts += e.kind == EventKind::Alert && AmAlert::isAlertmanagerRef(e.alert);
        QCOMPARE(alerts, 2);
    }

    void commandLineSaysWhenAlertmanagerIsAway()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cli-away")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(INCIDENT_CONSOLE), {"--alertmanager", "http://127.0.0.1:9", "alerts"});
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("127.0.0.1:9")) && err.contains(QStringLiteral("refused")), qPrintable(err));
        QProcess none;
        none.setProcessEnvironment(env);
        none.start(QStringLiteral(INCIDENT_CONSOLE), {"alerts"});
        QVERIFY(none.waitForFinished(30'000));
        QCOMPARE(none.exitCode(), 1);
        QVERIFY(QString::fromUtf8(none.readAllStandardError()).contains(QStringLiteral("No Alertmanager is set")));
    }
};

QTEST_MAIN(TestAlertmanager)
#include "tst_alertmanager.moc"
