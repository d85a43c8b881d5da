#include "IncidentStatus.h"

QList<IncidentStatus> IncidentStatusInfo::all()
{
    return {IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Mitigated,
            IncidentStatus::Monitoring, IncidentStatus::Resolved};
}

QString IncidentStatusInfo::key(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return QStringLiteral("investigating");
    case IncidentStatus::Identified:
        return QStringLiteral("identified");
    case IncidentStatus::Mitigated:
        return QStringLiteral("mitigated");
    case IncidentStatus::Monitoring:
        return QStringLiteral("monitoring");
    case IncidentStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

QString IncidentStatusInfo::label(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return tr("Investigating");
    case IncidentStatus::Identified:
        return tr("Identified");
    case IncidentStatus::Mitigated:
        return tr("Mitigated");
    case IncidentStatus::Monitoring:
        return tr("Monitoring");
    case IncidentStatus::Resolved:
        return tr("Resolved");
    }
    return {};
}

std::optional<IncidentStatus> IncidentStatusInfo::fromKey(const QString& key)
{
    for (IncidentStatus s : all()) {
        if (IncidentStatusInfo::key(s) == key.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}
