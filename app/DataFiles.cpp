#include "DataFiles.h"

#include "BoundedFile.h"
#include "Checklist.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
// A team's checklist or templates: a few kilobytes; far more is not one of them.
constexpr qint64 MaxDataFileBytes = BoundedFile::MiB;

QByteArray readResource(const QString& path)
{
    QString error;
    return BoundedFile::read(path, MaxDataFileBytes, &error).value_or(QByteArray());
}
} // namespace

QString DataFiles::dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataFiles::defaultStorePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("incidents.sqlite"));
}

QString DataFiles::userChecklistPath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("checklists/incident-response.json"));
}

QString DataFiles::userRunbooksDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("runbooks"));
}

QString DataFiles::userDashboardProfile()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("dashboards/default.yaml"));
}

QByteArray DataFiles::shippedChecklist()
{
    return readResource(QStringLiteral(":/checklists/incident-response.json"));
}

QByteArray DataFiles::demoIncident()
{
    return readResource(QStringLiteral(":/demo/incident-001.json"));
}

QByteArray DataFiles::checklist(const QString& language, QString* warning)
{
    const QString path = userChecklistPath();
    if (!QFileInfo::exists(path))
        return shippedChecklist();
    QString error;
    const std::optional<QByteArray> read = BoundedFile::read(path, MaxDataFileBytes, &error);
    if (!read) {
        if (warning)
            *warning = tr("Your checklist cannot be used (%1); the shipped checklist is used instead.").arg(error);
        return shippedChecklist();
    }
    const QByteArray json = *read;
    if (!ChecklistDefinition::fromJson(json, language, &error)) {
        if (warning)
            *warning = tr("Your checklist %1 is not valid (%2); the shipped checklist is used instead. "
                          "Fix the file and restart.")
                           .arg(path, error);
        return shippedChecklist();
    }
    return json;
}

ReportTemplates DataFiles::reportTemplates(const QString& language, QString* warning)
{
    ReportTemplates templates;
    QString error;
    const QByteArray shippedReports = readResource(QStringLiteral(":/templates/sev-reports.json"));
    ReportTemplates::parseAudiences(shippedReports, language, &templates.audiences, &error);
    ReportTemplates::parseReports(shippedReports, language, &templates.reports, &error);
    ReportTemplates::parseScenarios(readResource(QStringLiteral(":/templates/scenarios.json")), language,
                                    &templates.scenarios, &error);
    Q_ASSERT(error.isEmpty()); // shipped files are tested
    const QDir own(QDir(dataDirectory()).filePath(QStringLiteral("templates")));
    QStringList problems;
    // A team's file replaces shipped entries; a broken one is named and the shipped ones stay.
    auto overrideFrom = [&](const QString& name, auto parse, auto apply) {
        const QString path = own.filePath(name);
        if (!QFileInfo::exists(path))
            return;
        QString readError;
        QString parseError;
        const std::optional<QByteArray> json = BoundedFile::read(path, MaxDataFileBytes, &readError);
        if (!json)
            problems << readError;
        else if (!parse(*json, &parseError))
            problems << tr("%1 is not valid: %2").arg(path, parseError);
        else
            apply();
    };
    QList<SevReportTemplate> ownReports;
    QList<ReportAudience> ownAudiences;
    const ReportTemplates shipped = templates;
    overrideFrom(
        QStringLiteral("sev-reports.json"),
        [&](const QByteArray& json, QString* e) {
            return ReportTemplates::parseAudiences(json, language, &ownAudiences, e) &&
                   ReportTemplates::parseReports(json, language, &ownReports, e);
        },
        [&] {
            templates.overrideAudiences(ownAudiences);
            templates.overrideReports(ownReports);
            // A team's text that hands an audience what it withholds is refused whole.
            if (const QString problem = templates.problem(); !problem.isEmpty()) {
                problems << tr("%1 is not valid: %2").arg(own.filePath(QStringLiteral("sev-reports.json")), problem);
                templates.audiences = shipped.audiences;
                templates.reports = shipped.reports;
            }
        });
    QList<ScenarioTemplate> ownScenarios;
    overrideFrom(
        QStringLiteral("scenarios.json"),
        [&](const QByteArray& json, QString* e) { return ReportTemplates::parseScenarios(json, language, &ownScenarios, e); },
        [&] { templates.overrideScenarios(ownScenarios); });
    if (!problems.isEmpty() && warning)
        *warning = tr("Your templates were not used: %1. The shipped templates are used instead; fix the file "
                      "and restart.")
                       .arg(problems.join(QStringLiteral("; ")));
    return templates;
}
