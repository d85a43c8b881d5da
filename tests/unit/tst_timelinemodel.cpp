#include "Fixtures.h"
#include "Incident.h"
#include "TimelineFilterModel.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
