#include "MainWindow.h"

#include "AppSettings.h"
#include "ChecklistModel.h"
#include "ChecklistPanel.h"
#include "Clock.h"
#include "DataFiles.h"
#include "FileDialogs.h"
#include "Incident.h"
#include "IncidentDialogs.h"
#include "IncidentHeader.h"
#include "IncidentMarkers.h"
#include "IncidentService.h"
#include "LogCategories.h"
#include "MainMenus.h"
#include "ConflictDialogs.h"
#include "ConnectionBadge.h"
#include "MessageBar.h"
#include "MetricDashboard.h"
#include "MetricRouting.h"
#include "MetricsController.h"
#include "network/Network.h"
#include "NoteBar.h"
#include "PostmortemEditor.h"
#include "PostmortemExporter.h"
#include "ReminderBar.h"
#include "Questions.h"
#include "RunbookRuns.h"
#include "RunbooksTab.h"
#include "AlertsTab.h"
#include "AlertmanagerWatcher.h"
#include "network/AlertmanagerClient.h"
#include "AppSettings.h"
#include <QInputDialog>
#include "StatusUpdateComposer.h"
#include "StatusUpdates.h"
#include "storage/IncidentStore.h"
#include "TimelineModel.h"
#include "TimelineView.h"
#include "UpdateReminder.h"
#include "WallView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

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
    , m_problemBar(new MessageBar(this))
    , m_composer(new StatusUpdateComposer(this))
    , m_reminderBar(new ReminderBar(this))
    , m_reminder(new UpdateReminder(service, this))
    , m_exporter(new PostmortemExporter(service, this))
    , m_dialogs(new IncidentDialogs(service, this))
    , m_conflicts(new ConflictDialogs(service, *m_postmortem, this))
    , m_runbooks(new RunbooksTab(service, parts.network, this))
    , m_alerts(new AlertsTab(service, parts.network, this))
    , m_statusUpdates(new StatusUpdates(service, parts.metrics, parts.network, m_templates, m_composer, this))
{
    connect(m_problemBar->addButton(QStringLiteral("✕"), tr("Dismiss")), &QToolButton::clicked, m_problemBar,
            &QWidget::hide);

    m_tabs->addTab(m_timelineView, tr("&Timeline"));
    m_tabs->addTab(m_dashboard, tr("&Metrics"));
    m_tabs->addTab(m_composer, tr("&Status update"));
    m_tabs->addTab(m_runbooks, tr("&Runbooks"));
    m_tabs->addTab(m_alerts, tr("&Alerts"));
    m_tabs->addTab(m_postmortem, tr("&Post-mortem"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_checklistPanel);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({520, 920});

    connect(m_reminderBar, &ReminderBar::writeRequested, this, [this] { m_tabs->setCurrentWidget(m_composer); });
    connect(m_reminder, &UpdateReminder::changed, this, &MainWindow::showReminder);
    connect(m_reminder, &UpdateReminder::nudged, m_reminderBar, &ReminderBar::nudge);
    connect(m_reminder, &UpdateReminder::ticked, this, [this](qint64 nowMs) {
        if (m_tabs->currentWidget() == m_composer && nowMs / 1000 % 15 == 0)
            m_statusUpdates->refresh(); // T+ and the metrics move on while the commander writes
    });
    m_reminder->start();
    connect(m_exporter, &PostmortemExporter::failed, this, &MainWindow::showProblem);
    connect(m_dialogs, &IncidentDialogs::problem, this, &MainWindow::showProblem);
    connect(m_runbooks, &RunbooksTab::problem, this, &MainWindow::showProblem);
    connect(m_alerts, &AlertsTab::problem, this, &MainWindow::showProblem);
    connect(m_alerts, &AlertsTab::runbookRequested, this, [this](const QString& link) {
        m_runbooks->openLink(link);
        m_tabs->setCurrentWidget(m_runbooks);
    });
    connect(m_alerts, &AlertsTab::firingCountChanged, this, [this](int firing) {
        m_tabs->setTabText(m_tabs->indexOf(m_alerts), firing > 0 ? tr("&Alerts (%1)").arg(firing) : tr("&Alerts"));
    });
    m_alerts->setSource(parts.alertmanager);
    connect(m_dialogs, &IncidentDialogs::done, this, [this](const QString& message) {
        m_problemBar->hide();
        statusBar()->showMessage(message, 4000);
    });
    connect(m_exporter, &PostmortemExporter::exported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Post-mortem written to %1").arg(QDir::toNativeSeparators(path)), 6000);
    });
    connect(m_statusUpdates, &StatusUpdates::problem, this, &MainWindow::showProblem);
    connect(m_statusUpdates, &StatusUpdates::published, this, [this](int nextDueMinutes) {
        statusBar()->showMessage(tr("Status update recorded; the next one is due in %1 minutes").arg(nextDueMinutes), 6000);
        m_reminder->check();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_composer)
            m_statusUpdates->refresh();
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
    connect(m_timelineView, &TimelineView::editRequested, m_dialogs, &IncidentDialogs::editEvent);
    connect(m_timelineView, &TimelineView::runbookRequested, this, &MainWindow::openAlertRunbook);
    // Earlier versions are read off the UI thread, once per edit; the details say "reading" meanwhile.
    m_timelineModel->setRevisionSource([this](qint64 eventId) -> std::optional<QList<TimelineEvent>> {
        const Incident* incident = m_service.current();
        const int row = incident ? incident->rowOfEvent(eventId) : -1;
        const int revisions = row >= 0 ? incident->events().at(row).revisions : 0;
        if (const auto known = m_revisionCache.constFind(eventId); known != m_revisionCache.cend() && known->first == revisions)
            return known->second;
        if (!m_revisionsAsked.contains(eventId)) {
            m_revisionsAsked.insert(eventId, revisions);
            m_service.requestRevisions(eventId);
        }
        return std::nullopt;
    });
    connect(&m_service, &IncidentService::revisionsArrived, this, [this](qint64 eventId, const QList<TimelineEvent>& earlier) {
        m_revisionCache.insert(eventId, {m_revisionsAsked.take(eventId), earlier});
        // Queued: the answer may come while the model is being asked (no writer: at once).
        QMetaObject::invokeMethod(m_timelineModel, [model = m_timelineModel, eventId] { model->revisionsArrived(eventId); },
                                  Qt::QueuedConnection);
    });
    connect(m_noteBar, &NoteBar::noteSubmitted, this, &MainWindow::recordNote);
    connect(m_postmortem, &PostmortemEditor::saveRequested, this,
            [this](const PostmortemFields& fields) {
                if (m_service.savePostmortem(fields, m_conflicts->postmortemBase())) {
                    m_conflicts->acceptSaved();
                    statusBar()->showMessage(m_service.isOffline()
                                                 ? tr("Post-mortem kept on this seat: it is sent when the shared store is back")
                                                 : tr("Post-mortem saved"),
                                             3000);
                }
            });
    connect(&m_service, &IncidentService::failed, this, &MainWindow::showProblem);
    connect(&m_service, &IncidentService::currentChanged, this, &MainWindow::showIncident);
    connect(&m_service, &IncidentService::opening, this, [this](qint64 incidentId) {
        statusBar()->showMessage(tr("Opening incident %1…").arg(incidentId), 5000);
    });

    m_postmortem->setScenarioTemplates(m_templates.scenarios);
    m_incidentActions = MainMenus::build(*this, m_service);
    connectMetrics();
    statusBar()->addPermanentWidget(new QLabel(tr("Store: %1").arg(QDir::toNativeSeparators(m_service.store().path())), this));
    auto* connection = new ConnectionBadge(this);
    statusBar()->addPermanentWidget(connection);
    auto showConnection = [this, connection] {
        connection->setState(m_service.offlineSinceMs(), m_service.waitingCount());
        if (m_wall)
            m_wall->setConnectionLost(m_service.offlineSinceMs());
    };
    connect(&m_service, &IncidentService::connectionChanged, this, showConnection);
    showConnection();
    resize(1440, 900);
    showIncident(m_service.current());
    m_statusUpdates->refresh();
    m_routing->showIncident();
    QTimer::singleShot(0, m_routing, &MetricRouting::continueAlerts);
}

MainWindow::~MainWindow()
{
    // Now, while this window still takes the service's signals: its runs are recorded as cancelled.
    delete m_runbooks->runs();
}

void MainWindow::showComposer()
{
    m_tabs->setCurrentWidget(m_composer);
    if (QLineEdit* first = m_composer->findChild<QLineEdit*>())
        first->setFocus();
}

void MainWindow::connectMetrics()
{
    m_dashboard->setMarkers(m_markers);
    m_dashboard->setPanels(m_metrics ? &m_metrics->panels() : nullptr);
    if (m_metrics) {
        auto showProfile = [this] {
            m_dashboard->setPanels(&m_metrics->panels());
            m_dashboard->setSourceText(tr("Profile: %1 · Prometheus: %2")
                                           .arg(m_metrics->profile().name,
                                                m_metrics->profile().prometheus.toDisplayString(QUrl::RemoveUserInfo)));
        };
        showProfile();
        // Before the routing's own reaction to a new profile: the panels are in place when it picks their time.
        connect(m_metrics, &MetricsController::panelsReset, this, showProfile);
        connect(m_metrics, &MetricsController::panelUpdated, m_dashboard, &MetricDashboard::panelUpdated);
        connect(m_dashboard, &MetricDashboard::rangeWanted, m_metrics, &MetricsController::ensureLoadedFrom);
    }
    m_routing = new MetricRouting(m_service, m_metrics, this);
    connect(m_routing, &MetricRouting::followingLive, m_dashboard, &MetricDashboard::followNow);
    connect(m_routing, &MetricRouting::showingWindow, m_dashboard, &MetricDashboard::showFixedWindow);
    connect(m_routing, &MetricRouting::problem, this, &MainWindow::showProblem);
}

void MainWindow::openDashboardProfile()
{
    if (!m_metrics)
        return;
    const QString path = FileDialogs::openFileName(this, tr("Open dashboard profile"), QString(),
                                                   tr("Dashboard profiles (*.yaml *.yml *.json)"));
    if (!path.isEmpty() && m_routing->openProfile(path))
        m_tabs->setCurrentWidget(m_dashboard);
}

void MainWindow::setAlertmanager()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Alertmanager"),
                                              tr("Alertmanager's URL (its web address, e.g. http://alertmanager:9093); "
                                                 "empty for none:"),
                                              QLineEdit::Normal, m_alerts->source().url.toString(), &ok)
                            .trimmed();
    if (!ok)
        return;
    const AlertmanagerSource source = AlertmanagerClient::withUrl(m_alerts->source(), QUrl(url, QUrl::StrictMode));
    if (!url.isEmpty() && (!source.url.isValid() || !source.url.scheme().startsWith(QLatin1String("http")))) {
        showProblem(tr("\"%1\" is not an http:// or https:// URL; the Alertmanager stays as it was.").arg(url));
        return;
    }
    AppSettings::setAlertmanager(url);
    m_alerts->setSource(source);
    m_tabs->setCurrentWidget(m_alerts);
}

