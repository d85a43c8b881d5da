#include "Fixtures.h"
#include "Incident.h"
#include "IncidentService.h"
#include "SharedServer.h"
#include "TestClock.h"
#include "storage/EventWriter.h"
#include "storage/IncidentFollower.h"
#include "storage/IncidentStore.h"
#include "storage/Outbox.h"

#include <QJsonDocument>
#include <QMutex>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>

namespace {
QStringList capturedLog; // written from every thread that logs (writers, followers): under capturedLock
QMutex capturedLock;
QtMessageHandler previousHandler = nullptr;
void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker locked(&capturedLock);
        capturedLog << message;
    }
    previousHandler(type, context, message);
}

// One seat: its own connection, its own follower, its own service.
struct Seat
{
    IncidentStore store;
    std::unique_ptr<IncidentFollower> follower;
    std::unique_ptr<EventWriter> writer; // as the window has it: this seat's work committed off its UI thread
    std::unique_ptr<IncidentService> service;

    bool join(const QString& url, const TestClock& clock, const QString& author, bool throughWriter = false)
    {
        if (!store.open(url))
            return false;
        service = std::make_unique<IncidentService>(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
        service->setAuthor(author);
        follower = std::make_unique<IncidentFollower>(url);
        service->setFollower(follower.get());
        if (throughWriter) {
            writer = std::make_unique<EventWriter>(url);
            service->setEventWriter(writer.get());
        }
        return true;
    }
    ~Seat()
    {
        if (service) {
            service->waitForWrites();
            service->setEventWriter(nullptr);
            service->setFollower(nullptr);
        }
        writer.reset();
        follower.reset();
        service.reset();
    }
    bool has(const QString& text) const
    {
        const Incident* incident = service->current();
        if (!incident)
            return false;
        return std::any_of(incident->events().cbegin(), incident->events().cend(),
                           [&](const TimelineEvent& e) { return e.text == text; });
    }
};

// Holds an incident's writer lock from a session of its own until it goes out of scope.
class LockHolder
{
public:
    LockHolder(const QString& database, qint64 incidentId)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name());
        db.setHostName(qEnvironmentVariable("PGHOST", QStringLiteral("localhost")));
        db.setPort(qEnvironmentVariableIntValue("PGPORT"));
        db.setUserName(qEnvironmentVariable("PGUSER"));
        db.setDatabaseName(database);
        m_locked = db.open() && QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(incidentId));
    }
    ~LockHolder()
    {
        QSqlDatabase::database(name(), false).close(); // the session ends: its lock goes with it
        QSqlDatabase::removeDatabase(name());
    }
    bool locked() const { return m_locked; }

private:
    static QString name() { return QStringLiteral("lock-holder"); }
    bool m_locked = false;
};

// Reads "ack N" lines of a store_writer until it has acknowledged at least `atLeast` in all.
bool readAcks(QProcess& writer, QSet<int>& acked, int atLeast)
{
    QByteArray pending;
    while (acked.size() < atLeast) {
        if (!writer.waitForReadyRead(30'000))
            return false;
        pending += writer.readAllStandardOutput();
        int newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            if (line.startsWith("ack "))
                acked.insert(line.mid(4).toInt());
        }
    }
    return true;
}

void collectRemainingAcks(QProcess& writer, QSet<int>& acked)
{
    for (const QByteArray& line : writer.readAllStandardOutput().split('\n')) {
        if (line.startsWith("ack "))
            acked.insert(line.mid(4).toInt());
    }
}
} // namespace

// The shared store on a real PostgreSQL (pg_virtualenv): seats see each other live, lose nothing when
// writers are killed or the server restarts, and never show a password.
class TestSharedStore final : public QObject
{
    Q_OBJECT
private:
    TestClock m_clock;
    int m_database = 0;
    QString m_url;

    qint64 declare(IncidentService& service)
    {
        DeclareRequest request{QStringLiteral("Checkout 5xx"), Severity::Sev1, QStringLiteral("Kim"), 0};
        // Through a writer the incident is created on its thread: shown once the store has it.
        return service.declare(request) && service.waitForWrites() && service.current() ? service.current()->id() : 0;
    }

    // The events of an incident as its store has them: text -> how many times.
    QHash<QString, int> storedTexts(qint64 incidentId)
    {
        IncidentStore store;
        QHash<QString, int> counts;
        if (!store.open(m_url))
            return counts;
        const auto data = store.loadIncident(incidentId);
        for (const TimelineEvent& e : data->events)
            ++counts[e.text];
        return counts;
    }

    // Kim's seat keeps an outbox (as the window's does); Lee's is another seat, stored at once.
    bool joinKimWithOutboxAndLee(Seat& kim, Seat& lee, Outbox& outbox, bool throughWriter)
    {
        if (!kim.join(m_url, m_clock, QStringLiteral("Kim"), throughWriter) || !lee.join(m_url, m_clock, QStringLiteral("Lee")))
            return false;
        kim.service->setOutbox(&outbox);
        return true;
    }

