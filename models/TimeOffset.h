#pragma once

#include <QString>

// T+ offsets in the post-mortem notation of seed 001: T+0m, T+1.5m, T+180m, T+1d.
namespace TimeOffset {
QString format(qint64 offsetMs);
// Durations in the metadata table: 1.5m, 2h 5m, 3d 4h.
QString formatDuration(qint64 durationMs);
} // namespace TimeOffset