void MainWindow::openRunbook(const QString& path)
{
    m_runbooks->open(path);
    m_tabs->setCurrentWidget(m_runbooks);
}

void MainWindow::openAlertRunbook(qint64 eventId)
{
    const Incident* incident = m_service.current();
    const int row = incident ? incident->rowOfEvent(eventId) : -1;
    if (row < 0)
        return;
    const AlertRef& alert = incident->events().at(row).alert;
    if (!alert.isSet()) {
        showProblem(tr("This event is not an alert the console evaluated, so no rule names its runbook."));
        return;
    }
    QString link = m_metrics ? m_metrics->profile().runbookUrlFor(alert.panelId, alert.rule) : QString();
    if (AmAlert::isAlertmanagerRef(alert) && m_alerts->watcher()) {
        // Alertmanager's alert carries its own runbook_url while it fires.
        for (const AmAlert& firing : m_alerts->watcher()->last().alerts()) {
            if (firing.ref(true).alertKey() == alert.alertKey())
                link = firing.runbookUrl();
        }
    }
    if (link.isEmpty()) {
        showProblem(tr("The rule %1 has no runbook_url annotation. Add one to it in the alerting rules, naming a "
                       "runbook file or its URL.")
                        .arg(alert.rule));
        return;
    }
    m_runbooks->openLink(link);
    m_tabs->setCurrentWidget(m_runbooks);
}

