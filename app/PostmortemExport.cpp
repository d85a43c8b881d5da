#include "PostmortemExport.h"

#include "ChartMarkers.h"
#include "Incident.h"
#include "IncidentWindow.h"
#include "MetricChart.h"
#include "PostmortemWriter.h"
#include "TimeOffset.h"
#include "storage/IncidentStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

QString PostmortemExport::refusal(const QString& path)
{
    const QFileInfo info(path);
    if (IncidentStore::isStoreFile(path))
        return tr("%1 is the incident store itself. Choose another file name.").arg(info.absoluteFilePath());
    // A device or a pipe would be replaced by a regular file (or block); only files and new paths are written.
    if (info.exists() && !info.isFile())
        return tr("%1 is not a regular file (a folder, device or pipe) and is left as it is. Choose a file name.")
            .arg(info.absoluteFilePath());
    // Another console's store (or a hard link to this one) must not become a post-mortem.
    QFile existing(path);
    if (info.exists() && existing.open(QIODevice::ReadOnly) && existing.read(16) == QByteArray("SQLite format 3\0", 16))
        return tr("%1 is a SQLite database (an incident store?) and is left as it is. Choose another file name.")
            .arg(info.absoluteFilePath());
    return QString();
}

bool PostmortemExport::write(const Incident& incident, const QList<MetricPanelData>& panels, const QString& path,
                             qint64 nowMs, QString* error)
{
    const QFileInfo target(path);
    auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (const QString why = refusal(path); !why.isEmpty())
        return refuse(why);
    QList<PostmortemWriter::Chart> charts;
    if (!panels.isEmpty()) {
        const QString folder = target.completeBaseName() + QStringLiteral("-charts");
        QDir dir = target.absoluteDir();
        const QFileInfo folderInfo(dir.filePath(folder));
        if (folderInfo.exists() && !folderInfo.isDir())
            return refuse(tr("%1 is not a folder, so the charts cannot go there. Choose another file name.")
                              .arg(folderInfo.absoluteFilePath()));
        if (!dir.exists() || !dir.mkpath(folder)) {
            if (error)
                *error = tr("Could not create the folder %1 for the charts. Choose a folder you can write to.")
                             .arg(dir.filePath(folder));
            return false;
        }
        const auto [from, to] = IncidentWindow::of(incident.data(), nowMs);
        const IncidentData& d = incident.data();
        const double end = (d.resolvedMs != 0 ? d.resolvedMs : nowMs) / 1000.0;
        const QList<ChartMarker> markers = ChartMarkers::of(incident.data());
        for (const MetricPanelData& panel : panels) {
            MetricChart chart;
            chart.setPanel(&panel);
            chart.setTimeRange(from, to);
            chart.setMarkers(markers);
            chart.setReadoutTime(end); // the value when the incident ended, not when it was exported
            QString name = panel.definition.id;
            name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
            const QString relative = folder + QLatin1Char('/') + name + QStringLiteral(".png");
            if (const QString why = refusal(dir.filePath(relative)); !why.isEmpty())
                return refuse(why);
            if (QFileInfo(dir.filePath(relative)).isSymLink()) // our own folder: a link there points elsewhere
                return refuse(tr("%1 is a link; the charts are written only as files of their own. Remove it or "
                                 "choose another file name.")
                                  .arg(dir.filePath(relative)));
            if (!chart.savePng(dir.filePath(relative), 1200, 420)) {
                if (error)
                    *error = tr("Could not write the chart %1. Choose a folder you can write to.").arg(dir.filePath(relative));
                return false;
            }
            charts << PostmortemWriter::Chart{panel.definition.title, relative};
        }
    }
    const QByteArray markdown = PostmortemWriter().write(incident.data(), incident.checklist(), charts).toUtf8();
    QSaveFile file(path);
    auto fail = [&](const QString& detail) {
        if (error)
            *error = tr("Could not write the post-mortem to %1: %2. Any earlier file there is unchanged. "
                        "Choose a folder you can write to.")
                         .arg(QFileInfo(path).absoluteFilePath(), detail);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(markdown) != markdown.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}
