#include "AppSettings.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSettings>

namespace {
QString storeKey(const QString& storePath)
{
    const QByteArray hash = QCryptographicHash::hash(storePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("lastIncident/") + QString::fromLatin1(hash);
}
} // namespace

QString AppSettings::language()
{
    const QString fallback = QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    return QSettings().value(QStringLiteral("language"), fallback).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

qint64 AppSettings::lastIncident(const QString& storePath)
{
    return QSettings().value(storeKey(storePath), 0).toLongLong();
}

void AppSettings::setLastIncident(const QString& storePath, qint64 incidentId)
{
    QSettings().setValue(storeKey(storePath), incidentId);
}

QString AppSettings::author()
{
    QString fallback = qEnvironmentVariable("USER");
    if (fallback.isEmpty())
        fallback = qEnvironmentVariable("USERNAME");
    return QSettings().value(QStringLiteral("author"), fallback).toString();
}

void AppSettings::setAuthor(const QString& author)
{
    QSettings().setValue(QStringLiteral("author"), author);
}

QString AppSettings::dashboardProfile()
{
    return QSettings().value(QStringLiteral("dashboardProfile")).toString();
}

void AppSettings::setDashboardProfile(const QString& path)
{
    QSettings().setValue(QStringLiteral("dashboardProfile"), path);
}

QString AppSettings::storeLocation()
{
    return QSettings().value(QStringLiteral("store")).toString();
}

QString AppSettings::alertmanager()
{
    return QSettings().value(QStringLiteral("alertmanager")).toString();
}

void AppSettings::setAlertmanager(const QString& url)
{
    QSettings().setValue(QStringLiteral("alertmanager"), url);
}
