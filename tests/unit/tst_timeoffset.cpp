#include "TimeOffset.h"

#include <QTest>

class TestTimeOffset final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offset_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("start") << qint64(0) << "T+0:00:00";
        QTest::newRow("seed 001: one and a half minutes") << qint64(90'000) << "T+0:01:30";
        QTest::newRow("seconds count") << qint64(15 * 60'000 + 16'000) << "T+0:15:16";
        QTest::newRow("hours") << qint64(180 * 60'000) << "T+3:00:00";
        QTest::newRow("just under a day") << qint64(86'399'999) << "T+23:59:59";
        QTest::newRow("seed 001: one day") << qint64(24 * 3'600'000) << "T+1d 0:00:00";
        QTest::newRow("a day and a half") << qint64(36 * 3'600'000 + 4'000) << "T+1d 12:00:04";
        QTest::newRow("before the start") << qint64(-5 * 60'000) << "T-0:05:00";
        QTest::newRow("a second not yet gone is not shown") << qint64(999) << "T+0:00:00";
    }
    void offset()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, expected);
        QCOMPARE(TimeOffset::format(ms), expected);
    }

    void duration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << qint64(0) << "0m";
        QTest::newRow("minutes") << qint64(90'000) << "1.5m";
        QTest::newRow("hours and minutes") << qint64(76 * 60'000) << "1h 16m";
        QTest::newRow("days and hours") << qint64(25 * 3'600'000) << "1d 1h";
        QTest::newRow("negative") << qint64(-120'000) << "-2m";
    }
    void duration()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, expected);
        QCOMPARE(TimeOffset::formatDuration(ms), expected);
    }
};

QTEST_GUILESS_MAIN(TestTimeOffset)
#include "tst_timeoffset.moc"
