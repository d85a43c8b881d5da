#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <cstdio>

bool FirstPaintProbe::wanted()
{
    return qEnvironmentVariableIsSet("IC_REPORT_FIRST_PAINT");
}

FirstPaintProbe::FirstPaintProbe(QWidget* window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject*, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // The window and its children are painted and flushed in this pass; the next turn of the loop is after it.
        QTimer::singleShot(0, this, [] {
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            std::printf("first-paint %lld\n",
                        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            std::fflush(stdout);
            QCoreApplication::exit(0); // not quit(): that would ask to close the open incident first
        });
    }
    return false;
}
