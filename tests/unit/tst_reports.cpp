#include "DataFiles.h"
#include "Fixtures.h"
#include "Incident.h"
#include "ReportComposer.h"
#include "UpdateCadence.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

namespace {
ReportTemplates shipped(const QString& language)
{
    QString warning;
    ReportTemplates t = DataFiles::reportTemplates(language, &warning);
    return t;
}

IncidentData withUpdates(const QList<qint64>& updateMinutes, IncidentStatus status = IncidentStatus::Investigating)
{
    IncidentData d = Fixtures::incident(0);
    d.status = status;
    d.events.append(Fixtures::event(1, 0, EventKind::Status, "declared"));
    for (qint64 m : updateMinutes)
        d.events.append(Fixtures::event(2 + m, m * 60'000, EventKind::StatusUpdate, "update"));
    return d;
}
} // namespace

class TestReports final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void seed004TemplatesShip()
    {
        const ReportTemplates t = shipped(QStringLiteral("en"));
        QCOMPARE(t.reports.size(), 3);
        QCOMPARE(t.report(Severity::Sev1)->cadenceMinutes, 15);
        QCOMPARE(t.report(Severity::Sev2)->cadenceMinutes, 30);
        QCOMPARE(t.report(Severity::Sev3)->cadenceMinutes, 60);
        QCOMPARE(t.report(Severity::Sev1)->fields.size(), 5);
        QCOMPARE(t.report(Severity::Sev3)->fields.at(2).id, QStringLiteral("fix_schedule"));
        QCOMPARE(t.scenarios.size(), 4);
        QCOMPARE(t.scenario(QStringLiteral("deploy"))->fields.last().id, QStringLiteral("rollback_record"));
        QCOMPARE(t.scenario(QStringLiteral("overload"))->fields.last().id, QStringLiteral("capacity_follow_up"));
        const ReportTemplates ko = shipped(QStringLiteral("ko"));
        QCOMPARE(ko.report(Severity::Sev1)->definition, QStringLiteral("전체 장애 또는 치명적 데이터 무결성 위험"));
        QCOMPARE(ko.scenario(QStringLiteral("db"))->title, QStringLiteral("DB 장애"));
    }

    void fill_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("workaround");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all filled") << "en" << "checkout and coupons" << "none"
                                    << QStringList{"[SEV-2] Checkout API 5xx | Investigating | T+0:45:00",
                                                   "Main functions affected: checkout and coupons", "Workaround: none",
                                                   "Mitigation / recovery ETA: ‹to fill: Mitigation / recovery ETA›",
                                                   "Next update in 30 minutes."};
        QTest::newRow("nothing filled stays visibly open")
            << "en" << "" << "   "
            << QStringList{"Main functions affected: ‹to fill: Main functions affected›",
                           "Workaround: ‹to fill: Workaround available?›"};
        QTest::newRow("korean") << "ko" << "쿠폰 발급 API" << "없음"
                                << QStringList{"주요 기능 영향 범위: 쿠폰 발급 API", "우회 가능 여부: 없음",
                                               "다음 업데이트: 30분 후"};
    }
    void fill()
    {
        QFETCH(QString, language);
        QFETCH(QString, scope);
        QFETCH(QString, workaround);
        QFETCH(QStringList, expected);
        const ReportTemplates t = shipped(language);
        Incident incident(Fixtures::incident(0), language);
        const ReportContext context = ReportComposer::contextOf(incident, {}, 45 * 60'000);
        const QString text = ReportComposer::fill(*t.report(Severity::Sev2), context,
                                                  {{QStringLiteral("scope"), scope}, {QStringLiteral("workaround"), workaround}});
        for (const QString& line : expected)
            QVERIFY2(text.contains(line), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("{{")));
    }

