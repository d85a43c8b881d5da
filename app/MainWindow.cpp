#include "MainWindow.h"

#include "AppSettings.h"
#include "ChecklistModel.h"
#include "ChecklistPanel.h"
#include "ConfirmRequest.h"
#include "DataFiles.h"
#include "RunbookPanel.h"
#include "SessionVariables.h"
#include "runbook/RunbookLibrary.h"
#include "runbook/RunbookRules.h"
#include "ReportComposer.h"
#include "RunbookRuns.h"
#include "StatusUpdateComposer.h"
#include "UpdateCadence.h"
#include "WallView.h"
#include "network/Network.h"
#include "network/WebhookPoster.h"
#include "DashboardProfileLoader.h"
#include "MetricDashboard.h"
#include "MetricsController.h"
#include "Clock.h"
#include "DeclareIncidentDialog.h"
#include "StatusAsOfDialog.h"
#include "EditEventDialog.h"
#include "CommandKeys.h"
#include "FileDialogs.h"
#include "Questions.h"
#include "Incident.h"
#include "IncidentHeader.h"
#include "IncidentListDialog.h"
#include "IncidentMarkers.h"
#include "IncidentService.h"
#include "Logging.h"
#include "NoteBar.h"
#include "PostmortemEditor.h"
#include "PostmortemExport.h"
#include "TimelineModel.h"
#include "TimelineView.h"
#include "storage/IncidentStore.h"

#include <QActionGroup>
#include <QFileInfo>
#include <QListWidget>
#include <QInputDialog>
#include <QScreen>
#include <QSystemTrayIcon>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QCloseEvent>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QTreeView>
#include <QToolButton>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>
#include <algorithm>
#include <utility>

namespace {
QList<ConfirmRequest::Variable> variablesOf(const RunbookStep& step, const SessionVariables& values)
{
    QList<ConfirmRequest::Variable> out;
    for (const QString& name : step.action.variables)
        out.append({name, values.source(name)});
    return out;
}
} // namespace

