#include "DashboardProfileLoader.h"
#include "DataFiles.h"
#include "FifoDeadline.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
// What stands at a path a team's file is read from: a FIFO nobody writes to, a device, a folder, or
// a regular file just over the cap.
bool place(const QString& what, const QString& path, qint64 capBytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile::remove(path);
    if (what == QLatin1String("fifo"))
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
    if (what == QLatin1String("device"))
        return QFile::link(QStringLiteral("/dev/zero"), path); // a link to it: the device is what is read
    if (what == QLatin1String("folder"))
        return QDir().mkpath(path);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray("# ") + QByteArray(capBytes, 'x') + "\n") > capBytes;
}
} // namespace

class TestDashboardProfile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedProfileWithSeedRules()
    {
        QString error;
        QStringList notes;
        const auto profile = DashboardProfileLoader::load(QStringLiteral(IC_DASHBOARD_YAML), &error, &notes);
        QVERIFY2(profile, qPrintable(error));
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join('\n')));
        QCOMPARE(profile->prometheus, QUrl("http://127.0.0.1:9090"));
        QCOMPARE(profile->refreshMs, 15'000);
        QCOMPARE(profile->panels.size(), 7);
        const PanelDefinition& commits = profile->panels.at(0);
        QCOMPARE(commits.query, QStringLiteral("rate(commit_positive_total[5m])"));
        QCOMPARE(commits.thresholds.size(), 3); // a band from the profile, two alerts from seed 000's rules
        QCOMPARE(commits.thresholds.at(1).name, QStringLiteral("CommitSurgeDetected"));
        QCOMPARE(commits.thresholds.at(1).value, 10.0);
        QCOMPARE(commits.thresholds.at(1).forMs, 120'000);
        QCOMPARE(commits.thresholds.at(2).level, ThresholdLevel::Critical);
        const PanelDefinition& latency = profile->panels.at(1);
        QCOMPARE(latency.thresholds.size(), 2); // matched despite different spacing
        const PanelDefinition& lag = profile->panels.last();
        QCOMPARE(lag.legend, QStringLiteral("{{topic}}"));
        QCOMPARE(lag.thresholds.at(0).forMs, 180'000);
    }

    void seed001RulesAsTheRunbookQuotesThem()
    {
        // Seed 001 writes severity beside expr, in a bare list.
        const QByteArray rules =
            "- alert: HikariCPConnectionTimeout\n"
            "  expr: hikaricp_connections_timeout_total > 10\n"
            "  for: 2m\n"
            "  severity: critical\n"
            "- alert: KafkaConsumerLagHigh\n"
            "  expr: kafka_consumer_lag > 5000\n"
            "  for: 3m\n"
            "  severity: warning\n"
            "- record: job:up:sum\n"
            "  expr: sum(up)\n"
            "- alert: NotAThreshold\n"
            "  expr: absent(up)\n";
        QString error;
        QStringList notes;
        const auto parsed = DashboardProfileLoader::parseRules(rules, "seed-001.yml", &error, &notes);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->size(), 2);
        QCOMPARE(parsed->at(0).level, ThresholdLevel::Critical);
        QCOMPARE(parsed->at(1).query, QStringLiteral("kafka_consumer_lag"));
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.at(0).contains("NotAThreshold") && notes.at(0).contains("line 11"));
    }

    // keep_firing_for (Prometheus 2.42) in a rules file and in a profile's threshold, as Prometheus reads it.
    // Prometheus' runbook_url annotation reaches the alert's threshold: a file beside the rules as its
    // full path, a URL or a name for the runbook folder as written; kept with the incident's panels.
    void runbookUrlAnnotation()
    {
        QTemporaryDir dir;
        QFile beside(dir.filePath(QStringLiteral("db-failover.md")));
        QVERIFY(beside.open(QIODevice::WriteOnly));
        beside.close();
        QFile rules(dir.filePath(QStringLiteral("rules.yml")));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write("groups:\n  - name: g\n    rules:\n"
                    "      - alert: Beside\n        expr: up < 1\n        annotations:\n          runbook_url: db-failover.md\n"
                    "      - alert: Remote\n        expr: up < 0.5\n        annotations:\n          runbook_url: https://wiki.corp.example/raw/up.md\n"
                    "      - alert: InFolder\n        expr: up < 0.2\n        annotations:\n          runbook_url: kafka-lag.md\n"
                    "      - alert: None\n        expr: up < 0.1\n");
        rules.close();
        const QString profile = dir.filePath(QStringLiteral("p.yaml"));
        QFile text(profile);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("alert_rules: [rules.yml]\npanels:\n  - id: up\n    title: Up\n    query: up\n");
        text.close();
        QString error;
        const auto loaded = DashboardProfileLoader::load(profile, &error);
        QVERIFY2(loaded, qPrintable(error));
        const PanelDefinition& up = loaded->panels.first();
        QCOMPARE(up.thresholds.size(), 4);
        auto urlOf = [&](const char* name) {
            for (const Threshold& t : up.thresholds)
                if (t.name == QLatin1String(name))
                    return loaded->runbookUrlFor(QStringLiteral("up"), t.ruleId());
            return QStringLiteral("no such rule");
        };
        QCOMPARE(urlOf("Beside"), QFileInfo(beside).absoluteFilePath());
        QCOMPARE(urlOf("Remote"), QStringLiteral("https://wiki.corp.example/raw/up.md"));
        QCOMPARE(urlOf("InFolder"), QStringLiteral("kafka-lag.md"));
        QCOMPARE(urlOf("None"), QString());
        QCOMPARE(PanelDefinition::fromJson(up.toJson()).thresholds.at(1).runbookUrl, up.thresholds.at(1).runbookUrl);
    }

    void keepFiringFor_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<QByteArray>("threshold");
        QTest::addColumn<qint64>("keepMs");
        QTest::addColumn<bool>("inclusive");
        QTest::addColumn<QString>("error");
        QTest::newRow("rule with keep_firing_for")
            << QByteArray("groups:\n- name: g\n  rules:\n  - alert: LagHigh\n    expr: lag >= 5000\n    for: 1m\n"
                          "    keep_firing_for: 5m\n")
            << QByteArray() << qint64(300'000) << true << QString();
        QTest::newRow("rule without it") << QByteArray("- alert: LagHigh\n  expr: lag > 5000\n  for: 1m\n") << QByteArray()
                                         << qint64(0) << false << QString();
        QTest::newRow("profile threshold")
            << QByteArray() << QByteArray("{level: warning, above: 5000, for: 1m, keep_firing_for: 90s, name: LagHigh}")
            << qint64(90'000) << false << QString();
        QTest::newRow("profile threshold: not a duration")
            << QByteArray() << QByteArray("{level: warning, above: 5000, for: 1m, keep_firing_for: soon}") << qint64(0)
            << false << QStringLiteral("\"keep_firing_for\" is not a duration");
        QTest::newRow("profile threshold: a band cannot keep firing")
            << QByteArray() << QByteArray("{level: warning, above: 5000, keep_firing_for: 1m}") << qint64(0) << false
            << QStringLiteral("\"keep_firing_for\" needs \"for\"");
    }
    void keepFiringFor()
    {
        QFETCH(QByteArray, rules);
        QFETCH(QByteArray, threshold);
        QFETCH(qint64, keepMs);
        QFETCH(bool, inclusive);
        QFETCH(QString, error);
        QString problem;
        Threshold got;
        if (!rules.isEmpty()) {
            QStringList notes;
            const auto parsed = DashboardProfileLoader::parseRules(rules, "rules.yml", &problem, &notes);
            QVERIFY2(parsed && parsed->size() == 1, qPrintable(problem));
            DashboardProfile profile;
            profile.panels = {PanelDefinition{}};
            profile.panels[0].query = QStringLiteral("lag");
            QVERIFY(DashboardProfileLoader::applyRules(profile, *parsed).isEmpty());
            got = profile.panels.at(0).thresholds.at(0);
        } else {
            const auto profile = DashboardProfileLoader::parse(
                "panels:\n  - id: lag\n    query: lag\n    thresholds:\n      - " + threshold + "\n", "p.yaml", &problem);
            if (!error.isEmpty()) {
                QVERIFY(!profile);
                QVERIFY2(problem.contains(error) && problem.contains(QStringLiteral("line 5")), qPrintable(problem));
                return;
            }
            QVERIFY2(profile, qPrintable(problem));
            got = profile->panels.at(0).thresholds.at(0);
        }
        QCOMPARE(got.keepFiringForMs, keepMs);
        QCOMPARE(got.inclusive, inclusive);
        QCOMPARE(PanelDefinition::fromJson(PanelDefinition{QString(), QString(), QString(), QString(), QString(), QUrl(),
                                                           15'000, {got}}
                                               .toJson())
                     .thresholds.at(0)
                     .keepFiringForMs,
                 keepMs); // kept with the incident's panels
    }

    void teamFilesAreReadBounded_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("FIFO") << "fifo" << "is a named pipe (FIFO), not a regular file";
        QTest::newRow("device") << "device" << "is a device, not a regular file";
        QTest::newRow("folder") << "folder" << "is a folder, not a regular file";
        QTest::newRow("over the cap") << "large" << "is larger than";
    }
    void teamFilesAreReadBounded()
    {
        QFETCH(QString, what);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path())); // where DataFiles looks for the team's files

        // The dashboard profile named with --profile, and the rules file a profile names.
        const QString profile = dir.filePath(QStringLiteral("profile.yaml"));
        QVERIFY(place(what, profile, 1024 * 1024));
        QString error;
        auto loaded = withinDeadline(profile, 5000, [&] { return DashboardProfileLoader::load(profile, &error); });
        QVERIFY2(loaded, "reading the profile did not return");
        QVERIFY(!*loaded);
        QVERIFY2(error.contains(profile) && error.contains(mentions), qPrintable(error));

        const QString rules = dir.filePath(QStringLiteral("rules.yml"));
        QVERIFY(place(what, rules, 4 * 1024 * 1024));
        const QString withRules = dir.filePath(QStringLiteral("with-rules.yaml"));
        QFile text(withRules);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("prometheus: http://127.0.0.1:9090\nalert_rules: [rules.yml]\npanels:\n  - id: up\n    title: Up\n    query: up\n");
        text.close();
        error.clear();
        loaded = withinDeadline(rules, 5000, [&] { return DashboardProfileLoader::load(withRules, &error); });
        QVERIFY2(loaded, "reading the rules did not return");
        QVERIFY(!*loaded);
        QVERIFY2(error.contains(rules) && error.contains(mentions), qPrintable(error));

        // The team's checklist and report templates: named, and the shipped ones used instead.
        const QString checklist = DataFiles::userChecklistPath();
        QVERIFY(checklist.startsWith(dir.path()));
        QVERIFY(place(what, checklist, 1024 * 1024));
        QString warning;
        const auto json = withinDeadline(checklist, 5000, [&] { return DataFiles::checklist(QStringLiteral("en"), &warning); });
        QVERIFY2(json, "reading the checklist did not return");
        QCOMPARE(*json, DataFiles::shippedChecklist());
        QVERIFY2(warning.contains(checklist) && warning.contains(mentions), qPrintable(warning));

        const QString reports = QDir(DataFiles::dataDirectory()).filePath(QStringLiteral("templates/sev-reports.json"));
        QVERIFY(place(what, reports, 1024 * 1024));
        warning.clear();
        const auto templates =
            withinDeadline(reports, 5000, [&] { return DataFiles::reportTemplates(QStringLiteral("en"), &warning); });
        QVERIFY2(templates, "reading the templates did not return");
        QVERIFY2(warning.contains(reports) && warning.contains(mentions), qPrintable(warning));
        qunsetenv("XDG_DATA_HOME");
    }

    void comparisons_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("above");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("inclusive");
        QTest::newRow("simple") << "kafka_consumer_lag > 5000" << true << "kafka_consumer_lag" << true << 5000.0 << false;
        QTest::newRow("below or equal") << "up <= 0" << true << "up" << false << 0.0 << true;
        QTest::newRow("above or equal") << "lag >= 5000" << true << "lag" << true << 5000.0 << true;
        QTest::newRow("comparison inside braces") << "rate(x{code=~\">5\"}[5m]) > 0.5" << true
                                                  << "rate(x{code=~\">5\"}[5m])" << true << 0.5 << false;
        QTest::newRow("bool modifier") << "a > bool 3" << true << "a" << true << 3.0 << false;
        QTest::newRow("no comparison") << "absent(up)" << false << "" << false << 0.0 << false;
        QTest::newRow("vector on the right") << "a > b" << false << "a" << true << 0.0 << false;
    }
    void comparisons()
    {
        QFETCH(QString, expr);
        QFETCH(bool, ok);
        QString parsedQuery;
        bool parsedAbove = false;
        double parsedValue = 0;
        bool parsedInclusive = false;
        QCOMPARE(DashboardProfileLoader::splitComparison(expr, &parsedQuery, &parsedAbove, &parsedValue, &parsedInclusive),
                 ok);
        if (!ok)
            return;
        QFETCH(QString, query);
        QFETCH(bool, above);
        QFETCH(double, value);
        QCOMPARE(parsedQuery, query);
        QCOMPARE(parsedAbove, above);
        QCOMPARE(parsedValue, value);
        QFETCH(bool, inclusive);
        QCOMPARE(parsedInclusive, inclusive);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << "15s" << qint64(15'000);
        QTest::newRow("minutes") << "2m" << qint64(120'000);
        QTest::newRow("compound") << "1h30m" << qint64(5'400'000);
        QTest::newRow("millis") << "500ms" << qint64(500);
        QTest::newRow("zero") << "0s" << qint64(0);
        QTest::newRow("garbage") << "soon" << qint64(-1);
        QTest::newRow("unit missing") << "15" << qint64(-1);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(DashboardProfileLoader::parseDuration(text).value_or(-1), ms);
    }

    void brokenProfilesNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not yaml") << QByteArray("panels: [\n  {title: x\n") << "line 3";
        QTest::newRow("no panels") << QByteArray("name: x\n") << "no \"panels\"";
        QTest::newRow("panel without query") << QByteArray("panels:\n  - title: lag\n") << "line 2: a panel needs a \"query\"";
        QTest::newRow("bad level") << QByteArray("panels:\n  - title: lag\n    query: x\n    thresholds:\n      - {level: scary, above: 1}\n")
                                   << "line 5";
        QTest::newRow("bad duration") << QByteArray("refresh: often\npanels:\n  - {title: a, query: b}\n") << "line 1";
    }
    void brokenProfilesNameFileAndLine()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!DashboardProfileLoader::parse(yaml, "/tmp/team.yaml", &error));
        QVERIFY2(error.contains("/tmp/team.yaml") && error.contains(mentions), qPrintable(error));
    }

    void jsonProfilesWorkToo()
    {
        QString error;
        const auto profile = DashboardProfileLoader::parse(
            "{\"prometheus\": \"http://10.0.0.1:9090\", \"panels\": [{\"title\": \"Lag\", \"query\": \"kafka_consumer_lag\", \"thresholds\": [{\"level\": \"critical\", \"above\": 100, \"for\": \"1m\"}]}]}",
            "team.json", &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->panels.at(0).thresholds.at(0).forMs, 60'000);
        QCOMPARE(profile->panels.at(0).id, QStringLiteral("Lag"));
    }
};

QTEST_GUILESS_MAIN(TestDashboardProfile)
#include "tst_dashboardprofile.moc"
