#include "IncidentWindow.h"

#include <QtGlobal>

std::pair<double, double> IncidentWindow::of(const IncidentData& d, qint64 nowMs)
{
    constexpr double margin = 900; // seconds of context before the start and after the end
    const double end = (d.resolvedMs != 0 ? d.resolvedMs : nowMs) / 1000.0;
    // The incident's own window: never the live one, never the future.
    return {d.startedMs / 1000.0 - margin, qMin(end + margin, qMax(nowMs / 1000.0, d.startedMs / 1000.0 + 60))};
}
