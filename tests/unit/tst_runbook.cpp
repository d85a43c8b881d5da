#include "FaultServer.h"
#include "FifoDeadline.h"
#include "network/Network.h"
#include "runbook/ActionRunner.h"
#include "runbook/JqFilter.h"
#include "runbook/JqRunner.h"
#include "runbook/ProseHtml.h"
#include "runbook/RunbookImporter.h"
#include "runbook/RunbookLibrary.h"
#include "runbook/RunbookReport.h"
#include "runbook/RunbookRules.h"

#include "SessionVariables.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>

namespace {
const RunbookStep* stepAt(const Runbook& r, int line)
{
    for (const RunbookSection& s : r.sections)
        for (const RunbookStep& step : s.steps)
            if (step.line == line)
                return &step;
    return nullptr;
}

RunbookStep httpStep(const QString& curl)
{
    Runbook r = RunbookImporter::importText(("```bash\n" + curl + "\n```\n").toUtf8(), QStringLiteral("t.md"));
    return r.sections.value(0).steps.value(0);
}

JqRun runJq(const QString& program, const QByteArray& json)
{
    JqRunner runner;
    QSignalSpy done(&runner, &JqRunner::finished);
    runner.start(program, json);
    if (!done.wait(10'000))
        return {};
    return done.first().at(1).value<JqRun>();
}

// Runs actions and waits for each one's outcome.
struct ActionDriver
{
    Network network;
    ActionRunner runner{network};
    QSignalSpy finished{&runner, &ActionRunner::finished};

    quint64 start(const QString& curl, int timeoutMs = 5000)
    {
        QString error;
        const quint64 id = runner.start(httpStep(curl), timeoutMs, &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        return id;
    }
    std::optional<ActionOutcome> outcome(quint64 id) const
    {
        for (const auto& args : finished)
            if (args.at(0).toULongLong() == id)
                return args.at(1).value<ActionOutcome>();
        return std::nullopt;
    }
    ActionOutcome wait(quint64 id, int ms = 10'000)
    {
        QElapsedTimer clock;
        clock.start();
        while (!outcome(id) && clock.elapsed() < ms)
            finished.wait(static_cast<int>(ms - clock.elapsed()));
        return outcome(id).value_or(ActionOutcome());
    }
    ActionOutcome run(const QString& curl) { return wait(start(curl)); }
};

// Every piece of `form` of `piece` characters or more, in any letter case, spaces ignored.
bool leaks(QString text, const QByteArray& form, int piece = 6)
{
    text.remove(QLatin1Char(' '));
    for (int i = 0; i + piece <= form.size(); ++i)
        if (text.contains(QString::fromUtf8(form.mid(i, piece)), Qt::CaseInsensitive))
            return true;
    return false;
}

// A program that runs for minutes (3 nested loops over 600 items), to the word filter a plain path.
const QString Cartesian = QStringLiteral("[.a[] as $x | .a[] as $y | .a[] as $z | 1] | length");
QByteArray hundreds()
{
    QByteArray json = "{\"a\":[0";
    for (int i = 1; i < 600; ++i)
        json += "," + QByteArray::number(i);
    return json + "]}";
}
} // namespace

class TestRunbook final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("sections");
        QTest::addColumn<int>("checks");
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("copy");
        QTest::newRow("000 commit surge") << "000-commit-surge.md" << 38 << 0 << 33 << 18; // echo ... | crontab - installs: a copy
        QTest::newRow("003 operations (AWS)") << "003-operations-aws.md" << 35 << 19 << 3 << 48; // the diagram is text; X=$(echo .. | sed) a copy
        QTest::newRow("004 SEV operations") << "004-sev-operations.md" << 17 << 15 << 0 << 0;
    }
    void seeds()
    {
        QFETCH(QString, file);
        QFETCH(int, sections);
        QFETCH(int, checks);
        QFETCH(int, http);
        QFETCH(int, copy);
        const Runbook r = RunbookImporter::importFile(QStringLiteral(IC_RUNBOOKS) + QLatin1Char('/') + file);
        QVERIFY(!r.hasErrors());
        QCOMPARE(r.sections.size(), sections);
        QCOMPARE(r.count(RunbookStep::Check), checks);
        QCOMPARE(r.count(RunbookStep::Http), http);
        QCOMPARE(r.count(RunbookStep::Copy), copy);
    }

    // Text between the steps is kept for reading: prose as Markdown, drawings and configuration as written.
    void proseAndDiagramsAreText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("texts"); // kind@line:a piece of it
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("copies");
        QTest::newRow("prose between two actions")
            << "# T\n\nRead this **first**.\n\n```bash\ncurl http://h/a\n```\n\nThen check the *rate*.\n\n```bash\ncurl http://h/b\n```\n"
            << QStringList{"prose@3:Read this **first**.", "prose@9:Then check the *rate*."} << 2 << 0;
        QTest::newRow("box-drawing diagram in a plain fence")
            << "# T\n\n```\n┌─────┐\n│ App │\n├─────┤\n│ DB  │\n└─────┘\n```\n" << QStringList{"pre@4:│ App │\n├─────┤"} << 0 << 0;
        QTest::newRow("ascii diagram in a bash fence")
            << "# T\n\n```bash\n+-----+     +-----+\n| app | --> | db  |\n+-----+     +-----+\n```\n"
            << QStringList{"pre@4:| app | --> | db  |"} << 0 << 0;
        QTest::newRow("flow of arrows")
            << "# T\n\n```\nalert\n  |\n  v\ntriage -> mitigate -> resolve\n```\n" << QStringList{"pre@4:triage -> mitigate"} << 0 << 0;
        QTest::newRow("yaml is shown as written")
            << "# T\n\n```yaml\n- alert: X\n  for: 2m\n```\n" << QStringList{"pre@4:- alert: X\n  for: 2m"} << 0 << 0;
        QTest::newRow("a table is prose") << "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n" << QStringList{"prose@3:|---|---|\n| 1 | 2 |"} << 0 << 0;
        QTest::newRow("checklist items are steps, not prose") << "# T\n\n## Checklist\n\n- [ ] one\n- [ ] two\n" << QStringList{} << 0 << 0;
        QTest::newRow("commands with pipes and arrows stay commands")
            << "# T\n\n```bash\nkubectl get pods | grep api\ncurl http://h/x -d 'a->b'\n```\n" << QStringList{} << 1 << 1;
        QTest::newRow("crlf prose") << "# T\r\n\r\nLine one\r\nline two\r\n" << QStringList{"prose@3:Line one\r\nline two"} << 0 << 0;
    }
    void proseAndDiagramsAreText()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, texts);
        QFETCH(int, http);
        QFETCH(int, copies);
        const Runbook r = RunbookImporter::importText(markdown.toUtf8(), QStringLiteral("t.md"));
        QStringList found;
        for (const RunbookSection& s : r.sections)
            for (const RunbookText& t : s.texts)
                found << QStringLiteral("%1@%2:%3").arg(t.kind == RunbookText::Prose ? "prose" : "pre").arg(t.line).arg(t.markdown);
        QCOMPARE(found.size(), texts.size());
        for (int i = 0; i < texts.size(); ++i) {
            const QString expected = texts.at(i);
            const QString head = expected.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':');
            QVERIFY2(found.at(i).startsWith(head) && found.at(i).contains(expected.mid(head.size())), qPrintable(found.at(i)));
        }
        QCOMPARE(r.count(RunbookStep::Http), http);
        QCOMPARE(r.count(RunbookStep::Copy), copies);
    }

    void seed003DiagramIsText()
    {
        const Runbook r = RunbookImporter::importFile(QStringLiteral(IC_RUNBOOKS "/003-operations-aws.md"));
        bool diagram = false;
        for (const RunbookSection& s : r.sections) {
            for (const RunbookText& t : s.texts)
                diagram = diagram || (t.kind == RunbookText::Preformatted && t.line == 19 && t.markdown.contains(QStringLiteral("T-Developer System")));
            for (const RunbookStep& step : s.steps)
                QVERIFY2(!step.command.contains(QStringLiteral("│")) && !step.command.contains(QStringLiteral("┌")), qPrintable(step.command));
        }
        QVERIFY(diagram);
    }

    void proseIsRenderedByMd4c_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("has");
        QTest::addColumn<QString>("hasNot");
        QTest::newRow("emphasis") << "Read **this** first" << "<strong>this</strong>" << "**";
        QTest::newRow("table") << "| a | b |\n|---|---|\n| 1 | 2 |" << "<td>1</td>" << "|---|";
        QTest::newRow("raw html stays text") << "<script>x</script> <b>hi</b>" << "&lt;script&gt;" << "<script>";
        QTest::newRow("an image is its alt text, never loaded") << "See ![the graph](/dev/zero) here" << "the graph" << "<img";
        QTest::newRow("inline code") << "Run `kubectl get pods`" << "<code>kubectl get pods</code>" << "`";
    }
    void proseIsRenderedByMd4c()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, has);
        QFETCH(QString, hasNot);
        const QString html = ProseHtml::of(markdown);
        QVERIFY2(html.contains(has), qPrintable(html));
        QVERIFY2(!html.contains(hasNot), qPrintable(html));
    }

    // A new, changed or removed file of the folder shows without a restart; a broken one is named and
    // takes nothing else away, and a file that breaks keeps its last good version.
    void libraryFollowsTheFolder()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QString& name, const QByteArray& bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        };
        auto names = [](const RunbookLibrary& library) {
            QStringList out;
            for (const RunbookLibrary::Entry& e : library.entries())
                out << e.name + (e.problem.isEmpty() ? QString() : QStringLiteral(" !"));
            return out;
        };
        write(QStringLiteral("a.md"), "# Alpha\n\n- [ ] one\n");
        RunbookLibrary library({}, dir.path());
        library.setDebounceMs(20);
        QSignalSpy problems(&library, &RunbookLibrary::problem);
        QSignalSpy versions(&library, &RunbookLibrary::runbookChanged);
        QCOMPARE(names(library), QStringList{QStringLiteral("a")});

        write(QStringLiteral("b.md"), "# Beta\n");
        QTRY_COMPARE(names(library), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));

        write(QStringLiteral("a.md"), "# Alpha two\n\n- [ ] one\n- [ ] two\n");
        QTRY_COMPARE(library.runbook(dir.filePath(QStringLiteral("a.md"))).title, QStringLiteral("Alpha two"));
        QVERIFY(versions.contains({dir.filePath(QStringLiteral("a.md"))}));

        write(QStringLiteral("broken.md"), QByteArray("# Broken\n\0\0", 12));
        QTRY_VERIFY(!problems.isEmpty());
        QVERIFY2(problems.last().at(0).toString().contains(QStringLiteral("broken.md")), qPrintable(problems.last().at(0).toString()));
        QCOMPARE(names(library), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("broken !")}));

        write(QStringLiteral("a.md"), QByteArray("\0binary now", 11));
        QTRY_COMPARE(names(library), (QStringList{QStringLiteral("a !"), QStringLiteral("b"), QStringLiteral("broken !")}));
        QCOMPARE(library.runbook(dir.filePath(QStringLiteral("a.md"))).title, QStringLiteral("Alpha two")); // last good
        QVERIFY2(problems.last().at(0).toString().contains(QStringLiteral("a.md")), qPrintable(problems.last().at(0).toString()));

        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("b.md"))));
        QTRY_COMPARE(names(library), (QStringList{QStringLiteral("a !"), QStringLiteral("broken !")}));
    }

    // A timeout is told as the commander set it: the deadline timer may fire a little early.
    void timeoutIsToldAsConfigured_data()
    {
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("told");
        QTest::newRow("whole seconds") << 1000 << "timed out after 1 s";
        QTest::newRow("a fraction") << 1500 << "timed out after 1.5 s";
    }
    void timeoutIsToldAsConfigured()
    {
        QFETCH(int, timeoutMs);
        QFETCH(QString, told);
        FaultServer server;
        ActionDriver actions;
        const ActionOutcome slow = actions.wait(actions.start(QStringLiteral("curl %1/stall-headers").arg(server.base()), timeoutMs));
        QCOMPARE(slow.result.outcome, HttpOutcome::Timeout);
        QVERIFY2(slow.summary.contains(told), qPrintable(slow.summary));
        QVERIFY2(!slow.summary.contains(QRegularExpression(QStringLiteral("\\d ms"))), qPrintable(slow.summary));
    }

    // A value given for this session is sent, and masked in all that comes back, like the environment's.
    void sessionValuesAreSentAndMasked()
    {
        const QByteArray canary = "session-canary-41f0";
        qunsetenv("IC_SESSION_ONLY");
        FaultServer server;
        ActionDriver actions;
        const QString curl = QStringLiteral("curl -s %1/echo -H \"X-Key: ${IC_SESSION_ONLY}\"").arg(server.base());
        QString error;
        QVERIFY(!actions.runner.start(httpStep(curl), 3000, &error));
        QVERIFY2(error.contains(QStringLiteral("IC_SESSION_ONLY")) && !error.contains(QStringLiteral("start it again")), qPrintable(error));

        SessionVariables variables;
        QCOMPARE(variables.source(QStringLiteral("IC_SESSION_ONLY")), SessionVariables::Missing);
        variables.set(QStringLiteral("IC_SESSION_ONLY"), QString::fromLatin1(canary));
        QCOMPARE(variables.source(QStringLiteral("IC_SESSION_ONLY")), SessionVariables::Session);
        actions.runner.setVariables(&variables);
        const ActionOutcome echoed = actions.run(curl);
        QVERIFY2(echoed.result.ok(), qPrintable(echoed.summary));
        QCOMPARE(server.requests.last().headers.value("x-key"), canary);
        QVERIFY(qgetenv("IC_SESSION_ONLY").isEmpty()); // never put in the environment
        QVERIFY2(!echoed.summary.contains(QString::fromLatin1(canary)) && !echoed.details.contains(QString::fromLatin1(canary)),
                 qPrintable(echoed.details));
        QVERIFY(echoed.details.contains(QStringLiteral("x-key: ••••")));
    }

    // The whole answer can be read: the one-line summary is cut, the details are not.
    void resultsAreReadWhole()
    {
        FaultServer server;
        ActionDriver actions;
        server.routes.insert("/long", "{\"log\": \"" + QByteArray(2000, 'x') + " END-OF-ANSWER\"}");
        const ActionOutcome o = actions.run(QStringLiteral("curl -s %1/long").arg(server.base()));
        QVERIFY2(o.result.ok(), qPrintable(o.summary));
        QVERIFY(!o.summary.contains(QStringLiteral("END-OF-ANSWER")));
        QVERIFY2(o.details.contains(QStringLiteral("END-OF-ANSWER")), qPrintable(o.details.right(200)));
        QVERIFY(o.details.contains(QString(2000, QLatin1Char('x'))));
    }

    // "(target: …)" next to an action is its success criterion, wherever the team wrote it; one next
    // to no action is named by the check, never silently dropped.
    void criteriaNextToAnAction_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("criteria"); // per HTTP step, "" for none
        QTest::addColumn<int>("unattachedWarnings");
        QTest::newRow("comment above") << "## A\n\n```bash\n# error rate (target: < 1)\ncurl -s http://h/a | jq .r\n```\n"
                                       << QStringList{"target: < 1"} << 0;
        QTest::newRow("comment after, on its line") << "## A\n\n```bash\ncurl -s http://h/a | jq .r  # target: <= 200\n```\n"
                                                    << QStringList{"target: <= 200"} << 0;
        QTest::newRow("prose after the block") << "## A\n\n```bash\ncurl -s http://h/a | jq .r\n```\n\nHealthy when p95 is low (target: < 200).\n"
                                               << QStringList{"target: < 200"} << 0;
        QTest::newRow("prose before the block") << "## A\n\nThe lag should drain (목표: < 5000).\n\n```bash\ncurl -s http://h/lag | jq .lag\n```\n"
                                                << QStringList{"목표: < 5000"} << 0;
        QTest::newRow("marked-up prose") << "## A\n\n```bash\ncurl -s http://h/a | jq .r\n```\n\n**Target:** &lt; 5 errors a minute\n"
                                         << QStringList{"Target: < 5"} << 0;
        QTest::newRow("echo of the variable") << "## A\n\n```bash\nR=$(curl -s http://h/r | jq .r)\necho \"rate $R (target: >= 0.99)\"\n```\n"
                                              << QStringList{"target: >= 0.99"} << 0;
        QTest::newRow("two actions, one criterion each")
            << "## A\n\n```bash\n# (target: < 1)\ncurl -s http://h/a | jq .a\n# (target: > 5)\ncurl -s http://h/b | jq .b\n```\n"
            << QStringList{"target: < 1", "target: > 5"} << 0;
        QTest::newRow("prose with no action in its section") << "## A\n\nKeep errors low (target: < 1).\n\n## B\n\n```bash\ncurl -s http://h/b\n```\n"
                                                             << QStringList{""} << 1;
        QTest::newRow("echo of nothing") << "## A\n\n```bash\necho \"$NOPE (target: < 3)\"\n```\n" << QStringList{} << 1;
    }
    void criteriaNextToAnAction()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, criteria);
        QFETCH(int, unattachedWarnings);
        const Runbook r = RunbookImporter::importText(markdown.toUtf8(), QStringLiteral("t.md"));
        QStringList got;
        for (const RunbookSection& section : r.sections)
            for (const RunbookStep& step : section.steps)
                if (step.kind == RunbookStep::Http)
                    got << (step.hasCriterion ? step.criterion.text : QString());
        QCOMPARE(got, criteria);
        int warned = 0;
        for (const RunbookWarning& w : r.warnings)
            warned += w.message.contains(QStringLiteral("success criterion")) && w.line > 0 ? 1 : 0;
        QCOMPARE(warned, unattachedWarnings);
    }

    void seed000Requests()
    {
        const Runbook r = RunbookImporter::importFile(QStringLiteral(IC_RUNBOOKS "/000-commit-surge.md"));
        QCOMPARE(r.title, QStringLiteral("🚀 Commit 급증 대응 Runbook"));
        const RunbookStep* rateLimit = stepAt(r, 105);
        QVERIFY(rateLimit && rateLimit->kind == RunbookStep::Http);
        QCOMPARE(rateLimit->text, QStringLiteral("1. 커밋 전용 Rate limiting 활성화"));
        QCOMPARE(rateLimit->action.method, QStringLiteral("POST"));
        QCOMPARE(rateLimit->action.url, QStringLiteral("http://localhost:8002/api/admin/rate-limit/commits"));
        QCOMPARE(rateLimit->action.headers.first(), qMakePair(QStringLiteral("Authorization"), QStringLiteral("Bearer ${ADMIN_TOKEN}")));
        QVERIFY(rateLimit->action.body.contains(QStringLiteral("\"commits_per_minute\": 20,")));
        QCOMPARE(rateLimit->action.variables, QStringList{"ADMIN_TOKEN"});

        const RunbookStep* byUser = stepAt(r, 50);
        QCOMPARE(byUser->action.method, QStringLiteral("GET"));
        QCOMPARE(byUser->action.url, QStringLiteral("http://localhost:8002/api/generation/stats/commits/by-user"));
        QCOMPARE(byUser->action.jq, QStringLiteral(".top_users[:10]"));
        QCOMPARE(byUser->text, QStringLiteral("사용자별 커밋 분포 확인"));

        const RunbookStep* rate = stepAt(r, 317);
        QCOMPARE(rate->assignedTo, QStringLiteral("COMMIT_RATE"));
        QCOMPARE(rate->action.url, QStringLiteral("http://localhost:9090/api/v1/query?query=rate(commit_positive_total[5m])"));
        QVERIFY(rate->hasCriterion);
        QCOMPARE(rate->criterion.op, QStringLiteral("<"));
        QCOMPARE(rate->criterion.value, 10.0);

        const RunbookStep* withDate = stepAt(r, 47);
        QCOMPARE(withDate->kind, RunbookStep::Copy); // $(date ...) is never run
        QVERIFY(std::any_of(r.warnings.cbegin(), r.warnings.cend(),
                            [](const RunbookWarning& w) { return w.line == 47 && w.message.contains("command substitution"); }));
        QCOMPARE(stepAt(r, 155)->command, QStringLiteral("kubectl scale deployment generation-service --replicas=3  # 기본 2에서 증설"));
    }

    void seed004ChecklistPhases()
    {
        const Runbook r = RunbookImporter::importFile(QStringLiteral(IC_RUNBOOKS "/004-sev-operations.md"));
        QStringList phases;
        for (const RunbookSection& s : r.sections)
            if (!s.steps.isEmpty())
                phases << s.title + QStringLiteral(" ") + QString::number(s.steps.size());
        QCOMPARE(phases, QStringList({"초기 분류(트리아지) 2", "안정화(스태빌라이즈) 4", "진단(다이애그노즈) 3",
                                      "복구(리커버리) 3", "사후 처리(포스트 인시던트) 3"}));
    }

    void koreanBoxLinesAndTasks()
    {
        const Runbook r = RunbookImporter::importText(
            "# 점검\n\n□ 백업 확인\n\n- [x] 배포 중단\n- [ ] 롤백 준비\n- 그냥 목록\n", QStringLiteral("box.md"));
        QCOMPARE(r.count(RunbookStep::Check), 3);
        QCOMPARE(r.sections.at(0).steps.at(0).text, QStringLiteral("백업 확인"));
        QVERIFY(r.sections.at(0).steps.at(1).checkedInFile);
        QCOMPARE(r.sections.at(0).steps.at(2).line, 6);
    }

    void brokenFilesAreNamedWithTheLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<int>("stillOpened");
        QTest::newRow("unterminated quote") << QByteArray("# R\n\n```bash\ncurl http://h/ok\ncurl -d '{\"a\":1 http://h/x\n```\n\n- [ ] after\n")
                                            << 5 << "quote opened in this command is never closed" << 2;
        QTest::newRow("unclosed if") << QByteArray("# R\n```sh\nif true; then\n  echo x\n```\n- [ ] after\n") << 3 << "never closed" << 1;
        QTest::newRow("binary") << QByteArray("# R\n\0\1\2", 7) << 0 << "binary" << 0;
    }
    void brokenFilesAreNamedWithTheLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        QFETCH(int, stillOpened);
        const Runbook r = RunbookImporter::importText(content, QStringLiteral("/runbooks/team.md"));
        QVERIFY(r.hasErrors());
        QCOMPARE(r.warnings.first().line, line);
        QVERIFY2(r.warnings.first().message.contains(mentions), qPrintable(r.warnings.first().message));
        QCOMPARE(r.count(RunbookStep::Http) + r.count(RunbookStep::Check), stillOpened); // the rest still opens
    }

    void onlyRegularFilesAreRead_data()
    {
        QTest::addColumn<QString>("path"); // relative: made in a temporary folder
        QTest::addColumn<QString>("mentions");
        QTest::newRow("endless device") << "/dev/zero" << "is a device, not a regular file";
        QTest::newRow("empty device") << "/dev/null" << "is a device, not a regular file";
        QTest::newRow("FIFO") << "fifo.md" << "is a named pipe (FIFO), not a regular file";
        QTest::newRow("folder") << "folder.md" << "is a folder, not a regular file";
        QTest::newRow("over the cap") << "huge.md" << "is larger than 4 MiB";
        QTest::newRow("missing") << "missing.md" << "cannot be read";
    }
    void onlyRegularFilesAreRead()
    {
        QFETCH(QString, path);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        if (!path.startsWith(QLatin1Char('/')))
            path = dir.filePath(path);
        if (path.endsWith(QLatin1String("fifo.md")))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        if (path.endsWith(QLatin1String("folder.md")))
            QVERIFY(QDir().mkpath(path));
        if (path.endsWith(QLatin1String("huge.md"))) {
            QFile big(path);
            QVERIFY(big.open(QIODevice::WriteOnly));
            big.write(QByteArray(RunbookImporter::MaxBytes + 1, '#'));
        }
        const std::optional<Runbook> r = withinDeadline(path, 5000, [path] { return RunbookImporter::importFile(path); });
        QVERIFY2(r, "reading did not return");
        QVERIFY(r->fatal);
        const QString message = r->warnings.value(0).message;
        QVERIFY2(message.contains(path) && message.contains(mentions), qPrintable(message));
    }

    void readsUpToTheCap()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("long.md")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray line("- [ ] step\n");
        file.write("# Long\n\n" + line.repeated(static_cast<int>((RunbookImporter::MaxBytes - 8) / line.size())));
        file.close();
        QVERIFY(file.size() <= RunbookImporter::MaxBytes);
        const Runbook r = RunbookImporter::importFile(file.fileName());
        QVERIFY(!r.hasErrors());
        QCOMPARE(r.count(RunbookStep::Check), static_cast<int>((RunbookImporter::MaxBytes - 8) / line.size()));
    }

    void linesAreCountedForEveryLineEnding_data()
    {
        QTest::addColumn<QByteArray>("newline");
        QTest::newRow("LF (Unix)") << QByteArray("\n");
        QTest::newRow("CRLF (Windows)") << QByteArray("\r\n");
        QTest::newRow("CR (old Mac)") << QByteArray("\r");
    }
    void linesAreCountedForEveryLineEnding()
    {
        QFETCH(QByteArray, newline);
        const QList<QByteArray> lines = {
            "# Title",                          // 1
            "",                                 // 2
            "## Checks",                        // 3
            "",                                 // 4
            "- [ ] first",                      // 5
            "- [x] second",                     // 6
            "",                                 // 7
            "Look at the rate:",                // 8
            "",                                 // 9
            "```bash",                          // 10
            "",                                 // 11
            "# the rate",                       // 12
            "curl -s http://h/rate | jq .a",    // 13
            "kubectl get pods",                 // 14
            "curl -d 'never closed http://h/x", // 15
            "```",                              // 16
            "",                                 // 17
            "□ boxed",                          // 18
        };
        QByteArray text;
        for (const QByteArray& line : lines)
            text += line + newline;
        const Runbook r = RunbookImporter::importText(text, QStringLiteral("endings.md"));
        QCOMPARE(r.sections.size(), 2);
        QCOMPARE(r.sections.at(1).line, 3);
        QStringList seen;
        for (const RunbookStep& step : r.sections.at(1).steps)
            seen << QStringLiteral("%1@%2").arg(step.kind).arg(step.line);
        QCOMPARE(seen, QStringList({"0@5", "0@6", "1@13", "2@14", "0@18"}));
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.first().line, 15);
    }

    // "It must say at check time everything that would be refused at run time."
    void checkSaysWhatRunWouldRefuse_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("kind");          // what the step is after the check
        QTest::addColumn<int>("severity");      // 0 nothing, 1 warning, 2 error
        QTest::addColumn<QString>("mentions");
        QTest::newRow("jq loop") << "curl -s http://h/x | jq 'until(false; .)'" << int(RunbookStep::Copy) << 2 << "\"until\"";
        QTest::newRow("jq reads the environment") << "curl -s http://h/x | jq env.HOME" << int(RunbookStep::Copy) << 2 << "\"env\"";
        QTest::newRow("jq $ENV") << "curl -s http://h/x | jq '$ENV.TOKEN'" << int(RunbookStep::Copy) << 2 << "$ENV";
        QTest::newRow("no host") << "curl http:///only/a/path" << int(RunbookStep::Copy) << 2 << "not valid";
        QTest::newRow("bad port") << "curl http://h:99999999/x" << int(RunbookStep::Copy) << 2 << "not valid";
        QTest::newRow("file URL") << "curl file:///etc/passwd" << int(RunbookStep::Copy) << 1 << "uses file:";
        QTest::newRow("qrc URL") << "curl qrc:/runbooks/x.md" << int(RunbookStep::Copy) << 1 << "uses qrc:";
        QTest::newRow("gopher URL") << "curl gopher://h/1" << int(RunbookStep::Copy) << 1 << "uses gopher:";
        QTest::newRow("missing variable: listed, not an error")
            << "curl -H \"Authorization: Bearer $IC_CHECK_UNSET\" http://h/x" << int(RunbookStep::Http) << 0 << "";
        QTest::newRow("URL from a variable: known at send time") << "curl \"$IC_CHECK_BASE/x\"" << int(RunbookStep::Http) << 0 << "";
        QTest::newRow("fine") << "curl -s http://h/x | jq '.a[0]'" << int(RunbookStep::Http) << 0 << "";
    }
    void checkSaysWhatRunWouldRefuse()
    {
        QFETCH(QString, command);
        QFETCH(int, kind);
        QFETCH(int, severity);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("r.md")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(("# R\n\n```bash\n" + command + "\n```\n").toUtf8());
        file.close();
        const Runbook r = RunbookRules::open(file.fileName());
        const RunbookStep* step = stepAt(r, 4);
        QVERIFY(step);
        QCOMPARE(int(step->kind), kind);
        QCOMPARE(r.hasErrors(), severity == 2);
        QCOMPARE(r.warnings.size(), severity == 0 ? 0 : 1);
        if (severity > 0) {
            QCOMPARE(r.warnings.first().line, 4);
            QVERIFY2(r.warnings.first().message.contains(mentions), qPrintable(r.warnings.first().message));
        }
        // The report says it too; a missing variable is listed, not refused.
        const QString report = RunbookReport::text(r);
        if (command.contains(QLatin1String("IC_CHECK_UNSET")))
            QVERIFY2(report.contains(QStringLiteral("needs: IC_CHECK_UNSET")), qPrintable(report));
    }

    // ...and what check lets through as a request, run refuses only for what the environment holds.
    void runRefusesWhatCheckReports_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("jq");
        QTest::addColumn<QString>("mentions"); // of the run-time refusal; empty: it is sent
        QTest::newRow("jq loop") << "http://127.0.0.1:1/x" << "until(false; .)" << "\"until\"";
        QTest::newRow("jq env") << "http://127.0.0.1:1/x" << "env" << "\"env\"";
        QTest::newRow("no host") << "http:///x" << "" << "not valid";
        QTest::newRow("file URL") << "file:///etc/passwd" << "" << "not an http or https URL";
        QTest::newRow("qrc URL") << "qrc:/runbooks/x.md" << "" << "not an http or https URL";
        QTest::newRow("gopher URL") << "gopher://127.0.0.1:1/1" << "" << "not an http or https URL";
        QTest::newRow("file URL from a variable") << "${IC_RULES_BASE}/etc/passwd" << "" << "not an http or https URL";
        QTest::newRow("host:port from a variable") << "${IC_RULES_HOSTPORT}/x" << ".a" << "";
        QTest::newRow("fine") << "http://127.0.0.1:1/x" << ".a" << "";
    }
    void runRefusesWhatCheckReports()
    {
        QFETCH(QString, url);
        QFETCH(QString, jq);
        QFETCH(QString, mentions);
        qputenv("IC_RULES_BASE", "file://");
        qputenv("IC_RULES_HOSTPORT", "127.0.0.1:1");
        RunbookStep step;
        step.kind = RunbookStep::Http;
        step.action.url = url;
        step.action.jq = jq;
        if (url.startsWith(QLatin1String("${")))
            step.action.variables << url.mid(2, url.indexOf(QLatin1Char('}')) - 2);
        QString error;
        const auto request = ActionRunner::requestFor(step, 1000, &error);
        QCOMPARE(!request, !mentions.isEmpty());
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("file://")) || !url.startsWith(QLatin1String("${")),
                 qPrintable(error)); // a variable's value is never quoted
        // Check agrees wherever the environment plays no part.
        if (!url.contains(QLatin1String("${")))
            QCOMPARE(RunbookRules::refusal(step.action).isEmpty(), mentions.isEmpty());
        if (request)
            QCOMPARE(request->url.scheme(), QStringLiteral("http"));
    }

    void jq_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("output");
        const char* doc = nullptr;
        Q_UNUSED(doc)
        QTest::newRow("path") << ".data.result[0].value[1]" << "6.5";
        QTest::newRow("negative index") << ".list[-1]" << "5";
        QTest::newRow("slice") << ".list[:2]" << "[1,2]";
        QTest::newRow("tail slice") << ".list[-2:]" << "[4,5]";
        QTest::newRow("iterate") << ".users[].name" << "kim\nlee";
        QTest::newRow("select") << ".users[] | select(.n > 5) | .name" << "lee";
        QTest::newRow("identity") << "." << "{\"data\":{\"result\":[{\"value\":[1,\"6.5\"]}]},\"list\":[1,2,3,4,5],\"users\":[{\"name\":\"kim\",\"n\":1},{\"name\":\"lee\",\"n\":9}]}";
        QTest::newRow("missing key") << ".nope" << "null";
        QTest::newRow("keys named like functions") << ".data.test" << "null";
    }
    void jq()
    {
        QFETCH(QString, program);
        QFETCH(QString, output);
        const QByteArray json = R"({"data":{"result":[{"value":[1,"6.5"]}]},"list":[1,2,3,4,5],"users":[{"name":"kim","n":1},{"name":"lee","n":9}]})";
        const JqRun run = runJq(program, json);
        QVERIFY2(run.status == JqRun::Ok, qPrintable(run.error));
        QCOMPARE(run.output, output);
    }

    void jqRefusesWhatCouldLeak_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("env") << "env.ADMIN_TOKEN" << "\"env\"";
        QTest::newRow("$ENV") << "$ENV.ADMIN_TOKEN" << "$ENV";
        QTest::newRow("input") << "input" << "input";
        QTest::newRow("$ ENV with a space") << "$ ENV.AWS_SECRET_ACCESS_KEY" << "$ ENV";
        QTest::newRow("$ENV behind a comment") << "$# hide\nENV.X" << "ENV";
        QTest::newRow("endless loop") << "until(false; .)" << "\"until\"";
        QTest::newRow("recursion by def") << "def f: f; f" << "\"def\"";
        QTest::newRow("regular expression") << ".a | test(\"(a+)+$\")" << "\"test\"";
    }
    void jqRefusesWhatCouldLeak()
    {
        QFETCH(QString, program);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!JqFilter::isAllowed(program, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void jqWorkerReportsInWords_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("syntax error") << ".a[" << QByteArray("{}") << int(JqRun::Failed) << "not valid";
        QTest::newRow("not JSON") << ".a" << QByteArray("<html>502</html>") << int(JqRun::Failed) << "not JSON";
        QTest::newRow("runtime error") << ".a + 1" << QByteArray("{\"a\":\"x\"}") << int(JqRun::Failed) << "jq stopped";
        // Defence in depth: even unfiltered, the worker has no environment to read.
        QTest::newRow("empty environment") << "$ENV | length" << QByteArray("{}") << int(JqRun::Ok) << "0";
    }
    void jqWorkerReportsInWords()
    {
        QFETCH(QString, program);
        QFETCH(QByteArray, json);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        qputenv("IC_JQ_CANARY", "Zq7Xw9Kp3Vt-canary");
        const JqRun run = runJq(program, json);
        QCOMPARE(int(run.status), status);
        QVERIFY2((status == JqRun::Ok ? run.output : run.error).contains(mentions), qPrintable(run.error + run.output));
    }

    // libjq asserts, crashes or loops on these; the worker dies or is killed, the console is told why.
    void jqFailuresStayInTheWorker_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("assertion on a NaN slice") << ".s[.offset:]" << QByteArray(R"({"s":"abc","offset":nan})")
                                                  << int(JqRun::Crashed) << "crashed";
        QTest::newRow("huge array index") << ".a[1000000000] = 1" << QByteArray(R"({"a":[]})") << int(JqRun::OutOfMemory)
                                          << "memory";
        QTest::newRow("cartesian product") << Cartesian << hundreds() << int(JqRun::TimedOut) << "longer than 2 s";
    }
    void jqFailuresStayInTheWorker()
    {
        QFETCH(QString, program);
        QFETCH(QByteArray, json);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        QString why;
        QVERIFY2(JqFilter::isAllowed(program, &why), qPrintable(why)); // the word filter lets them through
        QElapsedTimer clock;
        clock.start();
        const JqRun run = runJq(program, json);
        QVERIFY2(clock.elapsed() < 3500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(int(run.status), status);
        QVERIFY2(run.error.contains(mentions), qPrintable(run.error));

        // The same as a runbook action: the outcome says so, and this process is still here to read it.
        FaultServer server;
        server.routes.insert("/answer", json);
        ActionDriver actions;
        clock.restart();
        const ActionOutcome o = actions.run(QStringLiteral("curl %1/answer | jq '%2'").arg(server.base(), program));
        QVERIFY2(clock.elapsed() < 3500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(o.result.ok() && !o.hasExtraction);
        QVERIFY2(o.summary.contains(QStringLiteral("jq: the jq program stopped: ")) && o.summary.contains(mentions),
                 qPrintable(o.summary));
    }

    void aMissingWorkerIsReported()
    {
        qputenv("IC_JQ_WORKER", "/nonexistent/incident-console-jq");
        const JqRun run = runJq(QStringLiteral(".a"), "{\"a\":1}");
        qunsetenv("IC_JQ_WORKER");
        QCOMPARE(run.status, JqRun::Unavailable);
        QVERIFY2(run.error.contains(QStringLiteral("/nonexistent/incident-console-jq")), qPrintable(run.error));
        QCOMPARE(runJq(QStringLiteral(".a"), "{\"a\":1}").output, QStringLiteral("1")); // found again where the build put it
    }

    void aLongJqRunDoesNotDelayOtherRequests()
    {
        FaultServer server;
        server.routes.insert("/many", hundreds());
        ActionDriver actions;
        const quint64 slow = actions.start(QStringLiteral("curl %1/many | jq '%2'").arg(server.base(), Cartesian));
        QTRY_COMPARE_WITH_TIMEOUT(actions.runner.jqRunner().runningPids().size(), 1, 5000);
        QElapsedTimer clock;
        clock.start();
        const ActionOutcome quick = actions.run(QStringLiteral("curl %1/ok | jq -r '.status'").arg(server.base()));
        QCOMPARE(quick.extraction, QStringLiteral("success"));
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!actions.outcome(slow)); // still running beside it
        const ActionOutcome stopped = actions.wait(slow);
        QVERIFY2(stopped.summary.contains(QStringLiteral("longer than 2 s")), qPrintable(stopped.summary));
        QVERIFY(!stopped.hasExtraction);
    }

    void cancelKillsTheJqWorker()
    {
        FaultServer server;
        server.routes.insert("/many", hundreds());
        ActionDriver actions;
        const quint64 id = actions.start(QStringLiteral("curl %1/many | jq '%2'").arg(server.base(), Cartesian));
        QTRY_COMPARE_WITH_TIMEOUT(actions.runner.jqRunner().runningPids().size(), 1, 5000);
        const qint64 pid = actions.runner.jqRunner().runningPids().first();
        QElapsedTimer clock;
        clock.start();
        actions.runner.cancel(id);
        const ActionOutcome cancelled = actions.wait(id);
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(cancelled.result.outcome, HttpOutcome::Cancelled);
        QVERIFY2(cancelled.summary.contains(QStringLiteral("cancelled")), qPrintable(cancelled.summary));
        QVERIFY(actions.runner.jqRunner().runningPids().isEmpty());
        QCOMPARE(::kill(static_cast<pid_t>(pid), 0), -1); // gone and reaped
        QCOMPARE(errno, ESRCH);
    }

    // The server echoes base64("ops:<token>") without "Basic ", placed so that the answer's 160-character
    // excerpt ends inside it.
    void echoedCredentialIsMaskedAtTheCut_data()
    {
        QTest::addColumn<int>("into"); // characters of the encoding before the cut
        for (int into : {0, 3, 5, 9, 17, 30, 200})
            QTest::addRow("%d characters in", into) << into;
    }
    void echoedCredentialIsMaskedAtTheCut()
    {
        QFETCH(int, into);
        FaultServer server;
        ActionDriver actions;
        qputenv("IC_RUNBOOK_CUT_TOKEN", "Zq7Xw9Kp3Vt-canary-41");
        const QByteArray encoded = QByteArray("ops:Zq7Xw9Kp3Vt-canary-41").toBase64();
        const int pad = std::max(0, 160 - 18 - into); // {"pad":"<pad>","seen":"<encoded>
        const ActionOutcome o = actions.run(QStringLiteral("curl -u \"ops:$IC_RUNBOOK_CUT_TOKEN\" \"%1/echo-credential?pad=%2\"")
                                                .arg(server.base()).arg(pad));
        QVERIFY2(o.result.ok(), qPrintable(o.summary));
        QCOMPARE(server.requests.last().headers.value("authorization"), "Basic " + encoded);
        QVERIFY2(o.summary.contains(QStringLiteral("answer: {\"pad\":\"")), qPrintable(o.summary));
        QVERIFY2(!leaks(o.summary, encoded), qPrintable(o.summary));
        QVERIFY2(!leaks(o.summary, "Zq7Xw9Kp3Vt-canary-41"), qPrintable(o.summary));
    }

    // jq is given the answer masked, and its output is masked in any letter case: a transformed echo
    // of the token never reaches the timeline.
    void jqTransformationsOfAnEchoedTokenAreMasked_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("ascii_upcase") << ".headers[\"x-token\"] | ascii_upcase";
        QTest::newRow("ascii_downcase") << ".headers[\"x-token\"] | ascii_downcase";
        QTest::newRow("slice") << ".headers[\"x-token\"][2:]";
        QTest::newRow("spelled out") << ".headers[\"x-token\"] | split(\"\") | join(\" \")";
        QTest::newRow("reversed") << ".headers[\"x-token\"] | explode | reverse | implode";
        QTest::newRow("@base64") << ".headers[\"x-token\"] | @base64";
        QTest::newRow("@uri") << ".headers[\"x-token\"] | @uri";
        QTest::newRow("@text of the object") << ".headers | @text";
        QTest::newRow("decoded Basic credential") << ".headers.authorization[6:] | @base64d";
        QTest::newRow("decoded, upper-cased") << ".headers.authorization[6:] | @base64d | ascii_upcase | .[4:]";
    }
    void jqTransformationsOfAnEchoedTokenAreMasked()
    {
        QFETCH(QString, program);
        FaultServer server;
        ActionDriver actions;
        const QByteArray token = "Zq7Xw9Kp3Vt-canary-52";
        qputenv("IC_RUNBOOK_JQ_TOKEN", token);
        const ActionOutcome o = actions.run(QStringLiteral("curl -u \"ops:${IC_RUNBOOK_JQ_TOKEN}\" -H \"X-Token: ${IC_RUNBOOK_JQ_TOKEN}\" "
                                                           "%1/echo-json | jq -r '%2'").arg(server.base(), program));
        // jq may fail on what masking left (base64 of "••••" is not base64), but it never sees the token.
        QVERIFY2(o.result.ok() && (o.hasExtraction || !o.extractionError.isEmpty()), qPrintable(o.summary));
        QVERIFY(server.requests.last().headers.value("x-token") == token);
        QByteArray reversed = token;
        std::reverse(reversed.begin(), reversed.end());
        for (const QString& text : {o.summary, o.extraction, o.extractionError}) {
            QVERIFY2(!leaks(text, token, 5) && !leaks(text, reversed, 5), qPrintable(text));
            QVERIFY2(!leaks(text, token.toBase64()) && !leaks(text, QUrl::toPercentEncoding(QString::fromUtf8(token))), qPrintable(text));
        }
    }

    // Servers escape JSON their own way (PHP "\/", .NET "\u002B", every character as \uXXXX); jq decodes
    // it, so the masking must see the decoded text: nothing of the token in the summary or extraction.
    void jsonEscapedEchoesAreMasked_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("program");
        const QByteArray php = "{\"token\":\"s3cr3t\\/T0ken+Value9\"}";
        const QByteArray dotnet = "{\"token\":\"s3cr3t/T0ken\\u002BValue9\"}";
        QByteArray escaped = "{\"token\":\"";
        for (char c : QByteArray("s3cr3t/T0ken+Value9"))
            escaped += QByteArray("\\u00") + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        escaped += "\"}";
        QTest::newRow("PHP, answer only") << php << QString();
        QTest::newRow("PHP, slice") << php << ".token | .[1:]";
        QTest::newRow("PHP, spelled out") << php << ".token | split(\"\") | join(\" \")";
        QTest::newRow("PHP, shifted code points") << php << ".token | explode | map(. + 1) | implode";
        QTest::newRow(".NET, slice") << dotnet << ".token[8:]";
        QTest::newRow(".NET, answer only") << dotnet << QString();
        QTest::newRow("all escaped, slice") << escaped << ".token[4:]";
        QTest::newRow("all escaped, answer only") << escaped << QString();
    }
    void jsonEscapedEchoesAreMasked()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, program);
        FaultServer server;
        server.routes.insert("/escaped", body);
        ActionDriver actions;
        const QByteArray token = "s3cr3t/T0ken+Value9";
        qputenv("IC_RUNBOOK_ESCAPED_TOKEN", token);
        QString curl = QStringLiteral("curl -H \"X-Token: ${IC_RUNBOOK_ESCAPED_TOKEN}\" %1/escaped").arg(server.base());
        if (!program.isEmpty())
            curl += QStringLiteral(" | jq -r '%1'").arg(program);
        const ActionOutcome o = actions.run(curl);
        QVERIFY2(o.result.ok(), qPrintable(o.summary));
        QVERIFY2(o.summary.contains(QStringLiteral("answer: {\"token\":")), qPrintable(o.summary));
        QByteArray shifted = token;
        for (char& c : shifted)
            ++c;
        for (const QString& text : {o.summary, o.extraction}) {
            QVERIFY2(!leaks(text, token, 5) && !leaks(text, shifted, 5), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("\\u0073\\u0033")), qPrintable(text));
        }
    }

    // A hostile server echoing the credential thousands of times in one base64 word: masked in
    // linear time (it once took minutes on the window thread).
    void aWordFullOfCopiesIsMaskedQuickly()
    {
        Redactor redactor;
        const QByteArray credentials = "ops:Zq7Xw9Kp3Vt-canary-41-Zq7Xw9Kp3Vt";
        redactor.addSecret(credentials);
        redactor.addSecret(credentials.toBase64());
        redactor.addSecret(credentials.mid(4));
        const QByteArray word = credentials.repeated(30'000).toBase64(); // 1.4 MB, no break in it
        QElapsedTimer timer;
        timer.start();
        const QByteArray masked = redactor.redact(word);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        QCOMPARE(masked, QByteArray(Redactor::Mask));
    }

    void actionsAgainstALoopbackServer()
    {
        FaultServer server;
        server.routes.insert("/stats", R"({"rate": "12.5", "top_users": [{"id": "u1"}, {"id": "u2"}]})");
        Network network;
        ActionRunner runner(network);
        QSignalSpy finished(&runner, &ActionRunner::finished);
        qputenv("IC_RUNBOOK_TOKEN", "canary-7d1e90");
        auto run = [&](const QString& curl, int timeoutMs) {
            RunbookStep step = httpStep(curl);
            QString error;
            const quint64 id = runner.start(step, timeoutMs, &error);
            if (!id)
                qWarning("%s", qPrintable(error));
            const int before = static_cast<int>(finished.size());
            while (finished.size() == before && finished.wait(timeoutMs + 1000)) {
            }
            for (const auto& args : std::as_const(finished))
                if (args.at(0).toULongLong() == id)
                    return args.at(1).value<ActionOutcome>();
            return ActionOutcome();
        };

        const ActionOutcome ok = run(QStringLiteral("RATE=$(curl -s %1/stats | jq -r '.rate')\necho \"$RATE (target: <10/min)\"").arg(server.base()), 3000);
        QVERIFY(ok.result.ok());
        QCOMPARE(ok.extraction, QStringLiteral("12.5"));
        QVERIFY(ok.hasCriterion && !ok.criterionPassed);
        QVERIFY2(ok.summary.contains(QStringLiteral("target: <10: NOT met")), qPrintable(ok.summary));

        const ActionOutcome echoed = run(QStringLiteral("curl -X POST %1/echo -H \"Authorization: Bearer ${IC_RUNBOOK_TOKEN}\" -d '{\"a\": 1}'").arg(server.base()), 3000);
        QVERIFY(echoed.result.ok());
        QCOMPARE(server.requests.last().headers.value("authorization"), QByteArray("Bearer canary-7d1e90"));
        QCOMPARE(server.requests.last().body, QByteArray("{\"a\": 1}"));
        QVERIFY2(!echoed.summary.contains(QStringLiteral("canary-7d1e90")), qPrintable(echoed.summary)); // echoed, masked

        const ActionOutcome failing = run(QStringLiteral("curl -X POST %1/status/500").arg(server.base()), 3000);
        QCOMPARE(failing.result.outcome, HttpOutcome::HttpError);
        QVERIFY2(failing.summary.contains(QStringLiteral("HTTP 500")) && failing.summary.contains(QStringLiteral("server says no")),
                 qPrintable(failing.summary));

        const ActionOutcome slow = run(QStringLiteral("curl %1/stall-headers").arg(server.base()), 600);
        QCOMPARE(slow.result.outcome, HttpOutcome::Timeout);
        const ActionOutcome refused = run(QStringLiteral("curl http://127.0.0.1:1/x"), 3000);
        QCOMPARE(refused.result.outcome, HttpOutcome::Refused);
        QVERIFY(refused.summary.contains(QStringLiteral("refused")));

        // Many at once, none lost.
        QList<quint64> ids;
        for (int i = 0; i < 12; ++i) {
            QString error;
            ids << runner.start(httpStep(QStringLiteral("curl %1/stats").arg(server.base())), 5000, &error);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(), [&](quint64 id) {
            return std::any_of(finished.cbegin(), finished.cend(), [id](const QList<QVariant>& a) { return a.at(0).toULongLong() == id; });
        }), 10'000);

        QString error;
        QVERIFY(!runner.start(httpStep(QStringLiteral("curl -H \"X: ${IC_NOT_SET_ANYWHERE}\" %1/ok").arg(server.base())), 1000, &error));
        QVERIFY(error.contains(QStringLiteral("IC_NOT_SET_ANYWHERE")));

        // HEAD does not wait for a body; a URL may start with a variable.
        qputenv("IC_RUNBOOK_BASE", server.base().mid(7).toUtf8()); // host:port, no scheme
        const ActionOutcome head = run(QStringLiteral("curl -X HEAD \"$IC_RUNBOOK_BASE/ok\""), 3000);
        QVERIFY2(head.result.ok(), qPrintable(head.summary));
        QCOMPARE(server.requests.last().method, QByteArray("HEAD"));

        // Like curl without -L, a redirect is reported, never followed with the runbook's headers.
        FaultServer elsewhere;
        const int elsewhereBefore = static_cast<int>(elsewhere.requests.size());
        const ActionOutcome redirected = run(
            QStringLiteral("curl -H \"X-Key: ${IC_RUNBOOK_TOKEN}\" \"%1/redirect?to=%2/echo\"").arg(server.base(), elsewhere.base()), 3000);
        QCOMPARE(redirected.result.outcome, HttpOutcome::HttpError);
        QVERIFY2(redirected.summary.contains(QStringLiteral("not followed")) || redirected.result.detail.contains(QStringLiteral("not followed")),
                 qPrintable(redirected.summary + redirected.result.detail));
        QCOMPARE(elsewhere.requests.size(), elsewhereBefore);

        // A credential built from variables and picked out by jq is masked too.
        qputenv("IC_RUNBOOK_PASS", "hunter2-canary");
        const ActionOutcome basic = run(QStringLiteral("curl -u \"ops:${IC_RUNBOOK_PASS}\" %1/echo-json | jq -r .headers.authorization").arg(server.base()), 3000);
        QVERIFY(basic.result.ok());
        QVERIFY2(!basic.summary.contains(QByteArray("ops:hunter2-canary").toBase64()) && !basic.extraction.contains(QStringLiteral("aHVudGVy")),
                 qPrintable(basic.summary));
        QVERIFY(basic.extraction.contains(QStringLiteral("••••")));

        // An HTML error page where JSON was expected: a short message, not the page.
        const ActionOutcome html = run(QStringLiteral("curl %1/html502 | jq .status").arg(server.base()), 3000);
        QVERIFY2(html.summary.contains(QStringLiteral("not JSON")) && html.summary.size() < 700, qPrintable(html.summary));
    }
};

QTEST_GUILESS_MAIN(TestRunbook)
#include "tst_runbook.moc"
