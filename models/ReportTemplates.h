#pragma once

#include "Severity.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

struct TemplateField
{
    QString id;
    QString label;
    QString section; // where a scenario field goes in the post-mortem: impact, rootCause, mitigation, actionItems
};

// A SEV level's status-update report: how often, what it must say, and its text with {{placeholders}}.
struct SevReportTemplate
{
    Severity severity = Severity::Sev2;
    QString definition;
    int cadenceMinutes = 30;
    QList<TemplateField> fields;
    QString format;
};

// A scenario write-up (DB, Redis, deploy, overload): the fields every write-up of that kind records.
struct ScenarioTemplate
{
    QString id;
    QString title;
    QList<TemplateField> fields;
};

// SEV report and scenario templates from JSON (seed 004's, or a team's own that replace them by key).
class ReportTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ReportTemplates)
public:
    QList<SevReportTemplate> reports;
    QList<ScenarioTemplate> scenarios;

    static bool parseReports(const QByteArray& json, const QString& language, QList<SevReportTemplate>* out,
                             QString* error);
    static bool parseScenarios(const QByteArray& json, const QString& language, QList<ScenarioTemplate>* out,
                               QString* error);
    // Entries of a team's own file replace the shipped ones with the same severity or id.
    void overrideReports(const QList<SevReportTemplate>& own);
    void overrideScenarios(const QList<ScenarioTemplate>& own);

    const SevReportTemplate* report(Severity severity) const;
    const ScenarioTemplate* scenario(const QString& id) const;
    void applyToSeverities() const; // definitions and cadences become what SeverityInfo reports
};
