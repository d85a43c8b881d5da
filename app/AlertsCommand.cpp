#include "AlertsCommand.h"

#include "network/AlertmanagerClient.h"
#include "network/Network.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace {
QJsonObject objectOf(const QMap<QString, QString>& map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString stateOf(const AmAlert& alert)
{
    if (alert.isSilenced())
        return QStringLiteral("silenced");
    return alert.isInhibited() ? QStringLiteral("inhibited") : QStringLiteral("active");
}
} // namespace

QString AlertsCommand::notConfigured()
{
    return tr("No Alertmanager is set: give --alertmanager URL, add \"alertmanager:\" to the dashboard profile "
              "(--profile), or set one in the console (Alerts ▸ Set Alertmanager…).");
}

std::optional<QList<AmAlert>> AlertsCommand::fetch(const AlertmanagerSource& source, int* total, QString* error, int cap)
{
    if (!source.isSet()) {
        *error = notConfigured();
        return std::nullopt;
    }
    Network network;
    QEventLoop loop;
    HttpResult result;
    HttpReply* reply = network.send(AlertmanagerClient::alerts(source, cap), &loop);
    QObject::connect(reply, &HttpReply::finished, &loop, [&](const HttpResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (const QString problem = AlertmanagerClient::listProblem(result); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return AlertmanagerClient::alertList(result, total);
}

std::optional<AmAlert> AlertsCommand::find(const AlertmanagerSource& source, const QString& fingerprint, QString* error)
{
    int total = 0;
    const auto alerts = fetch(source, &total, error, std::numeric_limits<int>::max()); // one alert: past any cap
    if (!alerts)
        return std::nullopt;
    for (const AmAlert& alert : *alerts) {
        if (alert.fingerprint == fingerprint)
            return alert;
    }
    *error = tr("Alertmanager at %1 has no firing alert with fingerprint %2 (it may have resolved); \"alerts\" lists "
                "the firing ones.")
                 .arg(source.url.toDisplayString(QUrl::RemoveUserInfo), fingerprint);
    return std::nullopt;
}

QByteArray AlertsCommand::json(const QList<AmAlert>& alerts)
{
    QJsonArray list;
    for (const AmAlert& alert : alerts) {
        list.append(QJsonObject{
            {QStringLiteral("fingerprint"), alert.fingerprint},
            {QStringLiteral("labels"), objectOf(alert.labels)},
            {QStringLiteral("annotations"), objectOf(alert.annotations)},
            {QStringLiteral("startsAt"), QDateTime::fromMSecsSinceEpoch(alert.startsMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("state"), stateOf(alert)},
            {QStringLiteral("silencedBy"), QJsonArray::fromStringList(alert.silencedBy)},
            {QStringLiteral("inhibitedBy"), QJsonArray::fromStringList(alert.inhibitedBy)},
        });
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QStringList AlertsCommand::header()
{
    return tr("FINGERPRINT\tSTATE\tSEV\tSTARTED\tALERT\tSUMMARY").split(QLatin1Char('\t'));
}

QStringList AlertsCommand::cells(const AmAlert& alert, const AlertSeverityMap& severities)
{
    return {alert.fingerprint, stateOf(alert), SeverityInfo::label(severities.severityOf(alert)),
            QDateTime::fromMSecsSinceEpoch(alert.startsMs).toString(Qt::ISODate), alert.name(), alert.summary()};
}
