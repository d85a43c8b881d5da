#pragma once

#include "AlertEvaluator.h"
#include "DashboardProfile.h"
#include "FiringAlerts.h"
#include "MetricPanelData.h"
#include "network/HttpTypes.h"

#include <QHash>
#include <QObject>
#include <optional>
#include <utility>

class Clock;
class HttpReply;
class Network;
class QTimer;

// Polls Prometheus for every panel of the profile through the network layer: a full range first,
// then only what is new since the last sample. Feeds the panels and evaluates alert thresholds.
// For a past incident it shows a fixed window instead: the kept samples, completed by one range
// query, no polling, no alerts.
class MetricsController final : public QObject
{
    Q_OBJECT
public:
    MetricsController(Network& network, const Clock& clock, QObject* parent = nullptr);
    ~MetricsController() override;

    void setProfile(const DashboardProfile& profile);
    const DashboardProfile& profile() const { return m_profile; }
    const QList<MetricPanelData>& panels() const { return m_panels; }
    const FiringAlerts& firingAlerts() const { return m_firing; } // up to date when panelUpdated is emitted
    void start();
    void stop();
    void fetch(int index);
    void ensureLoadedFrom(double fromSec); // the view moved back in time
    // A past incident's window: its kept samples at once, then what Prometheus still has of it.
    void showWindow(double fromSec, double toSec, const QList<MetricPanelData>& kept);
    void followLive(); // back to polling the live window
    bool isFixedWindow() const { return m_window.has_value(); }
    bool isPolling() const; // a panel's refresh timer runs
    int msUntilNextPoll(int index) const; // -1 when the panel is not polled
    void setWindowSeconds(double seconds) { m_windowSec = seconds; }
    // Continues the alerts from the timeline's last state of each (after a restart or when an incident
    // opens), then evaluates the samples already held again, so the timeline learns what it missed.
    void restoreAlerts(const QList<TimelineEvent>& recorded);
    const AlertEvaluator& alerts() const { return m_alerts; }

Q_SIGNALS:
    void panelsReset();
    void panelUpdated(int index);
    void alertTransitions(const QList<AlertTransition>& transitions, const QString& unit);
    void samplesArrived(const PanelDefinition& panel, const QList<MetricSeries>& batch);

private:
    // The evaluator's firing alerts as transitions the wall can list (titles and legends from the panels).
    QList<AlertTransition> transitionsOf(const QList<AlertRef>& firing);
    struct Pending
    {
        int panel;
        bool full;
        double from;
        double to;
        double step;
    };
    void onResult(HttpReply* reply, const Pending& pending, const HttpResult& result);
    void request(int index, double from, double to, double step, bool full);
    void halt(); // timers stopped, requests cancelled
    void resetPanel(int index);

    Network& m_network;
    const Clock& m_clock;
    DashboardProfile m_profile;
    QList<MetricPanelData> m_panels;
    QList<QTimer*> m_timers;
    QList<double> m_loadedFrom;
    QList<double> m_wantedFrom;
    QList<double> m_answeredTo; // the end of the newest answer, on the grid that starts at m_loadedFrom
    QHash<HttpReply*, Pending> m_inFlight; // the replies are children: this going away aborts them
    AlertEvaluator m_alerts;
    FiringAlerts m_firing;
    double m_windowSec = 3600;
    bool m_running = false;
    std::optional<std::pair<double, double>> m_window;
};