MainWindow::MainWindow(IncidentService& service, Parts parts, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_metrics(parts.metrics)
    , m_network(parts.network)
    , m_templates(std::move(parts.templates))
    , m_demoJson(std::move(parts.demoJson))
    , m_dashboard(new MetricDashboard(service.clock(), this))
    , m_markers(new IncidentMarkers(this))
    , m_timelineModel(new TimelineModel(this))
    , m_checklistModel(new ChecklistModel(this))
    , m_header(new IncidentHeader(service.clock(), this))
    , m_checklistPanel(new ChecklistPanel(m_checklistModel, this))
    , m_timelineView(new TimelineView(m_timelineModel, this))
    , m_postmortem(new PostmortemEditor(this))
    , m_noteBar(new NoteBar(this))
    , m_tabs(new QTabWidget(this))
    , m_problemBar(new QWidget(this))
    , m_problemLabel(new QLabel(m_problemBar))
    , m_composer(new StatusUpdateComposer(this))
    , m_reminderBar(new QWidget(this))
    , m_reminderLabel(new QLabel(m_reminderBar))
    , m_reminderTimer(new QTimer(this))
{
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemBar->setAutoFillBackground(true);
    m_problemBar->setStyleSheet(QStringLiteral("background: #fdecea; color: #8a1c1c;"));
    auto* dismiss = new QToolButton(m_problemBar);
    dismiss->setText(QStringLiteral("✕"));
    dismiss->setToolTip(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, m_problemBar, &QWidget::hide);
    auto* problemLayout = new QHBoxLayout(m_problemBar);
    problemLayout->addWidget(m_problemLabel, 1);
    problemLayout->addWidget(dismiss);
    m_problemBar->hide();

    m_tabs->addTab(m_timelineView, tr("&Timeline"));
    m_tabs->addTab(m_dashboard, tr("&Metrics"));
    m_tabs->addTab(m_composer, tr("&Status update"));
    m_tabs->addTab(createRunbooksTab(), tr("&Runbooks"));
    m_tabs->addTab(m_postmortem, tr("&Post-mortem"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_checklistPanel);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({520, 920});

    // The reminder is a bar, not a dialog: it must never block the commander.
    m_reminderBar->setAutoFillBackground(true);
    m_reminderLabel->setWordWrap(true);
    auto* write = new QToolButton(m_reminderBar);
    write->setText(tr("Write the update (Ctrl+U)"));
    connect(write, &QToolButton::clicked, this, [this] { m_tabs->setCurrentWidget(m_composer); });
    auto* reminderLayout = new QHBoxLayout(m_reminderBar);
    reminderLayout->addWidget(m_reminderLabel, 1);
    reminderLayout->addWidget(write);
    m_reminderBar->hide();
    connect(m_reminderTimer, &QTimer::timeout, this, &MainWindow::remind);
    m_reminderTimer->start(1000);
    connect(m_composer, &StatusUpdateComposer::publishRequested, this, &MainWindow::publishStatusUpdate);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_composer)
            refreshComposer();
    });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_reminderBar);
    layout->addWidget(m_problemBar);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_noteBar);
    setCentralWidget(central);

    connect(m_header, &IncidentHeader::severityRequested, this, [this](Severity s) { m_service.setSeverity(s); });
    connect(m_header, &IncidentHeader::statusRequested, this, [this](IncidentStatus s) { m_service.setStatus(s); });
    connect(m_checklistModel, &ChecklistModel::checkRequested, this,
            [this](const QString& itemId, bool checked) { m_service.setItemChecked(itemId, checked); });
    connect(m_timelineView, &TimelineView::editRequested, this, &MainWindow::editEvent);
    m_timelineModel->setRevisionSource([this](qint64 eventId) { return m_service.store().revisionsOf(eventId); });
    connect(m_noteBar, &NoteBar::noteSubmitted, this, &MainWindow::recordNote);
    connect(m_postmortem, &PostmortemEditor::saveRequested, this,
            [this](const PostmortemFields& fields) {
                if (m_service.savePostmortem(fields))
                    statusBar()->showMessage(tr("Post-mortem saved"), 3000);
            });
    connect(&m_service, &IncidentService::failed, this, &MainWindow::showProblem);
    connect(&m_service, &IncidentService::currentChanged, this, &MainWindow::showIncident);

    m_postmortem->setScenarioTemplates(m_templates.scenarios);
    m_composer->setAudiences(m_templates.audiences);
    createMenus();
    connectMetrics();
    statusBar()->addPermanentWidget(new QLabel(tr("Store: %1").arg(QDir::toNativeSeparators(m_service.store().path())), this));
    resize(1440, 900);
    showIncident(m_service.current());
}

MainWindow::~MainWindow()
{
    // Now, while this window still takes the service's signals: its runs are recorded as cancelled.
    delete m_runs;
}

