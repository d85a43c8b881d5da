#pragma once

#include <QLoggingCategory>

// One logging category per module, info and above on by default. --log-level or QT_LOGGING_RULES
// ("ic.network.debug=true") turns one up; Logging routes them all to the log file.
Q_DECLARE_LOGGING_CATEGORY(lcApp)     // ic.app: start, composition, export
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // ic.store: open, migration, failures
Q_DECLARE_LOGGING_CATEGORY(lcNetwork) // ic.network: each request's outcome (URL without credentials)
Q_DECLARE_LOGGING_CATEGORY(lcRunbook) // ic.runbook: action runs, start and end
Q_DECLARE_LOGGING_CATEGORY(lcMetrics) // ic.metrics: a panel's refresh failing or recovering
Q_DECLARE_LOGGING_CATEGORY(lcAlerts)  // ic.alerts: alert transitions