    static void seatKinds()
    {
        QTest::addColumn<bool>("throughWriter");
        QTest::newRow("stored at once (command line)") << false;
        QTest::newRow("through the writer thread (window)") << true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(SharedServer::available(), "run under pg_virtualenv -t (the test command does)");
        previousHandler = qInstallMessageHandler(capture);
    }

    void init()
    {
        // A database of its own for each test: nothing carries over.
        const QString name = QStringLiteral("seat_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_database);
        QVERIFY(SharedServer::admin(QStringLiteral("CREATE DATABASE %1").arg(name)));
        m_url = SharedServer::url(name);
        QMutexLocker locked(&capturedLock);
        capturedLog.clear();
    }

    void cleanup()
    {
        SharedServer::cluster(QStringLiteral("start")); // after a failure with the server stopped; else a no-op
    }

    void everythingRecordedLoadsBack()
    {
        IncidentStore store;
        QVERIFY2(store.open(m_url), qPrintable(store.errorString()));
        QVERIFY(store.isShared());
        QCOMPARE(store.schemaVersion(), IncidentStore::LatestSchemaVersion);
        IncidentData data = Fixtures::incident();
        data.events << Fixtures::event(0, 1'000'500, EventKind::Note, QStringLiteral("첫 메모 — first note"));
        data.events.last().role = QStringLiteral("scribe");
        data.events.last().uuid = QUuid::createUuid();
        QVERIFY2(store.createIncident(data), qPrintable(store.errorString()));
        TimelineEvent action = Fixtures::event(0, 1'001'000, EventKind::Action, QStringLiteral("rolled back"));
        QVERIFY(store.insertEvent(data.id, action));
        TimelineEvent edited = action;
        edited.text = QStringLiteral("rolled back deploy 42");
        QVERIFY(store.editEvent(data.id, action, edited, QStringLiteral("Lee"), 1'002'000));
        TimelineEvent stamp = Fixtures::event(0, 1'003'000, EventKind::Checklist, QStringLiteral("checked"));
        QVERIFY(store.setChecked(data.id, QStringLiteral("declare"), 1'003'000, stamp));
        PostmortemFields postmortem;
        postmortem.summary = QStringLiteral("요약");
        QVERIFY(store.updatePostmortem(data.id, postmortem));
        PanelDefinition panel;
        panel.id = QStringLiteral("p1");
        panel.title = QStringLiteral("5xx");
        MetricSeries series(QStringLiteral("k"), QStringLiteral("legend"));
        series.append(1000.0, 1.5);
        series.append(1001.0, qQNaN());
        QVERIFY2(store.saveSamples(data.id, panel, {series}), qPrintable(store.errorString()));

        IncidentStore again;
        QVERIFY(again.open(m_url)); // an existing store is opened as it is
        const auto loaded = again.loadIncident(data.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->title, data.title);
        QCOMPARE(loaded->events.size(), 3);
        QCOMPARE(loaded->events.at(0).role, QStringLiteral("scribe"));
        QCOMPARE(loaded->events.at(0).uuid, data.events.at(0).uuid);
        QCOMPARE(loaded->events.at(0).text, QStringLiteral("첫 메모 — first note"));
        QCOMPARE(loaded->events.at(1).text, QStringLiteral("rolled back deploy 42"));
        QCOMPARE(loaded->events.at(1).revisions, 1);
        QCOMPARE(again.revisionsOf(action.id).size(), 1);
        QCOMPARE(loaded->checkedItems.value(QStringLiteral("declare")), 1'003'000);
        QCOMPARE(loaded->postmortem.summary, QStringLiteral("요약"));
        const QList<MetricPanelData> samples = again.loadSamples(data.id);
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples.at(0).series.at(0).size(), size_t(2));
        QVERIFY(std::isnan(samples.at(0).series.at(0).values()[1]));
        QCOMPARE(again.listIncidents().size(), 1);
        QCOMPARE(again.listIncidents().at(0).eventCount, 3);
    }

    void anEventSentTwiceIsKeptOnce()
    {
        IncidentStore store;
        QVERIFY(store.open(m_url));
        IncidentData data = Fixtures::incident();
        QVERIFY(store.createIncident(data));
        TimelineEvent event = Fixtures::event(0, 1'000'100, EventKind::Note, QStringLiteral("once"));
        event.uuid = QUuid::createUuid();
        TimelineEvent copy = event;
        QVERIFY(store.insertEvent(data.id, event));
        QVERIFY(store.insertEvent(data.id, copy)); // an outbox whose first answer was lost
        QCOMPARE(copy.id, event.id);
        QCOMPARE(storedTexts(data.id).value(QStringLiteral("once")), 1);
    }

