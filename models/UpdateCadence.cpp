#include "UpdateCadence.h"

qint64 UpdateCadence::lastUpdateMs(const IncidentData& incident)
{
    for (auto it = incident.events.crbegin(); it != incident.events.crend(); ++it) {
        if (it->kind == EventKind::StatusUpdate)
            return it->atMs;
    }
    // No update yet: the clock runs from the declaration (the first status event; alerts may come
    // earlier), else from the start.
    for (const TimelineEvent& e : incident.events) {
        if (e.kind == EventKind::Status)
            return qMax(incident.startedMs, e.atMs);
    }
    return incident.startedMs;
}

qint64 UpdateCadence::nextDueMs(const IncidentData& incident, int cadenceMinutes)
{
    return lastUpdateMs(incident) + qint64(cadenceMinutes) * 60'000;
}

UpdateCadence::State UpdateCadence::state(const IncidentData& incident, int cadenceMinutes, qint64 nowMs)
{
    if (incident.status == IncidentStatus::Resolved || cadenceMinutes <= 0)
        return State::None;
    const qint64 late = nowMs - nextDueMs(incident, cadenceMinutes);
    if (late < 0)
        return State::OnTrack;
    if (late < DueGraceMs)
        return State::Due;
    if (late < qint64(cadenceMinutes) * 60'000)
        return State::Overdue;
    return State::LongOverdue; // a whole cycle missed
}

QString UpdateCadence::countdownText(const IncidentData& incident, int cadenceMinutes, qint64 nowMs)
{
    if (state(incident, cadenceMinutes, nowMs) == State::None)
        return tr("No updates due");
    const qint64 remaining = nextDueMs(incident, cadenceMinutes) - nowMs;
    const qint64 seconds = qAbs(remaining) / 1000;
    const QString clock = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return remaining >= 0 ? tr("Next update in %1").arg(clock) : tr("Update overdue by %1").arg(clock);
}
