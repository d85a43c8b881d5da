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
