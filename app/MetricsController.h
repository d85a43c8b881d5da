#pragma once

#include "AlertEvaluator.h"
#include "DashboardProfile.h"
#include "MetricPanelData.h"
#include "network/HttpTypes.h"

#include <QHash>
#include <QObject>

class Clock;
class Network;
class QTimer;

// Polls Prometheus for every panel of the profile through the network layer: a full range first,
// then only what is new since the last sample. Feeds the panels and evaluates alert thresholds.
class MetricsController final : public QObject
{
    Q_OBJECT
public:
    MetricsController(Network& network, const Clock& clock, QObject* parent = nullptr);
    ~MetricsController() override;

    void setProfile(const DashboardProfile& profile);
    const DashboardProfile& profile() const { return m_profile; }
    const QList<MetricPanelData>& panels() const { return m_panels; }
    void start();
    void stop();
    void fetch(int index);
    void ensureLoadedFrom(double fromSec); // the view moved back in time
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
    struct Pending
    {
        int panel;
        bool full;
        double from;
        double to;
        double step;
    };
    void onResult(const HttpResult& result);
    void request(int index, double from, double to, double step, bool full);

    Network& m_network;
    const Clock& m_clock;
    DashboardProfile m_profile;
    QList<MetricPanelData> m_panels;
    QList<QTimer*> m_timers;
    QList<double> m_loadedFrom;
    QList<double> m_wantedFrom;
    QList<double> m_answeredTo; // the end of the newest answer, on the grid that starts at m_loadedFrom
    QHash<quint64, Pending> m_inFlight;
    AlertEvaluator m_alerts;
    double m_windowSec = 3600;
    bool m_running = false;
};
