#pragma once

#include "DashboardProfile.h"

#include <QCoreApplication>

// Which Alertmanager the console watches: --alertmanager wins, then the dashboard profile's
// "alertmanager:", then the URL set in the console. A URL from the command line or the settings keeps
// the profile's auth, headers and severity mapping.
class AlertmanagerSources
{
    Q_DECLARE_TR_FUNCTIONS(AlertmanagerSources)
public:
    static AlertmanagerSource resolve(const QString& commandLineUrl, const DashboardProfile& profile,
                                      const QString& settingsUrl, QString* error);
};
