#pragma once

#include "DashboardProfile.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

// Reads a dashboard profile (YAML, or JSON, which YAML reads too) and the Prometheus alerting-rule
// files it names. Errors name the file and line.
class DashboardProfileLoader
{
    Q_DECLARE_TR_FUNCTIONS(DashboardProfileLoader)
public:
    static std::optional<DashboardProfile> load(const QString& path, QString* error, QStringList* notes = nullptr);
    static std::optional<DashboardProfile> parse(const QByteArray& text, const QString& path, QString* error);

    struct AlertRule
    {
        QString name;
        QString query;
        bool above = true;
        double value = 0;
        qint64 forMs = 0;
        ThresholdLevel level = ThresholdLevel::Warning;
        qint64 keepFiringForMs = 0;
        bool inclusive = false; // >= or <=
        QString runbookUrl = {}; // annotations.runbook_url, a relative file made absolute beside the rules
    };
    static std::optional<QList<AlertRule>> parseRules(const QByteArray& text, const QString& path, QString* error,
                                                      QStringList* notes);
    // Adds each rule as an alerting threshold to the panels with the same query; returns the unmatched rules.
    static QStringList applyRules(DashboardProfile& profile, const QList<AlertRule>& rules);
    // Prometheus durations: 30s, 2m, 1h30m, 500ms.
    static std::optional<qint64> parseDuration(const QString& text);
    // "rate(x[5m]) > 10" into "rate(x[5m])", '>', 10 (only a top-level comparison with a number);
    // inclusive says whether it was >= or <=.
    static bool splitComparison(const QString& expr, QString* query, bool* above, double* value,
                                bool* inclusive = nullptr);
};
