#include "IncidentMarkers.h"

#include "Incident.h"

IncidentMarkers::IncidentMarkers(QObject* parent)
    : QObject(parent)
{
}

void IncidentMarkers::setIncident(const Incident* incident)
{
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_incident = incident;
    if (incident) {
        auto event = [this](int row) {
            return ChartMarkers::ofEvent(m_incident->events().at(row), m_incident->data().startedMs);
        };
        m_connections << connect(incident, &Incident::eventInserted, this, [this, event](int row) {
            const ChartMarker m = event(row);
            m_markers.insert(m);
            Q_EMIT changed(m.timeSec);
        });
        m_connections << connect(incident, &Incident::eventChanged, this, [this, event](int row) {
            const ChartMarker m = event(row);
            if (!m_markers.replace(m))
                m_markers.insert(m);
            Q_EMIT changed(m.timeSec);
        });
        // Before it goes, while its time and id can still be read.
        m_connections << connect(incident, &Incident::eventAboutToBeRemoved, this, [this, event](int row) {
            const ChartMarker m = event(row);
            if (m_markers.remove(m))
                Q_EMIT changed(m.timeSec);
        });
        m_connections << connect(incident, &Incident::headerChanged, this, &IncidentMarkers::headerChanged);
    }
    rebuild();
}

void IncidentMarkers::rebuild()
{
    if (!m_incident) {
        m_markers.reset({});
    } else {
        const IncidentData& d = m_incident->data();
        m_markers.reset(ChartMarkers::of(d));
        m_startedMs = d.startedMs;
        m_detectedMs = d.detectedMs;
    }
    Q_EMIT reset();
}

void IncidentMarkers::headerChanged()
{
    if (!m_incident)
        return;
    const IncidentData& d = m_incident->data();
    if (d.startedMs != m_startedMs) {
        rebuild(); // every event's T+ counts from the start
        return;
    }
    // SEV and status changes leave the markers alone; a new detection time moves one.
    if (d.detectedMs != m_detectedMs) {
        IncidentData before;
        before.detectedMs = m_detectedMs;
        if (m_detectedMs != 0 && m_markers.remove(ChartMarkers::detection(before)))
            Q_EMIT changed(m_detectedMs / 1000.0);
        m_detectedMs = d.detectedMs;
        if (d.detectedMs != 0) {
            m_markers.insert(ChartMarkers::detection(d));
            Q_EMIT changed(d.detectedMs / 1000.0);
        }
    }
}
