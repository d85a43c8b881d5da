#include "ChecklistModel.h"
#include "ChecklistPanel.h"
#include "DeclareIncidentDialog.h"
#include "StatusAsOfDialog.h"
#include "FifoDeadline.h"
#include "FileDialogs.h"
#include "Fixtures.h"
#include "Incident.h"
#include "IncidentDialogs.h"
#include "IncidentHeader.h"
#include "IncidentService.h"
#include "MainWindow.h"
#include "MetricDashboard.h"
#include "MarkdownProbe.h"
#include "NoteBar.h"
#include "TestClock.h"
#include "TimelineModel.h"
#include "TimelineView.h"
#include "storage/IncidentStore.h"
#include "DataFiles.h"
#include "StatusUpdateComposer.h"
#include "PostmortemEditor.h"
#include "EditEventDialog.h"
#include "Questions.h"
#include "CommandKeys.h"
#include <QAction>
#include <QKeyEvent>
#include <QGroupBox>
#include <QPlainTextEdit>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <memory>

#include <sys/stat.h>

namespace {
// A line edit with the X11 binding the offscreen platform lacks: Ctrl+U deletes the whole line.
class X11LineEdit final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    bool event(QEvent* e) override
    {
        if (e->type() == QEvent::ShortcutOverride && isCtrlU(static_cast<QKeyEvent*>(e))) {
            e->accept();
            return true;
        }
        return QLineEdit::event(e);
    }
    void keyPressEvent(QKeyEvent* e) override
    {
        if (isCtrlU(e))
            clear();
        else
            QLineEdit::keyPressEvent(e);
    }

private:
    static bool isCtrlU(const QKeyEvent* e) { return e->key() == Qt::Key_U && e->modifiers() == Qt::ControlModifier; }
};