void MainWindow::openRunbookFile()
{
    const QString path = FileDialogs::openFileName(this, tr("Open runbook"), DataFiles::userRunbooksDirectory(),
                                                   tr("Markdown runbooks (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        openRunbook(path);
}

QString MainWindow::reminderText() const
{
    return m_reminderBar->text();
}

void MainWindow::showReminder(const UpdateReminder::Reminder& reminder)
{
    m_reminderBar->showReminder(reminder.state, reminder.text);
    const Incident* incident = m_service.current();
    const QString title = incident ? tr("Incident Console — %1").arg(incident->data().title) : tr("Incident Console");
    setWindowTitle(reminder.text.isEmpty() ? title : QStringLiteral("⚠ ") + title);
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
    m_wall->setConnectionLost(m_service.offlineSinceMs());
    m_wall->showOnScreen(screenIndex);
}

void MainWindow::showIncident(Incident* incident)
{
    if (m_wall)
        m_wall->setIncident(incident);
    m_markers->setIncident(incident);
    m_timelineModel->setIncident(incident);
    m_checklistModel->setIncident(incident);
    m_header->setIncident(incident);
    m_checklistPanel->setTitle(incident ? incident->checklist().title : QString());
    m_checklistPanel->view()->expandAll();
    m_conflicts->showPostmortem();
    m_postmortem->setEnabledForIncident(incident != nullptr);
    m_noteBar->setEnabled(incident != nullptr);
    for (QAction* action : std::as_const(m_incidentActions))
        action->setEnabled(incident != nullptr);
    m_timelineView->table()->scrollToBottom();
    m_reminder->check();
    if (incident) {
        AppSettings::setLastIncident(m_service.store().path(), incident->id());
        if (!incident->checklistError().isEmpty())
            showProblem(tr("The checklist of this incident could not be read: %1").arg(incident->checklistError()));
    }
}

void MainWindow::showProblem(const QString& message)
{
    qCWarning(lcApp, "%s", qUtf8Printable(message));
    m_problemBar->showMessage(message, QStringLiteral("background: #fdecea; color: #8a1c1c;"));
}

QString MainWindow::problemText() const
{
    return m_problemBar->text();
}

void MainWindow::recordNote(const QString& text)
{
    // The text stays in the field until the store has it, so a failure loses nothing.
    if (m_service.addNote(text)) {
        m_noteBar->edit()->clear();
        m_problemBar->hide();
    }
}

void MainWindow::openDemo()
{
    if (m_service.openDemo(m_demoJson))
        statusBar()->showMessage(tr("Demo incident recorded as a new incident; explore every view"), 5000);
}

void MainWindow::exportPostmortem()
{
    if (!m_service.current())
        return;
    const QString suggested =
        m_exporter->suggestedPath(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    const QString path = FileDialogs::saveFileName(this, tr("Export post-mortem"), suggested, tr("Markdown (*.md)"));
    if (!path.isEmpty())
        m_exporter->exportTo(path);
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

