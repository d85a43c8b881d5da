#include "ConfirmRequest.h"
#include "DataFiles.h"
#include "FaultServer.h"
#include "FileDialogs.h"
#include "Fixtures.h"
#include "Incident.h"
#include "IncidentService.h"
#include "Logging.h"
#include "MainWindow.h"
#include "RunbooksTab.h"
#include "RunbookPanel.h"
#include "SessionVariables.h"
#include "TestClock.h"
#include "runbook/RunbookLibrary.h"
#include "network/Network.h"
#include "storage/IncidentStore.h"

#include <QDirIterator>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QTreeWidget>

namespace {
const QByteArray Canary = "canary-5b2f8e11d04c";

// Every form a leaked secret could take in a file.
QList<QByteArray> forms()
{
    return {Canary, QUrl::toPercentEncoding(QString::fromLatin1(Canary)), Canary.toBase64(),
            Canary.toBase64(QByteArray::OmitTrailingEquals), ("Bearer " + Canary).toBase64()};
}

QStringList filesLeaking(const QString& dir)
{
    QStringList leaks;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray& form : forms()) {
            if (bytes.contains(form)) {
                leaks << f.fileName() + QStringLiteral(" holds ") + QString::fromLatin1(form);
                break;
            }
        }
    }
    return leaks;
}
} // namespace