void MainWindow::createMenus()
{
    QMenu* incident = menuBar()->addMenu(tr("&Incident"));
    QAction* declare = incident->addAction(tr("&Declare incident…"), this, &MainWindow::declareIncident);
    declare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction* open = incident->addAction(tr("&Open incident…"), this, &MainWindow::openIncident);
    open->setShortcut(QKeySequence::Open);
    QAction* openRunbookAction = incident->addAction(tr("Open &runbook…"), this, &MainWindow::openRunbookFile);
    openRunbookAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    incident->addAction(tr("Open the &demo incident (seed 001)"), this, &MainWindow::openDemo);
    incident->addSeparator();
    QAction* statusAsOf = incident->addAction(tr("Set status as of a &moment…"), this, &MainWindow::setStatusAsOf);
    statusAsOf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction* exportAction = incident->addAction(tr("&Export post-mortem…"), this, &MainWindow::exportPostmortem);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    incident->addSeparator();
    QAction* quit = incident->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // Ctrl+Q wherever the platform names no quit key of its own (the offscreen and minimal ones).
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    quit->setShortcuts(quitKeys);

    QMenu* timeline = menuBar()->addMenu(tr("&Timeline"));
    QAction* note = timeline->addAction(tr("Add &note"), m_noteBar, &NoteBar::focusNote);
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    note->setShortcutContext(Qt::ApplicationShortcut);
    QAction* edit = timeline->addAction(tr("&Edit selected event…"), this, [this] {
        editEvent(m_timelineView->selectedEventId());
    });
    m_incidentActions = {exportAction, note, edit, statusAsOf};

    QMenu* metrics = menuBar()->addMenu(tr("&Metrics"));
    metrics->addAction(tr("&Open dashboard profile…"), this, &MainWindow::openDashboardProfile);
    metrics->addAction(tr("Back to &live"), m_dashboard, &MetricDashboard::goLive);

    QAction* update = timeline->addAction(tr("Write a status &update"), this, [this] {
        m_tabs->setCurrentWidget(m_composer);
        if (QLineEdit* first = m_composer->findChild<QLineEdit*>())
            first->setFocus();
    });
    update->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    update->setShortcutContext(Qt::ApplicationShortcut);
    m_incidentActions << update;
    // The window's commands win over keys that text fields bind (Ctrl+U, Ctrl+E, Ctrl+D in a line edit).
    auto* commandKeys = new CommandKeys(this);
    for (QAction* action : {declare, openRunbookAction, exportAction, note, update, statusAsOf})
        commandKeys->add(action->shortcut());
    qApp->installEventFilter(commandKeys);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* wall = view->addAction(tr("&War-room wall view…"), this, [this] {
        const QList<QScreen*> screens = QGuiApplication::screens();
        if (screens.size() < 2) {
            openWallView(0);
            return;
        }
        QStringList names;
        for (QScreen* screen : screens)
            names << QStringLiteral("%1 (%2×%3)").arg(screen->name()).arg(screen->size().width()).arg(screen->size().height());
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("War-room wall view"), tr("Show the wall view on:"),
                                                     names, names.size() - 1, false, &ok);
        if (ok)
            openWallView(static_cast<int>(names.indexOf(chosen)));
    });
    wall->setShortcut(QKeySequence(Qt::Key_F11));
    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString current = AppSettings::language();
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("en"), QStringLiteral("English")},
                                                      {QStringLiteral("ko"), QStringLiteral("한국어")}};
    for (const auto& [code, name] : languages) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { Q_EMIT languageChangeRequested(code); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Incident Console"), this, [this] {
        QMessageBox::about(this, tr("About Incident Console"),
                           tr("<p><b>Incident Console</b> %1</p><p>Declare an incident, follow the checklist, "
                              "record the timeline, export the post-mortem.</p><p>Store: %2<br>Log: %3</p>")
                               .arg(QApplication::applicationVersion(), m_service.store().path().toHtmlEscaped(),
                                    Logging::logFilePath().toHtmlEscaped()));
    });
}

void MainWindow::connectMetrics()
{
    m_dashboard->setMarkers(m_markers);
    if (!m_metrics) {
        m_dashboard->setPanels(nullptr);
        return;
    }
    auto showProfile = [this] {
        m_dashboard->setPanels(&m_metrics->panels());
        m_dashboard->setSourceText(tr("Profile: %1 · Prometheus: %2")
                                       .arg(m_metrics->profile().name,
                                            m_metrics->profile().prometheus.toDisplayString(QUrl::RemoveUserInfo)));
        m_windowShownFor = -1;
        showMetricsWindow(); // the new panels show the same incident's window
    };
    showProfile();
    connect(m_metrics, &MetricsController::panelsReset, this, showProfile);
    connect(m_metrics, &MetricsController::panelUpdated, m_dashboard, &MetricDashboard::panelUpdated);
    connect(m_dashboard, &MetricDashboard::rangeWanted, m_metrics, &MetricsController::ensureLoadedFrom);
    connect(m_metrics, &MetricsController::alertTransitions, this,
            [this](const QList<AlertTransition>& transitions, const QString& unit) {
                m_service.recordAlerts(transitions, unit);
            });
    // A new profile starts its evaluator afresh: it continues from what the timeline recorded.
    connect(m_metrics, &MetricsController::panelsReset, this, &MainWindow::continueAlerts);
    connect(m_metrics, &MetricsController::samplesArrived, this,
            [this](const PanelDefinition& panel, const QList<MetricSeries>& batch) { m_service.recordSamples(panel, batch); });
}

