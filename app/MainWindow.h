#pragma once

#include "ReportTemplates.h"
#include "UpdateReminder.h"
#include "WallView.h"
#include "network/HttpTypes.h"
#include "AlertmanagerAlert.h"

#include <QMainWindow>
#include <QHash>
#include <QPointer>

class ChecklistModel;
class ChecklistPanel;
class Incident;
class ConflictDialogs;
class IncidentDialogs;
class IncidentHeader;
class IncidentMarkers;
class IncidentService;
class MetricDashboard;
class MetricRouting;
class MetricsController;
class PostmortemExporter;
class Network;
class StatusUpdateComposer;
class StatusUpdates;
class RunbooksTab;
class AlertsTab;
class RunbookLibrary;
class RunbookPanel;
class SessionVariables;
class QListWidget;
struct Runbook;

class MessageBar;
class ReminderBar;
class NoteBar;
class PostmortemEditor;
class QLabel;
class QTabWidget;
class QTimer;
class QWidget;
class TimelineModel;
class TimelineView;

// The commander's workstation: composes the views and routes every user intent to the service.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // What the window works with besides the incident service; any of them may be missing in tests.
    struct Parts
    {
        MetricsController* metrics = nullptr;
        Network* network = nullptr; // posts status updates to the webhook
        ReportTemplates templates;
        QByteArray demoJson;
        AlertmanagerSource alertmanager = {}; // unset: the Alerts tab says how to set one
    };
    MainWindow(IncidentService& service, Parts parts, QWidget* parent = nullptr);
    ~MainWindow() override;

    void openDemo();
    void exportPostmortem();
    void openDashboardProfile();
    void openWallView(int screenIndex = -1);
    void showComposer(); // the status update tab, its first field focused
    void openRunbook(const QString& path);
    void openRunbookFile();
    void openAlertRunbook(qint64 eventId); // the runbook_url of the rule the alert event came from

    IncidentHeader* header() const { return m_header; }
    ChecklistPanel* checklistPanel() const { return m_checklistPanel; }
    TimelineView* timelineView() const { return m_timelineView; }
    NoteBar* noteBar() const { return m_noteBar; }
    PostmortemEditor* postmortemEditor() const { return m_postmortem; }
    MetricDashboard* dashboard() const { return m_dashboard; }
    StatusUpdateComposer* composer() const { return m_composer; }
    RunbooksTab* runbooks() const { return m_runbooks; }
    AlertsTab* alerts() const { return m_alerts; }
    void setAlertmanager(); // asks for a URL, keeps it in the settings
    IncidentDialogs* dialogs() const { return m_dialogs; }
    UpdateReminder* reminder() const { return m_reminder; }
    QString reminderText() const;
    WallView* wallView() const { return m_wall; }
    QString problemText() const;

Q_SIGNALS:
    void languageChangeRequested(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showIncident(Incident* incident);
    void showProblem(const QString& message);
    void recordNote(const QString& text);
    void connectMetrics();
    void showReminder(const UpdateReminder::Reminder& reminder);

    IncidentService& m_service;
    MetricsController* m_metrics;
    Network* m_network;
    ReportTemplates m_templates;
    QByteArray m_demoJson;
    MetricDashboard* m_dashboard;
    IncidentMarkers* m_markers;
    MetricRouting* m_routing = nullptr;
    TimelineModel* m_timelineModel;
    QHash<qint64, std::pair<int, QList<TimelineEvent>>> m_revisionCache; // event -> (its revisions then, earlier versions)
    QHash<qint64, int> m_revisionsAsked;                                  // event -> its revisions when asked
    ChecklistModel* m_checklistModel;
    IncidentHeader* m_header;
    ChecklistPanel* m_checklistPanel;
    TimelineView* m_timelineView;
    PostmortemEditor* m_postmortem;
    NoteBar* m_noteBar;
    QTabWidget* m_tabs;
    MessageBar* m_problemBar;
    QList<QAction*> m_incidentActions;
    StatusUpdateComposer* m_composer;
    ReminderBar* m_reminderBar;
    UpdateReminder* m_reminder;
    PostmortemExporter* m_exporter;
    IncidentDialogs* m_dialogs;
    ConflictDialogs* m_conflicts;
    QPointer<WallView> m_wall;
    RunbooksTab* m_runbooks;
    AlertsTab* m_alerts;
    StatusUpdates* m_statusUpdates;
};
