#include "Fixtures.h"
#include "storage/IncidentStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A writer killed with SIGKILL at random moments never loses or duplicates an acknowledged event.
class TestStoreKill final : public QObject
{
    Q_OBJECT
private:
    // A new store holding one incident; its id, or 0.
    static qint64 storeWithIncident(const QString& file)
    {
        IncidentStore store;
        IncidentData data = Fixtures::incident(0);
        return store.open(file) && store.createIncident(data) ? data.id : 0;
    }

private Q_SLOTS:
    void acknowledgedEventsSurviveKill9()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("kill.sqlite"));
        const qint64 incidentId = storeWithIncident(file);
        QVERIFY(incidentId > 0);
        const quint32 seed = 20261121;
        QRandomGenerator random(seed);
        QSet<int> acknowledged;
        int next = 0;
        const int rounds = 60;
        for (int round = 0; round < rounds; ++round) {
            const int killAfter = random.bounded(1, 40); // acknowledgements to wait for before the kill
            QProcess writer;
            writer.start(QStringLiteral(STORE_WRITER),
                         {file, QString::number(incidentId), QString::number(next)});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            int acksThisRound = 0;
            QByteArray pending;
            while (acksThisRound < killAfter) {
                QVERIFY2(writer.waitForReadyRead(10'000), "the writer stopped acknowledging");
                pending += writer.readAllStandardOutput();
                int newline;
                while ((newline = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(newline);
                    pending.remove(0, newline + 1);
                    QVERIFY(line.startsWith("ack "));
                    acknowledged.insert(line.mid(4).toInt());
                    ++acksThisRound;
                }
            }
            writer.kill(); // SIGKILL, mid-write more often than not
            QVERIFY(writer.waitForFinished(10'000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            // Acks that were written before the kill but not yet read count too.
            pending += writer.readAllStandardOutput();
            for (const QByteArray& line : pending.split('\n')) {
                if (line.startsWith("ack "))
                    acknowledged.insert(line.mid(4).toInt());
            }

            IncidentStore store;
            QVERIFY2(store.open(file), qPrintable(store.errorString()));
            const auto loaded = store.loadIncident(incidentId);
            QVERIFY(loaded);
            QSet<int> stored;
            int highest = -1;
            for (const TimelineEvent& e : loaded->events) {
                const int n = e.text.mid(6).toInt();
                QVERIFY2(!stored.contains(n), qPrintable(QStringLiteral("duplicate %1 (seed %2)").arg(n).arg(seed)));
                stored.insert(n);
                highest = qMax(highest, n);
            }
            for (int n : std::as_const(acknowledged))
                QVERIFY2(stored.contains(n), qPrintable(QStringLiteral("lost acknowledged event %1").arg(n)));
            // At most the one in flight may be stored without its acknowledgement.
            QVERIFY(stored.size() - acknowledged.size() <= 1);
            next = highest + 1;
            store.close();
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            {
                QSqlQuery integrity(raw);
                QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
                QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
            }
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
            acknowledged.unite(stored); // an unacknowledged but stored event is now part of the record
        }
        QVERIFY(acknowledged.size() >= rounds);
    }

    // A file chooser browsing the store's folder, then another console opening and closing the store:
    // every event acknowledged afterwards is still there after kill -9.
    void browsingTheStoreFolderLosesNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("incidents.sqlite"));
        const qint64 incidentId = storeWithIncident(file);
        QVERIFY(incidentId > 0);
        QProcess writer;
        writer.start(QStringLiteral(DIALOG_WRITER), {file, QString::number(incidentId)});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QByteArray out;
        while (!out.contains("browsed\n")) {
            QVERIFY2(writer.waitForReadyRead(20'000), writer.readAllStandardError().constData());
            out += writer.readAllStandardOutput();
        }
        QProcess other; // another console, as "incident-console --db SAME list" or a wall would be
        other.start(QStringLiteral(INCIDENT_CONSOLE), {QStringLiteral("--db"), file, QStringLiteral("list")});
        QVERIFY(other.waitForFinished(20'000));
        QCOMPARE(other.exitCode(), 0);
        writer.write("go\n");
        int acks = 0;
        out.clear();
        while (acks < 50) {
            QVERIFY2(writer.waitForReadyRead(20'000), writer.readAllStandardError().constData());
            out += writer.readAllStandardOutput();
            acks = int(out.count("ack "));
        }
        writer.kill();
        QVERIFY(writer.waitForFinished(10'000));

        IncidentStore store;
        QVERIFY2(store.open(file), qPrintable(store.errorString()));
        const auto loaded = store.loadIncident(incidentId);
        QVERIFY(loaded);
        int kept = 0;
        for (const TimelineEvent& e : loaded->events)
            kept += e.text.startsWith(QLatin1String("after browsing ")) ? 1 : 0;
        QCOMPARE(kept, 50);
    }
};

QTEST_GUILESS_MAIN(TestStoreKill)
#include "tst_storekill.moc"