void MainWindow::continueAlerts()
{
    if (m_metrics)
        m_metrics->restoreAlerts(m_service.lastAlertStates());
}

void MainWindow::showMetricsWindow()
{
    Incident* incident = m_service.current();
    // A resolved incident is looked back on: its own window from its kept samples, nothing live.
    Incident* past = incident && incident->data().resolvedMs != 0 ? incident : nullptr;
    if ((past ? past->id() : 0) == m_windowShownFor)
        return;
    m_windowShownFor = past ? past->id() : 0;
    if (!past) {
        m_dashboard->followNow();
        if (m_metrics)
            m_metrics->followLive();
        return;
    }
    const IncidentData& d = past->data();
    const auto [from, to] = PostmortemExport::chartWindow(d, m_service.clock().nowMs());
    m_dashboard->showFixedWindow(from, to, d.resolvedMs / 1000.0);
    if (m_metrics)
        m_metrics->showWindow(from, to, m_service.store().loadSamples(past->id()));
}

void MainWindow::openDashboardProfile()
{
    if (!m_metrics)
        return;
    const QString path = FileDialogs::openFileName(this, tr("Open dashboard profile"), QString(),
                                                   tr("Dashboard profiles (*.yaml *.yml *.json)"));
    if (path.isEmpty())
        return;
    QString error;
    QStringList notes;
    const auto profile = DashboardProfileLoader::load(path, &error, &notes);
    if (!profile) {
        showProblem(error);
        return;
    }
    AppSettings::setDashboardProfile(path);
    m_metrics->setProfile(*profile);
    m_metrics->start();
    if (!notes.isEmpty())
        showProblem(notes.join(QLatin1Char('\n')));
    m_tabs->setCurrentWidget(m_dashboard);
}

QWidget* MainWindow::createRunbooksTab()
{
    m_variables = new SessionVariables(this);
    m_runbookPanel = new RunbookPanel(m_service.clock(), this);
    m_runbookPanel->setVariables(m_variables);
    m_runbookList = new QListWidget(this);
    m_runbookList->setToolTip(tr("Shipped samples and the runbooks in %1").arg(DataFiles::userRunbooksDirectory()));
    // Shipped samples first, then the team's own folder, watched.
    QStringList shipped;
    for (const QString& name : QDir(QStringLiteral(":/runbooks")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        shipped << QStringLiteral(":/runbooks/") + name;
    m_runbookLibrary = new RunbookLibrary(shipped, DataFiles::userRunbooksDirectory(), this);
    connect(m_runbookLibrary, &RunbookLibrary::changed, this, &MainWindow::fillRunbookList);
    m_runs = new RunbookRuns(m_service, m_network, *m_variables, this);
    m_runs->setConfirm([this](const RunbookStep& s) {
        return ConfirmRequest::ask(this, s.text, s.action.display(), variablesOf(s, *m_variables), s.action.isMutating());
    });
    connect(m_runs, &RunbookRuns::started, m_runbookPanel, &RunbookPanel::setRunning);
    connect(m_runs, &RunbookRuns::finished, m_runbookPanel, &RunbookPanel::setResult);
    connect(m_runs, &RunbookRuns::problem, this, &MainWindow::showProblem);
    connect(m_runs, &RunbookRuns::reloadDue, this,
            [this](const QString& path) { showRunbook(m_runbookLibrary->runbook(path), true); });
    connect(m_runbookLibrary, &RunbookLibrary::runbookChanged, m_runs, &RunbookRuns::fileChanged);
    connect(m_runbookLibrary, &RunbookLibrary::problem, this, &MainWindow::showProblem);
    fillRunbookList();
    connect(m_runbookList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            openRunbook(item->data(Qt::UserRole).toString());
    });
    connect(m_runbookPanel, &RunbookPanel::checkToggled, this, &MainWindow::runbookCheckToggled);
    connect(m_runbookPanel, &RunbookPanel::runRequested, this,
            [this](int section, int step) { m_runs->run(section, step, m_runbookPanel->timeoutMs()); });
    connect(m_runbookPanel, &RunbookPanel::cancelRequested, m_runs, &RunbookRuns::cancel);
    connect(m_runbookPanel, &RunbookPanel::variablesRequested, this, &MainWindow::runbookVariablesRequested);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_runbookList);
    splitter->addWidget(m_runbookPanel);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({200, 900});
    return splitter;
}