    void anEditOfAChangedEventIsRefused()
    {
        IncidentStore first, second;
        QVERIFY(first.open(m_url));
        QVERIFY(second.open(m_url));
        IncidentData data = Fixtures::incident();
        QVERIFY(first.createIncident(data));
        TimelineEvent event = Fixtures::event(0, 1'000'100, EventKind::Note, QStringLiteral("original"));
        QVERIFY(first.insertEvent(data.id, event));
        TimelineEvent mine = event, theirs = event;
        mine.text = QStringLiteral("mine");
        theirs.text = QStringLiteral("theirs");
        QVERIFY(first.editEvent(data.id, event, mine, QStringLiteral("A"), 1));
        QVERIFY(!second.editEvent(data.id, event, theirs, QStringLiteral("B"), 2)); // saw revision 0
        QVERIFY(second.editConflict());
        QCOMPARE(storedTexts(data.id).value(QStringLiteral("mine")), 1);
        QCOMPARE(storedTexts(data.id).value(QStringLiteral("theirs")), 0);
    }

    void aDatabaseOfAnotherProgramIsNeverChanged()
    {
        QVERIFY(SharedServer::admin(QStringLiteral("CREATE TABLE customers (id int)"), m_url.section('/', -1)));
        IncidentStore store;
        QVERIFY(!store.open(m_url));
        QVERIFY2(store.errorString().contains(QStringLiteral("customers")), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(m_url));
    }

    void passwordsAreNeverShown_data()
    {
        QTest::addColumn<QString>("url");
        const QString port = qEnvironmentVariable("PGPORT");
        QTest::newRow("wrong password") << QStringLiteral("postgresql://%1:Hunter2Secret@localhost:%2/postgres")
                                               .arg(qEnvironmentVariable("PGUSER"), port);
        QTest::newRow("no such database") << QStringLiteral("postgresql://nobody:Hunter2Secret@localhost:%1/missing").arg(port);
        QTest::newRow("nothing listening") << QStringLiteral("postgresql://u:Hunter2Secret@127.0.0.1:1/db");
        QTest::newRow("password as option") << QStringLiteral("postgresql://u@127.0.0.1:1/db?password=Hunter2Secret");
        QTest::newRow("unknown option") << QStringLiteral("postgres://u:Hunter2Secret@127.0.0.1:1/db?evil=1");
    }

