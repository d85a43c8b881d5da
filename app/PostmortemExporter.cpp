#include "PostmortemExporter.h"

#include "Clock.h"
#include "Incident.h"
#include "IncidentService.h"
#include "PostmortemExport.h"

#include <QDir>
#include <QRegularExpression>
#include "LogCategories.h"

PostmortemExporter::PostmortemExporter(IncidentService& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
}

QString PostmortemExporter::suggestedPath(const QString& folder) const
{
    const Incident* incident = m_service.current();
    if (!incident)
        return QString();
    QString slug = incident->data().title.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    return QDir(folder).filePath(QStringLiteral("postmortem-%1-%2.md").arg(incident->id()).arg(slug.left(40)));
}

bool PostmortemExporter::exportTo(const QString& path)
{
    const Incident* incident = m_service.current();
    if (!incident)
        return false;
    // The samples are read off the UI thread in the window, after the last ones it was given; the incident
    // is the one open when asked.
    const qint64 id = incident->id();
    m_service.withKeptSamples(id, [this, id, path](const QList<MetricPanelData>& kept) {
        const Incident* open = m_service.current();
        if (!open || open->id() != id) {
            Q_EMIT failed(tr("The post-mortem was not exported: another incident was opened meanwhile."));
            return;
        }
        QString error;
        if (!PostmortemExport::write(*open, kept, path, m_service.clock().nowMs(), &error)) {
            Q_EMIT failed(error);
            return;
        }
        qCInfo(lcApp, "post-mortem of incident %lld exported to %s", id, qUtf8Printable(path));
        Q_EMIT exported(path);
    });
    return true;
}
