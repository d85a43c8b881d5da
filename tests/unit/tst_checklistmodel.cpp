#include "ChecklistModel.h"
#include "Fixtures.h"
#include "Incident.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestChecklistModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsPhasesItemsAndProgress()
    {
        Incident incident(Fixtures::incident(0), QStringLiteral("en"));
        ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(&incident);
        QCOMPARE(model.rowCount(), 5);
        const QModelIndex triage = model.index(0, 0);
        QCOMPARE(triage.data().toString(), QStringLiteral("Triage"));
        QCOMPARE(model.rowCount(triage), 2);
        QCOMPARE(model.index(0, ChecklistModel::Checked).data().toString(), QStringLiteral("0/2"));
        const QModelIndex scope = model.indexOfItem(QStringLiteral("triage.scope"));
        QCOMPARE(scope.parent(), triage);
        QCOMPARE(scope.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(scope.flags() & Qt::ItemIsUserCheckable);
        QVERIFY(!(triage.flags() & Qt::ItemIsUserCheckable));
    }

    void checkingOnlyAsksUntilTheIncidentChanges()
    {
        Incident incident(Fixtures::incident(0), QStringLiteral("en"));
        ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(&incident);
        QSignalSpy requested(&model, &ChecklistModel::checkRequested);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex scope = model.indexOfItem(QStringLiteral("triage.scope"));

        QVERIFY(model.setData(scope, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("triage.scope"));
        QCOMPARE(requested.at(0).at(1).toBool(), true);
        QCOMPARE(scope.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked); // not yet stored

        incident.setChecked(QStringLiteral("triage.scope"), 90'000); // what the service does after the store
        QCOMPARE(changed.count(), 2); // the item and its phase
        QCOMPARE(scope.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(scope.siblingAtColumn(ChecklistModel::Checked).data().toString(), QStringLiteral("T+0:01:30"));
        QCOMPARE(model.index(0, ChecklistModel::Checked).data().toString(), QStringLiteral("1/2"));
        QCOMPARE(model.index(0, 0).data(ChecklistModel::ProgressRole).toInt(), 50);
    }

    void currentPhaseFollowsTheChecklist()
    {
        Incident incident(Fixtures::incident(0), QStringLiteral("en"));
        QCOMPARE(incident.currentPhase(), QStringLiteral("triage"));
        incident.setChecked(QStringLiteral("triage.scope"), 1);
        QCOMPARE(incident.currentPhase(), QStringLiteral("triage"));
        incident.setChecked(QStringLiteral("triage.record"), 2);
        QCOMPARE(incident.currentPhase(), QStringLiteral("stabilize"));
        incident.setChecked(QStringLiteral("triage.record"), 0);
        QCOMPARE(incident.currentPhase(), QStringLiteral("triage"));
    }
};

QTEST_GUILESS_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
