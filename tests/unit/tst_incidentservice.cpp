#include "Fixtures.h"
#include "Incident.h"
#include "IncidentService.h"
#include "IncidentWindow.h"
#include "PostmortemExport.h"
#include "TestClock.h"
#include "storage/IncidentStore.h"
#include "storage/EventWriter.h"
#include "storage/Outbox.h"
#include "storage/SampleWriter.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

// Another console holding the store's write lock until it goes out of scope.
class WriteLock
{
public:
    explicit WriteLock(const QString& file)
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        other.setDatabaseName(file);
        m_held = other.open() && QSqlQuery(other).exec(QStringLiteral("BEGIN EXCLUSIVE"));
    }
    ~WriteLock()
    {
        QSqlQuery(QSqlDatabase::database(name(), false)).exec(QStringLiteral("ROLLBACK"));
        QSqlDatabase::database(name(), false).close();
        QSqlDatabase::removeDatabase(name());
    }
    bool held() const { return m_held; }

private:
    static QString name() { return QStringLiteral("other"); }
    bool m_held = false;
};

class TestIncidentService final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestClock m_clock;
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<IncidentService> m_service;
    QString m_file;

    void start()
    {
        m_service.reset();
        m_store = std::make_unique<IncidentStore>();
        IncidentStore::Options quick;
        quick.busyTimeoutMs = 50;
        QVERIFY(m_store->open(m_file, quick));
        m_service = std::make_unique<IncidentService>(*m_store, m_clock, Fixtures::checklistJson(), QStringLiteral("en"));
        m_service->setAuthor(QStringLiteral("Kim"));
    }
    static PanelDefinition lagPanel()
    {
        PanelDefinition panel;
        panel.id = QStringLiteral("kafka-lag");
        panel.title = QStringLiteral("Kafka consumer lag");
        return panel;
    }
    MetricSeries lagSeries(int points) const
    {
        std::vector<double> t, v;
        for (int i = 0; i < points; ++i) {
            t.push_back(m_clock.nowMs() / 1000.0 - points + i);
            v.push_back(1000 + i);
        }
        MetricSeries lag(QStringLiteral("{topic=\"a\"}"), QStringLiteral("a"));
        lag.merge(t, v);
        return lag;
    }
    QStringList texts() const
    {
        QStringList out;
        for (const TimelineEvent& e : m_service->current()->events())
            out << e.text;
        return out;
    }

