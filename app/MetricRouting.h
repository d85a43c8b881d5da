#pragma once

#include <QObject>

#include <utility>

class Incident;
class IncidentService;
class MetricsController;

// Routes between the metrics and the incident: alert transitions and samples go to the service, the
// evaluator continues from what the timeline recorded, and the charts show the open incident's time:
// live while it runs, its own window from the kept samples once it is resolved.
class MetricRouting final : public QObject
{
    Q_OBJECT
public:
    MetricRouting(IncidentService& service, MetricsController* metrics, QObject* parent = nullptr);

    void showIncident(); // the service's current incident, or live when none; follows it from then on
    bool openProfile(const QString& path); // the panels of a dashboard profile file, polled from now on
    void continueAlerts();

Q_SIGNALS:
    void followingLive();
    void showingWindow(double fromSec, double toSec, double readoutSec); // a resolved incident's own window
    void problem(const QString& message);

private:
    IncidentService& m_service;
    MetricsController* m_metrics; // may be missing: no profile
    std::pair<double, double> m_pastWindow; // its charts' time, seconds
    qint64 m_shownFor = -1;       // the resolved incident whose window is shown; 0: live; -1: not yet known
};
