#include "Fixtures.h"
#include "BoundedFile.h"
#include "Incident.h"
#include "storage/IncidentFollower.h"
#include "storage/IncidentStore.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <unistd.h>

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A second, raw connection to the same file, as another program would have.
struct RawConnection
{
    explicit RawConnection(const QString& path)
        : name(QStringLiteral("raw-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(name).close();
        QSqlDatabase::removeDatabase(name);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(name));
        return q.exec(sql);
    }
    QString scalar(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(name));
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }
    QString name;
};
} // namespace

class TestIncidentStore final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void reopensExactlyAsRecorded()
    {
        const QString file = path("reopen.sqlite");
        IncidentData data = Fixtures::incident(1'000);
        data.status = IncidentStatus::Monitoring;
        data.detectedMs = 2'000;
        data.mitigatedMs = 3'000;
        data.checkedItems.insert(QStringLiteral("triage.scope"), 1'500);
        data.events = {Fixtures::event(0, 1'000, EventKind::Status, "declared"),
                       Fixtures::event(0, 1'200, EventKind::Note, "DB 커넥션 풀 | `pending` 15")};
        data.postmortem.summary = QStringLiteral("one line");
        data.postmortem.whys = {{QStringLiteral("why?"), QStringLiteral("because")}};
        data.postmortem.wentWell = {QStringLiteral("isolation")};
        {
            IncidentStore store;
            QVERIFY2(store.open(file), qPrintable(store.errorString()));
            QVERIFY2(store.createIncident(data), qPrintable(store.errorString()));
            QVERIFY(data.id > 0);
            QVERIFY(data.events.at(1).id > data.events.at(0).id);
            TimelineEvent late = Fixtures::event(0, 1'100, EventKind::Note, "backdated");
            QVERIFY(store.insertEvent(data.id, late));
        }
        IncidentStore store;
        QVERIFY(store.open(file));
        QCOMPARE(store.schemaVersion(), IncidentStore::LatestSchemaVersion);
        const auto loaded = store.loadIncident(data.id);
        QVERIFY2(loaded, qPrintable(store.errorString()));
        QCOMPARE(loaded->title, data.title);
        QCOMPARE(loaded->severity, Severity::Sev2);
        QCOMPARE(loaded->status, IncidentStatus::Monitoring);
        QCOMPARE(loaded->commander, QStringLiteral("Kim"));
        QCOMPARE(loaded->startedMs, 1'000);
        QCOMPARE(loaded->detectedMs, 2'000);
        QCOMPARE(loaded->mitigatedMs, 3'000);
        QCOMPARE(loaded->resolvedMs, 0);
        QCOMPARE(loaded->checkedItems.value(QStringLiteral("triage.scope")), 1'500);
        QCOMPARE(loaded->checklistJson, data.checklistJson);
        QCOMPARE(loaded->events.size(), 3);
        QCOMPARE(loaded->events.at(1).text, QStringLiteral("backdated")); // ordered by time
        QCOMPARE(loaded->events.at(2).text, QStringLiteral("DB 커넥션 풀 | `pending` 15"));
        QCOMPARE(loaded->events.at(2).kind, EventKind::Note);
        QCOMPARE(loaded->events.at(2).author, QStringLiteral("SRE Team"));
        QCOMPARE(loaded->postmortem.summary, QStringLiteral("one line"));
        QCOMPARE(loaded->postmortem.whys.at(0).answer, QStringLiteral("because"));
        QCOMPARE(loaded->postmortem.wentWell, QStringList{"isolation"});

        const QList<IncidentSummary> list = store.listIncidents();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).eventCount, 3);
        QCOMPARE(RawConnection(file).scalar("PRAGMA journal_mode"), QStringLiteral("wal"));
    }

    void editsKeepTheEarlierVersion()
    {
        IncidentStore store;
        QVERIFY(store.open(path("edit.sqlite")));
        IncidentData data = Fixtures::incident(0);
        data.events = {Fixtures::event(0, 5'000, EventKind::Note, "typo")};
        QVERIFY(store.createIncident(data));
        TimelineEvent after = data.events.at(0);
        after.text = QStringLiteral("fixed");
        after.atMs = 4'000;
        QVERIFY(store.editEvent(data.id, data.events.at(0), after, QStringLiteral("Lee"), 9'000));
        const auto loaded = store.loadIncident(data.id);
        QCOMPARE(loaded->events.at(0).text, QStringLiteral("fixed"));
        QCOMPARE(loaded->events.at(0).atMs, 4'000);
        QCOMPARE(loaded->events.at(0).revisions, 1);
        const QList<TimelineEvent> history = store.revisionsOf(after.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).text, QStringLiteral("typo"));
        QCOMPARE(history.at(0).atMs, 5'000);
        QCOMPARE(history.at(0).author, QStringLiteral("Lee"));
    }

    void migratesAVersionOneStore()
    {
        const QString file = path("v1.sqlite");
        {
            IncidentStore store;
            IncidentStore::Options v1;
            v1.targetSchemaVersion = 1;
            QVERIFY(store.open(file, v1));
            QCOMPARE(store.schemaVersion(), 1);
        }
        {
            RawConnection raw(file);
            QVERIFY(raw.exec("INSERT INTO incidents (id, title, severity, status, started_ms) "
                             "VALUES (1, 'old incident', 1, 'resolved', 100)"));
            QVERIFY(raw.exec("INSERT INTO events (incident_id, at_ms, kind, text) VALUES (1, 100, 'note', 'kept')"));
        }
        IncidentStore store;
        QVERIFY2(store.open(file), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), IncidentStore::LatestSchemaVersion);
        const auto loaded = store.loadIncident(1);
        QVERIFY2(loaded, qPrintable(store.errorString()));
        QCOMPARE(loaded->title, QStringLiteral("old incident"));
        QCOMPARE(loaded->severity, Severity::Sev1);
        QCOMPARE(loaded->events.at(0).text, QStringLiteral("kept"));
        QCOMPARE(loaded->events.at(0).revisions, 0);
        QVERIFY(loaded->postmortem.summary.isEmpty());
    }

    void metricSamplesOutlivePrometheus()
    {
        IncidentStore store;
        QVERIFY(store.open(path("samples.sqlite")));
        IncidentData data = Fixtures::incident(0);
        QVERIFY(store.createIncident(data));
        PanelDefinition panel;
        panel.id = QStringLiteral("kafka-lag");
        panel.title = QStringLiteral("Kafka consumer lag");
        panel.unit = QStringLiteral("msgs");
        panel.thresholds = {Threshold{ThresholdLevel::Warning, true, 5000, 180'000, QStringLiteral("KafkaConsumerLagHigh")}};
        MetricSeries lag(QStringLiteral("{topic=\"a\"}"), QStringLiteral("a"));
        lag.merge({100, 115, 130}, {4700, qQNaN(), 6850});
        QVERIFY2(store.saveSamples(data.id, panel, {lag}), qPrintable(store.errorString()));
        MetricSeries later(lag.key(), lag.legend());
        later.merge({130, 145}, {6900, 7000}); // overlapping poll: 130 replaced
        QVERIFY(store.saveSamples(data.id, panel, {later}));
        const QList<MetricPanelData> panels = store.loadSamples(data.id);
        QCOMPARE(panels.size(), 1);
        QCOMPARE(panels.at(0).definition.title, panel.title);
        QCOMPARE(panels.at(0).definition.thresholds.at(0).forMs, 180'000);
        QCOMPARE(panels.at(0).series.size(), 1);
        const MetricSeries& s = panels.at(0).series.at(0);
        QCOMPARE(s.times(), std::vector<double>({100, 115, 130, 145}));
        QVERIFY(std::isnan(s.values().at(1)));
        QCOMPARE(s.values().at(2), 6900.0);
    }

    void refusesAStoreFromANewerConsole()
    {
        const QString file = path("future.sqlite");
        {
            IncidentStore store;
            QVERIFY(store.open(file));
        }
        RawConnection(file).exec("PRAGMA user_version=99");
        IncidentStore store;
        QVERIFY(!store.open(file));
        QVERIFY2(store.errorString().contains("newer"), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(file));
    }

    void damagedFilesAreNamedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::addColumn<int>("offset");
        QTest::newRow("not a database") << QByteArray("this is a text file, not a store\n").repeated(200) << 0;
        QTest::newRow("garbage after the header") << QByteArray(8192, '\xA5') << 100;
        QTest::newRow("damaged page") << QByteArray(4096, '\xFF') << 4096;
    }
    void damagedFilesAreNamedAndLeftAlone()
    {
        QFETCH(QByteArray, damage);
        QFETCH(int, offset);
        const QString file = path(QStringLiteral("damaged-%1.sqlite").arg(QTest::currentDataTag()).replace(' ', '-'));
        if (offset > 0) {
            IncidentStore store;
            QVERIFY(store.open(file));
            IncidentData data = Fixtures::incident(0);
            for (int i = 0; i < 200; ++i)
                data.events.append(Fixtures::event(0, i, EventKind::Note, QString(200, QLatin1Char('x'))));
            QVERIFY(store.createIncident(data));
        }
        {
            QFile f(file);
            QVERIFY(f.open(offset > 0 ? QIODevice::ReadWrite : QIODevice::WriteOnly));
            f.seek(offset);
            f.write(damage);
        }
        const QByteArray before = fileHash(file);
        IncidentStore store;
        QVERIFY(!store.open(file));
        QVERIFY2(store.errorString().contains(file), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains("damaged"), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains("--db"));
        QCOMPARE(fileHash(file), before);
    }

    void aLockedStoreSaysSo()
    {
        const QString file = path("locked.sqlite");
        IncidentStore store;
        IncidentStore::Options quick;
        quick.busyTimeoutMs = 50;
        QVERIFY(store.open(file, quick));
        IncidentData data = Fixtures::incident(0);
        QVERIFY(store.createIncident(data));
        RawConnection other(file);
        QVERIFY(other.exec("BEGIN EXCLUSIVE"));
        TimelineEvent e = Fixtures::event(0, 1, EventKind::Note, "blocked");
        QVERIFY(!store.insertEvent(data.id, e));
        QVERIFY2(store.errorString().contains("locked"), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(file));
        other.exec("ROLLBACK");
        QVERIFY2(store.insertEvent(data.id, e), qPrintable(store.errorString()));
    }

    void missingFolderIsExplained()
    {
        IncidentStore store;
        const QString file = path("no/such/folder/store.sqlite");
        QVERIFY(!store.open(file));
        QVERIFY2(store.errorString().contains("does not exist"), qPrintable(store.errorString()));
    }

    void refusesStoresThatKeepNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << "is not a file";
        QTest::newRow("blank") << QStringLiteral("  ") << "is not a file";
        QTest::newRow("in memory") << QStringLiteral(":memory:") << "is not a file";
        QTest::newRow("URI in memory") << QStringLiteral("file::memory:") << "SQLite URI";
        QTest::newRow("URI to a file") << QStringLiteral("file:elsewhere.db") << "SQLite URI";
        QTest::newRow("URI with a VFS") << QStringLiteral("FILE:x.db?vfs=unix-excl") << "SQLite URI";
    }
    void refusesStoresThatKeepNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        IncidentStore store;
        QVERIFY(!store.open(name));
        QVERIFY2(store.errorString().contains(mentions), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains("--db"));
        QVERIFY(!QFile::exists(QStringLiteral("elsewhere.db")));
    }

    // Files that are not ours are decided on before any write: bytes and journal mode stay as they were.
    void foreignFilesAreNeverChanged_data()
    {
        QTest::addColumn<QStringList>("setup");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("someone's customers") << QStringList{"CREATE TABLE customers (id INTEGER, name TEXT)",
                                                            "INSERT INTO customers VALUES (1, 'Kim')"}
                                             << "customers";
        QTest::newRow("foreign with user_version 3")
            << QStringList{"CREATE TABLE customers (id INTEGER)", "PRAGMA user_version=3"} << "customers";
        QTest::newRow("our table names among others")
            << QStringList{"CREATE TABLE incidents (id INTEGER)", "CREATE TABLE events (x)",
                           "CREATE TABLE checklist_state (y)", "CREATE TABLE invoices (z)", "PRAGMA user_version=1"}
            << "invoices";
        QTest::newRow("another application") << QStringList{"CREATE TABLE t (x)", "PRAGMA application_id=1234"}
                                             << "1234";
        QTest::newRow("only a version") << QStringList{"PRAGMA user_version=7"} << "7";
        QTest::newRow("only a view") << QStringList{"CREATE VIEW report AS SELECT 42"} << "view report";
        QTest::newRow("our mark on someone's tables")
            << QStringList{"CREATE TABLE customers (x)", "PRAGMA application_id=1229156206"} << "customers";
        QTest::newRow("our tables and a trigger")
            << QStringList{"CREATE TABLE incidents (id INTEGER)", "CREATE TABLE events (x)",
                           "CREATE TABLE checklist_state (y)",
                           "CREATE TRIGGER t AFTER INSERT ON events BEGIN DELETE FROM incidents; END",
                           "PRAGMA user_version=1"}
            << "trigger t";
    }
    void foreignFilesAreNeverChanged()
    {
        QFETCH(QStringList, setup);
        QFETCH(QString, mentions);
        const QString file = path(QStringLiteral("foreign-%1.sqlite").arg(QTest::currentDataTag()).replace(' ', '-'));
        {
            RawConnection raw(file);
            for (const QString& sql : setup)
                QVERIFY2(raw.exec(sql), qPrintable(sql));
        }
        const QByteArray before = fileHash(file);
        IncidentStore store;
        QVERIFY(!store.open(file));
        QVERIFY2(store.errorString().contains("not an Incident Console store"), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(mentions), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(file));
        store.close();
        QCOMPARE(fileHash(file), before);
        QCOMPARE(RawConnection(file).scalar("PRAGMA journal_mode"), QStringLiteral("delete"));
        QVERIFY(!QFile::exists(file + "-wal"));
    }

    // A foreign database left with a hot WAL (its writer died): refused, and not checkpointed on close.
    void aForeignHotJournalIsLeftAsItIs()
    {
        const QString source = path("hot-source.sqlite");
        const QString file = path("hot.sqlite");
        {
            RawConnection raw(source);
            QVERIFY(raw.exec("PRAGMA journal_mode=WAL"));
            QVERIFY(raw.exec("PRAGMA wal_autocheckpoint=0"));
            QVERIFY(raw.exec("CREATE TABLE customers (id INTEGER, name TEXT)"));
            QVERIFY(raw.exec("INSERT INTO customers VALUES (1, 'Kim')"));
            // Copied while open: the frames are in the WAL only, as after a crash.
            QVERIFY(QFile::copy(source, file));
            QVERIFY(QFile::copy(source + "-wal", file + "-wal"));
        }
        const QByteArray before = fileHash(file);
        const QByteArray walBefore = fileHash(file + "-wal");
        IncidentStore store;
        QVERIFY(!store.open(file));
        QVERIFY2(store.errorString().contains("customers"), qPrintable(store.errorString()));
        store.close();
        QCOMPARE(fileHash(file), before);
        QVERIFY(QFile::exists(file + "-wal"));
        QCOMPARE(fileHash(file + "-wal"), walBefore);
    }

    void aNewerStoreKeepsItsJournalMode()
    {
        const QString file = path("future-delete.sqlite");
        {
            IncidentStore store;
            QVERIFY(store.open(file));
        }
        {
            RawConnection raw(file);
            QVERIFY(raw.exec("PRAGMA journal_mode=DELETE"));
            QVERIFY(raw.exec("PRAGMA user_version=99"));
        }
        const QByteArray before = fileHash(file);
        IncidentStore store;
        QVERIFY(!store.open(file));
        QVERIFY2(store.errorString().contains("newer"), qPrintable(store.errorString()));
        store.close();
        QCOMPARE(fileHash(file), before);
        QCOMPARE(RawConnection(file).scalar("PRAGMA journal_mode"), QStringLiteral("delete"));
    }

    void storesAreMarkedAsOurs()
    {
        const QString file = path("marked.sqlite");
        {
            IncidentStore store;
            QVERIFY(store.open(file));
        }
        QCOMPARE(RawConnection(file).scalar("PRAGMA application_id"), QString::number(0x49436f6e));
        QCOMPARE(RawConnection(file).scalar("PRAGMA journal_mode"), QStringLiteral("wal"));
    }

    // Stores written before stores were marked have exactly our tables: they open and get the mark.
    void anUnmarkedStoreOfOursIsAdopted()
    {
        const QString file = path("unmarked.sqlite");
        {
            IncidentStore store;
            QVERIFY(store.open(file));
            IncidentData data = Fixtures::incident(0);
            QVERIFY(store.createIncident(data));
        }
        QVERIFY(RawConnection(file).exec("PRAGMA application_id=0"));
        IncidentStore store;
        QVERIFY2(store.open(file), qPrintable(store.errorString()));
        QVERIFY(store.loadIncident(1));
        store.close();
        QCOMPARE(RawConnection(file).scalar("PRAGMA application_id"), QString::number(0x49436f6e));
    }

    void anEmptyChecklistIsStored()
    {
        IncidentStore store;
        QVERIFY(store.open(path("no-checklist.sqlite")));
        IncidentData data = Fixtures::incident(0);
        data.checklistJson.clear();
        QVERIFY2(store.createIncident(data), qPrintable(store.errorString()));
        QVERIFY(store.loadIncident(data.id));
    }

    void anEarlierErrorIsNotShownAgain()
    {
        IncidentStore store;
        QVERIFY(store.open(path("stale-error.sqlite")));
        QVERIFY(!store.loadIncident(42));
        QVERIFY(!store.errorString().isEmpty());
        store.listIncidents();
        QVERIFY2(store.errorString().isEmpty(), qPrintable(store.errorString()));
        IncidentData data = Fixtures::incident(0);
        QVERIFY(store.createIncident(data));
        QVERIFY(!store.loadIncident(43));
        TimelineEvent e = Fixtures::event(0, 1, EventKind::Note, "fine");
        QVERIFY(store.insertEvent(data.id, e));
        QVERIFY2(store.errorString().isEmpty(), qPrintable(store.errorString()));
    }

    // Classified by SQLite's result code (SQLITE_FULL here), not by the words of its message.
    void aFullDiskSaysSo()
    {
        const QString file = path("full.sqlite");
        IncidentStore store;
        IncidentStore::Options tiny;
        tiny.maxPageCount = 16;
        QVERIFY(store.open(file, tiny));
        IncidentData data = Fixtures::incident(0);
        QVERIFY(store.createIncident(data));
        QList<TimelineEvent> many;
        for (int i = 0; i < 500; ++i)
            many.append(Fixtures::event(0, i, EventKind::Note, QString(500, QLatin1Char('x'))));
        QVERIFY(!store.insertEvents(data.id, many));
        QVERIFY2(store.errorString().contains("is full"), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(file));
        QCOMPARE(store.loadIncident(data.id)->events.size(), data.events.size()); // nothing half-recorded
    }

    void storeFilesAreKnownWhileOpen()
    {
        const QString file = path("known.sqlite");
        QVERIFY(!IncidentStore::isStoreFile(file));
        {
            IncidentStore store;
            QVERIFY(store.open(file));
            QVERIFY(IncidentStore::isStoreFile(file));
            QVERIFY(IncidentStore::isStoreFile(file + "-wal"));
            QVERIFY(IncidentStore::isStoreFile(m_dir.path() + "/./known.sqlite-shm"));
            QVERIFY(!IncidentStore::isStoreFile(path("other.md")));
        }
        QVERIFY(!IncidentStore::isStoreFile(file));
    }

    // A runbook or profile picked by mistake among the store's files is refused before it is opened.
    void readersRefuseTheStoreFiles()
    {
        const QString file = path("picked.sqlite");
        IncidentStore store;
        QVERIFY(store.open(file));
        const QString hardLink = path("picked-link.md");
        QCOMPARE(::link(QFile::encodeName(file).constData(), QFile::encodeName(hardLink).constData()), 0);
        for (const QString& picked : {file, file + "-wal", file + "-shm", hardLink}) {
            QString error;
            QVERIFY(!BoundedFile::read(picked, BoundedFile::MiB, &error));
            QVERIFY2(error.contains("incident store"), qPrintable(error));
        }
    }

    // A second console on the same file (the wall) sees new, edited and checked work from its change feed,
    // read on a thread of its own: incrementally, not by reloading the incident.
    void aFollowerOfTheFileSeesEveryChange()
    {
        const QString file = path("followed.sqlite");
        IncidentStore writer;
        QVERIFY(writer.open(file));
        IncidentData data = Fixtures::incident();
        data.events << Fixtures::event(0, data.startedMs, EventKind::Status, QStringLiteral("declared"));
        QVERIFY(writer.createIncident(data));
        IncidentFollower follower(file);
        QList<IncidentChanges> arrived;
        connect(&follower, &IncidentFollower::changed, this,
                [&arrived](qint64, const IncidentChanges& changes) { arrived << changes; });
        follower.follow(data.id, writer.lastChange(data.id));
        TimelineEvent note = Fixtures::event(0, data.startedMs + 1000, EventKind::Note, QStringLiteral("from the commander"));
        QVERIFY(writer.insertEvent(data.id, note));
        TimelineEvent stamp = Fixtures::event(0, data.startedMs + 2000, EventKind::Checklist, QStringLiteral("Done"));
        QVERIFY(writer.setChecked(data.id, QStringLiteral("triage.scope"), data.startedMs + 2000, stamp));
        // A poll may fall between the two writes: what arrives is gathered until the check is in.
        IncidentChanges all;
        const auto gather = [&] {
            all = IncidentChanges();
            for (const IncidentChanges& c : arrived) {
                all.events << c.events;
                if (c.checkedItems)
                    all.checkedItems = c.checkedItems;
            }
            return all.checkedItems.has_value();
        };
        QTRY_VERIFY_WITH_TIMEOUT(gather(), 5000);
        QCOMPARE(all.events.size(), 2); // only what is new: not the incident again
        QCOMPARE(all.events.at(0).text, QStringLiteral("from the commander"));
        QVERIFY(all.checkedItems && all.checkedItems->contains(QStringLiteral("triage.scope")));
        Incident shown(*writer.loadIncident(data.id), QStringLiteral("en"));
        arrived.clear();
        TimelineEvent edited = note;
        edited.text = QStringLiteral("from the commander, corrected");
        QVERIFY(writer.editEvent(data.id, note, edited, QStringLiteral("Kim"), data.startedMs + 3000));
        QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 5000);
        shown.apply(arrived.last());
        QCOMPARE(shown.events().at(shown.rowOfEvent(note.id)).text, QStringLiteral("from the commander, corrected"));
        QCOMPARE(shown.events().size(), 3); // replaced, not added
    }

    void unknownIncidentIsExplained()
    {
        IncidentStore store;
        QVERIFY(store.open(path("empty.sqlite")));
        QVERIFY(!store.loadIncident(42));
        QVERIFY(store.errorString().contains("no incident 42"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentStore)
#include "tst_incidentstore.moc"
