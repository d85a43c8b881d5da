#include "ReplotTurns.h"

#include <QCoreApplication>

ReplotTurns& ReplotTurns::instance()
{
    static QPointer<ReplotTurns> turns;
    if (!turns)
        turns = new ReplotTurns; // goes with the application
    return *turns;
}

ReplotTurns::ReplotTurns()
    : QObject(QCoreApplication::instance())
{
    m_turn.setSingleShot(true);
    m_turn.setInterval(0);
    connect(&m_turn, &QTimer::timeout, this, &ReplotTurns::next);
}

void ReplotTurns::request(QObject* chart, std::function<void()> replot)
{
    for (const Waiting& w : std::as_const(m_waiting)) {
        if (w.chart == chart)
            return;
    }
    m_waiting.append({chart, std::move(replot)});
    if (!m_turn.isActive())
        m_turn.start();
}

void ReplotTurns::cancel(QObject* chart)
{
    m_waiting.removeIf([chart](const Waiting& w) { return w.chart == chart || w.chart.isNull(); });
}

void ReplotTurns::next()
{
    while (!m_waiting.isEmpty()) {
        const Waiting w = m_waiting.takeFirst();
        if (w.chart.isNull())
            continue;
        if (!m_waiting.isEmpty())
            m_turn.start(); // the rest wait for the next pass, after whatever else is due
        w.replot();
        return;
    }
}
