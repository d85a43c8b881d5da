#pragma once

#include "DashboardProfile.h"
#include "MetricSeries.h"

#include <QList>
#include <QString>

// What one chart panel holds: its definition, its series and how the last fetch went.
struct MetricPanelData
{
    PanelDefinition definition;
    QList<MetricSeries> series;
    QString problem;         // why the panel has no fresh data, in words; empty when fine
    qint64 lastSuccessMs = 0; // wall clock of the last good answer
    double stepSec = 0;

    MetricSeries* find(const QString& key);
    bool isStale(qint64 nowMs) const { return lastSuccessMs == 0 || nowMs - lastSuccessMs > 2LL * definition.refreshMs; }
    double latestValue(QString* legend = nullptr) const; // the newest sample of any series
    double valueAt(double timeSec, QString* legend = nullptr) const; // the newest at or before a moment
    MetricState state() const { return definition.stateOf(latestValue()); }
};

// Marks on the time axis: the incident's start, its detection, and every timeline event.
struct ChartMarker
{
    enum Kind { Start, Detection, Event };
    double timeSec = 0;
    Kind kind = Event;
    QString label;
    qint64 eventId = 0; // the timeline event's id; 0 for the start and the detection
};
