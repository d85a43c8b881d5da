#include "Fixtures.h"
#include "Incident.h"
#include "Language.h"
#include "TimelineFilterModel.h"
#include "TimelineModel.h"
#include "TimelineView.h"

#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

namespace {
IncidentData threeEvents()
{
    IncidentData data = Fixtures::incident(0);
    data.events = {Fixtures::event(1, 60'000, EventKind::Note, "DB pool exhausted"),
                   Fixtures::event(2, 120'000, EventKind::StatusUpdate,
                                   QStringLiteral("Investigating\nImpact: ") + QString(300, QLatin1Char('y'))),
                   Fixtures::event(3, 180'000, EventKind::Note, "pool resized to 30")};
    return data;
}

QToolButton* chip(const TimelineView& view, EventKind kind)
{
    for (QToolButton* b : view.findChildren<QToolButton*>(QStringLiteral("kindFilter"))) {
        if (b->text() == EventKindInfo::label(kind))
            return b;
    }
    return nullptr;
}
} // namespace

class TestTimelineView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Language::install(QStringLiteral("en"))); } // English plurals

    void kindChipsAreLitWhileTheirEventsShow()
    {
        Incident incident(threeEvents(), QStringLiteral("en"));
        TimelineModel model;
        model.setIncident(&incident);
        TimelineView view(&model);
        view.show();
        QToolButton* notes = chip(view, EventKind::Note);
        QVERIFY(notes);
        QVERIFY(notes->isChecked());
        QVERIFY2(notes->toolTip().contains(QStringLiteral("shown")), qPrintable(notes->toolTip()));
        QCOMPARE(view.countText(), QStringLiteral("3 events"));

        QTest::mouseClick(notes, Qt::LeftButton);
        QVERIFY(!notes->isChecked());
        QVERIFY2(notes->toolTip().contains(QStringLiteral("hidden")), qPrintable(notes->toolTip()));
        QCOMPARE(view.table()->model()->rowCount(), 1);
        QCOMPARE(view.countText(), QStringLiteral("1 of 3 events"));
        // A lit chip paints in the highlight colour, an unlit one does not: they never look alike.
        const QImage lit = chip(view, EventKind::StatusUpdate)->grab().toImage();
        const QImage unlit = notes->grab().toImage();
        const QColor highlight = view.palette().color(QPalette::Highlight);
        QCOMPARE(lit.pixelColor(lit.width() / 2, 3), highlight);
        QVERIFY(unlit.pixelColor(unlit.width() / 2, 3) != highlight);
    }

    void ctrlFSearchesAndTheChosenEventShowsWhole()
    {
        Incident incident(threeEvents(), QStringLiteral("en"));
        TimelineModel model;
        model.setIncident(&incident);
        TimelineView view(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view.searchField()->hasFocus());
        QTest::keyClicks(view.searchField(), QStringLiteral("pool"));
        QCOMPARE(view.table()->model()->rowCount(), 2);
        QCOMPARE(view.countText(), QStringLiteral("2 of 3 events"));

        view.searchField()->clear();
        view.table()->setCurrentIndex(view.table()->model()->index(1, TimelineModel::Text));
        QVERIFY2(view.detailsView()->toPlainText().contains(QString(300, QLatin1Char('y'))),
                 qPrintable(view.detailsView()->toPlainText()));
        // An edit reaches the details at once.
        TimelineEvent changed = incident.events().at(1);
        changed.text = QStringLiteral("Mitigated");
        changed.revisions = 1;
        incident.replaceEvent(changed);
        QVERIFY(view.detailsView()->toPlainText().contains(QStringLiteral("Mitigated")));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
