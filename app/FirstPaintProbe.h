#pragma once

#include <QObject>

class QWidget;

// For the start-up benchmark: when IC_REPORT_FIRST_PAINT is set, the console prints
// "first-paint <steady clock ns>" once its window has been painted for the first time, then quits.
// The steady clock is the system's monotonic one, so the benchmark can compare it with the moment it
// started the process.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
public:
    static bool wanted();
    explicit FirstPaintProbe(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_seen = false;
};