void MainWindow::fillRunbookList()
{
    const QString current = m_runbookList->currentItem() ? m_runbookList->currentItem()->data(Qt::UserRole).toString()
                                                          : QString();
    const QSignalBlocker quiet(m_runbookList); // refilling is not picking a runbook
    m_runbookList->clear();
    for (const RunbookLibrary::Entry& entry : m_runbookLibrary->entries()) {
        auto* item = new QListWidgetItem(entry.name, m_runbookList);
        item->setData(Qt::UserRole, entry.path);
        item->setToolTip(entry.shipped ? tr("Sample shipped with the console") : entry.path);
        if (!entry.problem.isEmpty()) {
            item->setText(tr("%1 (cannot be read)").arg(entry.name));
            item->setToolTip(entry.problem);
            item->setForeground(QColor(0x8A, 0x1C, 0x1C));
        }
        if (entry.path == current)
            m_runbookList->setCurrentItem(item);
    }
}

void MainWindow::showRunbook(const Runbook& runbook, bool keepChecks)
{
    const QList<QPair<QString, QString>> checked = keepChecks ? m_runbookPanel->checkedSteps() : QList<QPair<QString, QString>>();
    m_runbookPanel->setRunbook(runbook);
    m_runs->setRunbook(runbook);
    for (int s = 0; s < runbook.sections.size(); ++s)
        for (int i = 0; i < runbook.sections.at(s).steps.size(); ++i)
            if (checked.contains({runbook.sections.at(s).title, runbook.sections.at(s).steps.at(i).text}))
                m_runbookPanel->setChecked(s, i, true);
}

void MainWindow::openRunbook(const QString& path)
{
    m_runs->abandonAll(); // results of the runbook being left would land on the wrong steps
    const QList<RunbookLibrary::Entry> entries = m_runbookLibrary->entries();
    const bool listed = std::any_of(entries.cbegin(), entries.cend(),
                                    [&path](const RunbookLibrary::Entry& e) { return e.path == path; });
    const Runbook runbook = listed ? m_runbookLibrary->runbook(path) : RunbookRules::open(path);
    showRunbook(runbook, false);
    m_tabs->setCurrentWidget(m_runbookPanel->parentWidget());
    if (runbook.fatal)
        showProblem(runbook.warnings.value(0).message);
}

