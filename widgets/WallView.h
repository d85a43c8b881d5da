#pragma once

#include "MetricPanelData.h"

#include <QPointer>
#include <QWidget>

class Clock;
class Incident;
class QGridLayout;
class QLabel;
class QTimer;

// The war-room wall: read-only, dark, high contrast, readable across a room. SEV banner, T+ clock,
// next-update countdown, metric tiles, checklist progress and the latest events. Keyboard only: Esc leaves.
class WallView final : public QWidget
{
    Q_OBJECT
public:
    explicit WallView(const Clock& clock, QWidget* parent = nullptr);

    void setIncident(Incident* incident);
    void setPanels(const QList<MetricPanelData>* panels);
    void refresh();

    QLabel* clockLabel() const { return m_tplus; }
    QLabel* countdownLabel() const { return m_countdown; }
    QList<QLabel*> numberLabels() const; // the clock, the countdown and every tile's value
    QList<QLabel*> textLabels() const;   // everything else that is shown

    static double contrastRatio(const QColor& a, const QColor& b); // WCAG 2

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Tile
    {
        QWidget* frame;
        QLabel* title;
        QLabel* value;
        QLabel* state;
    };
    QLabel* makeLabel(Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
    void paint(QLabel* label, const QColor& background, const QColor& foreground);
    void applySizes();

    const Clock& m_clock;
    QPointer<Incident> m_incident;
    const QList<MetricPanelData>* m_panels = nullptr;
    QLabel* m_banner;
    QLabel* m_clockCaption;
    QLabel* m_tplus;
    QLabel* m_countdownCaption;
    QLabel* m_countdown;
    QList<Tile> m_tiles;
    QList<QLabel*> m_phases;
    QList<QLabel*> m_events;
    QLabel* m_hint;
    QTimer* m_timer;
};
