#include "MainMenus.h"

#include "AppSettings.h"
#include "CommandKeys.h"
#include "Incident.h"
#include "IncidentDialogs.h"
#include "IncidentService.h"
#include "Logging.h"
#include "MainWindow.h"
#include "MetricDashboard.h"
#include "NoteBar.h"
#include "TimelineView.h"
#include "storage/IncidentStore.h"

#include <QActionGroup>
#include <QApplication>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>

QList<QAction*> MainMenus::build(MainWindow& window, IncidentService& service)
{
    QMenu* incident = window.menuBar()->addMenu(tr("&Incident"));
    QAction* declare = incident->addAction(tr("&Declare incident…"), window.dialogs(), &IncidentDialogs::declare);
    declare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction* open = incident->addAction(tr("&Open incident…"), window.dialogs(), &IncidentDialogs::open);
    open->setShortcut(QKeySequence::Open);
    QAction* openRunbookAction = incident->addAction(tr("Open &runbook…"), &window, &MainWindow::openRunbookFile);
    openRunbookAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    incident->addAction(tr("Open the &demo incident (seed 001)"), &window, &MainWindow::openDemo);
    incident->addSeparator();
    QAction* statusAsOf = incident->addAction(tr("Set status as of a &moment…"), window.dialogs(), &IncidentDialogs::setStatusAsOf);
    statusAsOf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction* moveAction = incident->addAction(tr("&Move to a shared store…"), window.dialogs(), &IncidentDialogs::moveToSharedStore);
    moveAction->setVisible(!service.store().isShared());
    QAction* handOver = incident->addAction(tr("&Hand over command…"), &window, [&window, &service] {
        if (!service.current())
            return;
        bool ok = false;
        const QString to = QInputDialog::getText(&window, tr("Hand over command"),
                                                 tr("%1 hands over command to:").arg(service.current()->data().commander),
                                                 QLineEdit::Normal, QString(), &ok);
        if (ok)
            service.handOverCommand(to); // a refusal comes back through the service's failed()
    });
    QAction* exportAction = incident->addAction(tr("&Export post-mortem…"), &window, &MainWindow::exportPostmortem);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    incident->addSeparator();
    QAction* quit = incident->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // Ctrl+Q wherever the platform names no quit key of its own (the offscreen and minimal ones).
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    quit->setShortcuts(quitKeys);

    QMenu* timeline = window.menuBar()->addMenu(tr("&Timeline"));
    QAction* note = timeline->addAction(tr("Add &note"), window.noteBar(), &NoteBar::focusNote);
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    note->setShortcutContext(Qt::ApplicationShortcut);
    QAction* edit = timeline->addAction(tr("&Edit selected event…"), &window, [&window] {
        window.dialogs()->editEvent(window.timelineView()->selectedEventId());
    });
    QList<QAction*> needIncident = {exportAction, note, edit, statusAsOf, handOver, moveAction};

    QMenu* metrics = window.menuBar()->addMenu(tr("&Metrics"));
    metrics->addAction(tr("&Open dashboard profile…"), &window, &MainWindow::openDashboardProfile);
    metrics->addAction(tr("Back to &live"), window.dashboard(), &MetricDashboard::goLive);

    QAction* update = timeline->addAction(tr("Write a status &update"), &window, &MainWindow::showComposer);
    update->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    update->setShortcutContext(Qt::ApplicationShortcut);
    needIncident << update;
    // The window's commands win over keys that text fields bind (Ctrl+U, Ctrl+E, Ctrl+D in a line edit).
    auto* commandKeys = new CommandKeys(&window);
    for (QAction* action : {declare, openRunbookAction, exportAction, note, update, statusAsOf})
        commandKeys->add(action->shortcut());
    qApp->installEventFilter(commandKeys);

    QMenu* alerts = window.menuBar()->addMenu(tr("A&lerts"));
    alerts->addAction(tr("Set &Alertmanager…"), &window, &MainWindow::setAlertmanager);

    QMenu* view = window.menuBar()->addMenu(tr("&View"));
    QAction* wall = view->addAction(tr("&War-room wall view…"), &window, [&window] {
        const QList<QScreen*> screens = QGuiApplication::screens();
        if (screens.size() < 2) {
            window.openWallView(0);
            return;
        }
        QStringList names;
        for (QScreen* screen : screens)
            names << QStringLiteral("%1 (%2×%3)").arg(screen->name()).arg(screen->size().width()).arg(screen->size().height());
        bool ok = false;
        const QString chosen = QInputDialog::getItem(&window, tr("War-room wall view"), tr("Show the wall view on:"),
                                                     names, names.size() - 1, false, &ok);
        if (ok)
            window.openWallView(static_cast<int>(names.indexOf(chosen)));
    });
    wall->setShortcut(QKeySequence(Qt::Key_F11));
    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(&window);
    const QString current = AppSettings::language();
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("en"), QStringLiteral("English")},
                                                      {QStringLiteral("ko"), QStringLiteral("한국어")}};
    for (const auto& [code, name] : languages) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, &window,
                         [&window, code = code] { Q_EMIT window.languageChangeRequested(code); });
    }

    QMenu* help = window.menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Incident Console"), &window, [&window, &service] {
        QMessageBox::about(&window, tr("About Incident Console"),
                           tr("<p><b>Incident Console</b> %1</p><p>Declare an incident, follow the checklist, "
                              "record the timeline, export the post-mortem.</p><p>Store: %2<br>Log: %3</p>")
                               .arg(QApplication::applicationVersion(), service.store().path().toHtmlEscaped(),
                                    Logging::logFilePath().toHtmlEscaped()));
    });
    return needIncident;
}