// Runbook steps through the real window: checks stamp the timeline, GET runs on a click, anything else
// asks first, a running action can be cancelled; and no secret reaches the store, the logs or an export.
class TestRunbookPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runbookInTheIncidentWithoutLeakingSecrets()
    {
        QTemporaryDir dir;
        Logging::start(dir.filePath(QStringLiteral("logs")));
        qputenv("IC_CANARY", Canary);
        FaultServer server;
        const QString runbookPath = dir.filePath(QStringLiteral("canary.md"));
        {
            QFile f(runbookPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("# Canary runbook\n\n## Steps\n\n- [ ] Paged the owner\n\n```bash\n"
                                   "# read the stats\n"
                                   "curl -s \"%1/echo?key=${IC_CANARY}\" -H \"Authorization: Bearer ${IC_CANARY}\"\n"
                                   "# change the limit\n"
                                   "curl -X POST %1/echo -H 'Content-Type: application/json' -d \"{\\\"token\\\": \\\"${IC_CANARY}\\\"}\"\n"
                                   "# a slow one\n"
                                   "curl -s %1/stall-headers\n"
                                   "```\n")
                        .arg(server.base())
                        .toUtf8());
        }
        const QString db = dir.filePath(QStringLiteral("store/incidents.sqlite"));
        QDir().mkpath(dir.filePath(QStringLiteral("store")));
        TestClock clock;
        {
            IncidentStore store;
            QVERIFY(store.open(db));
            IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
            Network network;
            QString warning;
            MainWindow window(service, {nullptr, &network, DataFiles::reportTemplates(QStringLiteral("en"), &warning), {}});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.runbooks()->list()->count() >= 3); // the shipped samples
            QVERIFY(service.declare({QStringLiteral("Canary incident"), Severity::Sev2, QStringLiteral("Kim"), 0}));

            FileDialogs::setNextOpenFileName(runbookPath);
            window.openRunbookFile();
            RunbookPanel* panel = window.runbooks()->panel();
            QCOMPARE(panel->runbook().count(RunbookStep::Http), 3);
            const int section = 1; // "Steps"

            panel->itemFor(section, 0)->setCheckState(0, Qt::Checked);
            QCOMPARE(service.current()->events().last().kind, EventKind::Checklist);
            QCOMPARE(service.current()->events().last().text, QStringLiteral("Runbook «Canary runbook»: done: Paged the owner"));

            // Before it runs, an action says what it will ask: its path first, then where; never a value.
            const QString port = QString::number(QUrl(server.base()).port());
            QCOMPARE(panel->itemFor(section, 1)->text(2), QStringLiteral("GET /echo?key=${IC_CANARY} · 127.0.0.1:") + port);
            QCOMPARE(panel->itemFor(section, 3)->text(2), QStringLiteral("GET /stall-headers · 127.0.0.1:") + port);
            const int before = static_cast<int>(server.requests.size());
            panel->clickRun(section, 1); // GET: runs on the click
            QTRY_VERIFY(panel->itemFor(section, 1)->text(2).contains(QStringLiteral("HTTP 200")));
            QCOMPARE(server.requests.size(), before + 1);
            QCOMPARE(server.requests.last().headers.value("authorization"), "Bearer " + Canary);
            // The result leads the row, so a narrow Event column still shows it.
            const QString recorded = service.current()->events().last().text;
            QVERIFY2(recorded.startsWith(QStringLiteral("GET ")) && recorded.contains(QStringLiteral("HTTP 200")) &&
                         recorded.endsWith(QStringLiteral(" — read the stats (runbook «Canary runbook»)")),
                     qPrintable(recorded));

            ConfirmRequest::setNextAnswer(false);
            panel->clickRun(section, 2); // POST, declined
            QCoreApplication::processEvents();
            QCOMPARE(server.requests.size(), before + 1);
            QCOMPARE(service.current()->events().last().kind, EventKind::Action); // declined: in the timeline too
            QVERIFY2(service.current()->events().last().text.contains(QStringLiteral("not sent")),
                     qPrintable(service.current()->events().last().text));
            ConfirmRequest::setNextAnswer(true);
            panel->clickRun(section, 2);
            QTRY_VERIFY(panel->itemFor(section, 2)->text(2).contains(QStringLiteral("HTTP 200")));
            QCOMPARE(server.requests.last().body, "{\"token\": \"" + Canary + "\"}");

            const int events = static_cast<int>(service.current()->events().size());
            panel->clickRun(section, 3);
            QTRY_VERIFY(panel->itemFor(section, 3)->text(2).startsWith(QStringLiteral("running…")));
            panel->clickCancel(section, 3);
            QTRY_VERIFY(panel->itemFor(section, 3)->text(2).contains(QStringLiteral("cancelled")));
            // The commander stopped it: the timeline says so, with the reason.
            QCOMPARE(service.current()->events().size(), events + 1);
            QVERIFY2(service.current()->events().last().text.contains(QStringLiteral("a slow one")) &&
                         service.current()->events().last().text.contains(QStringLiteral("cancelled")),
                     qPrintable(service.current()->events().last().text));

            FileDialogs::setNextSaveFileName(dir.filePath(QStringLiteral("export/postmortem.md")));
            QDir().mkpath(dir.filePath(QStringLiteral("export")));
            window.exportPostmortem();
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("export/postmortem.md"))));
            QVERIFY2(filesLeaking(dir.path()).isEmpty(), qPrintable(filesLeaking(dir.path()).join('\n'))); // WAL still there
        }
        QVERIFY2(filesLeaking(dir.path()).isEmpty(), qPrintable(filesLeaking(dir.path()).join('\n')));
        // The search itself works: the runbook names the variable, and a planted file would be found.
        QFile planted(dir.filePath(QStringLiteral("planted.txt")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write(QUrl::toPercentEncoding(QString::fromLatin1(Canary)));
        planted.close();
        QCOMPARE(filesLeaking(dir.path()).size(), 1);
    }

    // A variable that is not set shows on the panel and in the dialog before anything is sent; a value
    // given for this session is used at once (no restart) and reaches no file; refusals reach the timeline.
    void missingVariablesAreShownAndGivenForTheSession()
    {
        QTemporaryDir dir;
        Logging::start(dir.filePath(QStringLiteral("logs")));
        qunsetenv("IC_SESSION_TOKEN");
        qunsetenv("IC_SESSION_TARGET");
        FaultServer server;
        const QString runbookPath = dir.filePath(QStringLiteral("session.md"));
        {
            QFile f(runbookPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("# Session runbook\n\n## Steps\n\n```bash\n"
                                   "# read with a token\n"
                                   "curl -s %1/echo -H \"Authorization: Bearer ${IC_SESSION_TOKEN}\"\n"
                                   "# somewhere a variable names\n"
                                   "curl -s \"${IC_SESSION_TARGET}/x\"\n"
                                   "```\n")
                        .arg(server.base())
                        .toUtf8());
        }
        const QString db = dir.filePath(QStringLiteral("store/incidents.sqlite"));
        QDir().mkpath(dir.filePath(QStringLiteral("store")));
        TestClock clock;
        {
            IncidentStore store;
            QVERIFY(store.open(db));
            IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
            Network network;
            QString warning;
            MainWindow window(service, {nullptr, &network, DataFiles::reportTemplates(QStringLiteral("en"), &warning), {}});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(service.declare({QStringLiteral("Session incident"), Severity::Sev2, QStringLiteral("Kim"), 0}));
            FileDialogs::setNextOpenFileName(runbookPath);
            window.openRunbookFile();
            RunbookPanel* panel = window.runbooks()->panel();
            const int section = 1;

            // Before any Send: the panel names the variable and says it is not set.
            QTreeWidgetItem* needs = panel->variablesItemFor(section, 0);
            QVERIFY(needs);
            QVERIFY2(needs->text(0).contains(QStringLiteral("$IC_SESSION_TOKEN NOT SET")), qPrintable(needs->text(0)));
            QVERIFY(server.requests.isEmpty());

            // So does the dialog, and Send waits for a value.
            const RunbookStep& step = panel->runbook().sections.at(section).steps.at(0);
            ConfirmRequest dialog(step.text, step.action.display(), {{QStringLiteral("IC_SESSION_TOKEN"), SessionVariables::Missing}}, false);
            QVERIFY2(dialog.shownText().contains(QStringLiteral("$IC_SESSION_TOKEN: NOT SET")), qPrintable(dialog.shownText()));
            QVERIFY(!dialog.canSend());
            dialog.setValue(QStringLiteral("IC_SESSION_TOKEN"), QString::fromLatin1(Canary));
            QVERIFY(dialog.canSend());
            QVERIFY(!dialog.shownText().contains(QString::fromLatin1(Canary)));

            // Declined: nothing sent, the timeline says so.
            ConfirmRequest::setNextAnswer(false);
            panel->clickRun(section, 0);
            QCOMPARE(server.requests.size(), 0);
            QVERIFY(service.current()->events().last().text.contains(QStringLiteral("not sent")));

            // Given for this session: sent at once, and the panel says where the value comes from.
            ConfirmRequest::setNextAnswer(true, {{QStringLiteral("IC_SESSION_TOKEN"), QString::fromLatin1(Canary)}});
            panel->clickRun(section, 0);
            QTRY_VERIFY(panel->itemFor(section, 0)->text(2).contains(QStringLiteral("HTTP 200")));
            QCOMPARE(server.requests.last().headers.value("authorization"), "Bearer " + Canary);
            QVERIFY2(needs->text(0).contains(QStringLiteral("$IC_SESSION_TOKEN given for this session")), qPrintable(needs->text(0)));
            QVERIFY(!panel->detailsText().isEmpty());
            QVERIFY2(!panel->detailsText().contains(QString::fromLatin1(Canary)), qPrintable(panel->detailsText()));
            // Run again: no question asked this time (a queued answer would be left over otherwise).
            panel->clickRun(section, 0);
            QTRY_COMPARE(server.requests.size(), 2);

            // Refused (a session value that is no http URL): in the timeline with the reason, not the value.
            ConfirmRequest::setNextAnswer(true, {{QStringLiteral("IC_SESSION_TARGET"), QStringLiteral("file:///etc/secret-place")}});
            panel->clickRun(section, 1);
            const QString refused = service.current()->events().last().text;
            QVERIFY2(refused.contains(QStringLiteral("refused")) && refused.contains(QStringLiteral("not an http")), qPrintable(refused));
            QVERIFY2(!refused.contains(QStringLiteral("secret-place")), qPrintable(refused));

            FileDialogs::setNextSaveFileName(dir.filePath(QStringLiteral("export/postmortem.md")));
            QDir().mkpath(dir.filePath(QStringLiteral("export")));
            window.exportPostmortem();
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("export/postmortem.md"))));
            for (const TimelineEvent& e : service.current()->events()) {
                QVERIFY2(!e.text.contains(QString::fromLatin1(Canary)), qPrintable(e.text));
                QVERIFY2(e.kind != EventKind::Checklist, qPrintable(e.text)); // a row's new words are not a check
            }
        }
        QVERIFY2(filesLeaking(dir.path()).isEmpty(), qPrintable(filesLeaking(dir.path()).join('\n')));
        QSettings settings; // the console's own settings file
        settings.sync();
        QFile saved(settings.fileName());
        QVERIFY(!saved.open(QIODevice::ReadOnly) || !saved.readAll().contains(Canary));
    }

    // Issue 16: a confirmed POST in flight when the window is rebuilt (language switch) is aborted and
    // reaches the timeline as cancelled; before, it completed and was never recorded.
    void windowRebuiltWithAPostInFlightRecordsItCancelled()
    {
        QTemporaryDir dir;
        FaultServer server;
        const QString runbookPath = dir.filePath(QStringLiteral("slow.md"));
        {
            QFile f(runbookPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("# Slow runbook\n\n## Steps\n\n```bash\n# raise the limit\n"
                                   "curl -X POST %1/stall-headers -d '{\"limit\": 6}'\n```\n")
                        .arg(server.base())
                        .toUtf8());
        }
        TestClock clock;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("incidents.sqlite"))));
        IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
        Network network;
        QString warning;
        auto window = std::make_unique<MainWindow>(
            service, MainWindow::Parts{nullptr, &network, DataFiles::reportTemplates(QStringLiteral("en"), &warning), {}});
        QVERIFY(service.declare({QStringLiteral("Rebuilt incident"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        window->openRunbook(runbookPath);
        ConfirmRequest::setNextAnswer(true);
        window->runbooks()->panel()->clickRun(1, 0);
        QTRY_COMPARE(server.requests.size(), 1);
        const int events = static_cast<int>(service.current()->events().size());
        window.reset();
        QCOMPARE(service.current()->events().size(), events + 1);
        const QString recorded = service.current()->events().last().text;
        QVERIFY2(recorded.startsWith(QStringLiteral("POST ")) && recorded.contains(QStringLiteral("was cancelled")) &&
                     recorded.endsWith(QStringLiteral(" — raise the limit (runbook «Slow runbook»)")),
                 qPrintable(recorded));
        QTRY_COMPARE(server.dropped, 1);
        QTRY_COMPARE(Network::liveReplies(), 0);
    }

    // The shipped seed 003 as the commander reads it: prose rendered, the diagram as text (no buttons),
    // and a file dropped in the team's folder listed without a restart.
    void proseDiagramsAndNewFilesInTheWindow()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("incidents.sqlite"));
        TestClock clock;
        IncidentStore store;
        QVERIFY(store.open(db));
        IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
        QString warning;
        MainWindow window(service, {nullptr, nullptr, DataFiles::reportTemplates(QStringLiteral("en"), &warning), {}});
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openRunbook(QStringLiteral(":/runbooks/003-operations-aws.md"));
        RunbookPanel* panel = window.runbooks()->panel();
        const QList<QWidget*> texts = panel->textWidgets();
        QLabel* diagram = nullptr;
        QLabel* table = nullptr;
        for (QWidget* w : texts) {
            auto* label = qobject_cast<QLabel*>(w);
            QVERIFY(label);
            if (label->text().contains(QStringLiteral("T-Developer System")))
                diagram = label;
            if (label->text().contains(QStringLiteral("<table")))
                table = label;
        }
        QVERIFY(diagram && table);
        QCOMPARE(diagram->textFormat(), Qt::PlainText);
        QCOMPARE(diagram->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QTRY_VERIFY(table->height() >= table->heightForWidth(table->width())); // not cut
        QVERIFY2(table->height() <= table->heightForWidth(table->width()) + 8,
                 qPrintable(QStringLiteral("%1 > %2 w%3 vp%4 hint%5").arg(table->height()).arg(table->heightForWidth(table->width())).arg(table->width()).arg(panel->tree()->viewport()->width()).arg(table->sizeHint().height())));
        int copyButtons = 0;
        for (QPushButton* b : panel->tree()->findChildren<QPushButton*>())
            copyButtons += b->text() == QStringLiteral("Copy") ? 1 : 0;
        QCOMPARE(copyButtons, panel->runbook().count(RunbookStep::Copy));
        QCOMPARE(copyButtons, 48);

        const QString folder = window.runbooks()->library()->folder();
        const QString path = QDir(folder).filePath(QStringLiteral("zz-dropped-in.md"));
        QFile::remove(path);
        const int listed = window.runbooks()->list()->count();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# Dropped in\n\n- [ ] first\n");
        }
        QTRY_COMPARE(window.runbooks()->list()->count(), listed + 1);
        QCOMPARE(window.runbooks()->list()->item(listed)->text(), QStringLiteral("zz-dropped-in"));
        window.runbooks()->list()->setCurrentRow(listed);
        QCOMPARE(panel->runbook().title, QStringLiteral("Dropped in"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("# Dropped in, edited\n\n- [ ] first\n- [ ] second\n");
        }
        QTRY_COMPARE(panel->runbook().title, QStringLiteral("Dropped in, edited")); // the open one follows
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE(window.runbooks()->list()->count(), listed);
    }
};

QTEST_MAIN(TestRunbookPanel)
#include "tst_runbookpanel.moc"