    void passwordsAreNeverShown()
    {
        QFETCH(QString, url);
        IncidentStore store;
        QVERIFY(!store.open(url));
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY2(!store.errorString().contains(QStringLiteral("Hunter2Secret")), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(QStringLiteral("***")), qPrintable(store.errorString()));
        QVERIFY(!store.path().contains(QStringLiteral("Hunter2Secret")));
        QMutexLocker locked(&capturedLock);
        for (const QString& line : std::as_const(capturedLog))
            QVERIFY2(!line.contains(QStringLiteral("Hunter2Secret")), qPrintable(line));
        // The command line says the same, and its help never prints IC_DB's password either.
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IC_DB"), url);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(INCIDENT_CONSOLE), {QStringLiteral("list")});
        QVERIFY(cli.waitForFinished(30'000));
        QVERIFY(cli.exitCode() != 0);
        const QByteArray said = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(!said.contains("Hunter2Secret"), said.constData());
        cli.start(QStringLiteral(INCIDENT_CONSOLE), {QStringLiteral("--help")});
        QVERIFY(cli.waitForFinished(30'000));
        QVERIFY(!cli.readAllStandardOutput().contains("Hunter2Secret"));
    }

    void seatsSeeEachOthersWork()
    {
        Seat commander, scribe, wall;
        QVERIFY2(commander.join(m_url, m_clock, QStringLiteral("Kim")), qPrintable(commander.store.errorString()));
        QVERIFY(scribe.join(m_url, m_clock, QStringLiteral("Lee")));
        QVERIFY(wall.join(m_url, m_clock, QStringLiteral("wall")));
        const qint64 id = declare(*commander.service);
        QVERIFY(id > 0);
        QVERIFY(scribe.service->open(id));
        QVERIFY(wall.service->open(id));

        QVERIFY(commander.service->addNote(QStringLiteral("rolled back deploy 42")));
        QTRY_VERIFY(scribe.has(QStringLiteral("rolled back deploy 42")));
        QTRY_VERIFY(wall.has(QStringLiteral("rolled back deploy 42")));

        QVERIFY(scribe.service->setItemChecked(QStringLiteral("triage.scope"), true));
        QTRY_VERIFY(commander.service->current()->isChecked(QStringLiteral("triage.scope")));
        // Runbook progress goes the same way: a step checked and an action run on one seat show on the others.
        const QString step = QStringLiteral("runbook:000-commit-surge.md#0123456789ab");
        QVERIFY(scribe.service->setRunbookStepChecked(step, QStringLiteral("done: scale out"), true));
        QTRY_VERIFY(wall.service->current()->isChecked(step));
        QVERIFY(commander.service->addEvent(EventKind::Action, QStringLiteral("HTTP 200 — rate limit"), step + QStringLiteral(";ok")));
        QTRY_VERIFY(std::any_of(scribe.service->current()->events().cbegin(), scribe.service->current()->events().cend(),
                                [&step](const TimelineEvent& e) { return e.phase == step + QStringLiteral(";ok"); }));
        QVERIFY(commander.service->setSeverity(Severity::Sev2));
        QTRY_COMPARE(wall.service->current()->data().severity, Severity::Sev2);
        QVERIFY(commander.service->setStatus(IncidentStatus::Mitigated));
        QTRY_COMPARE(scribe.service->current()->data().status, IncidentStatus::Mitigated);
        QCOMPARE(scribe.service->current()->data().mitigatedMs, commander.service->current()->data().mitigatedMs);
        PostmortemFields fields;
        fields.summary = QStringLiteral("written by the scribe");
        QVERIFY(scribe.service->savePostmortem(fields));
        QTRY_COMPARE(commander.service->current()->data().postmortem.summary, fields.summary);
        const qint64 edited = commander.service->current()->events().first().id;
        QVERIFY(scribe.service->editEvent(edited, QStringLiteral("declared by Kim"), 0));
        QTRY_COMPARE(wall.service->current()->events().first().text, QStringLiteral("declared by Kim"));
        // Every seat ends with the same timeline, each event once.
        for (const Seat* seat : {&commander, &scribe, &wall}) {
            QTRY_COMPARE(seat->service->current()->events().size(), commander.service->current()->events().size());
            QSet<qint64> ids;
            for (const TimelineEvent& e : seat->service->current()->events())
                ids.insert(e.id);
            QCOMPARE(ids.size(), seat->service->current()->events().size());
        }
    }

    // Two seats edit the same event and the same post-mortem: the second sees both and chooses.
    void concurrentEditsAreShownNotOverwritten_data() { seatKinds(); }
    void concurrentEditsAreShownNotOverwritten()
    {
        QFETCH(bool, throughWriter);
        Seat kim, lee;
        QVERIFY(kim.join(m_url, m_clock, QStringLiteral("Kim"), throughWriter));
        QVERIFY(lee.join(m_url, m_clock, QStringLiteral("Lee"), throughWriter));
        const qint64 id = declare(*kim.service);
        QVERIFY(kim.service->addNote(QStringLiteral("db at 100%")));
        QVERIFY(kim.service->waitForWrites());
        QVERIFY(lee.service->open(id));
        const TimelineEvent note = kim.service->current()->events().last();
        QSignalSpy eventConflicts(kim.service.get(), &IncidentService::editConflict);
        QVERIFY(lee.service->editEvent(note.id, QStringLiteral("db CPU at 100%"), note.atMs, note.revisions));
        QVERIFY(lee.service->waitForWrites());
        // Kim's editor was opened on revision 0, before Lee's edit arrived or not: never a silent overwrite.
        // Through the writer the store's answer comes later; stored at once, the call says so.
        const bool accepted = kim.service->editEvent(note.id, QStringLiteral("db connections at 100%"), note.atMs, note.revisions);
        QVERIFY(kim.service->waitForWrites());
        QVERIFY(throughWriter || !accepted);
        QCOMPARE(eventConflicts.size(), 1);
        const TimelineEvent theirs = eventConflicts.at(0).at(0).value<TimelineEvent>();
        QCOMPARE(theirs.text, QStringLiteral("db CPU at 100%"));
        QCOMPARE(eventConflicts.at(0).at(1).toString(), QStringLiteral("db connections at 100%"));
        QCOMPARE(storedTexts(id).value(QStringLiteral("db CPU at 100%")), 1);
        QVERIFY(kim.service->editEvent(note.id, QStringLiteral("db connections at 100%"), note.atMs, theirs.revisions));
        QTRY_COMPARE(lee.service->current()->events().last().text, QStringLiteral("db connections at 100%"));
        QCOMPARE(lee.service->current()->events().last().revisions, 2);

        QSignalSpy postmortemConflicts(kim.service.get(), &IncidentService::postmortemConflict);
        const int base = kim.service->current()->data().postmortemVersion;
        PostmortemFields leeFields, kimFields;
        leeFields.summary = QStringLiteral("Lee's summary");
        kimFields.summary = QStringLiteral("Kim's summary");
        QVERIFY(lee.service->savePostmortem(leeFields, base));
        QVERIFY(lee.service->waitForWrites());
        const bool saved = kim.service->savePostmortem(kimFields, base);
        QVERIFY(kim.service->waitForWrites());
        QVERIFY(throughWriter || !saved);
        QCOMPARE(postmortemConflicts.size(), 1);
        QCOMPARE(postmortemConflicts.at(0).at(0).value<PostmortemFields>().summary, QStringLiteral("Lee's summary"));
        const int theirVersion = postmortemConflicts.at(0).at(1).toInt();
        QCOMPARE(theirVersion, base + 1);
        QVERIFY(kim.service->savePostmortem(kimFields, theirVersion)); // kept, knowingly
        QTRY_COMPARE(lee.service->current()->data().postmortem.summary, QStringLiteral("Kim's summary"));
    }

    // Seats have people and roles; command passes by an explicit act that both sides and the timeline see.
    void rolesAndAHandoverReachEverySeat_data() { seatKinds(); }
    void rolesAndAHandoverReachEverySeat()
    {
        QFETCH(bool, throughWriter);
        Seat kim, lee;
        QVERIFY(kim.join(m_url, m_clock, QStringLiteral("Kim"), throughWriter));
        QVERIFY(lee.join(m_url, m_clock, QStringLiteral("Lee"), throughWriter));
        const qint64 id = declare(*kim.service);
        QVERIFY(lee.service->open(id));
        QVERIFY(lee.service->joinAs(QStringLiteral("scribe")));
        QVERIFY(lee.service->waitForWrites());
        QVERIFY(lee.service->joinAs(QStringLiteral("scribe"))); // opened again: not news
        QVERIFY(lee.service->waitForWrites());
        QTRY_COMPARE(kim.service->current()->data().roles.size(), 2);
        QVERIFY(kim.has(QStringLiteral("Lee joined as Scribe")));
        int joined = 0;
        for (const TimelineEvent& e : lee.service->current()->events())
            joined += e.text == QLatin1String("Lee joined as Scribe");
        QCOMPARE(joined, 1);
        m_clock.advanceMinutes(30);
        QVERIFY(kim.service->handOverCommand(QStringLiteral("Lee")));
        QTRY_COMPARE(lee.service->current()->data().commander, QStringLiteral("Lee"));
        QVERIFY(lee.has(QStringLiteral("Command handed over: Kim → Lee")));
        QTRY_COMPARE(lee.service->current()->data().roles.size(), 3);
        const QList<RoleSpan> roles = lee.service->current()->data().roles;
        QCOMPARE(roles.at(0).person, QStringLiteral("Kim"));
        QCOMPARE(roles.at(0).endedMs, m_clock.nowMs());
        QCOMPARE(roles.at(2).person, QStringLiteral("Lee"));
        QCOMPARE(roles.at(2).role, QStringLiteral("commander"));
        QCOMPARE(roles.at(2).endedMs, 0);
        QVERIFY(!kim.service->handOverCommand(QStringLiteral("Lee"))); // already the commander
    }

    // Three writers at once, one of them killed: every acknowledged event is kept once and every
    // follower sees them all.
    void threeWritersOneKilled()
    {
        Seat follower;
        QVERIFY(follower.join(m_url, m_clock, QStringLiteral("wall")));
        const qint64 id = declare(*follower.service);
        QVERIFY(id > 0);
        QProcess writers[3];
        QSet<int> acked[3];
        for (int w = 0; w < 3; ++w) {
            writers[w].start(QStringLiteral(STORE_WRITER), {m_url, QString::number(id), QString::number(w * 1'000'000)});
            QVERIFY(writers[w].waitForStarted());
        }
        for (int w = 0; w < 3; ++w)
            QVERIFY2(readAcks(writers[w], acked[w], 40), "a writer stopped acknowledging");
        writers[1].kill(); // mid-write, most likely
        writers[0].terminate();
        writers[2].terminate();
        for (int w = 0; w < 3; ++w) {
            QVERIFY(writers[w].waitForFinished(10'000));
            collectRemainingAcks(writers[w], acked[w]);
        }
        const QHash<QString, int> stored = storedTexts(id);
        for (int w = 0; w < 3; ++w) {
            for (int n : acked[w])
                QCOMPARE(stored.value(QStringLiteral("event %1").arg(n)), 1);
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QCOMPARE(it.value(), 1);
        // The follower ends with exactly what the store has.
        QTRY_COMPARE(follower.service->current()->events().size(), stored.size());
    }

    // The server restarted mid-run, then every connection killed: writers send again, followers catch up.
    void serverRestartAndKilledConnectionsLoseNothing()
    {
        Seat follower;
        QVERIFY(follower.join(m_url, m_clock, QStringLiteral("wall")));
        QSignalSpy lost(follower.follower.get(), &IncidentFollower::connectionLost);
        QSignalSpy restored(follower.follower.get(), &IncidentFollower::connectionRestored);
        const qint64 id = declare(*follower.service);
        QProcess writer;
        writer.start(QStringLiteral(STORE_WRITER), {m_url, QString::number(id), QStringLiteral("0")});
        QVERIFY(writer.waitForStarted());
        QSet<int> acked;
        QVERIFY(readAcks(writer, acked, 30));
        QVERIFY(SharedServer::cluster(QStringLiteral("restart")));
        QVERIFY2(readAcks(writer, acked, acked.size() + 30), "the writer did not carry on after the restart");
        QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(restored.size() >= 1, 10'000);
        QVERIFY(SharedServer::admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                                   " WHERE application_name LIKE 'incident-console%'")));
        QVERIFY2(readAcks(writer, acked, acked.size() + 30), "the writer did not carry on after its connection was killed");
        writer.kill();
        QVERIFY(writer.waitForFinished(10'000));
        collectRemainingAcks(writer, acked);
        const QHash<QString, int> stored = storedTexts(id);
        for (int n : acked)
            QCOMPARE(stored.value(QStringLiteral("event %1").arg(n)), 1);
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(follower.service->current()->events().size(), stored.size(), 10'000);
    }

    // The server goes away mid-incident: the seat keeps recording (shown as waiting, kept on disk), then
    // sends each event exactly once when the server is back.
    void anOfflineSeatKeepsRecordingAndSendsOnce_data() { seatKinds(); }

    void anOfflineSeatKeepsRecordingAndSendsOnce()
    {
        QFETCH(bool, throughWriter);
        QTemporaryDir dir;
        Outbox outbox(Outbox::fileFor(dir.path(), m_url));
        Seat seat, other;
        QVERIFY(joinKimWithOutboxAndLee(seat, other, outbox, throughWriter));
        QSignalSpy lost(seat.follower.get(), &IncidentFollower::connectionLost);
        const qint64 id = declare(*seat.service);
        QVERIFY(other.service->open(id));
        QVERIFY(SharedServer::cluster(QStringLiteral("stop")));
        QVERIFY(seat.service->addNote(QStringLiteral("offline note 1")));
        QVERIFY(seat.service->setItemChecked(QStringLiteral("triage.scope"), true));
        QVERIFY(seat.service->addNote(QStringLiteral("offline note 2")));
        QVERIFY(seat.service->waitForWrites()); // the writer found the server gone: all three wait in the outbox
        QVERIFY(seat.service->isOffline());
        QCOMPARE(seat.service->waitingCount(), 3);
        QVERIFY(seat.service->offlineSinceMs() > 0);
        for (const TimelineEvent& e : seat.service->current()->events()) {
            if (e.text.startsWith(QLatin1String("offline note")))
                QVERIFY(e.id < 0); // shown as waiting
        }
        QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 1, 10'000);
        {
            Outbox afterACrash(outbox.file()); // on disk, as a killed console would leave it
            QString error;
            QVERIFY(afterACrash.load(&error));
            QCOMPARE(afterACrash.size(), 3);
            QCOMPARE(afterACrash.entries().at(2).event.text, QStringLiteral("offline note 2"));
        }
        QVERIFY(SharedServer::cluster(QStringLiteral("start")));
        QTRY_COMPARE_WITH_TIMEOUT(seat.service->waitingCount(), 0, 15'000);
        QVERIFY(!seat.service->isOffline());
        QCOMPARE(seat.service->offlineSinceMs(), 0);
        for (const TimelineEvent& e : seat.service->current()->events())
            QVERIFY2(e.id > 0, qPrintable(e.text));
        const QHash<QString, int> stored = storedTexts(id);
        QCOMPARE(stored.value(QStringLiteral("offline note 1")), 1);
        QCOMPARE(stored.value(QStringLiteral("offline note 2")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(other.has(QStringLiteral("offline note 2")), 10'000);
        QTRY_VERIFY(other.service->current()->isChecked(QStringLiteral("triage.scope")));
        QCOMPARE(seat.service->current()->events().size(), stored.size());
        QVERIFY(!QFile::exists(outbox.file()));
    }

    // While this seat cannot reach the server, edits, post-mortem saves and a handover wait in its outbox too;
    // when it is back, what another seat changed meanwhile is offered as a conflict, never overwritten.
    void offlineEditsSavesAndHandoverWaitThenMeetTheOtherSeat_data() { seatKinds(); }
    void offlineEditsSavesAndHandoverWaitThenMeetTheOtherSeat()
    {
        QFETCH(bool, throughWriter);
        QTemporaryDir dir;
        Outbox outbox(Outbox::fileFor(dir.path(), m_url));
        Seat kim, lee;
        QVERIFY(joinKimWithOutboxAndLee(kim, lee, outbox, throughWriter));
        const qint64 id = declare(*kim.service);
        m_clock.advanceMinutes(1);
        QVERIFY(kim.service->addNote(QStringLiteral("db at 100%")));
        QVERIFY(kim.service->waitForWrites());
        QVERIFY(lee.service->open(id));
        const TimelineEvent note = kim.service->current()->events().constLast();
        const int base = kim.service->current()->data().postmortemVersion;

        kim.service->storeLost(m_clock.nowMs()); // Kim's seat loses the server; Lee's does not
        QVERIFY(kim.service->editEvent(note.id, QStringLiteral("db connections at 100%"), note.atMs, note.revisions));
        PostmortemFields kimFields, leeFields;
        kimFields.summary = QStringLiteral("Kim's summary");
        leeFields.summary = QStringLiteral("Lee's summary");
        QVERIFY(kim.service->savePostmortem(kimFields, base));
        m_clock.advanceMinutes(1);
        QVERIFY(kim.service->handOverCommand(QStringLiteral("Lee")));
        QVERIFY(kim.service->waitForWrites());
        QCOMPARE(kim.service->waitingCount(), 3);
        QCOMPARE(kim.service->current()->data().commander, QStringLiteral("Lee")); // shown, waiting
        {
            Outbox afterACrash(outbox.file()); // each kind survives a restart of the console
            QString error;
            QVERIFY(afterACrash.load(&error));
            QCOMPARE(afterACrash.size(), 3);
            QCOMPARE(afterACrash.entries().at(0).event.text, QStringLiteral("db connections at 100%"));
            QCOMPARE(afterACrash.entries().at(0).before.revisions, note.revisions);
            QCOMPARE(afterACrash.entries().at(1).postmortem.summary, QStringLiteral("Kim's summary"));
            QCOMPARE(afterACrash.entries().at(2).header.commander, QStringLiteral("Lee"));
        }

        QVERIFY(lee.service->editEvent(note.id, QStringLiteral("db CPU at 100%"), note.atMs, note.revisions));
        QVERIFY(lee.service->savePostmortem(leeFields, base));
        QVERIFY(lee.service->waitForWrites());

        QSignalSpy eventConflicts(kim.service.get(), &IncidentService::editConflict);
        QSignalSpy postmortemConflicts(kim.service.get(), &IncidentService::postmortemConflict);
        kim.service->storeBack();
        QTRY_COMPARE_WITH_TIMEOUT(kim.service->waitingCount(), 0, 10'000);
        QVERIFY(kim.service->waitForWrites());
        QCOMPARE(eventConflicts.size(), 1);
        QCOMPARE(eventConflicts.at(0).at(0).value<TimelineEvent>().text, QStringLiteral("db CPU at 100%"));
        QCOMPARE(eventConflicts.at(0).at(1).toString(), QStringLiteral("db connections at 100%"));
        QCOMPARE(postmortemConflicts.size(), 1);
        QCOMPARE(postmortemConflicts.at(0).at(0).value<PostmortemFields>().summary, QStringLiteral("Lee's summary"));
        QCOMPARE(storedTexts(id).value(QStringLiteral("db CPU at 100%")), 1); // Lee's edit stands until Kim chooses
        QTRY_COMPARE_WITH_TIMEOUT(lee.service->current()->data().commander, QStringLiteral("Lee"), 10'000);
        QVERIFY(lee.has(QStringLiteral("Command handed over: Kim → Lee")));
        QVERIFY(!kim.service->isOffline());
    }

    // A follower that started while the server was away (the wall switched on during a restart) opens its
    // connection once the server answers, and reads everything recorded meanwhile.
    void aFollowerStartedWhileTheServerIsAwayCatchesUp()
    {
        Seat seat;
        QVERIFY(seat.join(m_url, m_clock, QStringLiteral("Kim")));
        const qint64 id = declare(*seat.service);
        QVERIFY(SharedServer::cluster(QStringLiteral("stop")));
        IncidentFollower follower(m_url);
        QSignalSpy changed(&follower, &IncidentFollower::changed);
        QSignalSpy failed(&follower, &IncidentFollower::failed);
        follower.follow(id, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10'000); // its connection could not be opened
        QCOMPARE(changed.size(), 0);
        QVERIFY(SharedServer::cluster(QStringLiteral("start")));
        QVERIFY(seat.service->addNote(QStringLiteral("after the restart")));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && [&] {
            const auto last = changed.constLast().at(1).value<IncidentChanges>();
            return !last.events.isEmpty() && last.events.constLast().text == QStringLiteral("after the restart");
        }(), 10'000);
    }

    // The window's seat never waits for a commit: while the server holds its write back, the note is
    // shown at once as pending, and as recorded (with the server's id) only after the commit.
    void theSeatNeverWaitsForACommit()
    {
        Seat seat;
        QVERIFY(seat.join(m_url, m_clock, QStringLiteral("Kim"), true));
        const qint64 id = declare(*seat.service);
        QVERIFY(id > 0);
        {
            // Another session holds the incident's writer lock, as a long transaction of another seat would;
            // it lets go when this scope ends, pass or fail.
            LockHolder holder(m_url.section(QLatin1Char('/'), -1), id);
            QVERIFY(holder.locked());
            m_clock.advanceMinutes(1);
            QVERIFY(seat.service->addNote(QStringLiteral("held back")));
            m_clock.advanceMinutes(1);
            QVERIFY(seat.service->setItemChecked(QStringLiteral("triage.scope"), true));
            QCOMPARE(seat.service->writingCount(), 2);
            const QList<TimelineEvent>& shown = seat.service->current()->events();
            QCOMPARE(shown.size(), 3);
            QVERIFY2(shown.at(1).id < 0 && shown.at(2).id < 0, "shown as pending before the commit");
            QVERIFY(seat.service->current()->isChecked(QStringLiteral("triage.scope")));
            QCOMPARE(storedTexts(id).value(QStringLiteral("held back")), 0); // the server has not got it yet
        }
        QVERIFY(seat.service->waitForWrites());
        QCOMPARE(seat.service->writingCount(), 0);
        QCOMPARE(storedTexts(id).value(QStringLiteral("held back")), 1);
        for (const TimelineEvent& e : seat.service->current()->events())
            QVERIFY2(e.id > 0, qPrintable(e.text));
        QCOMPARE(seat.service->current()->events().size(), storedTexts(id).size());
    }

    // From one seat to the war room: an incident on a SQLite file moves to the server while it runs.
    void anIncidentMovesFromAFileToTheServer()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mine.sqlite"));
        qint64 localId = 0;
        IncidentData before;
        {
            IncidentStore local;
            QVERIFY(local.open(file));
            IncidentService service(local, m_clock, Fixtures::checklistJson(), QStringLiteral("en"));
            QVERIFY(service.openDemo(Fixtures::demoJson()));
            PostmortemFields fields;
            fields.summary = QStringLiteral("pool exhausted");
            QVERIFY(service.savePostmortem(fields));
            PanelDefinition panel;
            panel.id = QStringLiteral("pool");
            MetricSeries series(QStringLiteral("k"), QStringLiteral("active"));
            series.append(1000.0, 20.0);
            QVERIFY(local.saveSamples(service.current()->id(), panel, {series}));
            localId = service.current()->id();
            before = service.current()->data();
        }
        QProcess cli;
        cli.start(QStringLiteral(INCIDENT_CONSOLE), {QStringLiteral("--db"), file, QStringLiteral("move"), QStringLiteral("--incident"),
                                                      QString::number(localId), QStringLiteral("--to"), m_url});
        QVERIFY(cli.waitForFinished(60'000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QList<QByteArray> out = cli.readAllStandardOutput().split('\n');
        const qint64 movedId = out.at(0).toLongLong();
        QVERIFY(movedId > 0);
        QVERIFY(out.at(1).contains(m_url.toUtf8()));
        QVERIFY(out.at(1).contains("--open " + QByteArray::number(movedId)));
        IncidentStore server;
        QVERIFY(server.open(m_url));
        const auto moved = server.loadIncident(movedId);
        QVERIFY(moved);
        QCOMPARE(moved->title, before.title);
        QCOMPARE(moved->events.size(), before.events.size());
        for (int i = 0; i < before.events.size(); ++i)
            QCOMPARE(moved->events.at(i).text, before.events.at(i).text);
        QCOMPARE(moved->checkedItems, before.checkedItems);
        QCOMPARE(moved->postmortem.summary, QStringLiteral("pool exhausted"));
        QCOMPARE(server.loadSamples(movedId).size(), 1);
        QCOMPARE(server.loadSamples(movedId).at(0).series.at(0).size(), size_t(1));
        IncidentStore local;
        QVERIFY(local.open(file));
        const auto original = local.loadIncident(localId);
        QVERIFY(original->events.last().text.contains(QStringLiteral("as incident %1").arg(movedId)));
    }

    void followPrintsEachEventAsJson()
    {
        Seat seat;
        QVERIFY(seat.join(m_url, m_clock, QStringLiteral("Kim")));
        const qint64 id = declare(*seat.service);
        QProcess follow;
        follow.start(QStringLiteral(INCIDENT_CONSOLE),
                     {QStringLiteral("--db"), m_url, QStringLiteral("follow"), QStringLiteral("--incident"),
                      QString::number(id), QStringLiteral("--json")});
        QVERIFY(follow.waitForStarted());
        QTRY_VERIFY(follow.canReadLine());
        const QJsonObject first = QJsonDocument::fromJson(follow.readLine()).object();
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("status"));
        QCOMPARE(first.value(QStringLiteral("author")).toString(), QStringLiteral("Kim"));
        QVERIFY(first.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(seat.service->addNote(QStringLiteral("DB failover started")));
        QTRY_VERIFY_WITH_TIMEOUT(follow.canReadLine(), 10'000);
        const QJsonObject next = QJsonDocument::fromJson(follow.readLine()).object();
        QCOMPARE(next.value(QStringLiteral("text")).toString(), QStringLiteral("DB failover started"));
        QCOMPARE(next.value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
        QCOMPARE(next.value(QStringLiteral("id")).toInteger(), seat.service->current()->events().last().id);
        QCOMPARE(next.value(QStringLiteral("at")).toString(),
                 QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(Qt::ISODateWithMs));
        QVERIFY(next.value(QStringLiteral("at")).toString().endsWith(QLatin1String(".000Z")));
        QVERIFY(next.contains(QStringLiteral("role")));
        ::kill(pid_t(follow.processId()), SIGTERM);
        QVERIFY(follow.waitForFinished(10'000));
        QCOMPARE(follow.exitStatus(), QProcess::NormalExit);
        QCOMPARE(follow.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
