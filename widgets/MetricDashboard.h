#pragma once

#include "MetricPanelData.h"

#include <QWidget>

class Clock;
class IncidentMarkers;
class MetricChart;
class QButtonGroup;
class QGridLayout;
class QLabel;
class QTimer;
class QToolButton;

// A grid of metric panels sharing one time range: presets (15 m, 1 h, 6 h, 24 h), zoom and pan by
// mouse or keyboard, and one key (L or End) back to live, or to a past incident's own window.
class MetricDashboard final : public QWidget
{
    Q_OBJECT
public:
    MetricDashboard(const Clock& clock, QWidget* parent = nullptr);

    void setPanels(const QList<MetricPanelData>* panels);
    void panelUpdated(int index);
    void setMarkers(const IncidentMarkers* markers); // not owned; charts follow its changes one by one
    void setSourceText(const QString& text);

    void setSpan(int seconds);
    void goLive(); // back to now, or to the fixed window of a past incident
    // A past incident: show its own window [fromSec, toSec], the badges at readoutSec; nothing follows now.
    void showFixedWindow(double fromSec, double toSec, double readoutSec);
    void followNow(); // live again
    bool isFixedWindow() const { return m_fixedTo > 0; }
    int checkedPreset() const; // seconds of the lit preset button, 0 when none matches the window
    void zoom(double factor);
    void pan(double fraction);
    bool isLive() const { return m_live; }
    double from() const { return m_from; }
    double to() const { return m_to; }
    int chartCount() const { return static_cast<int>(m_charts.size()); }
    MetricChart* chart(int index) const { return m_charts.at(index); }

Q_SIGNALS:
    void rangeWanted(double fromSec); // data older than what is loaded is needed

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyRange(double from, double to, bool live);
    double anchor() const; // where a following window ends: now, or the past incident's end
    void tick();
    void updateOnScreen();

    const Clock& m_clock;
    const QList<MetricPanelData>* m_panels = nullptr;
    QList<MetricChart*> m_charts;
    QGridLayout* m_grid;
    class QScrollArea* m_scroll = nullptr;
    QLabel* m_source;
    QLabel* m_empty;
    QButtonGroup* m_presets;
    QToolButton* m_liveButton;
    QTimer* m_timer;
    double m_from = 0;
    double m_to = 0;
    double m_span = 3600;
    double m_liveSpan = 3600; // the span to return to when a past incident is left
    double m_fixedFrom = 0;
    double m_fixedTo = 0;
    double m_fixedReadout = 0;
    bool m_live = true;
    const IncidentMarkers* m_markers = nullptr;
};