// A service on a new store in a temporary folder, with a clock the test moves.
struct Console
{
    explicit Console(const QString& file)
    {
        opened = store.open(dir.filePath(file));
        service = std::make_unique<IncidentService>(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
    }
    QTemporaryDir dir;
    TestClock clock;
    IncidentStore store;
    bool opened = false;
    std::unique_ptr<IncidentService> service;
};

void clickDeclare(DeclareIncidentDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void checkWithKeyboard(QTreeView* view, const QModelIndex& index)
{
    view->setCurrentIndex(index);
    QTest::keyClick(view->viewport(), Qt::Key_Space);
}
} // namespace

// A commander's first minutes, through the real widgets.
class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void declareCheckNoteExportAndReopen()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("gui.sqlite"));
        TestClock clock;
        qint64 incidentId = 0;
        {
            IncidentStore store;
            QVERIFY(store.open(db));
            IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
            service.setAuthor(QStringLiteral("Kim"));
            MainWindow window(service, {nullptr, nullptr, {}, Fixtures::demoJson()});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            window.dialogs()->declare();
            auto* dialog = window.findChild<DeclareIncidentDialog*>();
            QVERIFY(dialog && dialog->isVisible());
            clickDeclare(dialog); // no title yet
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->problemLabel()->isVisible());
            QVERIFY(dialog->problemLabel()->text().contains("title"));
            QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Checkout API 5xx"));
            clickDeclare(dialog); // no SEV chosen: none is chosen for the commander
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->problemLabel()->text().contains("SEV"), qPrintable(dialog->problemLabel()->text()));
            dialog->severityBox()->setCurrentIndex(dialog->severityBox()->findData(2));
            const QString commander = dialog->commanderEdit()->text();
            dialog->commanderEdit()->clear();
            clickDeclare(dialog); // nobody in command
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->problemLabel()->text().contains("commander"), qPrintable(dialog->problemLabel()->text()));
            dialog->commanderEdit()->setText(commander);
            clickDeclare(dialog);
            QTRY_VERIFY(!window.findChild<DeclareIncidentDialog*>() || !dialog->isVisible());
            QVERIFY(service.current());
            incidentId = service.current()->id();
            QCOMPARE(service.current()->data().severity, Severity::Sev2);
            QCOMPARE(window.header()->severityBox()->currentText(), QStringLiteral("SEV-2"));

            QTreeView* tree = window.checklistPanel()->view();
            auto* checklist = qobject_cast<ChecklistModel*>(tree->model());
            clock.advanceMinutes(1.5);
            checkWithKeyboard(tree, checklist->indexOfItem(QStringLiteral("triage.scope")));
            clock.advanceMinutes(1.5);
            checkWithKeyboard(tree, checklist->indexOfItem(QStringLiteral("triage.record")));
            QVERIFY(service.current()->isChecked(QStringLiteral("triage.scope")));
            QVERIFY(service.current()->isChecked(QStringLiteral("triage.record")));
            QCOMPARE(checklist->index(0, ChecklistModel::Checked).data().toString(), QStringLiteral("2/2"));

            clock.advanceMinutes(2);
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); // one keystroke from anywhere
            QVERIFY(window.noteBar()->edit()->hasFocus());
            QTest::keyClicks(window.noteBar()->edit(), QStringLiteral("DB pool exhausted | 20/20"));
            QTest::keyClick(window.noteBar()->edit(), Qt::Key_Return);
            QVERIFY(window.noteBar()->edit()->text().isEmpty());

            QAbstractItemModel* timeline = window.timelineView()->table()->model();
            QCOMPARE(timeline->rowCount(), 4);
            QCOMPARE(timeline->index(3, TimelineModel::Text).data().toString(), QStringLiteral("DB pool exhausted | 20/20"));
            QCOMPARE(timeline->index(3, TimelineModel::Offset).data().toString(), QStringLiteral("T+0:05:00"));
            QCOMPARE(timeline->index(3, TimelineModel::Phase).data().toString(), QStringLiteral("Stabilize"));

            const QString out = dir.filePath(QStringLiteral("pm.md"));
            FileDialogs::setNextSaveFileName(out);
            window.exportPostmortem();
            QVERIFY2(window.problemText().isEmpty(), qPrintable(window.problemText()));
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const MarkdownProbe probe = MarkdownProbe::parse(QString::fromUtf8(file.readAll()));
            QCOMPARE(probe.headings.value(0), QStringLiteral("Checkout API 5xx"));
            int rows = 0;
            for (const auto& t : probe.tables)
                rows += t.rows.value(0).value(0) == QLatin1String("T+") ? static_cast<int>(t.rows.size()) - 1 : 0;
            QCOMPARE(rows, 4);

            FileDialogs::setNextSaveFileName(dir.filePath(QStringLiteral("missing/folder/pm.md")));
            window.exportPostmortem();
            QVERIFY(window.problemText().contains(QStringLiteral("missing/folder/pm.md")));
        }
        // A new console on the same store finds everything, as after a crash and restart.
        IncidentStore store;
        QVERIFY(store.open(db));
        IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
        QVERIFY(service.open(incidentId));
        MainWindow window(service, {nullptr, nullptr, {}, Fixtures::demoJson()});
        QCOMPARE(window.timelineView()->table()->model()->rowCount(), 4);
        QVERIFY(service.current()->isChecked(QStringLiteral("triage.record")));
    }

    // The commander's keys: window commands win over the note field's own bindings, quitting with an
    // open incident asks first, and the edit dialog saves with Ctrl+Enter.
    void theKeyboardDrivesTheWorkstation()
    {
        Console console(QStringLiteral("keys.sqlite"));
        QVERIFY(console.opened);
        IncidentService& service = *console.service;
        QVERIFY(service.declare({QStringLiteral("Checkout API 5xx"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        MainWindow window(service, {nullptr, nullptr, {}, Fixtures::demoJson()});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(window.noteBar()->edit()->hasFocus());
        QTest::keyClicks(window.noteBar()->edit(), QStringLiteral("half-typed note"));
        QTest::keyClick(window.noteBar()->edit(), Qt::Key_U, Qt::ControlModifier);
        QCOMPARE(window.noteBar()->edit()->text(), QStringLiteral("half-typed note")); // not deleted
        QTRY_VERIFY(window.composer()->isVisible());                                   // the update opened

        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(window.noteBar()->edit()->hasFocus());
        QTest::keyClick(window.noteBar()->edit(), Qt::Key_Return);
        const int events = static_cast<int>(service.current()->events().size());
        QCOMPARE(service.current()->events().constLast().text, QStringLiteral("half-typed note"));

        window.dialogs()->editEvent(service.current()->events().constLast().id);
        auto* dialog = window.findChild<EditEventDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* text = dialog->findChild<QPlainTextEdit*>();
        text->setFocus();
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("first line"));
        QTest::keyClick(text, Qt::Key_Return); // a new line, not a save
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(text, QStringLiteral("second line"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_COMPARE(service.current()->events().constLast().text, QStringLiteral("first line\nsecond line"));
        QCOMPARE(service.current()->events().size(), events);

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Questions::setNextAnswer(false);
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(!Questions::answerPending()); // asked
        QVERIFY(window.isVisible());          // and an open incident is not left by accident
        Questions::setNextAnswer(true);
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }

    // What the window registers makes a command key win over a field that binds the same key.
    void commandKeysWinOverTextFieldBindings()
    {
        QWidget window;
        auto* field = new X11LineEdit(&window);
        int fired = 0;
        auto* update = new QAction(&window);
        update->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
        window.addAction(update);
        connect(update, &QAction::triggered, this, [&fired] { ++fired; });
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("typed"));
        {
            CommandKeys keys;
            keys.add(update->shortcut());
            qApp->installEventFilter(&keys);
            QTest::keyClick(field, Qt::Key_U, Qt::ControlModifier);
        }
        QCOMPARE(fired, 1);
        QCOMPARE(field->text(), QStringLiteral("typed"));
        QTest::keyClick(field, Qt::Key_U, Qt::ControlModifier); // without the filter the field wins
        QCOMPARE(fired, 1);
        QVERIFY(field->text().isEmpty());

        Console console(QStringLiteral("keys.sqlite"));
        QVERIFY(console.opened);
        MainWindow main(*console.service, {nullptr, nullptr, {}, Fixtures::demoJson()});
        auto* registered = main.findChild<CommandKeys*>();
        QVERIFY(registered);
        for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_U), QKeySequence(Qt::CTRL | Qt::Key_N),
                                        QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_D)})
            QVERIFY2(registered->keys().contains(key), qPrintable(key.toString()));
    }

    void openRunbookRefusesWhatIsNotAFile_data()
    {
        QTest::addColumn<QString>("path"); // relative: made in a temporary folder
        QTest::addColumn<QString>("mentions");
        QTest::newRow("device") << "/dev/null" << "is a device, not a regular file";
        QTest::newRow("FIFO without a writer") << "runbook.md" << "is a named pipe (FIFO), not a regular file";
    }
    void openRunbookRefusesWhatIsNotAFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        if (!path.startsWith(QLatin1Char('/'))) {
            path = dir.filePath(path);
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("gui.sqlite"))));
        TestClock clock;
        IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
        MainWindow window(service, {nullptr, nullptr, {}, Fixtures::demoJson()});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FileDialogs::setNextOpenFileName(path);
        FifoWatchdog watchdog(path, 5000);
        window.openRunbookFile(); // Ctrl+Shift+O
        QVERIFY2(!watchdog.stop(), "opening the runbook blocked");
        QVERIFY2(window.problemText().contains(path) && window.problemText().contains(mentions), qPrintable(window.problemText()));
    }

    void statusUpdatesOnTheSevCadence()
    {
        QTemporaryDir dir;
        TestClock clock;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("updates.sqlite"))));
        IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
        QString warning;
        MainWindow window(service, {nullptr, nullptr, DataFiles::reportTemplates(QStringLiteral("en"), &warning), {}});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(service.declare({QStringLiteral("Checkout API 5xx"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        QVERIFY(window.reminderText().isEmpty());
        QCOMPARE(window.header()->countdownText(), QStringLiteral("Next update in 30:00"));

        clock.advanceMinutes(31);
        window.reminder()->check();
        // The bar and the header tell the same time: never "due now" beside "overdue by 1:00".
        QVERIFY2(window.reminderText().startsWith(QStringLiteral("Update overdue by 1:00: a status update is due")),
                 qPrintable(window.reminderText()));
        window.header()->setIncident(service.current());
        QCOMPARE(window.header()->countdownText(), QStringLiteral("Update overdue by 1:00"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("⚠")));
        clock.advanceMinutes(9);
        window.reminder()->check();
        QVERIFY2(window.reminderText().startsWith(QStringLiteral("Update overdue by 10:00")), qPrintable(window.reminderText()));

        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier); // Ctrl+U opens the composer, filled as of now
        QVERIFY(window.composer()->isVisible());
        window.composer()->field(QStringLiteral("scope"))->setText(QStringLiteral("checkout"));
        window.composer()->field(QStringLiteral("workaround"))->setText(QStringLiteral("pay by bank transfer"));
        const QString text = window.composer()->text();
        QVERIFY2(text.contains(QStringLiteral("Main functions affected: checkout")) && text.contains(QStringLiteral("T+0:40:00")),
                 qPrintable(text));
        QTest::mouseClick(window.composer()->publishButton(), Qt::LeftButton);
        const TimelineEvent& published = service.current()->events().last();
        QCOMPARE(published.kind, EventKind::StatusUpdate);
        QCOMPARE(published.text, text);
        QVERIFY(window.reminderText().isEmpty()); // the cadence restarted
        window.header()->setIncident(service.current());
        QCOMPARE(window.header()->countdownText(), QStringLiteral("Next update in 30:00"));

        QVERIFY(service.setSeverity(Severity::Sev1)); // a SEV change recomputes the cadence
        QCOMPARE(window.header()->countdownText(), QStringLiteral("Next update in 15:00"));

        // The stakeholders' update: no raw request details, and a typed one stops the publish.
        QVERIFY(service.addEvent(EventKind::Action, QStringLiteral("GET http://10.0.3.7:8080/pool → {\"active\": 20}")));
        QComboBox* audience = window.composer()->audienceBox();
        QCOMPARE(audience->count(), 2);
        audience->setCurrentIndex(audience->findData(QStringLiteral("external")));
        QString external = window.composer()->text();
        QVERIFY2(!external.contains(QStringLiteral("10.0.3.7")) && !external.contains(QStringLiteral("Checklist")),
                 qPrintable(external));
        QVERIFY(window.composer()->publishButton()->isEnabled());
        window.composer()->field(QStringLiteral("scope"))->setText(QStringLiteral("checkout at db-1.internal:5432"));
        QVERIFY(window.composer()->warningLabel()->isVisible());
        QVERIFY(window.composer()->warningLabel()->text().contains(QStringLiteral("db-1.internal:5432")));
        QVERIFY(!window.composer()->publishButton()->isEnabled());
        const qsizetype events = service.current()->events().size();
        QTest::keyClick(window.composer()->publishButton(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(service.current()->events().size(), events); // Ctrl+Return is refused too
        window.composer()->field(QStringLiteral("scope"))->setText(QStringLiteral("checkout"));
        QVERIFY(window.composer()->publishButton()->isEnabled());
        external = window.composer()->text();
        QTest::mouseClick(window.composer()->publishButton(), Qt::LeftButton);
        QCOMPARE(service.current()->events().last().text, QStringLiteral("[External (stakeholders)] ") + external);
    }

    void theMitigatedMomentIsTheOneTheCommanderNames()
    {
        QTemporaryDir dir;
        TestClock clock;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("asof.sqlite"))));
        IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
        MainWindow window(service, {nullptr, nullptr, {}, {}});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 start = clock.nowMs();
        QVERIFY(service.declare({QStringLiteral("Checkout API 5xx"), Severity::Sev2, QStringLiteral("Kim"), 0}));
        clock.advanceMinutes(36); // written up nine minutes after the rollback stopped the impact at T+27m

        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = window.findChild<StatusAsOfDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->status(), IncidentStatus::Mitigated);
        QCOMPARE(dialog->offsetLabel()->text(), QStringLiteral("T+0:36:00 since the start"));
        dialog->setMoment(QDateTime::fromMSecsSinceEpoch(start - 60'000));
        QVERIFY(!dialog->okButton()->isEnabled()); // before the start: refused before it is sent
        QVERIFY(dialog->offsetLabel()->text().contains(QStringLiteral("before the incident started")));
        dialog->setMoment(QDateTime::fromMSecsSinceEpoch(start + 27 * 60'000));
        QCOMPARE(dialog->offsetLabel()->text(), QStringLiteral("T+0:27:00 since the start"));
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(service.current()->data().status, IncidentStatus::Mitigated);
        QCOMPARE(service.current()->data().mitigatedMs, start + 27 * 60'000);
        QVERIFY(service.current()->events().last().text.contains(QStringLiteral("T+0:27:00")));

        // Resolved before mitigated is out of order: the service refuses it and the window says why.
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY((dialog = window.findChild<StatusAsOfDialog*>()) && dialog->isVisible());
        dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(static_cast<int>(IncidentStatus::Resolved)));
        dialog->setMoment(QDateTime::fromMSecsSinceEpoch(start + 20 * 60'000));
        QTest::keyClick(dialog, Qt::Key_Return);
        QCOMPARE(service.current()->data().resolvedMs, 0);
        QVERIFY2(window.problemText().contains(QStringLiteral("before it was mitigated")), qPrintable(window.problemText()));
    }

    void scenarioWriteUpsAreEdited()
    {
        QString warning;
        PostmortemEditor editor;
        editor.setScenarioTemplates(DataFiles::reportTemplates(QStringLiteral("en"), &warning).scenarios);
        editor.addScenario(QStringLiteral("overload"));
        const QList<QPlainTextEdit*> edits = editor.findChildren<QGroupBox*>().at(0)->findChildren<QPlainTextEdit*>();
        QCOMPARE(edits.size(), 5);
        edits.at(0)->setPlainText(QStringLiteral("coupon API, 5,000 users"));
        edits.at(4)->setPlainText(QStringLiteral("partitions 3 -> 10"));
        const PostmortemFields fields = editor.fields();
        QCOMPARE(fields.scenarios.size(), 1);
        QCOMPARE(fields.scenarios.at(0).templateId, QStringLiteral("overload"));
        QCOMPARE(fields.scenarios.at(0).entries.at(0).section, QStringLiteral("impact"));
        QCOMPARE(fields.scenarios.at(0).entries.at(0).text, QStringLiteral("coupon API, 5,000 users"));
        QCOMPARE(fields.scenarios.at(0).entries.at(4).section, QStringLiteral("actionItems"));
        PostmortemEditor reopened;
        reopened.setFields(fields);
        QCOMPARE(reopened.fields().scenarios.at(0).entries.at(4).text, QStringLiteral("partitions 3 -> 10"));
    }

    // Issue 17 item 9: a resolved incident opened later shows its own window, not today's live one;
    // a live incident brings the live window back.
    void aPastIncidentShowsItsOwnWindow()
    {
        QTemporaryDir dir;
        TestClock clock;
        clock.advanceMinutes(3 * 24 * 60); // the demo incident was resolved days ago
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("past.sqlite"))));
        IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
        MainWindow window(service, {nullptr, nullptr, {}, Fixtures::demoJson()});
        QVERIFY(!window.dashboard()->isFixedWindow());
        window.openDemo();
        const IncidentData& d = service.current()->data();
        QVERIFY(d.resolvedMs != 0);
        QVERIFY(window.dashboard()->isFixedWindow());
        QCOMPARE(window.dashboard()->from(), d.startedMs / 1000.0 - 900);
        QCOMPARE(window.dashboard()->to(), d.resolvedMs / 1000.0 + 900);

        QVERIFY(service.declare({QStringLiteral("Checkout API 5xx"), Severity::Sev2, QStringLiteral("Kim"), clock.nowMs()}));
        QVERIFY(!window.dashboard()->isFixedWindow());
        QVERIFY(window.dashboard()->isLive());
        QCOMPARE(window.dashboard()->to(), clock.nowMs() / 1000.0);
    }

    void demoFillsEveryView()
    {
        QTemporaryDir dir;
        TestClock clock;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("demo.sqlite"))));
        IncidentService service(store, clock, Fixtures::checklistJson(), QStringLiteral("en"));
        MainWindow window(service, {nullptr, nullptr, {}, Fixtures::demoJson()});
        window.openDemo();
        QVERIFY(service.current());
        QCOMPARE(window.timelineView()->table()->model()->rowCount(), 18);
        QCOMPARE(window.header()->clockText(), QStringLiteral("T+1:16:00")); // resolved at T+76m
        QVERIFY(window.windowTitle().contains(QStringLiteral("DB 커넥션 풀")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
