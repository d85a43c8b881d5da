#include "DataFiles.h"

#include "Checklist.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace {
QByteArray readResource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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
    QFile file(path);
    if (!file.exists())
        return shippedChecklist();
    if (!file.open(QIODevice::ReadOnly)) {
        if (warning)
            *warning = tr("Your checklist %1 cannot be read (%2); the shipped checklist is used instead.")
                           .arg(path, file.errorString());
        return shippedChecklist();
    }
    const QByteArray json = file.readAll();
    QString error;
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
    ReportTemplates::parseReports(readResource(QStringLiteral(":/templates/sev-reports.json")), language,
                                  &templates.reports, &error);
    ReportTemplates::parseScenarios(readResource(QStringLiteral(":/templates/scenarios.json")), language,
                                    &templates.scenarios, &error);
    Q_ASSERT(error.isEmpty()); // shipped files are tested
    const QDir own(QDir(dataDirectory()).filePath(QStringLiteral("templates")));
    QStringList problems;
    const QString reportsPath = own.filePath(QStringLiteral("sev-reports.json"));
    if (QFile::exists(reportsPath)) {
        QFile file(reportsPath);
        QList<SevReportTemplate> mine;
        if (!file.open(QIODevice::ReadOnly))
            problems << tr("%1 cannot be read (%2)").arg(reportsPath, file.errorString());
        else if (!ReportTemplates::parseReports(file.readAll(), language, &mine, &error))
            problems << tr("%1 is not valid: %2").arg(reportsPath, error);
        else
            templates.overrideReports(mine);
    }
    const QString scenariosPath = own.filePath(QStringLiteral("scenarios.json"));
    if (QFile::exists(scenariosPath)) {
        QFile file(scenariosPath);
        QList<ScenarioTemplate> mine;
        if (!file.open(QIODevice::ReadOnly))
            problems << tr("%1 cannot be read (%2)").arg(scenariosPath, file.errorString());
        else if (!ReportTemplates::parseScenarios(file.readAll(), language, &mine, &error))
            problems << tr("%1 is not valid: %2").arg(scenariosPath, error);
        else
            templates.overrideScenarios(mine);
    }
    if (!problems.isEmpty() && warning)
        *warning = tr("Your templates were not used: %1. The shipped templates are used instead; fix the file "
                      "and restart.")
                       .arg(problems.join(QStringLiteral("; ")));
    return templates;
}
