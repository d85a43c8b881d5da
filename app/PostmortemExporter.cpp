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
    QString error;
    if (!PostmortemExport::write(*incident, m_service.keptSamples(incident->id()), path, m_service.clock().nowMs(),
                                 &error)) {
        Q_EMIT failed(error);
        return false;
    }
    qCInfo(lcApp, "post-mortem of incident %lld exported to %s", incident->id(), qUtf8Printable(path));
    Q_EMIT exported(path);
    return true;
}
