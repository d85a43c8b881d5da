#pragma once

#include "IncidentData.h"
#include "MetricPanelData.h"

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
    // Why the path must not be written (the store, a device, a pipe, a folder), or empty.
    static QString refusal(const QString& path);
};
