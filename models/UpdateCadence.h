#pragma once

#include "IncidentData.h"

#include <QCoreApplication>

// When the next status update is due, from the last one published (or the declaration) and the
// SEV's cadence; and how insistently to remind. Pure: the caller passes the time.
class UpdateCadence
{
    Q_DECLARE_TR_FUNCTIONS(UpdateCadence)
public:
    enum class State { None, OnTrack, Due, Overdue, LongOverdue };

    static constexpr qint64 DueGraceMs = 5 * 60'000; // "due" for five minutes, then "overdue"

    static qint64 lastUpdateMs(const IncidentData& incident);
    static qint64 nextDueMs(const IncidentData& incident, int cadenceMinutes);
    static State state(const IncidentData& incident, int cadenceMinutes, qint64 nowMs);
    static QString countdownText(const IncidentData& incident, int cadenceMinutes, qint64 nowMs);
};
