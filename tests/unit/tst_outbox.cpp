// The offline outbox file: entries sent to the server are marked by an appended line, not by rewriting
// the file each time (resending a long outbox was quadratic, on the UI thread).
#include "storage/Outbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
Outbox::Entry note(int n)
{
    TimelineEvent e;
    e.uuid = QUuid::createUuid();
    e.atMs = 1'766'625'240'000 + n;
    e.text = QStringLiteral("note %1").arg(n);
    Outbox::Entry entry = Outbox::Entry::of(Outbox::Op::Event, e);
    entry.incidentId = 7;
    entry.key = e.uuid;
    return entry;
}

int linesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : -1;
}

QList<QUuid> keysOf(const Outbox& outbox)
{
    QList<QUuid> keys;
    for (const Outbox::Entry& e : outbox.entries())
        keys << e.key;
    return keys;
}
} // namespace

class TestOutbox final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void sentEntriesAreMarkedNotRewritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("marked.jsonl"));
        Outbox outbox(path);
        QString error;
        QList<QUuid> keys;
        for (int i = 0; i < 5; ++i) {
            const Outbox::Entry e = note(i);
            keys << e.key;
            QVERIFY2(outbox.append(e, &error), qPrintable(error));
        }
        QVERIFY(outbox.removeFirst(&error));
        QVERIFY(outbox.removeFirst(&error));
        QCOMPARE(linesOf(path), 7); // two lines appended, nothing rewritten
        QCOMPARE(keysOf(outbox), keys.mid(2));

        Outbox again(path); // the next start, after a kill
        QVERIFY(again.load(&error));
        QCOMPARE(keysOf(again), keys.mid(2));
        QCOMPARE(again.entries().first().event.text, QStringLiteral("note 2"));
    }

    void aMarkCutShortSendsTheEntryAgain()
    {
        const QString path = m_dir.filePath(QStringLiteral("cut.jsonl"));
        Outbox outbox(path);
        QString error;
        const Outbox::Entry first = note(1), second = note(2);
        QVERIFY(outbox.append(first, &error));
        QVERIFY(outbox.append(second, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"sent\":\"" + first.key.toString(QUuid::WithoutBraces).toLatin1().left(10)); // killed mid-line
        file.close();
        Outbox again(path);
        QVERIFY(again.load(&error));
        QCOMPARE(keysOf(again), (QList<QUuid>{first.key, second.key})); // the store keeps a resent entry once
    }

    void aLongOutboxIsCompactedAndAnEmptyOneRemoved()
    {
        const QString path = m_dir.filePath(QStringLiteral("long.jsonl"));
        Outbox outbox(path);
        QString error;
        for (int i = 0; i < 300; ++i)
            QVERIFY(outbox.append(note(i), &error));
        for (int i = 0; i < 299; ++i)
            QVERIFY(outbox.removeFirst(&error));
        // Rewritten after 256 marks: 43 entries then, 42 of them marked since (599 lines without it).
        QCOMPARE(linesOf(path), 85);
        Outbox again(path);
        QVERIFY(again.load(&error));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.entries().first().event.text, QStringLiteral("note 299"));
        QVERIFY(outbox.removeFirst(&error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