void MainWindow::openRunbookFile()
{
    const QString path = FileDialogs::openFileName(this, tr("Open runbook"), DataFiles::userRunbooksDirectory(),
                                                   tr("Markdown runbooks (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        openRunbook(path);
}

void MainWindow::runbookCheckToggled(int section, int step, bool checked)
{
    const Runbook& runbook = m_runbookPanel->runbook();
    const QString item = runbook.sections.at(section).steps.at(step).text;
    const QString text = checked ? tr("Runbook «%1»: done: %2").arg(runbook.title, item)
                                 : tr("Runbook «%1»: reopened: %2").arg(runbook.title, item);
    // Stamped like the incident checklist; without an incident there is nowhere to stamp it.
    if (!m_service.current()) {
        showProblem(tr("Declare or open an incident first: runbook steps are recorded in its timeline."));
        m_runbookPanel->setChecked(section, step, !checked);
        return;
    }
    if (!m_service.addEvent(EventKind::Checklist, text))
        m_runbookPanel->setChecked(section, step, !checked);
}

void MainWindow::runbookVariablesRequested(int section, int step)
{
    const RunbookStep& s = m_runbookPanel->runbook().sections.at(section).steps.at(step);
    const ConfirmRequest::Answer answer = ConfirmRequest::ask(this, s.text, s.action.display(), variablesOf(s, *m_variables),
                                                              false, ConfirmRequest::ValuesOnly);
    for (auto it = answer.values.cbegin(); answer.send && it != answer.values.cend(); ++it)
        m_variables->set(it.key(), it.value());
}

void MainWindow::refreshComposer()
{
    Incident* incident = m_service.current();
    m_composer->setEnabled(incident != nullptr);
    if (!incident)
        return;
    if (const SevReportTemplate* report = m_templates.report(incident->data().severity))
        m_composer->setTemplate(*report);
    static const QList<MetricPanelData> none;
    m_composer->setContext(ReportComposer::contextOf(*incident, m_metrics ? m_metrics->panels() : none,
                                                     m_service.clock().nowMs()));
    const QUrl webhook = WebhookPoster::configuredUrl();
    m_composer->setWebhookAvailable(m_network && webhook.isValid() && !webhook.isEmpty(), webhook.host());
}

void MainWindow::publishStatusUpdate(const QString& text, bool postToWebhook, const QString& audienceLabel)
{
    // The timeline says who an update was written for; the internal one stays as it always was.
    const QString recorded = audienceLabel.isEmpty() ? text : QStringLiteral("[%1] %2").arg(audienceLabel, text);
    if (!m_service.publishStatusUpdate(recorded))
        return;
    m_composer->clearAfterPublish();
    m_composer->setResult(tr("Recorded in the timeline at %1.").arg(m_service.clock().now().toString(QStringLiteral("HH:mm"))), true);
    statusBar()->showMessage(tr("Status update recorded; the next one is due in %1 minutes")
                                 .arg(SeverityInfo::updateCadenceMinutes(m_service.current()->data().severity)),
                             6000);
    if (postToWebhook && m_network) {
        HttpReply* reply = m_network->send(WebhookPoster::request(WebhookPoster::configuredUrl(), text), this);
        connect(reply, &HttpReply::finished, this, [this, reply](const HttpResult& result) {
            reply->deleteLater();
            m_composer->setResult(WebhookPoster::describe(result), result.ok());
            if (!result.ok())
                showProblem(WebhookPoster::describe(result));
        });
    }
    remind();
}

QString MainWindow::reminderText() const
{
    return m_reminderBar->isVisible() ? m_reminderLabel->text() : QString();
}

void MainWindow::remind()
{
    Incident* incident = m_service.current();
    const qint64 now = m_service.clock().nowMs();
    const int cadence = incident ? SeverityInfo::updateCadenceMinutes(incident->data().severity) : 0;
    const auto state = incident ? UpdateCadence::state(incident->data(), cadence, now) : UpdateCadence::State::None;
    const QString base = incident ? tr("Incident Console — %1").arg(incident->data().title) : tr("Incident Console");
    if (m_tabs->currentWidget() == m_composer && now / 1000 % 15 == 0)
        refreshComposer(); // T+ and the metrics move on while the commander writes
    if (state == UpdateCadence::State::None || state == UpdateCadence::State::OnTrack) {
        m_reminderBar->hide();
        setWindowTitle(base);
        m_lastReminderState = 0;
        return;
    }
    const QString late = UpdateCadence::countdownText(incident->data(), cadence, now);
    const QString sev = SeverityInfo::label(incident->data().severity);
    struct Look
    {
        QString text;
        QString style;
    };
    const Look look = state == UpdateCadence::State::Due
                          ? Look{tr("%1: a status update is due (%2: every %3 minutes).").arg(late, sev).arg(cadence),
                                 QStringLiteral("background: #fff3cd; color: #5c3d00;")}
                      : state == UpdateCadence::State::Overdue
                          ? Look{tr("%1. %2 expects an update every %3 minutes.").arg(late, sev).arg(cadence),
                                 QStringLiteral("background: #ffd8a8; color: #5c1f00; font-weight: bold;")}
                          : Look{tr("%1: a whole update cycle was missed. Tell people where things stand.").arg(late),
                                 QStringLiteral("background: #c62828; color: white; font-weight: bold;")};
    m_reminderBar->setStyleSheet(look.style);
    m_reminderLabel->setText(look.text);
    m_reminderBar->show();
    setWindowTitle(QStringLiteral("⚠ ") + base);
    // More insistent the later it gets: a notification when it falls due, then a nudge every minute.
    const int level = static_cast<int>(state);
    if (level > m_lastReminderState) {
        if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
            auto* tray = findChild<QSystemTrayIcon*>();
            if (!tray) {
                tray = new QSystemTrayIcon(windowIcon(), this);
                tray->show();
            }
            tray->showMessage(tr("Status update due"), look.text, QSystemTrayIcon::Warning, 10'000);
        }
        QApplication::alert(this);
        m_lastAlertMs = now;
    } else if (state != UpdateCadence::State::Due && now - m_lastAlertMs >= 60'000) {
        QApplication::alert(this);
        m_lastAlertMs = now;
    }
    m_lastReminderState = level;
}

void MainWindow::openWallView(int screenIndex)
{
    if (!m_wall) {
        m_wall = new WallView(m_service.clock());
        m_wall->setAttribute(Qt::WA_DeleteOnClose);
        m_wall->setPanels(m_metrics ? &m_metrics->panels() : nullptr);
        m_wall->setAlerts(m_metrics ? &m_metrics->firingAlerts() : nullptr);
        connect(this, &QObject::destroyed, m_wall.data(), &QObject::deleteLater);
        if (m_metrics)
            connect(m_metrics, &MetricsController::panelUpdated, m_wall.data(), &WallView::refresh);
    }
    m_wall->setIncident(m_service.current());
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screenIndex >= 0 && screenIndex < screens.size())
        m_wall->setGeometry(screens.at(screenIndex)->geometry());
    m_wall->showFullScreen();
    m_wall->activateWindow();
}

void MainWindow::showIncident(Incident* incident)
{
    refreshComposer();
    if (m_wall)
        m_wall->setIncident(incident);
    if (incident)
        connect(incident, &Incident::headerChanged, this, &MainWindow::refreshComposer);
    if (incident)
        connect(incident, &Incident::headerChanged, this, &MainWindow::showMetricsWindow);
    m_markers->setIncident(incident);
    showMetricsWindow();
    m_timelineModel->setIncident(incident);
    m_checklistModel->setIncident(incident);
    m_header->setIncident(incident);
    m_checklistPanel->setTitle(incident ? incident->checklist().title : QString());
    m_checklistPanel->view()->expandAll();
    m_postmortem->setFields(incident ? incident->data().postmortem : PostmortemFields());
    m_postmortem->setEnabledForIncident(incident != nullptr);
    m_noteBar->setEnabled(incident != nullptr);
    for (QAction* action : std::as_const(m_incidentActions))
        action->setEnabled(incident != nullptr);
    m_timelineView->table()->scrollToBottom();
    remind();
    // Outside this call: evaluating the samples held again records alerts through the service.
    QTimer::singleShot(0, this, &MainWindow::continueAlerts);
    if (incident) {
        AppSettings::setLastIncident(m_service.store().path(), incident->id());
        if (!incident->checklistError().isEmpty())
            showProblem(tr("The checklist of this incident could not be read: %1").arg(incident->checklistError()));
    }
}

void MainWindow::showProblem(const QString& message)
{
    spdlog::warn("{}", message.toStdString());
    m_problemLabel->setText(message);
    m_problemBar->show();
}

QString MainWindow::problemText() const
{
    return m_problemBar->isVisible() ? m_problemLabel->text() : QString();
}

void MainWindow::recordNote(const QString& text)
{
    // The text stays in the field until the store has it, so a failure loses nothing.
    if (m_service.addNote(text)) {
        m_noteBar->edit()->clear();
        m_problemBar->hide();
    }
}

void MainWindow::declareIncident()
{
    const QString commander = m_service.author();
    auto* dialog = new DeclareIncidentDialog(m_service.clock().now(), commander, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        DeclareRequest request{dialog->title(), dialog->severity(), dialog->commander(),
                               dialog->started().toMSecsSinceEpoch()};
        if (m_service.declare(request)) {
            m_problemBar->hide();
            statusBar()->showMessage(tr("Incident declared and recorded"), 4000);
        }
    });
    dialog->open();
}

