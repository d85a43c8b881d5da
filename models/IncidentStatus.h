#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// Mitigated: the impact has stopped (a workaround, a rollback); Monitoring: a fix is in and being watched.
enum class IncidentStatus { Investigating, Identified, Mitigated, Monitoring, Resolved };

class IncidentStatusInfo
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStatusInfo)
public:
    static QList<IncidentStatus> all();
    static QString key(IncidentStatus status);   // stable, stored and used on the command line
    static QString label(IncidentStatus status); // translated, shown to people
    static std::optional<IncidentStatus> fromKey(const QString& key);
};
