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
        QTest::newRow("start") << qint64(0) << "T+0m";
        QTest::newRow("seed 001: one and a half minutes") << qint64(90'000) << "T+1.5m";
        QTest::newRow("whole minutes") << qint64(3 * 60'000) << "T+3m";
        QTest::newRow("hours stay minutes") << qint64(180 * 60'000) << "T+180m";
        QTest::newRow("just under a day") << qint64(1439 * 60'000) << "T+1439m";
        QTest::newRow("seed 001: one day") << qint64(24 * 3'600'000) << "T+1d";
        QTest::newRow("a day and a half") << qint64(36 * 3'600'000) << "T+1.5d";
        QTest::newRow("before the start") << qint64(-5 * 60'000) << "T-5m";
        QTest::newRow("rounds to a tenth") << qint64(29'000) << "T+0.5m";
        QTest::newRow("seconds round down") << qint64(2'000) << "T+0m";
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