void MainWindow::setStatusAsOf()
{
    Incident* incident = m_service.current();
    if (!incident)
        return;
    // Mitigated is what is most often named after the fact.
    const IncidentStatus proposed = incident->data().status < IncidentStatus::Mitigated ? IncidentStatus::Mitigated
                                                                                      : incident->data().status;
    auto* dialog = new StatusAsOfDialog(proposed, incident->data().startedMs, m_service.clock().now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_service.setStatus(dialog->status(), dialog->moment().toMSecsSinceEpoch()))
            statusBar()->showMessage(tr("Status recorded as of %1").arg(dialog->moment().toString(QStringLiteral("HH:mm:ss"))), 4000);
    });
    dialog->open();
}

void MainWindow::openIncident()
{
    const QList<IncidentSummary> incidents = m_service.store().listIncidents();
    if (!m_service.store().errorString().isEmpty() && incidents.isEmpty())
        showProblem(m_service.store().errorString());
    auto* dialog = new IncidentListDialog(incidents, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const qint64 id = dialog->selectedIncidentId())
            m_service.open(id);
    });
    dialog->open();
}

void MainWindow::openDemo()
{
    if (m_service.openDemo(m_demoJson))
        statusBar()->showMessage(tr("Demo incident recorded as a new incident; explore every view"), 5000);
}

