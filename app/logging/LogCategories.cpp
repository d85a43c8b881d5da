#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcApp, "ic.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "ic.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "ic.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRunbook, "ic.runbook", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMetrics, "ic.metrics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlerts, "ic.alerts", QtInfoMsg)