    void contextComesFromTheIncidentAndPanels()
    {
        IncidentData data = Fixtures::incident(0);
        data.checkedItems.insert(QStringLiteral("triage.scope"), 1);
        data.events = {Fixtures::event(1, 60'000, EventKind::Action, "restarted pods"),
                       Fixtures::event(2, 120'000, EventKind::Note, "a note is not an action")};
        Incident incident(data, QStringLiteral("en"));
        MetricPanelData lag;
        lag.definition.title = QStringLiteral("Kafka consumer lag");
        lag.definition.unit = QStringLiteral("msgs");
        lag.definition.thresholds = {Threshold{ThresholdLevel::Warning, true, 5000, -1, {}}};
        MetricSeries s(QStringLiteral("{}"), QStringLiteral("lag"));
        s.merge({1, 2}, {4700, 6850});
        lag.series = {s};
        const ReportContext c = ReportComposer::contextOf(incident, {lag}, 600'000);
        QCOMPARE(c.tplus, QStringLiteral("T+0:10:00"));
        QVERIFY(c.checklist.startsWith(QStringLiteral("Triage 1/2, Stabilize 0/4")));
        QCOMPARE(c.metrics, QStringLiteral("Kafka consumer lag 6,850 msgs (warning)"));
        QCOMPARE(c.actions, QStringLiteral("T+0:01:00 restarted pods"));

        lag.lastSuccessMs = 60'000; // live, but Prometheus has not answered for 9 minutes
        QCOMPARE(ReportComposer::contextOf(incident, {lag}, 600'000).metrics,
                 QStringLiteral("Kafka consumer lag 6,850 msgs (stale since 00:01)"));
        lag.lastSuccessMs = 590'000;
        QCOMPARE(ReportComposer::contextOf(incident, {lag}, 600'000).metrics,
                 QStringLiteral("Kafka consumer lag 6,850 msgs (warning)"));

        // Reopened a year later, a resolved incident still reports the T+ it was resolved at.
        IncidentData resolved = data;
        resolved.resolvedMs = 76 * 60'000;
        Incident done(resolved, QStringLiteral("en"));
        QCOMPARE(ReportComposer::contextOf(done, {}, 365LL * 86'400'000).tplus, QStringLiteral("T+1:16:00"));
    }

    void cadence_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<QList<qint64>>("updates");
        QTest::addColumn<qint64>("nowMinutes");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("countdown");
        QTest::newRow("SEV-2 fresh") << 2 << QList<qint64>{} << qint64(10) << int(UpdateCadence::State::OnTrack) << "Next update in 20:00";
        QTest::newRow("SEV-2 due") << 2 << QList<qint64>{} << qint64(31) << int(UpdateCadence::State::Due) << "Update overdue by 1:00";
        QTest::newRow("SEV-2 overdue") << 2 << QList<qint64>{} << qint64(40) << int(UpdateCadence::State::Overdue) << "Update overdue by 10:00";
        QTest::newRow("SEV-2 a cycle missed") << 2 << QList<qint64>{} << qint64(61) << int(UpdateCadence::State::LongOverdue) << "Update overdue by 31:00";
        QTest::newRow("an update restarts it") << 2 << QList<qint64>{28} << qint64(40) << int(UpdateCadence::State::OnTrack) << "Next update in 18:00";
        QTest::newRow("SEV-1 after the same update") << 1 << QList<qint64>{28} << qint64(40) << int(UpdateCadence::State::OnTrack) << "Next update in 3:00";
        QTest::newRow("SEV change recomputes") << 1 << QList<qint64>{28} << qint64(50) << int(UpdateCadence::State::Overdue) << "Update overdue by 7:00";
        QTest::newRow("SEV-3") << 3 << QList<qint64>{} << qint64(59) << int(UpdateCadence::State::OnTrack) << "Next update in 1:00";
    }
    void cadence()
    {
        QFETCH(int, severity);
        QFETCH(QList<qint64>, updates);
        QFETCH(qint64, nowMinutes);
        QFETCH(int, state);
        QFETCH(QString, countdown);
        IncidentData d = withUpdates(updates);
        d.severity = *SeverityInfo::fromNumber(severity);
        const int cadence = SeverityInfo::updateCadenceMinutes(d.severity);
        QCOMPARE(int(UpdateCadence::state(d, cadence, nowMinutes * 60'000)), state);
        QCOMPARE(UpdateCadence::countdownText(d, cadence, nowMinutes * 60'000), countdown);
    }

    void alertsBeforeTheDeclarationDoNotStartTheClock()
    {
        IncidentData d = withUpdates({});
        d.events.prepend(Fixtures::event(9, -5 * 60'000, EventKind::Alert, "fired before anyone declared"));
        QCOMPARE(UpdateCadence::nextDueMs(d, 30), 30 * 60'000);
    }

    void resolvedIncidentsNeedNoUpdates()
    {
        const IncidentData d = withUpdates({}, IncidentStatus::Resolved);
        QCOMPARE(UpdateCadence::state(d, 30, 999 * 60'000), UpdateCadence::State::None);
    }

    void brokenTeamTemplateFallsBack()
    {
        const QString dir = QDir(DataFiles::dataDirectory()).filePath(QStringLiteral("templates"));
        QDir().mkpath(dir);
        QFile broken(QDir(dir).filePath(QStringLiteral("sev-reports.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"reports\": [ {\"severity\": 2, \"cadenceMinutes\": 0} ]}");
        broken.close();
        QFile own(QDir(dir).filePath(QStringLiteral("scenarios.json")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write(R"({"scenarios":[{"id":"db","title":"Our DB runbook","fields":[{"id":"impact","section":"impact","label":"Who is hurt"}]}]})");
        own.close();
        QString warning;
        const ReportTemplates t = DataFiles::reportTemplates(QStringLiteral("en"), &warning);
        QVERIFY2(warning.contains(broken.fileName()) && warning.contains(QStringLiteral("cadenceMinutes")), qPrintable(warning));
        QCOMPARE(t.report(Severity::Sev2)->cadenceMinutes, 30);                  // shipped one used
        QCOMPARE(t.scenario(QStringLiteral("db"))->title, QStringLiteral("Our DB runbook")); // the team's replaces it
        QCOMPARE(t.scenarios.size(), 4);
        broken.remove();
        own.remove();
    }

    void externalUpdatesNeverCarryRawRequestDetails_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("sev");
        for (const char* language : {"en", "ko"}) {
            for (int sev = 1; sev <= 3; ++sev)
                QTest::addRow("%s SEV-%d", language, sev) << QString::fromLatin1(language) << sev;
        }
    }
    void externalUpdatesNeverCarryRawRequestDetails()
    {
        QFETCH(QString, language);
        QFETCH(int, sev);
        const ReportTemplates t = shipped(language);
        QCOMPARE(t.problem(), QString());
        const ReportAudience* external = t.audience(QStringLiteral("external"));
        QVERIFY(external && t.audience(ReportTemplates::Internal));
        const SevReportTemplate* report = t.report(*SeverityInfo::fromNumber(sev));
        QVERIFY(!report->formatFor(QStringLiteral("external")).isEmpty());
        ReportContext c;
        c.sev = QStringLiteral("SEV-%1").arg(sev);
        c.title = QStringLiteral("Checkout API 5xx");
        c.status = QStringLiteral("Investigating");
        c.tplus = QStringLiteral("T+0:15:16");
        c.checklist = QStringLiteral("Triage 2/2");
        c.metrics = QStringLiteral("5xx rate 4.8% (critical) from http://prometheus.internal:9090");
        c.actions = QStringLiteral("T+0:10:00 GET https://10.0.3.7:8443/admin/pool → {\"active\": 20}");
        const QString internal = ReportComposer::fill(*report, c, {}, *t.audience(ReportTemplates::Internal));
        QVERIFY2(internal.contains(QStringLiteral("10.0.3.7")), qPrintable(internal)); // responders see it all
        const QString out = ReportComposer::fill(*report, c, {}, *external);
        QVERIFY2(ReportComposer::rawDetails(out).isEmpty(), qPrintable(out));
        QVERIFY(out.contains(c.title) && out.contains(c.status));
        QVERIFY(!out.contains(QStringLiteral("prometheus.internal")) && !out.contains(QStringLiteral("active")));
    }

    void anAudienceNeverReceivesWhatItWithholds()
    {
        SevReportTemplate report;
        report.formats.insert(QStringLiteral("external"), QStringLiteral("{{title}} | {{actions}}"));
        ReportContext c;
        c.title = QStringLiteral("Checkout");
        c.actions = QStringLiteral("GET http://db-1:5432/");
        const ReportAudience external{QStringLiteral("external"), QStringLiteral("External"), QString(),
                                      {QStringLiteral("actions")}};
        QCOMPARE(ReportComposer::fill(report, c, {}, external), QStringLiteral("Checkout | "));

        ReportTemplates t;
        t.audiences = {external};
        t.reports = {report};
        QVERIFY2(t.problem().contains(QStringLiteral("{{actions}}")), qPrintable(t.problem()));
    }

    void teamTextHandingOutWithheldDetailsIsRefused()
    {
        const QString dir = QDir(DataFiles::dataDirectory()).filePath(QStringLiteral("templates"));
        QDir().mkpath(dir);
        QFile own(QDir(dir).filePath(QStringLiteral("sev-reports.json")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write(R"({"reports": [{"severity": 2, "cadenceMinutes": 20,
                      "formats": {"internal": "{{title}}", "external": "{{title}} {{metrics}}"}}]})");
        own.close();
        QString warning;
        const ReportTemplates t = DataFiles::reportTemplates(QStringLiteral("en"), &warning);
        own.remove();
        QVERIFY2(warning.contains(own.fileName()) && warning.contains(QStringLiteral("{{metrics}}")), qPrintable(warning));
        QCOMPARE(t.report(Severity::Sev2)->cadenceMinutes, 30); // the shipped one stays
    }

    void rawDetails_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("plain words") << "Checkout is slow for 4.8% of users; ETA 14:30, T+0:15:16" << QStringList{};
        QTest::newRow("url") << "see https://grafana.corp/d/x?var_host=db1 now" << QStringList{"https://grafana.corp/d/x?var_host=db1"};
        QTest::newRow("ip and port") << "pool on 10.0.3.7:5432 full" << QStringList{"10.0.3.7:5432"};
        QTest::newRow("host and port") << "db-primary.internal:5432 down" << QStringList{"db-primary.internal:5432"};
        QTest::newRow("ipv6") << "from [fd00::1]:8080" << QStringList{"[fd00::1]:8080"};
        QTest::newRow("json answer") << R"(answer {"active": 20})" << QStringList{R"({"active":)"};
    }
    void rawDetails()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QCOMPARE(ReportComposer::rawDetails(text), found);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
