#pragma once

#include "ChartMarkers.h"

#include <QObject>
#include <QPointer>

class Incident;

// Keeps the charts' markers in step with the open incident, one event at a time: a new event adds one
// marker, an edited one replaces its own. Only a moved start (every T+ changes) rebuilds them all.
class IncidentMarkers final : public QObject
{
    Q_OBJECT
public:
    explicit IncidentMarkers(QObject* parent = nullptr);

    void setIncident(const Incident* incident); // not owned; nullptr: no markers
    const ChartMarkers& markers() const { return m_markers; }

Q_SIGNALS:
    void reset();                // all markers changed
    void changed(double atSec);  // one marker at this moment appeared, changed or went

private:
    void rebuild();
    void headerChanged();

    QPointer<const Incident> m_incident;
    QList<QMetaObject::Connection> m_connections;
    ChartMarkers m_markers;
    qint64 m_startedMs = 0;
    qint64 m_detectedMs = 0;
};
