#pragma once

#include "IncidentData.h"
#include "MetricPanelData.h"

#include <utility>

#include <QCoreApplication>
#include <QString>

class Incident;

// Writes the post-mortem atomically: the old file stays intact unless the new one is complete.
class PostmortemExport
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemExport)
public:
    // Charts of the kept metric samples are rendered to PNG files in "<name>-charts/" beside the Markdown.
    static bool write(const Incident& incident, const QList<MetricPanelData>& panels, const QString& path,
                      qint64 nowMs, QString* error);
    // Seconds since the epoch the charts span: start − 15 min to (resolution, or now) + 15 min, not past now.
    static std::pair<double, double> chartWindow(const IncidentData& incident, qint64 nowMs);
    // Why the path must not be written (the store, a device, a pipe, a folder), or empty.
    static QString refusal(const QString& path);
    static QList<ChartMarker> markersOf(const Incident& incident);
};
