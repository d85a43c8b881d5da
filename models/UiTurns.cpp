#include "UiTurns.h"

#include <QCoreApplication>

UiTurns& UiTurns::instance()
{
    static QPointer<UiTurns> turns;
    if (!turns)
        turns = new UiTurns; // goes with the application
    return *turns;
}

UiTurns::UiTurns()
    : QObject(QCoreApplication::instance())
{
    m_turn.setSingleShot(true);
    m_turn.setInterval(0);
    connect(&m_turn, &QTimer::timeout, this, &UiTurns::next);
}

void UiTurns::request(QObject* owner, std::function<void()> work)
{
    for (const Waiting& w : std::as_const(m_waiting)) {
        if (w.owner == owner)
            return;
    }
    queue(owner, std::move(work));
}

void UiTurns::queue(QObject* owner, std::function<void()> work)
{
    m_waiting.append({owner, std::move(work)});
    if (!m_turn.isActive())
        m_turn.start();
}

void UiTurns::cancel(QObject* owner)
{
    m_waiting.removeIf([owner](const Waiting& w) { return w.owner == owner || w.owner.isNull(); });
}

void UiTurns::next()
{
    while (!m_waiting.isEmpty()) {
        const Waiting w = m_waiting.takeFirst();
        if (w.owner.isNull())
            continue;
        if (!m_waiting.isEmpty())
            m_turn.start(); // the rest wait for the next pass, after whatever else is due
        w.work();
        return;
    }
}
