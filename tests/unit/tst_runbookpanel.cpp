#include "ConfirmRequest.h"
#include "DataFiles.h"
#include "FaultServer.h"
#include "FileDialogs.h"
#include "Fixtures.h"
#include "Incident.h"
#include "IncidentService.h"
#include "Logging.h"
#include "MainWindow.h"
#include "RunbookPanel.h"
#include "TestClock.h"
#include "network/Network.h"
#include "storage/IncidentStore.h"

#include <QDirIterator>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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
            QVERIFY(window.runbookList()->count() >= 3); // the shipped samples
            QVERIFY(service.declare({QStringLiteral("Canary incident"), Severity::Sev2, QStringLiteral("Kim"), 0}));

            FileDialogs::setNextOpenFileName(runbookPath);
            window.openRunbookFile();
            RunbookPanel* panel = window.runbookPanel();
            QCOMPARE(panel->runbook().count(RunbookStep::Http), 3);
            const int section = 1; // "Steps"

            panel->itemFor(section, 0)->setCheckState(0, Qt::Checked);
            QCOMPARE(service.current()->events().last().kind, EventKind::Checklist);
            QCOMPARE(service.current()->events().last().text, QStringLiteral("Runbook «Canary runbook»: done: Paged the owner"));

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
            ConfirmRequest::setNextAnswer(true);
            panel->clickRun(section, 2);
            QTRY_VERIFY(panel->itemFor(section, 2)->text(2).contains(QStringLiteral("HTTP 200")));
            QCOMPARE(server.requests.last().body, "{\"token\": \"" + Canary + "\"}");

            const int events = static_cast<int>(service.current()->events().size());
            panel->clickRun(section, 3);
            QTRY_VERIFY(panel->itemFor(section, 3)->text(2).startsWith(QStringLiteral("running…")));
            panel->clickCancel(section, 3);
            QTRY_VERIFY(panel->itemFor(section, 3)->text(2).contains(QStringLiteral("cancelled")));
            QCOMPARE(service.current()->events().size(), events); // a cancelled run is not an action taken

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
};

QTEST_MAIN(TestRunbookPanel)
#include "tst_runbookpanel.moc"
