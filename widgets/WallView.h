#pragma once

#include "MetricPanelData.h"

#include <QPointer>
#include <QWidget>

class Clock;
class ElidingLabel;
class FiringAlerts;
class Incident;
class QHBoxLayout;
class QLabel;
class QTimer;
class Sparkline;
class WallList;

// The war-room wall: read-only, dark, high contrast, readable across a room. SEV banner, T+ clock,
// commander, next-update countdown, metric tiles with their trend, checklist progress, the alerts
// firing and the latest events. Every size follows the screen's height. Keyboard only: Esc leaves.
class WallView final : public QWidget
{
    Q_OBJECT
public:
    explicit WallView(const Clock& clock, QWidget* parent = nullptr);

    void setIncident(Incident* incident);
    void setPanels(const QList<MetricPanelData>* panels);
    void setAlerts(const FiringAlerts* alerts);
    void refresh();
    // The shared store unreachable since then (0: connected): said above everything else.
    void setConnectionLost(qint64 sinceMs);
    QLabel* connectionLabel() const { return m_connection; }
    void showOnScreen(int screenIndex); // full screen there (-1 or unknown: where it is)

    QLabel* clockLabel() const { return m_tplus; }
    QLabel* countdownLabel() const { return m_countdown; }
    ElidingLabel* titleLabel() const { return m_title; }
    QList<QLabel*> numberLabels() const; // the clock, the countdown and every shown tile's value
    QList<QLabel*> textLabels() const;   // every other label on screen with text
    QList<Sparkline*> sparklines() const; // one per shown tile
    QList<QLabel*> phaseLabels() const;   // name and progress of every checklist phase
    WallList* eventList() const { return m_events; }
    WallList* alertList() const { return m_alerts; }

    // Text heights on a 1080-line screen, scaled with the screen's height.
    static constexpr int TextPixelsAt1080 = 40;
    static constexpr int NumberPixelsAt1080 = 100;

    static double contrastRatio(const QColor& a, const QColor& b); // WCAG 2

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Tile
    {
        QWidget* frame;
        ElidingLabel* title;
        QLabel* value;
        Sparkline* trend;
        QHBoxLayout* valueRow;
        ElidingLabel* state;
    };
    struct Phase
    {
        QWidget* cell = nullptr;
        ElidingLabel* name = nullptr;
        QLabel* progress = nullptr;
    };
    QWidget* createBanner();
    QLayout* createClocks();
    QLayout* createTiles();
    QLayout* createLower();
    QLabel* makeLabel(Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
    ElidingLabel* makeElidingLabel(QWidget* parent, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
    void paint(QWidget* widget, const QColor& background, const QColor& foreground);
    void applySizes();
    void refreshHeader(qint64 now);
    void refreshTiles(qint64 now);
    void refreshPhases();
    void refreshAlerts();
    void refreshEvents();

    const Clock& m_clock;
    QPointer<Incident> m_incident;
    const QList<MetricPanelData>* m_panels = nullptr;
    const FiringAlerts* m_firing = nullptr;
    QLabel* m_connection = nullptr;
    qint64 m_connectionLostMs = 0;
    QWidget* m_banner = nullptr;
    QLabel* m_severity = nullptr;
    ElidingLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_tplus = nullptr;
    ElidingLabel* m_commanderCaption = nullptr;
    ElidingLabel* m_commander = nullptr;
    QLabel* m_countdownCaption = nullptr;
    QLabel* m_countdown = nullptr;
    QList<Tile> m_tiles;
    QHBoxLayout* m_phaseRow = nullptr;
    QHBoxLayout* m_lower = nullptr;
    QList<Phase> m_phases;
    WallList* m_alerts = nullptr;
    WallList* m_events = nullptr;
    QTimer* m_timer = nullptr;
};