private Q_SLOTS:
    // Exported charts span the incident, never the live window and never the future.
    void exportedChartsSpanTheIncident_data()
    {
        QTest::addColumn<qint64>("resolvedMs");
        QTest::addColumn<qint64>("nowMs");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        const qint64 start = 1'766'625'240'000;
        QTest::newRow("resolved long ago") << start + 3'600'000 << start + 86'400'000 << start / 1000.0 - 900
                                           << start / 1000.0 + 3600 + 900;
        QTest::newRow("resolved moments ago: no future") << start + 3'600'000 << start + 3'660'000
                                                         << start / 1000.0 - 900 << start / 1000.0 + 3660;
        QTest::newRow("still open: up to now") << qint64(0) << start + 1'800'000 << start / 1000.0 - 900
                                               << start / 1000.0 + 1800;
    }
    void exportedChartsSpanTheIncident()
    {
        QFETCH(qint64, resolvedMs);
        QFETCH(qint64, nowMs);
        QFETCH(double, from);
        QFETCH(double, to);
        IncidentData d;
        d.startedMs = 1'766'625'240'000;
        d.resolvedMs = resolvedMs;
        const auto window = IncidentWindow::of(d, nowMs);
        QCOMPARE(window.first, from);
        QCOMPARE(window.second, to);
    }

    void theBadgeValueIsTheOneAtTheEnd()
    {
        MetricPanelData panel;
        MetricSeries s(QStringLiteral("{}"), QStringLiteral("lag"));
        s.merge({100, 200, 300, 400}, {1, 2, qQNaN(), 4});
        panel.series = {s};
        QCOMPARE(panel.valueAt(250), 2.0);
        QCOMPARE(panel.valueAt(350), 2.0); // a gap is not a value
        QCOMPARE(panel.valueAt(1000), 4.0);
        QVERIFY(std::isnan(panel.valueAt(50)));
    }

    void init()
    {
        m_file = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        m_clock.setMs(1'766'625'240'000);
        start();
    }

    void refusesAnEmptyTitle()
    {
        QSignalSpy failed(m_service.get(), &IncidentService::failed);
        QVERIFY(!m_service->declare({QStringLiteral("   "), Severity::Sev2, QStringLiteral("Kim"), 0}));
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_service->lastError().contains("title"));
        QVERIFY(m_store->listIncidents().isEmpty());
        QVERIFY(!m_service->current());
    }

    void declaresWithAnEarlierStart()
    {
        const qint64 tenMinutesAgo = m_clock.nowMs() - 600'000;
        QVERIFY(m_service->declare({QStringLiteral("Checkout 5xx"), Severity::Sev1, QStringLiteral("Park"), tenMinutesAgo}));
        const IncidentData& d = m_service->current()->data();
        QCOMPARE(d.startedMs, tenMinutesAgo);
        QCOMPARE(d.detectedMs, m_clock.nowMs());
        QCOMPARE(d.events.size(), 1);
        QCOMPARE(d.events.at(0).kind, EventKind::Status);
        QCOMPARE(d.events.at(0).atMs - d.startedMs, 600'000);
        QVERIFY(d.events.at(0).text.contains("SEV-1"));
        QCOMPARE(d.events.at(0).phase, QStringLiteral("triage"));
    }

    void checklistStampsTheTimelineInItsPhase()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        m_clock.advanceMinutes(1.5);
        QVERIFY(m_service->setItemChecked(QStringLiteral("diagnose.health"), true));
        const TimelineEvent& stamped = m_service->current()->events().last();
        QCOMPARE(stamped.kind, EventKind::Checklist);
        QCOMPARE(stamped.phase, QStringLiteral("diagnose"));
        QCOMPARE(stamped.atMs - m_service->current()->data().startedMs, 90'000);
        QVERIFY(stamped.text.startsWith("Done: Check the health endpoints"));
        QVERIFY(m_service->setItemChecked(QStringLiteral("diagnose.health"), true)); // no change, no event
        QCOMPARE(m_service->current()->events().size(), 2);
        QVERIFY(m_service->setItemChecked(QStringLiteral("diagnose.health"), false));
        QVERIFY(m_service->current()->events().last().text.startsWith("Reopened:"));
        QVERIFY(!m_service->setItemChecked(QStringLiteral("nope"), true));
        QVERIFY(m_service->lastError().contains("nope"));
    }

    void notesCarryTheCurrentPhase()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        QVERIFY(m_service->setItemChecked(QStringLiteral("triage.scope"), true));
        QVERIFY(m_service->setItemChecked(QStringLiteral("triage.record"), true));
        m_clock.advanceMinutes(3);
        QVERIFY(m_service->addNote(QStringLiteral("paged the DB team")));
        QCOMPARE(m_service->current()->events().last().phase, QStringLiteral("stabilize"));
        QCOMPARE(m_service->current()->events().last().author, QStringLiteral("Kim"));
        QVERIFY(!m_service->addNote(QStringLiteral("  ")));
    }

    void severityAndStatusAreEventsAndSetKeyTimes()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev3, QStringLiteral("Kim"), 0}));
        m_clock.advanceMinutes(5);
        QVERIFY(m_service->setSeverity(Severity::Sev1));
        QCOMPARE(m_service->current()->events().last().kind, EventKind::Severity);
        QCOMPARE(m_service->current()->events().last().text, QStringLiteral("Severity changed: SEV-3 → SEV-1"));
        m_clock.advanceMinutes(10);
        QVERIFY(m_service->setStatus(IncidentStatus::Mitigated));
        const qint64 mitigated = m_clock.nowMs();
        m_clock.advanceMinutes(5);
        QVERIFY(m_service->setStatus(IncidentStatus::Monitoring));
        m_clock.advanceMinutes(20);
        QVERIFY(m_service->setStatus(IncidentStatus::Resolved));
        const IncidentData& d = m_service->current()->data();
        QCOMPARE(d.mitigatedMs, mitigated);
        QCOMPARE(d.resolvedMs, m_clock.nowMs());
        QCOMPARE(d.events.last().text, QStringLiteral("Status changed: Monitoring → Resolved"));

        const qint64 id = d.id; // d goes with the service
        start(); // as after a restart
        QVERIFY(m_service->open(id));
        const IncidentData& again = m_service->current()->data();
        QCOMPARE(again.severity, Severity::Sev1);
        QCOMPARE(again.status, IncidentStatus::Resolved);
        QCOMPARE(again.mitigatedMs, mitigated);
        QCOMPARE(again.events.size(), 5);
    }

    // Time to mitigate is the commander's: Monitoring stamps nothing, a named moment is kept.
    void mitigationIsWhenTheCommanderSaysSo()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        const qint64 start = m_service->current()->data().startedMs;
        m_clock.advanceMinutes(35);
        QVERIFY(m_service->setStatus(IncidentStatus::Monitoring));
        QCOMPARE(m_service->current()->data().mitigatedMs, 0);
        QVERIFY(m_service->setStatus(IncidentStatus::Mitigated, start + 27 * 60'000));
        QCOMPARE(m_service->current()->data().mitigatedMs, start + 27 * 60'000);
        QVERIFY(m_service->current()->events().last().text.contains(QStringLiteral("T+0:27:00")));
        m_clock.advanceMinutes(25);
        QVERIFY(m_service->setStatus(IncidentStatus::Resolved));
        QCOMPARE(m_service->current()->data().mitigatedMs, start + 27 * 60'000);
        QCOMPARE(m_service->current()->data().resolvedMs, m_clock.nowMs());
    }

    // Declared after the impact was already mitigated: the commander names detection, then mitigation.
    void anIncidentDeclaredAfterTheFact()
    {
        const qint64 start = m_clock.nowMs() - 30 * 60'000;
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), start}));
        QVERIFY(!m_service->setStatus(IncidentStatus::Mitigated, start + 20 * 60'000)); // detected is "now"
        QVERIFY2(m_service->lastError().contains(QStringLiteral("detected")), qPrintable(m_service->lastError()));
        QVERIFY2(m_service->setStatus(IncidentStatus::Identified, start + 5 * 60'000), qPrintable(m_service->lastError()));
        QVERIFY2(m_service->setStatus(IncidentStatus::Mitigated, start + 20 * 60'000), qPrintable(m_service->lastError()));
        QCOMPARE(m_service->current()->data().detectedMs, start + 5 * 60'000);
        QCOMPARE(m_service->current()->data().mitigatedMs, start + 20 * 60'000);
        // A moment typed in whole seconds, a fraction before the stamped detection, is in order.
        QVERIFY(m_service->setStatus(IncidentStatus::Identified, start + 5 * 60'000 + 400));
        QVERIFY(m_service->setStatus(IncidentStatus::Mitigated, start + 5 * 60'000));
    }

    void resolvingWithoutMitigationTakesTheResolution()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        m_clock.advanceMinutes(10);
        QVERIFY(m_service->setStatus(IncidentStatus::Monitoring));
        m_clock.advanceMinutes(10);
        QVERIFY(m_service->setStatus(IncidentStatus::Resolved));
        QCOMPARE(m_service->current()->data().mitigatedMs, m_clock.nowMs());
    }

    void keyTimesStayInOrder_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("minutes"); // the named moment, from the start
        QTest::addColumn<QString>("mentions");
        QTest::newRow("mitigated before the start") << int(IncidentStatus::Mitigated) << -5 << "before it was";
        QTest::newRow("resolved before mitigated") << int(IncidentStatus::Resolved) << 10 << "before it was mitigated";
        QTest::newRow("in the future") << int(IncidentStatus::Mitigated) << 90 << "future";
    }
    void keyTimesStayInOrder()
    {
        QFETCH(int, status);
        QFETCH(int, minutes);
        QFETCH(QString, mentions);
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        const qint64 start = m_service->current()->data().startedMs;
        m_clock.advanceMinutes(20);
        QVERIFY(m_service->setStatus(IncidentStatus::Mitigated));
        m_clock.advanceMinutes(10);
        const IncidentData before = m_service->current()->data();
        QVERIFY(!m_service->setStatus(IncidentStatus(status), start + minutes * 60'000));
        QVERIFY2(m_service->lastError().contains(mentions), qPrintable(m_service->lastError()));
        QCOMPARE(m_service->current()->data().mitigatedMs, before.mitigatedMs);
        QCOMPARE(m_service->current()->data().status, before.status);
        QCOMPARE(m_service->current()->events().size(), before.events.size());
    }

    void editingIsRecordedAndReorders()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        m_clock.advanceMinutes(10);
        QVERIFY(m_service->addNote(QStringLiteral("restartd the pods")));
        const qint64 id = m_service->current()->events().last().id;
        QVERIFY(m_service->editEvent(id, QStringLiteral("restarted the pods"), m_clock.nowMs() - 900'000));
        QCOMPARE(texts().first(), QStringLiteral("restarted the pods")); // backdated before the declaration
        QCOMPARE(m_service->current()->events().first().revisions, 1);
        QCOMPARE(m_store->revisionsOf(id).at(0).text, QStringLiteral("restartd the pods"));
    }

    void aFailedWriteShowsNothingAsRecorded()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_file);
        QVERIFY(other.open());
        {
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        }
        QSignalSpy failed(m_service.get(), &IncidentService::failed);
        QVERIFY(!m_service->addNote(QStringLiteral("lost?")));
        QVERIFY(!m_service->setItemChecked(QStringLiteral("triage.scope"), true));
        QCOMPARE(failed.count(), 2);
        QVERIFY(failed.at(0).at(0).toString().contains("locked"));
        QCOMPARE(m_service->current()->events().size(), 1);
        QVERIFY(!m_service->current()->isChecked(QStringLiteral("triage.scope")));
        {
            QSqlQuery unlock(other);
            unlock.exec(QStringLiteral("ROLLBACK"));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(m_service->addNote(QStringLiteral("now it is")));
    }

    // The window's writes: another console holding the store's write lock never holds up the UI thread.
    // Work is shown at once as pending, and as recorded, in the order it was done, after its commit.
    void timelineWorkIsCommittedOffTheUiThread()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        EventWriter writer(m_file);
        m_service->setEventWriter(&writer);
        QSignalSpy failed(m_service.get(), &IncidentService::failed);
        {
            const WriteLock lock(m_file);
            QVERIFY(lock.held());
            // All at the declaration's moment: shown in the order they were made, as the store numbers them.
            QVERIFY(m_service->addNote(QStringLiteral("while locked")));
            QVERIFY(m_service->setSeverity(Severity::Sev1));
            QVERIFY(m_service->setItemChecked(QStringLiteral("triage.scope"), true));
            QCOMPARE(m_service->writingCount(), 3);
            QCOMPARE(m_service->current()->data().severity, Severity::Sev1); // shown at once
            QVERIFY(m_service->current()->isChecked(QStringLiteral("triage.scope")));
            QCOMPARE(m_service->current()->events().size(), 4);
            for (int row = 1; row < 4; ++row)
                QVERIFY2(m_service->current()->events().at(row).id < 0, "pending until committed");
        }
        QVERIFY(m_service->waitForWrites());
        QCOMPARE(failed.count(), 0);
        const auto stored = m_store->loadIncident(m_service->current()->id());
        QVERIFY(stored);
        QCOMPARE(stored->severity, Severity::Sev1);
        QVERIFY(stored->checkedItems.contains(QStringLiteral("triage.scope")));
        QCOMPARE(stored->events.size(), 4);
        for (int row = 0; row < 4; ++row) {
            const TimelineEvent& shown = m_service->current()->events().at(row);
            QCOMPARE(shown.id, stored->events.at(row).id); // recorded, with the store's ids, in order
            QCOMPARE(shown.uuid, stored->events.at(row).uuid);
            QVERIFY(row == 0 || shown.id > m_service->current()->events().at(row - 1).id);
        }
        m_service->setEventWriter(nullptr);
    }

    // A server that cannot be reached, with no outbox to keep the work in: refused, answered once each.
    void awayWithoutAnOutboxIsRefusedOnce()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        EventWriter writer(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
        m_service->setEventWriter(&writer);
        QSignalSpy failed(m_service.get(), &IncidentService::failed);
        QVERIFY(m_service->addNote(QStringLiteral("first")));
        QVERIFY(m_service->addNote(QStringLiteral("second")));
        QVERIFY(m_service->waitForWrites());
        QCOMPARE(m_service->writingCount(), 0);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(m_service->current()->events().size(), 1); // both taken back
        m_service->setEventWriter(nullptr);
    }

    // The window opens a past incident off the UI thread: shown when it arrives, with everything this seat
    // wrote before asking; a later request replaces an earlier one; an unknown incident is named.
    void openingReadsOffTheUiThread()
    {
        QVERIFY(m_service->declare({QStringLiteral("earlier"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        const qint64 earlier = m_service->current()->id();
        QVERIFY(m_service->declare({QStringLiteral("now"), Severity::Sev1, QStringLiteral("Kim"), 0}));
        const qint64 now = m_service->current()->id();
        EventWriter writer(m_file);
        m_service->setEventWriter(&writer);
        QSignalSpy opening(m_service.get(), &IncidentService::opening);
        QSignalSpy changed(m_service.get(), &IncidentService::currentChanged);
        QSignalSpy failed(m_service.get(), &IncidentService::failed);

        QVERIFY(m_service->addNote(QStringLiteral("just before switching")));
        m_service->openInBackground(earlier);
        m_service->openInBackground(now); // changed their mind: only this one is shown
        QCOMPARE(opening.size(), 2);
        QCOMPARE(changed.size(), 0); // nothing shown before it is read
        QVERIFY(m_service->waitForWrites());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_service->current()->id(), now);
        QVERIFY(texts().contains(QStringLiteral("just before switching")));
        for (const TimelineEvent& e : m_service->current()->events())
            QVERIFY2(e.id > 0, qPrintable(e.text));

        m_service->openInBackground(earlier + 1000);
        QVERIFY(m_service->waitForWrites());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QString::number(earlier + 1000)), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(m_service->current()->id(), now); // still shown
        m_service->setEventWriter(nullptr);
    }

    // The window declares off the UI thread: the incident is shown once the store has it; a refusal is said.
    void declaringCreatesOffTheUiThread()
    {
        EventWriter writer(m_file);
        m_service->setEventWriter(&writer);
        QSignalSpy opening(m_service.get(), &IncidentService::opening);
        QSignalSpy declared(m_service.get(), &IncidentService::declared);
        QVERIFY(m_service->declare({QStringLiteral("Checkout 5xx"), Severity::Sev1, QStringLiteral("Kim"), 0}));
        QVERIFY(!m_service->current()); // not before the store has it
        QCOMPARE(opening.size(), 1);
        QVERIFY(m_service->waitForWrites());
        QVERIFY(m_service->current());
        QCOMPARE(declared.size(), 1);
        QCOMPARE(declared.at(0).at(0).toLongLong(), m_service->current()->id());
        const auto stored = m_store->loadIncident(m_service->current()->id());
        QVERIFY(stored);
        QCOMPARE(stored->title, QStringLiteral("Checkout 5xx"));
        QVERIFY(m_service->addNote(QStringLiteral("first note"))); // the incident works at once
        QVERIFY(m_service->waitForWrites());
        QCOMPARE(m_store->loadIncident(m_service->current()->id())->events.size(), 2);
        QVERIFY(!m_service->declare({QStringLiteral(" "), Severity::Sev1, QStringLiteral("Kim"), 0})); // checked at once
        const qint64 declaredId = m_service->current()->id();
        QVERIFY(m_service->openDemo(Fixtures::demoJson())); // the demo is created the same way, not "declared"
        QCOMPARE(m_service->current()->id(), declaredId);
        QVERIFY(m_service->waitForWrites());
        QVERIFY(m_service->current()->id() != declaredId);
        QVERIFY(m_service->current()->events().size() > 5);
        QCOMPARE(declared.size(), 1);
        m_service->setEventWriter(nullptr);

        EventWriter nowhere(m_dir.filePath(QStringLiteral("gone/store.sqlite")));
        m_service->setEventWriter(&nowhere);
        QSignalSpy failed(m_service.get(), &IncidentService::failed);
        const qint64 shown = m_service->current()->id();
        QVERIFY(m_service->declare({QStringLiteral("Never stored"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        QVERIFY(m_service->waitForWrites());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("gone")), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(m_service->current()->id(), shown);
        QCOMPARE(declared.size(), 1);
        m_service->setEventWriter(nullptr);
    }

    // The window's list of incidents is read on the writer's thread too.
    void theIncidentListArrivesFromTheWriterThread()
    {
        QVERIFY(m_service->declare({QStringLiteral("first"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        QVERIFY(m_service->declare({QStringLiteral("second"), Severity::Sev1, QStringLiteral("Kim"), 0}));
        EventWriter writer(m_file);
        m_service->setEventWriter(&writer);
        QSignalSpy listed(m_service.get(), &IncidentService::incidentsListed);
        m_service->requestIncidentList();
        QCOMPARE(listed.size(), 0);
        QVERIFY(m_service->waitForWrites());
        QCOMPARE(listed.size(), 1);
        const auto incidents = listed.at(0).at(0).value<QList<IncidentSummary>>();
        QCOMPARE(incidents.size(), 2);
        QVERIFY(listed.at(0).at(1).toString().isEmpty());
        m_service->setEventWriter(nullptr);
    }

    // A past incident's charts: its kept samples are read on the writer's thread, not the UI's.
    void keptSamplesArriveFromTheWriterThread()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        QVERIFY(m_service->recordSamples(lagPanel(), {lagSeries(50)}));
        EventWriter writer(m_file);
        m_service->setEventWriter(&writer);
        QSignalSpy arrived(m_service.get(), &IncidentService::keptSamplesArrived);
        m_service->requestKeptSamples(m_service->current()->id());
        QCOMPARE(arrived.size(), 0);
        QVERIFY(m_service->waitForWrites());
        QCOMPARE(arrived.size(), 1);
        const auto kept = arrived.at(0).at(1).value<QList<MetricPanelData>>();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).definition.id, lagPanel().id);
        QCOMPARE(kept.at(0).series.at(0).size(), size_t(50));
        m_service->setEventWriter(nullptr);
    }

    // A shared store that comes back with nothing waiting: the seat (and the wall) stop saying offline.
    void backWithNothingWaitingIsOnlineAgain_data()
    {
        QTest::addColumn<bool>("throughWriter");
        QTest::newRow("stored at once") << false;
        QTest::newRow("through the writer thread") << true;
    }
    void backWithNothingWaitingIsOnlineAgain()
    {
        QFETCH(bool, throughWriter);
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        EventWriter writer(m_file);
        if (throughWriter)
            m_service->setEventWriter(&writer);
        Outbox outbox(m_dir.filePath(QStringLiteral("outbox-%1.jsonl").arg(QTest::currentDataTag())));
        m_service->setOutbox(&outbox);
        m_service->storeLost(m_clock.nowMs());
        QVERIFY(m_service->isOffline());
        QCOMPARE(m_service->offlineSinceMs(), m_clock.nowMs());
        QSignalSpy changed(m_service.get(), &IncidentService::connectionChanged);
        m_service->storeBack();
        QVERIFY(m_service->waitForWrites());
        QVERIFY(!m_service->isOffline());
        QCOMPARE(m_service->offlineSinceMs(), 0);
        QVERIFY(changed.size() >= 1);
        m_service->setOutbox(nullptr);
        m_service->setEventWriter(nullptr);
    }

    // A write the store refuses is taken back from the view and named, so the user can record it again.
    void aRefusedWriteIsTakenBackAndNamed()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        EventWriter writer(m_dir.filePath(QStringLiteral("gone/store.sqlite")));
        m_service->setEventWriter(&writer);
        QSignalSpy failed(m_service.get(), &IncidentService::failed);
        QVERIFY(m_service->addNote(QStringLiteral("rollback started")));
        QVERIFY(m_service->setItemChecked(QStringLiteral("triage.scope"), true));
        QCOMPARE(m_service->current()->events().size(), 3);
        QVERIFY(!m_service->waitForWrites() || m_service->writingCount() == 0);
        QCOMPARE(m_service->writingCount(), 0);
        QCOMPARE(failed.count(), 2);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("rollback started")) && message.contains(QStringLiteral("gone")),
                 qPrintable(message));
        QCOMPARE(m_service->current()->events().size(), 1); // as the store has it
        QVERIFY(!m_service->current()->isChecked(QStringLiteral("triage.scope")));
        m_service->setEventWriter(nullptr);
    }

    // Panels refresh every second: another console holding the store's write lock must not hold up the
    // UI thread (a write here would wait, then fail), and the samples are kept once the lock goes.
    void samplesAreKeptOffTheUiThread()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        SampleWriter writer(m_file);
        m_service->setSampleWriter(&writer);
        QSignalSpy failed(m_service.get(), &IncidentService::failed);
        {
            const WriteLock lock(m_file);
            QVERIFY(lock.held());
            for (int poll = 0; poll < 3; ++poll)
                QVERIFY(m_service->recordSamples(lagPanel(), {lagSeries(100 + poll)}));
            QCOMPARE(failed.count(), 0);
        }
        const QList<MetricPanelData> kept = m_service->keptSamples(m_service->current()->id());
        QCOMPARE(failed.count(), 0);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).series.size(), 1);
        QCOMPARE(kept.at(0).series.at(0).times(), lagSeries(102).times()); // every poll, in order
        m_service->setSampleWriter(nullptr);
    }

    void aStoppingWriterKeepsWhatItWasGiven()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        {
            SampleWriter writer(m_file);
            m_service->setSampleWriter(&writer);
            QVERIFY(m_service->recordSamples(lagPanel(), {lagSeries(500)}));
            m_service->setSampleWriter(nullptr);
        }
        const QList<MetricPanelData> kept = m_store->loadSamples(m_service->current()->id());
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).series.at(0).size(), size_t(500));
    }

    void aFailedSampleWriteReachesTheUser()
    {
        QVERIFY(m_service->declare({QStringLiteral("x"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        SampleWriter writer(m_dir.filePath(QStringLiteral("gone/store.sqlite")));
        m_service->setSampleWriter(&writer);
        QSignalSpy failed(m_service.get(), &IncidentService::failed);
        QVERIFY(m_service->recordSamples(lagPanel(), {lagSeries(10)}));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("gone")), qPrintable(failed.at(0).at(0).toString()));
        m_service->setSampleWriter(nullptr);
    }

    void demoIncidentIsRecorded()
    {
        QVERIFY2(m_service->openDemo(Fixtures::demoJson()), qPrintable(m_service->lastError()));
        const qint64 id = m_service->current()->id();
        QCOMPARE(m_service->current()->events().size(), 18);
        QCOMPARE(m_service->current()->data().severity, Severity::Sev2);
        start();
        QVERIFY(m_service->open(id));
        QCOMPARE(m_service->current()->events().size(), 18);
        QCOMPARE(m_service->current()->data().checkedItems.size(), 11);
        QCOMPARE(m_service->current()->data().postmortem.whys.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestIncidentService)
#include "tst_incidentservice.moc"
