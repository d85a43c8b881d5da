#include "ChartMarkers.h"

#include "EventKind.h"
#include "IncidentData.h"
#include "TimeOffset.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
bool earlier(const ChartMarker& a, const ChartMarker& b)
{
    return a.timeSec < b.timeSec;
}
} // namespace

void ChartMarkers::reset(const QList<ChartMarker>& markers)
{
    m_markers.assign(markers.cbegin(), markers.cend());
    std::stable_sort(m_markers.begin(), m_markers.end(), earlier);
    ++m_rebuilds;
}

void ChartMarkers::insert(const ChartMarker& marker)
{
    // Events mostly arrive in time order: the place is at the end, and nothing moves.
    m_markers.insert(std::upper_bound(m_markers.begin(), m_markers.end(), marker, earlier), marker);
    ++m_changes;
}

std::vector<ChartMarker>::iterator ChartMarkers::find(const ChartMarker& marker)
{
    auto [it, end] = std::equal_range(m_markers.begin(), m_markers.end(), marker, earlier);
    for (; it != end; ++it) {
        if (it->kind == marker.kind && it->eventId == marker.eventId)
            return it;
    }
    return m_markers.end();
}

bool ChartMarkers::replace(const ChartMarker& marker)
{
    const auto it = find(marker);
    if (it == m_markers.end())
        return false;
    *it = marker;
    ++m_changes;
    return true;
}

bool ChartMarkers::remove(const ChartMarker& marker)
{
    const auto it = find(marker);
    if (it == m_markers.end())
        return false;
    m_markers.erase(it);
    ++m_changes;
    return true;
}

std::pair<size_t, size_t> ChartMarkers::within(double fromSec, double toSec) const
{
    const auto first = std::lower_bound(m_markers.cbegin(), m_markers.cend(), fromSec,
                                        [](const ChartMarker& m, double t) { return m.timeSec < t; });
    const auto last = std::upper_bound(first, m_markers.cend(), toSec,
                                       [](double t, const ChartMarker& m) { return t < m.timeSec; });
    return {static_cast<size_t>(first - m_markers.cbegin()), static_cast<size_t>(last - m_markers.cbegin())};
}

ChartMarker ChartMarkers::start(const IncidentData& d)
{
    // The post-mortem's context: its translations are kept there.
    return {d.startedMs / 1000.0, ChartMarker::Start,
            QCoreApplication::translate("PostmortemExport", "Incident started: %1").arg(d.title)};
}

ChartMarker ChartMarkers::detection(const IncidentData& d)
{
    return {d.detectedMs / 1000.0, ChartMarker::Detection, QCoreApplication::translate("PostmortemExport", "Detected")};
}

ChartMarker ChartMarkers::ofEvent(const TimelineEvent& e, qint64 startedMs)
{
    return {e.atMs / 1000.0, ChartMarker::Event,
            QStringLiteral("%1 · %2: %3").arg(TimeOffset::format(e.atMs - startedMs), EventKindInfo::label(e.kind),
                                              e.text.left(160)),
            e.id};
}

QList<ChartMarker> ChartMarkers::of(const IncidentData& d)
{
    QList<ChartMarker> markers;
    markers.reserve(d.events.size() + 2);
    markers << start(d);
    if (d.detectedMs != 0)
        markers << detection(d);
    for (const TimelineEvent& e : d.events)
        markers << ofEvent(e, d.startedMs);
    return markers;
}