void MainWindow::exportPostmortem()
{
    Incident* incident = m_service.current();
    if (!incident)
        return;
    QString slug = incident->data().title.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("postmortem-%1-%2.md").arg(incident->id()).arg(slug.left(40)));
    const QString path = FileDialogs::saveFileName(this, tr("Export post-mortem"), suggested, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!PostmortemExport::write(*incident, m_service.keptSamples(incident->id()), path,
                                 m_service.clock().nowMs(), &error)) {
        showProblem(error);
        return;
    }
    spdlog::info("post-mortem of incident {} exported to {}", incident->id(), path.toStdString());
    statusBar()->showMessage(tr("Post-mortem written to %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const Incident* incident = m_service.current();
    if (incident && incident->data().status != IncidentStatus::Resolved &&
        !Questions::confirm(this, tr("Quit Incident Console"),
                            tr("The incident \"%1\" is still open. Everything recorded so far is saved; "
                               "reminders and live charts stop while the console is closed.")
                                .arg(incident->data().title),
                            tr("&Quit anyway"))) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::editEvent(qint64 eventId)
{
    Incident* incident = m_service.current();
    const int row = incident ? incident->rowOfEvent(eventId) : -1;
    if (row < 0)
        return;
    const TimelineEvent& event = incident->events().at(row);
    auto* dialog = new EditEventDialog(event.text, QDateTime::fromMSecsSinceEpoch(event.atMs), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, eventId] {
        m_service.editEvent(eventId, dialog->text(), dialog->at().toMSecsSinceEpoch());
    });
    dialog->open();
}
