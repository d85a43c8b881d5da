#pragma once

#include <QMainWindow>

class ChecklistModel;
class ChecklistPanel;
class Incident;
class IncidentHeader;
class IncidentService;
class MetricDashboard;
class MetricsController;
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
    MainWindow(IncidentService& service, MetricsController* metrics, QByteArray demoJson, QWidget* parent = nullptr);

    void declareIncident();
    void openIncident();
    void openDemo();
    void exportPostmortem();
    void editEvent(qint64 eventId);
    void openDashboardProfile();

    IncidentHeader* header() const { return m_header; }
    ChecklistPanel* checklistPanel() const { return m_checklistPanel; }
    TimelineView* timelineView() const { return m_timelineView; }
    NoteBar* noteBar() const { return m_noteBar; }
    PostmortemEditor* postmortemEditor() const { return m_postmortem; }
    MetricDashboard* dashboard() const { return m_dashboard; }
    QString problemText() const;

Q_SIGNALS:
    void languageChangeRequested(const QString& language);

private:
    void createMenus();
    void showIncident(Incident* incident);
    void showProblem(const QString& message);
    void recordNote(const QString& text);
    void connectMetrics();
    void updateMarkers();

    IncidentService& m_service;
    MetricsController* m_metrics;
    MetricDashboard* m_dashboard;
    QTimer* m_markerDebounce;
    QByteArray m_demoJson;
    TimelineModel* m_timelineModel;
    ChecklistModel* m_checklistModel;
    IncidentHeader* m_header;
    ChecklistPanel* m_checklistPanel;
    TimelineView* m_timelineView;
    PostmortemEditor* m_postmortem;
    NoteBar* m_noteBar;
    QTabWidget* m_tabs;
    QWidget* m_problemBar;
    QLabel* m_problemLabel;
    QList<QAction*> m_incidentActions;
};
