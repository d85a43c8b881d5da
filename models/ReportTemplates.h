#pragma once

#include "Severity.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QRegularExpression;

struct TemplateField
{
    QString id;
    QString label;
    QString section; // where a scenario field goes in the post-mortem: impact, rootCause, mitigation, actionItems
};

// Who a status update is written for. An audience never receives the placeholders it withholds
// (the external one: no checklist, metrics or actions, which carry URLs, hosts and answers).
struct ReportAudience
{
    QString id; // "internal", "external", or a team's own
    QString label;
    QString description;
    QStringList withheld;
};

// A SEV level's status-update report: how often, what it must say, and its text with {{placeholders}}
// for each audience.
struct SevReportTemplate
{
    Severity severity = Severity::Sev2;
    QString definition;
    int cadenceMinutes = 30;
    QList<TemplateField> fields;
    QString format;                  // the internal audience's text
    QHash<QString, QString> formats; // by audience id, the internal one included

    QString formatFor(const QString& audience) const; // the internal one falls back to `format`
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
    QList<ReportAudience> audiences;
    QList<SevReportTemplate> reports;
    QList<ScenarioTemplate> scenarios;

    static inline const QString Internal = QStringLiteral("internal");
    // {{name}} in a report's text; the name is the first capture.
    static const QRegularExpression& placeholder();

    static bool parseReports(const QByteArray& json, const QString& language, QList<SevReportTemplate>* out,
                             QString* error);
    // The "audiences" list of a reports file; without one, only the internal audience.
    static bool parseAudiences(const QByteArray& json, const QString& language, QList<ReportAudience>* out,
                               QString* error);
    static bool parseScenarios(const QByteArray& json, const QString& language, QList<ScenarioTemplate>* out,
                               QString* error);
    // Entries of a team's own file replace the shipped ones with the same severity or id.
    void overrideReports(const QList<SevReportTemplate>& own);
    void overrideScenarios(const QList<ScenarioTemplate>& own);
    void overrideAudiences(const QList<ReportAudience>& own);
    // The first report text that names a placeholder its audience withholds.
    QString problem() const;
    const ReportAudience* audience(const QString& id) const;

    const SevReportTemplate* report(Severity severity) const;
    const ScenarioTemplate* scenario(const QString& id) const;
    void applyToSeverities() const; // definitions and cadences become what SeverityInfo reports
};
