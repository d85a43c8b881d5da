#pragma once

#include "IncidentData.h"

#include <utility>

// The stretch of time an incident's charts show: start − 15 min to (resolution, or now) + 15 min,
// never past now. Seconds since the epoch.
namespace IncidentWindow {
std::pair<double, double> of(const IncidentData& incident, qint64 nowMs);
}
