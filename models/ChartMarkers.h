#pragma once

#include "MetricPanelData.h"

#include <utility>
#include <vector>

struct IncidentData;
struct TimelineEvent;

// The incident's marks on the time axis, kept in time order: a chart finds the visible ones by binary
// search, and one timeline event changes one marker instead of the whole set.
class ChartMarkers
{
public:
    ChartMarkers() = default;
    explicit ChartMarkers(const QList<ChartMarker>& markers) { reset(markers); }

    void reset(const QList<ChartMarker>& markers); // everything anew: another incident, a moved start
    void insert(const ChartMarker& marker);
    bool replace(const ChartMarker& marker); // the one of the same kind and event at the same time
    bool remove(const ChartMarker& marker);  // likewise; the label does not matter

    const std::vector<ChartMarker>& all() const { return m_markers; }
    size_t size() const { return m_markers.size(); }
    // Indexes [first, last) into all() of the markers with fromSec <= time <= toSec.
    std::pair<size_t, size_t> within(double fromSec, double toSec) const;
    int rebuilds() const { return m_rebuilds; } // how often reset() replaced them all
    int changes() const { return m_changes; }   // markers inserted, replaced or removed one at a time

    // An incident's markers: its start, its detection and one per timeline event.
    static QList<ChartMarker> of(const IncidentData& incident);
    static ChartMarker start(const IncidentData& incident);
    static ChartMarker detection(const IncidentData& incident); // only when detectedMs != 0
    static ChartMarker ofEvent(const TimelineEvent& event, qint64 startedMs);

private:
    std::vector<ChartMarker>::iterator find(const ChartMarker& marker);

    std::vector<ChartMarker> m_markers;
    int m_rebuilds = 0;
    int m_changes = 0;
};
