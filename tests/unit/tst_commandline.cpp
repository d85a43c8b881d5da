#include "MarkdownProbe.h"
#include "storage/IncidentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include <sys/stat.h>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

// The headless verbs, run as a user's script would run them.
class TestCommandLine final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    Run run(QStringList args, const QString& db = {})
    {
        args.prepend(db.isEmpty() ? m_db : db);
        args.prepend(QStringLiteral("--db"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return runIn(env, args);
    }

    // A deadline, not a pause: a run that does not end within it is killed and counts as failed.
    static Run runIn(const QProcessEnvironment& env, const QStringList& args, int deadlineMs = 30'000)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(INCIDENT_CONSOLE), args);
        if (!process.waitForFinished(deadlineMs))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString writeRunbook(const QString& name, const QByteArray& text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { m_db = m_dir.filePath(QStringLiteral("cli.sqlite")); }

    void helpNamesEveryVerb()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* verb : {"list", "new", "note", "check", "status", "sev", "export", "demo", "--db"})
            QVERIFY2(r.out.contains(QLatin1String(verb)), verb);
    }

    void scriptsAWholeIncident()
    {
        const Run created = run({"new", "--title", "Checkout | API 5xx", "--sev", "2", "--commander", "Kim",
                                 "--started", "2026-11-21T09:00:00Z"});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.out.trimmed();
        QVERIFY(id.toInt() > 0);
        QCOMPARE(run({"note", "--incident", id, "DB", "pool", "exhausted"}).exitCode, 0);
        QCOMPARE(run({"note", "--incident", id, "--kind", "action", "restarted pods"}).exitCode, 0);
        QCOMPARE(run({"check", "--incident", id, "triage.scope"}).exitCode, 0);
        const Run items = run({"check", "--incident", id});
        QVERIFY(items.out.contains("[x] triage.scope"));
        QVERIFY(items.out.contains("[ ] triage.record"));
        QCOMPARE(run({"sev", "--incident", id, "1"}).exitCode, 0);
        QCOMPARE(run({"status", "--incident", id, "resolved"}).exitCode, 0);
        const Run list = run({"list"});
        QVERIFY(list.out.contains(QStringLiteral("SEV-1\tresolved")));
        QVERIFY(list.out.contains(QStringLiteral("Checkout | API 5xx")));

        const QString out = m_dir.filePath(QStringLiteral("pm.md"));
        const Run exported = run({"export", "--incident", id, "--out", out});
        QCOMPARE(exported.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const MarkdownProbe probe = MarkdownProbe::parse(QString::fromUtf8(file.readAll()));
        QCOMPARE(probe.headings.value(0), QStringLiteral("Checkout | API 5xx"));
        QStringList events;
        for (const MarkdownProbe::Table& t : probe.tables) {
            if (t.rows.value(0).value(0) == QLatin1String("T+")) {
                for (int r = 1; r < t.rows.size(); ++r)
                    events << t.rows.at(r).at(3);
            }
        }
        QCOMPARE(events.size(), 6);
        QVERIFY(events.contains(QStringLiteral("DB pool exhausted")));
        QVERIFY(events.contains(QStringLiteral("Severity changed: SEV-2 → SEV-1")));
        QVERIFY(probe.listItems.last().endsWith(QStringLiteral(" restarted pods"))); // under "Actions recorded"
    }

    void koreanExport()
    {
        const QString id = run({"new", "--title", "결제 API 장애"}).out.trimmed();
        const QString out = m_dir.filePath(QStringLiteral("ko.md"));
        QCOMPARE(run({"--lang", "ko", "export", "--incident", id, "--out", out}).exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY(markdown.startsWith(QStringLiteral("# 결제 API 장애")));
        QVERIFY2(markdown.contains(QStringLiteral("## 타임라인")), qPrintable(markdown.left(600)));
    }

    void mistakesGetClearMessages_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty title") << QStringList{"new", "--title", " "} << "title";
        QTest::newRow("unknown incident") << QStringList{"note", "--incident", "999", "x"} << "no incident 999";
        QTest::newRow("bad severity") << QStringList{"new", "--title", "x", "--sev", "5"} << "--sev";
        QTest::newRow("bad start time") << QStringList{"new", "--title", "x", "--started", "yesterday"} << "ISO 8601";
        QTest::newRow("unwritable export") << QStringList{"export", "--incident", "1", "--out", "/nonexistent-dir/pm.md"}
                                           << "/nonexistent-dir/pm.md";
        QTest::newRow("hex id") << QStringList{"note", "--incident", "0x1", "x"} << "0x1";
        QTest::newRow("empty id") << QStringList{"note", "--incident", "", "x"} << "not an incident id";
        QTest::newRow("id beyond 64 bits") << QStringList{"note", "--incident", "18446744073709551616", "x"}
                                           << "18446744073709551616";
        QTest::newRow("negative id") << QStringList{"note", "--incident", "-1", "x"} << "-1";
        QTest::newRow("id with a fraction") << QStringList{"note", "--incident", "1.0", "x"} << "1.0";
        QTest::newRow("open with a hex id") << QStringList{"--open", "0x1", "list"} << "0x1";
        QTest::newRow("start in year 1") << QStringList{"new", "--title", "x", "--started", "0001-01-01T00:00:00Z"}
                                         << "2000";
        QTest::newRow("start in the future") << QStringList{"new", "--title", "x", "--started", "2999-01-01T00:00:00Z"}
                                             << "future";
        QTest::newRow("hex severity") << QStringList{"new", "--title", "x", "--sev", "0x2"} << "--sev";
        QTest::newRow("mitigated in the future")
            << QStringList{"status", "--incident", "1", "mitigated", "--at", "2999-01-01T00:00:00Z"} << "future";
        QTest::newRow("mitigated at no time") << QStringList{"status", "--incident", "1", "mitigated", "--at", "soon"}
                                              << "ISO 8601";
        QTest::newRow("hex severity change") << QStringList{"sev", "--incident", "1", "0x1"} << "level";
    }
    void mistakesGetClearMessages()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        run({"new", "--title", "first"});
        const Run r = run(args);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    // The chart images resolve to their files whatever the post-mortem is called.
    void exportedChartLinksFindTheirFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("closing parenthesis") << "pm).md";
        QTest::newRow("spaces and brackets") << "a b (c) [d] <e>.md";
        QTest::newRow("korean") << "장애 보고서.md";
        QTest::newRow("percent and hash") << "100% #1?.md";
    }
    void exportedChartLinksFindTheirFiles()
    {
        QFETCH(QString, name);
        const QString db = m_dir.filePath(QStringLiteral("links.sqlite"));
        const QString id = run({"new", "--title", "Lag", "--started", "2025-12-25T01:14:00Z"}, db).out.trimmed();
        {
            IncidentStore store;
            QVERIFY(store.open(db));
            PanelDefinition panel;
            panel.id = QStringLiteral("lag");
            panel.title = QStringLiteral("Kafka consumer lag [p99]");
            MetricSeries lag(QStringLiteral("{}"), QStringLiteral("lag"));
            lag.merge({1766625240.0, 1766625270.0}, {4700, 4720});
            QVERIFY(store.saveSamples(id.toLongLong(), panel, {lag}));
        }
        const QString out = m_dir.filePath(name);
        const Run r = run({"export", "--incident", id, "--out", out}, db);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const MarkdownProbe probe = MarkdownProbe::parse(QString::fromUtf8(file.readAll()));
        QCOMPARE(probe.images.size(), 1);
        QCOMPARE(probe.images.at(0).text, QStringLiteral("Kafka consumer lag [p99]"));
        // As a viewer resolves the image against the Markdown file's own URL.
        const QString chart =
            QUrl::fromLocalFile(out).resolved(QUrl(probe.images.at(0).destination, QUrl::StrictMode)).toLocalFile();
        QCOMPARE(chart, QFileInfo(out).absolutePath() + QLatin1Char('/') + QFileInfo(out).completeBaseName() +
                            QStringLiteral("-charts/lag.png"));
        QCOMPARE(QImage(chart).size(), QSize(1200, 420));
    }

    void exportRendersKeptCharts()
    {
        const QString db = m_dir.filePath(QStringLiteral("charts.sqlite"));
        const QString id = run({"new", "--title", "Lag", "--started", "2025-12-25T01:14:00Z"}, db).out.trimmed();
        {
            IncidentStore store;
            QVERIFY(store.open(db));
            PanelDefinition panel;
            panel.id = QStringLiteral("kafka lag/coupon");
            panel.title = QStringLiteral("Kafka consumer lag");
            MetricSeries lag(QStringLiteral("{}"), QStringLiteral("lag"));
            std::vector<double> t, v;
            for (int i = 0; i < 120; ++i) {
                t.push_back(1766625240.0 + i * 30);
                v.push_back(4700 + 20 * i);
            }
            lag.merge(t, v);
            QVERIFY(store.saveSamples(id.toLongLong(), panel, {lag}));
        }
        const QString out = m_dir.filePath(QStringLiteral("with charts.md"));
        const Run r = run({"export", "--incident", id, "--out", out}, db);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY2(markdown.contains(QStringLiteral("## Metrics")), qPrintable(markdown.left(800)));
        QVERIFY(markdown.contains(QStringLiteral("![Kafka consumer lag](with%20charts-charts/kafka-lag-coupon.png)")));
        const QImage chart(m_dir.filePath(QStringLiteral("with charts-charts/kafka-lag-coupon.png")));
        QCOMPARE(chart.size(), QSize(1200, 420));
    }

    void reportPrintsTheFilledSevReport()
    {
        const QString db = m_dir.filePath(QStringLiteral("report.sqlite"));
        const QString id = run({"new", "--title", "Coupon lag", "--sev", "1"}, db).out.trimmed();
        run({"note", "--incident", id, "--kind", "action", "scaled consumers to 10"}, db);
        const Run r = run({"report", "--incident", id, "--set", "scope=coupon issuing", "--set", "customer_impact=5,000 users"}, db);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("[SEV-1] Coupon lag | Investigating | T+")));
        QVERIFY(r.out.contains(QStringLiteral("Scope of impact: coupon issuing")));
        QVERIFY(r.out.contains(QStringLiteral("Customer impact: 5,000 users")));
        QVERIFY(r.out.contains(QStringLiteral("Workaround: ‹to fill: Workaround (none / describe)›")));
        QVERIFY(r.out.contains(QStringLiteral("scaled consumers to 10")));
        QVERIFY(r.out.contains(QStringLiteral("Next update in 15 minutes.")));
        const Run ko = run({"--lang", "ko", "report", "--incident", id}, db);
        QVERIFY2(ko.out.contains(QStringLiteral("현재 영향 범위: ‹")), qPrintable(ko.out));
        QCOMPARE(run({"report", "--incident", id, "--set", "novalue"}, db).exitCode, 2);

        run({"note", "--incident", id, "--kind", "action", "GET http://10.0.3.7:8080/lag"}, db);
        const Run external = run({"report", "--incident", id, "--audience", "external"}, db);
        QVERIFY2(external.exitCode == 0, qPrintable(external.err));
        QVERIFY(external.out.startsWith(QStringLiteral("[SEV-1] Coupon lag | Investigating")));
        QVERIFY2(!external.out.contains(QStringLiteral("10.0.3.7")) && !external.out.contains(QStringLiteral("scaled")),
                 qPrintable(external.out));
        const Run unknown = run({"report", "--incident", id, "--audience", "press"}, db);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("press")));
    }

    void runbookCheckLintsRunbooks()
    {
        const Run ok = run({"runbook", "check", QStringLiteral(IC_RUNBOOKS "/000-commit-surge.md")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains(QStringLiteral("38 sections, 0 checklist items, 33 HTTP actions, 18 copy commands")));
        QVERIFY(ok.out.contains(QStringLiteral("Authorization: Bearer ${ADMIN_TOKEN}"))); // the variable, never a value
        QVERIFY(ok.out.contains(QStringLiteral(":47: warning: this curl command is offered for copying only")));

        const QString broken = m_dir.filePath(QStringLiteral("broken.md"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Broken\n\n```bash\ncurl -d '{\"a\": 1 http://h/x\n```\n\n- [ ] still here\n");
        file.close();
        const Run bad = run({"runbook", "check", broken, "--json"});
        QCOMPARE(bad.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(bad.out.toUtf8()).object();
        const QJsonObject warning = json.value("warnings").toArray().at(0).toObject();
        QCOMPARE(warning.value("line").toInt(), 4);
        QVERIFY(warning.value("error").toBool());
        QCOMPARE(json.value("sections").toArray().at(0).toObject().value("steps").toArray().size(), 1); // the rest opens
    }

    void storesThatKeepNothingAreRefused_data()
    {
        QTest::addColumn<QString>("db");
        QTest::newRow("empty") << QString();
        QTest::newRow("in memory") << QStringLiteral(":memory:");
    }
    void storesThatKeepNothingAreRefused()
    {
        QFETCH(QString, db);
        QProcess process;
        process.start(QStringLiteral(INCIDENT_CONSOLE), {"--db", db, "new", "--title", "lost"});
        QVERIFY(process.waitForFinished(30'000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY2(process.readAllStandardError().contains("is not a file"), "no clear message");
        QVERIFY(process.readAllStandardOutput().isEmpty()); // no id of an incident that would not be kept
    }

    // Consoles started together on one new store each see the tables the one before made.
    void tenConsolesCreateOneStore()
    {
        for (int round = 0; round < 8; ++round) {
            const QString db = m_dir.filePath(QStringLiteral("together-%1.sqlite").arg(round));
            std::vector<std::unique_ptr<QProcess>> consoles;
            for (int i = 0; i < 10; ++i) {
                consoles.push_back(std::make_unique<QProcess>());
                consoles.back()->start(QStringLiteral(INCIDENT_CONSOLE), {"--db", db, "list"});
            }
            for (auto& console : consoles) {
                QVERIFY(console->waitForFinished(30'000));
                QVERIFY2(console->exitCode() == 0, console->readAllStandardError().constData());
            }
        }
    }

    void exportWritesOnlyRegularFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("fifo") << "fifo" << "not a regular file";
        QTest::newRow("link to a fifo") << "link" << "not a regular file";
        QTest::newRow("a folder") << "folder" << "not a regular file";
        QTest::newRow("the store itself") << "store" << "incident store itself";
        QTest::newRow("a hard link to the store") << "hardlink" << "incident store itself";
        QTest::newRow("another store") << "other store" << "SQLite database";
    }
    void exportWritesOnlyRegularFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        const Run created = run({"new", "--title", "export target"});
        QCOMPARE(created.exitCode, 0);
        const QString fifo = m_dir.filePath(QStringLiteral("pipe-%1").arg(kind));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QString target = fifo;
        if (kind == "link") {
            target = m_dir.filePath(QStringLiteral("link-to-pipe.md"));
            QVERIFY(QFile::link(fifo, target));
        } else if (kind == "folder") {
            target = m_dir.filePath(QStringLiteral("a-folder.md"));
            QVERIFY(QDir().mkpath(target));
        } else if (kind == "store") {
            target = m_db;
        } else if (kind == "hardlink") {
            target = m_dir.filePath(QStringLiteral("store-link.md"));
            QCOMPARE(::link(QFile::encodeName(m_db).constData(), QFile::encodeName(target).constData()), 0);
        } else if (kind == "other store") {
            target = m_dir.filePath(QStringLiteral("other-store.sqlite"));
            QCOMPARE(run({"list"}, target).exitCode, 0);
        }
        const Run r = run({"export", "--incident", created.out.trimmed(), "--out", target});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        struct stat info{};
        QCOMPARE(stat(QFile::encodeName(fifo).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
        QCOMPARE(run({"list"}).exitCode, 0); // the store is still a store
    }

    void controlCharactersAreShownEscaped()
    {
        const QString title = QStringLiteral("\x1b]0;pwned\x07" "Checkout\x1b[2J\x9b" "\nsecond line");
        const Run created = run({"new", "--title", title});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.out.trimmed();
        for (const QStringList& args : {QStringList{"list"}, QStringList{"report", "--incident", id}}) {
            const Run r = run(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QStringLiteral("\\u001b]0;pwned\\u0007Checkout")), qPrintable(args.join(' ') + ": " + r.out));
            for (QChar c : r.out) {
                const bool control = (c.unicode() < 0x20 && c != '\n' && c != '\t') || (c.unicode() >= 0x7f && c.unicode() <= 0x9f);
                QVERIFY2(!control, qPrintable(args.join(' ') + QStringLiteral(": raw control U+%1").arg(c.unicode(), 4, 16)));
            }
        }
        const Run list = run({"list"});
        QVERIFY2(list.out.contains(QStringLiteral("\\nsecond line")), qPrintable(list.out)); // one row per incident
        const Run refused = run({"status", "--incident", id, QStringLiteral("\x1b]0;pwn\x07\x1b[2J")}); // quoted back by the parser
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(!refused.err.contains(QChar(0x1b)) && refused.err.contains(QStringLiteral("\\u001b")), qPrintable(refused.err));
    }

    void runbookCheckRefusesWhatIsNotAFile_data()
    {
        QTest::addColumn<QString>("path"); // relative: made in the test's folder
        QTest::addColumn<QString>("mentions");
        QTest::newRow("endless device") << "/dev/zero" << "is a device, not a regular file";
        QTest::newRow("FIFO without a writer") << "waiting.fifo" << "is a named pipe (FIFO), not a regular file";
        QTest::newRow("folder") << "." << "is a folder, not a regular file";
    }
    void runbookCheckRefusesWhatIsNotAFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, mentions);
        if (!path.startsWith(QLatin1Char('/')))
            path = m_dir.filePath(path);
        if (path.endsWith(QLatin1String(".fifo")) && !QFileInfo::exists(path))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const Run r = runIn(QProcessEnvironment::systemEnvironment(), {"runbook", "check", path}, 10'000);
        QCOMPARE(r.exitCode, 1); // -1: still reading when the deadline came
        QVERIFY2(r.out.contains(path + QStringLiteral(":0: error: ") + path + QLatin1Char(' ') + mentions), qPrintable(r.out + r.err));
    }

    void runbookCheckTouchesNothingButTheRunbook()
    {
        const QString runbook = writeRunbook(QStringLiteral("quiet.md"), "# Quiet\n\n- [ ] one\n\n```bash\ncurl -s http://h/x\n```\n");
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), home.path());
        for (const QStringList& args : {QStringList{"runbook", "check", runbook}, QStringList{"runbook", "check", "--json", runbook},
                                        QStringList{"runbook", "check", m_dir.filePath(QStringLiteral("absent.md"))}}) {
            const Run r = runIn(env, args);
            QVERIFY2(r.exitCode == 0 || args.last().endsWith(QLatin1String("absent.md")), qPrintable(r.out + r.err));
        }
        QStringList created;
        for (QDirIterator it(home.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
             it.hasNext();)
            created << it.next();
        QVERIFY2(created.isEmpty(), qPrintable(created.join(QLatin1Char('\n'))));
    }

    void runbookCheckFailsOnWhatRunWouldRefuse_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("jq loop") << QByteArray("curl -s http://h/x | jq '[.a[] | recurse]'") << 1
                                 << ":4: error: this request would be refused when run";
        QTest::newRow("jq environment") << QByteArray("curl -s http://h/x | jq '$ENV'") << 1 << "$ENV";
        QTest::newRow("file URL") << QByteArray("curl file:///etc/passwd") << 0
                                  << ":4: warning: this curl command is offered for copying only: its URL uses file:";
        QTest::newRow("qrc URL") << QByteArray("curl qrc:/runbooks/000-commit-surge.md") << 0 << ":4: warning: this curl command is offered for copying only: its URL uses qrc:";
        QTest::newRow("gopher URL") << QByteArray("curl gopher://h/1") << 0 << "uses gopher:";
        QTest::newRow("unclosed $(") << QByteArray("X=$(curl -s http://h/x\necho it's fine") << 1 << ":4: error: unclosed $( … )";
        QTest::newRow("missing variable: listed") << QByteArray("curl -H \"X-Key: $IC_CLI_UNSET\" http://h/x") << 0
                                                  << "needs: IC_CLI_UNSET";
    }
    void runbookCheckFailsOnWhatRunWouldRefuse()
    {
        QFETCH(QByteArray, command);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QString path = writeRunbook(QStringLiteral("refused.md"), "# R\n\n```bash\n" + command + "\n```\n");
        const Run r = run({"runbook", "check", path});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.contains(says), qPrintable(r.out));
        const bool stillARequest = says.startsWith(QLatin1String("needs")); // only a missing variable keeps it one
        QCOMPARE(r.out.contains(QStringLiteral("HTTP:")), stillARequest);
    }

    void runbookCheckNumbersLinesOfOldMacFiles()
    {
        const QString path = writeRunbook(QStringLiteral("mac.md"),
                                          "# Mac\r\r- [ ] first\r- [ ] second\r\r```bash\rcurl -s http://h/a\rcurl -d 'open http://h/b\r```\r");
        const Run r = run({"runbook", "check", "--json", path});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QStringList lines;
        for (const QJsonValue& step : json.value("sections").toArray().at(0).toObject().value("steps").toArray())
            lines << step.toObject().value("kind").toString() + QLatin1Char('@') + QString::number(step.toObject().value("line").toInt());
        QCOMPARE(lines, QStringList({"check@3", "check@4", "http@7"}));
        QCOMPARE(json.value("warnings").toArray().at(0).toObject().value("line").toInt(), 8);
    }

    void damagedStoreIsNotTouched()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("definitely not sqlite\n").repeated(100));
        file.close();
        const Run r = run({"list"}, bad);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(bad) && r.err.contains("damaged"), qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("definitely not sqlite\n").repeated(100));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
