#include "Fixtures.h"
#include "Incident.h"
#include "TimelineFilterModel.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QDateTime>
#include <QTest>
#include <QTextDocument>

namespace {
QStringList texts(const QAbstractItemModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, TimelineModel::Text).data().toString();
    return out;
}
} // namespace

class TestTimelineModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertsInTimeOrderWithSignals()
    {
        Incident incident(Fixtures::incident(0), QStringLiteral("en"));
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(&incident);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        incident.insertEvent(Fixtures::event(1, 60'000, EventKind::Note, "first"));
        incident.insertEvent(Fixtures::event(2, 180'000, EventKind::Note, "third"));
        incident.insertEvent(Fixtures::event(3, 90'000, EventKind::Checklist, "backdated second")); // goes between

        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted.at(2).at(1).toInt(), 1);
        QCOMPARE(texts(model), QStringList({"first", "backdated second", "third"}));
        QCOMPARE(model.index(1, TimelineModel::Offset).data().toString(), QStringLiteral("T+0:01:30"));
        QCOMPARE(model.index(1, TimelineModel::Kind).data().toString(), QStringLiteral("Checklist"));
        QCOMPARE(model.index(1, TimelineModel::Phase).data().toString(), QStringLiteral("Triage"));
        QCOMPARE(model.index(1, TimelineModel::Author).data().toString(), QStringLiteral("SRE Team"));
    }

    void sameTimeKeepsRecordingOrder()
    {
        Incident incident(Fixtures::incident(0), QStringLiteral("en"));
        TimelineModel model;
        model.setIncident(&incident);
        incident.insertEvent(Fixtures::event(5, 1000, EventKind::Note, "b"));
        incident.insertEvent(Fixtures::event(4, 1000, EventKind::Note, "a"));
        incident.insertEvent(Fixtures::event(6, 1000, EventKind::Note, "c"));
        QCOMPARE(texts(model), QStringList({"a", "b", "c"}));
    }

    void editingMovesAndMarksTheEvent()
    {
        IncidentData data = Fixtures::incident(0);
        data.events = {Fixtures::event(1, 60'000, EventKind::Note, "one"),
                       Fixtures::event(2, 120'000, EventKind::Note, "two")};
        Incident incident(data, QStringLiteral("en"));
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(&incident);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        TimelineEvent edited = incident.events().at(1);
        edited.text = QStringLiteral("two, corrected");
        edited.revisions = 1;
        incident.replaceEvent(edited);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(1, TimelineModel::Text).data(Qt::FontRole).value<QFont>().italic());

        edited.atMs = 0; // backdated before "one"
        incident.replaceEvent(edited);
        QCOMPARE(texts(model), QStringList({"two, corrected", "one"}));
    }

    void offsetsFollowTheStartTime()
    {
        IncidentData data = Fixtures::incident(0);
        data.events = {Fixtures::event(1, 600'000, EventKind::Note, "ten minutes in")};
        Incident incident(data, QStringLiteral("en"));
        TimelineModel model;
        model.setIncident(&incident);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        incident.setKeyTimes(-300'000, 0, 0, 0); // started five minutes earlier than thought
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, TimelineModel::Offset).data().toString(), QStringLiteral("T+0:15:00"));
    }

    void filtersByKind()
    {
        IncidentData data = Fixtures::incident(0);
        data.events = {Fixtures::event(1, 1, EventKind::Note, "note"),
                       Fixtures::event(2, 2, EventKind::Checklist, "check"),
                       Fixtures::event(3, 3, EventKind::Severity, "sev"),
                       Fixtures::event(4, 4, EventKind::Note, "note 2")};
        Incident incident(data, QStringLiteral("en"));
        TimelineModel model;
        model.setIncident(&incident);
        TimelineFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);
        filter.setKindVisible(EventKind::Note, false);
        QCOMPARE(texts(filter), QStringList({"check", "sev"}));
        incident.insertEvent(Fixtures::event(5, 5, EventKind::Note, "hidden note"));
        incident.insertEvent(Fixtures::event(6, 6, EventKind::Severity, "sev 2"));
        QCOMPARE(texts(filter), QStringList({"check", "sev", "sev 2"}));
        filter.setKindVisible(EventKind::Note, true);
        QCOMPARE(filter.rowCount(), 6);
    }

    void forgetsADeletedIncident()
    {
        auto* incident = new Incident(Fixtures::incident(0), QStringLiteral("en"));
        incident->insertEvent(Fixtures::event(1, 1, EventKind::Note, "x"));
        TimelineModel model;
        model.setIncident(incident);
        QCOMPARE(model.rowCount(), 1);
        delete incident;
        QCOMPARE(model.rowCount(), 0);
    }

    void timesCarryTheirDateOnceTheIncidentSpansDays()
    {
        const qint64 noon = QDateTime(QDate(2026, 3, 1), QTime(12, 0)).toMSecsSinceEpoch();
        Incident incident(Fixtures::incident(noon), QStringLiteral("en"));
        TimelineModel model;
        model.setIncident(&incident);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        incident.insertEvent(Fixtures::event(1, noon + 60'000, EventKind::Note, "same day"));
        QVERIFY(!model.spansDays());
        QCOMPARE(model.index(0, TimelineModel::Time).data().toString(), QStringLiteral("12:01:00"));

        incident.insertEvent(Fixtures::event(2, noon + 24 * 3'600'000, EventKind::Note, "next day"));
        QVERIFY(model.spansDays());
        QCOMPARE(model.index(0, TimelineModel::Time).data().toString(), QStringLiteral("2026-03-01 12:01:00"));
        QCOMPARE(model.index(1, TimelineModel::Time).data().toString(), QStringLiteral("2026-03-02 12:00:00"));
        QCOMPARE(model.index(1, TimelineModel::Offset).data().toString(), QStringLiteral("T+1d 0:00:00"));
        QVERIFY2(!changed.isEmpty(), "the earlier rows are told their time text changed");
    }

    void detailsShowTheWholeTextAndEarlierVersions()
    {
        const QString longText = QStringLiteral("Status update\nImpact: checkout fails for 4.8% of users <EU>\n") +
                                 QString(400, QLatin1Char('x'));
        IncidentData data = Fixtures::incident(0);
        TimelineEvent edited = Fixtures::event(1, 60'000, EventKind::StatusUpdate, longText);
        edited.revisions = 2;
        data.events = {edited, Fixtures::event(2, 120'000, EventKind::Note, "plain")};
        Incident incident(data, QStringLiteral("en"));
        TimelineModel model;
        model.setIncident(&incident);
        QList<qint64> asked;
        model.setRevisionSource([&asked](qint64 id) {
            asked << id;
            TimelineEvent first = Fixtures::event(id, 30'000, EventKind::StatusUpdate, "first draft");
            first.author = QStringLiteral("Lee");
            TimelineEvent second = Fixtures::event(id, 60'000, EventKind::StatusUpdate, "second draft");
            return QList<TimelineEvent>{first, second};
        });

        QTextDocument doc;
        doc.setHtml(model.index(0, TimelineModel::Text).data(TimelineModel::DetailsRole).toString());
        const QString shown = doc.toPlainText();
        QVERIFY2(shown.contains(longText.section(QLatin1Char('\n'), 1, 1)), qPrintable(shown));
        QVERIFY(shown.contains(QString(400, QLatin1Char('x'))));
        QVERIFY(shown.contains(QStringLiteral("Edited 2 time")));
        QVERIFY(shown.indexOf(QStringLiteral("first draft")) < shown.indexOf(QStringLiteral("second draft")));
        QVERIFY(shown.contains(QStringLiteral("replaced by Lee")));
        QCOMPARE(asked, QList<qint64>{1});
        // Every column's tooltip is the same whole event, not "Edited 2 time(s)".
        QCOMPARE(model.index(0, TimelineModel::Offset).data(Qt::ToolTipRole),
                 model.index(0, TimelineModel::Text).data(TimelineModel::DetailsRole));
        const qsizetype asks = asked.size();
        doc.setHtml(model.index(1, TimelineModel::Time).data(Qt::ToolTipRole).toString());
        QVERIFY(doc.toPlainText().contains(QStringLiteral("plain")));
        QVERIFY(!doc.toPlainText().contains(QStringLiteral("Edited")));
        QCOMPARE(asked.size(), asks); // an unedited event does not ask the store
    }

    // The earlier versions are read elsewhere: "reading" until they arrive, then the row is shown again.
    void earlierVersionsBeingReadAreSaidSo()
    {
        IncidentData data = Fixtures::incident(0);
        TimelineEvent edited = Fixtures::event(1, 60'000, EventKind::Note, "now");
        edited.revisions = 1;
        data.events = {Fixtures::event(2, 30'000, EventKind::Note, "plain"), edited};
        Incident incident(data, QStringLiteral("en"));
        TimelineModel model;
        model.setIncident(&incident);
        std::optional<QList<TimelineEvent>> answer;
        model.setRevisionSource([&answer](qint64) { return answer; });
        const auto shown = [&model] {
            QTextDocument doc;
            doc.setHtml(model.index(1, TimelineModel::Text).data(TimelineModel::DetailsRole).toString());
            return doc.toPlainText();
        };
        QVERIFY2(shown().contains(QStringLiteral("reading the earlier versions")), qPrintable(shown()));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        answer = QList<TimelineEvent>{Fixtures::event(1, 60'000, EventKind::Note, "before")};
        model.revisionsArrived(1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QVERIFY(shown().contains(QStringLiteral("before")));
        QVERIFY(!shown().contains(QStringLiteral("reading")));
    }

    void searchMatchesEveryWordInAnyCase_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing typed") << "" << QStringList{"DB pool exhausted", "Rolled back checkout", "pool resized to 30"};
        QTest::newRow("one word, any case") << "POOL" << QStringList{"DB pool exhausted", "pool resized to 30"};
        QTest::newRow("all words must match") << "pool  30" << QStringList{"pool resized to 30"};
        QTest::newRow("kind label") << "action" << QStringList{"Rolled back checkout"};
        QTest::newRow("owner") << "lee" << QStringList{"pool resized to 30"};
        QTest::newRow("no match") << "kafka" << QStringList{};
    }
    void searchMatchesEveryWordInAnyCase()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        IncidentData data = Fixtures::incident(0);
        TimelineEvent lee = Fixtures::event(3, 180'000, EventKind::Note, "pool resized to 30");
        lee.author = QStringLiteral("Lee");
        data.events = {Fixtures::event(1, 60'000, EventKind::Note, "DB pool exhausted"),
                       Fixtures::event(2, 120'000, EventKind::Action, "Rolled back checkout"), lee};
        Incident incident(data, QStringLiteral("en"));
        TimelineModel model;
        model.setIncident(&incident);
        TimelineFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearchText(search);
        QCOMPARE(texts(filter), expected);
        // Search and kind filters work together.
        filter.setKindVisible(EventKind::Note, false);
        expected.removeIf([](const QString& t) { return t != QLatin1String("Rolled back checkout"); });
        QCOMPARE(texts(filter), expected);
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
