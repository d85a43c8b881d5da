#pragma once

#include <QString>

// The one T+ notation of every view and export: T+0:15:16, and T+1d 2:03:04 past a day.
namespace TimeOffset {
QString format(qint64 offsetMs);
// Durations in the metadata table: 1.5m, 2h 5m, 3d 4h.
QString formatDuration(qint64 durationMs);
} // namespace TimeOffset
