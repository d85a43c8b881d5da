#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "ReportTemplates.h"

// The checklist and demo the console ships, and a team's own checklist where one is supplied.
class DataFiles
{
    Q_DECLARE_TR_FUNCTIONS(DataFiles)
public:
    static QString dataDirectory();
    static QString defaultStorePath();
    static QString userChecklistPath();
    // The user's checklist when present and valid, else the shipped one; *warning says why it fell back.
    static QByteArray checklist(const QString& language, QString* warning);
    static QByteArray shippedChecklist();
    static QByteArray demoIncident();
    static QString shippedDashboardProfile() { return QStringLiteral(":/dashboards/default.yaml"); }
    static QString userDashboardProfile();
    static QString userRunbooksDirectory();
    // Shipped SEV report and scenario templates, replaced entry by entry by the user's own files;
    // *warning names a broken user file (the shipped templates are used for it).
    static ReportTemplates reportTemplates(const QString& language, QString* warning);
};
