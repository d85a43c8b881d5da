#include "FaultServer.h"
#include "Fixtures.h"
#include "Incident.h"
#include "IncidentService.h"
#include "RunbookProgress.h"
#include "RunbookRuns.h"
#include "RunbooksTab.h"
#include "RunbookPanel.h"
#include "SessionVariables.h"
#include "TestClock.h"
#include "network/Network.h"
#include "runbook/RunbookLink.h"
#include "runbook/RunbookRules.h"
#include "storage/IncidentStore.h"

#include <QSignalSpy>
#include <QTreeWidgetItem>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// The runbook-runs controller without any window, against a loopback server: what each run records in
// the incident's timeline, and what becomes of runs in flight when the controller goes away.
class TestRunbookRuns final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestClock m_clock;
    IncidentStore m_store;
    std::unique_ptr<IncidentService> m_service;
    FaultServer m_server;
    Network m_network;
    SessionVariables m_variables;
    Runbook m_runbook;

    // The step whose comment names it, as (section, step).
    std::pair<int, int> stepNamed(const QString& text) const
    {
        for (int s = 0; s < m_runbook.sections.size(); ++s)
            for (int i = 0; i < m_runbook.sections.at(s).steps.size(); ++i)
                if (m_runbook.sections.at(s).steps.at(i).text == text)
                    return {s, i};
        qFatal("no step %s", qPrintable(text));
    }
    std::unique_ptr<RunbookRuns> runs(bool confirm = true)
    {
        auto runs = std::make_unique<RunbookRuns>(*m_service, &m_network, m_variables);
        runs->setConfirm([confirm](const RunbookStep&) { return ConfirmRequest::Answer{confirm, {}}; });
        runs->setRunbook(m_runbook);
        return runs;
    }
    const TimelineEvent& lastEvent() const { return m_service->current()->events().last(); }
    int eventCount() const { return static_cast<int>(m_service->current()->events().size()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("incidents.sqlite"))));
        m_service = std::make_unique<IncidentService>(m_store, m_clock, Fixtures::checklistJson(), QStringLiteral("en"));
        QVERIFY(m_service->declare({QStringLiteral("Runs incident"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        const QString path = m_dir.filePath(QStringLiteral("runs.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("# Runs runbook\n\n## Steps\n\n```bash\n"
                               "# read the stats\n"
                               "curl -s %1/ok\n"
                               "# change the limit\n"
                               "curl -X POST %1/echo -d '{\"limit\": 5}'\n"
                               "# a slow change\n"
                               "curl -X POST %1/stall-headers -d '{\"limit\": 6}'\n"
                               "# somewhere unset\n"
                               "curl -s \"${IC_RUNS_NOT_SET_ANYWHERE}/x\"\n"
                               "# read without checking the certificate\n"
                               "curl -sk %1/ok\n"
                               "```\n\n## Afterwards\n\n- [ ] tell the owner\n")
                    .arg(m_server.base())
                    .toUtf8());
        f.close();
        m_runbook = RunbookRules::open(path);
        QCOMPARE(m_runbook.count(RunbookStep::Http), 5);
    }

    void eachRunIsRecorded_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("confirm");
        QTest::addColumn<bool>("sent");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("recordedStart");
        QTest::newRow("GET runs on the click") << "read the stats" << false << true << true << "GET ";
        QTest::newRow("POST confirmed") << "change the limit" << true << true << true << "POST ";
        QTest::newRow("POST declined") << "change the limit" << false << false << false << "not sent: cancelled before sending";
        QTest::newRow("variable not given") << "somewhere unset" << true << false << false << "refused: ";
        // -k turns off a check the commander relies on: asked first, like a change.
        QTest::newRow("GET with -k declined") << "read without checking the certificate" << false << false << false
                                              << "not sent: cancelled before sending";
        QTest::newRow("GET with -k confirmed") << "read without checking the certificate" << true << true << true << "GET ";
    }
    void eachRunIsRecorded()
    {
        QFETCH(QString, step);
        QFETCH(bool, confirm);
        QFETCH(bool, sent);
        QFETCH(bool, ok);
        QFETCH(QString, recordedStart);
        const auto controller = runs(confirm);
        QSignalSpy finished(controller.get(), &RunbookRuns::finished);
        const int requests = static_cast<int>(m_server.requests.size());
        const int events = eventCount();
        const auto [section, index] = stepNamed(step);
        controller->run(section, index, 3000);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), section);
        QCOMPARE(finished.first().at(1).toInt(), index);
        QCOMPARE(finished.first().at(3).toBool(), ok);
        QCOMPARE(m_server.requests.size(), requests + (sent ? 1 : 0));
        QCOMPARE(eventCount(), events + 1);
        QCOMPARE(lastEvent().kind, EventKind::Action);
        QVERIFY2(lastEvent().text.startsWith(recordedStart), qPrintable(lastEvent().text));
        QVERIFY2(lastEvent().text.endsWith(QStringLiteral(" — %1 (runbook «Runs runbook»)").arg(step)), qPrintable(lastEvent().text));
        QCOMPARE(controller->running(), 0);
    }

    // Progress is kept with the incident: a check and a run reopen on their steps from the store, in a
    // console started afresh, and show in a runbooks tab as they were.
    void progressReopensAsItWas()
    {
        const QList<QStringList> keys = RunbookProgress::stepKeys(m_runbook);
        const auto [section, index] = stepNamed(QStringLiteral("read the stats"));
        const QString runKey = keys.at(section).at(index);
        const auto controller = runs();
        QSignalSpy finished(controller.get(), &RunbookRuns::finished);
        controller->run(section, index, 3000);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(3).toBool());
        const auto [checkSection, checkIndex] = stepNamed(QStringLiteral("tell the owner"));
        const QString checkKey = keys.at(checkSection).at(checkIndex);
        QVERIFY(m_service->setRunbookStepChecked(checkKey, QStringLiteral("done: tell the owner"), true));
        QTRY_COMPARE(m_service->writingCount(), 0);

        // Another console on the same store.
        IncidentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("incidents.sqlite"))));
        IncidentService again(store, m_clock, Fixtures::checklistJson(), QStringLiteral("en"));
        QVERIFY(again.open(m_service->current()->id()));
        QTRY_VERIFY(again.current() != nullptr);
        const QHash<QString, RunbookProgress::StepState> states = RunbookProgress::read(*again.current(), keys);
        QVERIFY(states.value(runKey).ran);
        QVERIFY(states.value(runKey).ok);
        QVERIFY2(states.value(runKey).result.contains(QStringLiteral("read the stats")), qPrintable(states.value(runKey).result));
        QVERIFY(states.value(checkKey).checked);
        QVERIFY(!states.value(keys.at(section).at(stepNamed(QStringLiteral("a slow change")).second)).ran);
        // A run's event names its runbook where phases show (timeline, post-mortem), not its key.
        const TimelineEvent run = *std::find_if(again.current()->events().cbegin(), again.current()->events().cend(),
                                                [&runKey](const TimelineEvent& e) { return e.phase.startsWith(runKey); });
        QCOMPARE(again.current()->phaseTitle(run.phase), QStringLiteral("Runbook runs.md"));

        // The runbooks tab shows it on the steps.
        RunbooksTab tab(again, nullptr);
        tab.open(m_runbook.path);
        QCOMPARE(tab.panel()->itemFor(checkSection, checkIndex)->checkState(0), Qt::Checked);
        QVERIFY(tab.panel()->itemFor(section, index)->text(2).contains(QStringLiteral("read the stats")));
        // A check that lands on the incident (another seat's, applied from the feed, or this one's) shows at once.
        const auto [otherSection, otherIndex] = std::make_pair(checkSection, checkIndex);
        QVERIFY(again.setRunbookStepChecked(checkKey, QStringLiteral("reopened: tell the owner"), false));
        QCOMPARE(tab.panel()->itemFor(otherSection, otherIndex)->checkState(0), Qt::Unchecked);
        QTRY_COMPARE(again.writingCount(), 0);
    }

    void runbookLinksResolve_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("kind"); // local, remote, problem
        QTest::addColumn<QString>("mentions");
        const QString folder = m_dir.path();
        QTest::newRow("name in the folder") << "runs.md" << "local" << "runs.md";
        QTest::newRow("path ending in a name in the folder") << "team/runbooks/runs.md" << "local" << "runs.md";
        QTest::newRow("absolute path") << m_dir.filePath(QStringLiteral("runs.md")) << "local" << "runs.md";
        QTest::newRow("file URL") << QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("runs.md"))).toString() << "local" << "runs.md";
        QTest::newRow("https") << "https://wiki.corp.example/raw/db.md" << "remote" << "wiki.corp.example";
        QTest::newRow("missing file") << "nowhere.md" << "problem" << "nowhere.md";
        QTest::newRow("ftp") << "ftp://files.corp.example/db.md" << "problem" << "ftp:";
        QTest::newRow("no host") << "http:///db.md" << "problem" << "no host";
        QTest::newRow("empty") << "" << "problem" << "runbook_url";
    }
    void runbookLinksResolve()
    {
        QFETCH(QString, link);
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        const RunbookLink::Target t = RunbookLink::resolve(link, m_dir.path());
        const QString got = !t.localPath.isEmpty() ? QStringLiteral("local") : t.remote.isValid() ? QStringLiteral("remote") : QStringLiteral("problem");
        QCOMPARE(got, kind);
        const QString said = t.localPath + t.remote.toString() + t.problem;
        QVERIFY2(said.contains(mentions), qPrintable(said));
    }

    // An http(s) runbook_url is fetched through the network layer and opens; a web page, an error or
    // a dead server is told with the URL.
    void aRemoteRunbookOpensFromItsUrl()
    {
        m_server.routes.insert("/raw/db.md", "# DB failover\n\n## Steps\n\n- [ ] promote the replica\n\n```bash\ncurl -s http://127.0.0.1:1/health\n```\n");
        RunbooksTab tab(*m_service, &m_network);
        QSignalSpy problems(&tab, &RunbooksTab::problem);
        tab.openLink(m_server.base() + QStringLiteral("/raw/db.md"));
        QTRY_COMPARE(tab.panel()->runbook().title, QStringLiteral("DB failover"));
        QCOMPARE(tab.panel()->runbook().count(RunbookStep::Check), 1);
        QCOMPARE(tab.panel()->runbook().count(RunbookStep::Http), 1);
        QCOMPARE(problems.size(), 0);
        for (const QString& path : {QStringLiteral("/html502"), QStringLiteral("/status/404"), QStringLiteral("/json?body=%3Chtml%3E")}) {
            tab.openLink(m_server.base() + path);
            QTRY_VERIFY(!problems.isEmpty());
            const QString said = problems.takeFirst().at(0).toString();
            QVERIFY2(said.contains(m_server.base() + path), qPrintable(said));
            QCOMPARE(tab.panel()->runbook().title, QStringLiteral("DB failover")); // what was open stays open
        }
    }

    // Issue 16: the window rebuilt (language switch) with a confirmed POST in flight. The request is
    // aborted, and the run reaches the timeline once, worded as the commander's own cancel.
    void destroyedWithARunInFlightRecordsItCancelled()
    {
        const auto [section, index] = stepNamed(QStringLiteral("a slow change"));
        const int dropped = m_server.dropped;
        auto controller = runs();
        QSignalSpy finished(controller.get(), &RunbookRuns::finished);
        QSignalSpy started(controller.get(), &RunbookRuns::started);
        controller->run(section, index, 30'000);
        QCOMPARE(started.size(), 1);
        QTRY_COMPARE(m_server.requests.last().path, QByteArray("/stall-headers"));
        controller->cancel(started.first().at(2).toULongLong()); // the commander's cancel, for its words
        QTRY_COMPARE(finished.size(), 1);
        const QString cancelled = lastEvent().text;
        QVERIFY2(cancelled.contains(QStringLiteral("cancelled")), qPrintable(cancelled));
        QTRY_COMPARE(m_server.dropped, dropped + 1);

        const int requests = static_cast<int>(m_server.requests.size());
        controller->run(section, index, 30'000);
        QTRY_COMPARE(m_server.requests.size(), requests + 1);
        QCOMPARE(controller->running(), 1);
        const int events = eventCount();
        controller.reset();
        QCOMPARE(eventCount(), events + 1);
        QCOMPARE(lastEvent().kind, EventKind::Action);
        QCOMPARE(lastEvent().text, cancelled);
        QTRY_COMPARE(m_server.dropped, dropped + 2); // the server saw the request aborted
        QTRY_COMPARE(Network::liveReplies(), 0);
        QCOMPARE(eventCount(), events + 1);
    }

    // Leaving the runbook stops its runs: they are recorded as cancelled, their results land nowhere.
    void leavingTheRunbookRecordsItsRunsCancelled()
    {
        const auto controller = runs();
        QSignalSpy finished(controller.get(), &RunbookRuns::finished);
        const auto [section, index] = stepNamed(QStringLiteral("a slow change"));
        const int requests = static_cast<int>(m_server.requests.size());
        controller->run(section, index, 30'000);
        QTRY_COMPARE(m_server.requests.size(), requests + 1);
        const int events = eventCount();
        controller->abandonAll();
        QCOMPARE(eventCount(), events + 1);
        QVERIFY2(lastEvent().text.contains(QStringLiteral("cancelled")), qPrintable(lastEvent().text));
        QTRY_COMPARE(Network::liveReplies(), 0);
        QCOMPARE(finished.size(), 0);
    }

    // A runbook file that changes while an action runs is reloaded once the runs are done, not before.
    void aChangedFileReloadsOnceTheRunsAreDone()
    {
        const auto controller = runs();
        QSignalSpy reload(controller.get(), &RunbookRuns::reloadDue);
        QSignalSpy started(controller.get(), &RunbookRuns::started);
        QSignalSpy finished(controller.get(), &RunbookRuns::finished);
        controller->fileChanged(QStringLiteral("/elsewhere/other.md"));
        QCOMPARE(reload.size(), 0);
        const auto [section, index] = stepNamed(QStringLiteral("a slow change"));
        controller->run(section, index, 30'000);
        controller->fileChanged(m_runbook.path);
        QCOMPARE(reload.size(), 0);
        controller->cancel(started.first().at(2).toULongLong());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(reload.size(), 1);
        QCOMPARE(reload.first().at(0).toString(), m_runbook.path);
        controller->fileChanged(m_runbook.path); // nothing running: at once
        QCOMPARE(reload.size(), 2);
    }
};

QTEST_MAIN(TestRunbookRuns)
#include "tst_runbookruns.moc"
