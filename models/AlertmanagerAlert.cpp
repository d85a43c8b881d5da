#include "AlertmanagerAlert.h"

#include "MetricSeries.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

QString AmAlert::summary() const
{
    const QString summary = annotations.value(QStringLiteral("summary")).trimmed();
    return summary.isEmpty() ? name() : summary;
}

AlertRef AmAlert::ref(bool firing) const
{
    AlertRef ref;
    ref.panelId = QLatin1String(SourcePanel);
    ref.rule = name();
    QJsonObject object; // JSON, not keyOf: label values may hold quotes and commas
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    ref.seriesKey = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    ref.startMs = startsMs;
    ref.firing = firing;
    return ref;
}

QString AmGroup::key() const
{
    return receiver + QLatin1Char('\x1f') + MetricSeries::keyOf(labels);
}

const AmAlert* AmSnapshot::find(const QString& fingerprint) const
{
    for (const AmGroup& group : groups) {
        for (const AmAlert& alert : group.alerts) {
            if (alert.fingerprint == fingerprint)
                return &alert;
        }
    }
    return nullptr;
}

void AmSnapshot::seal()
{
    QSet<QString> seen[3];
    size_t layout = 0;
    for (AmGroup& group : groups) {
        layout = qHashMulti(layout, group.key());
        size_t content = 0;
        for (const AmAlert& alert : std::as_const(group.alerts)) {
            const int section = alert.triageSection();
            seen[section].insert(alert.fingerprint);
            layout = qHashMulti(layout, alert.fingerprint, section);
            content = qHashMulti(content, alert.startsMs, alert.silencedBy, alert.inhibitedBy);
            for (auto it = alert.annotations.cbegin(); it != alert.annotations.cend(); ++it)
                content = qHashMulti(content, it.key(), it.value());
        }
        group.contentHash = content;
    }
    layoutHash = layout;
    for (int s = 0; s < 3; ++s)
        distinct[s] = int(seen[s].size());
    sealed = true;
}

QList<AmAlert> AmSnapshot::alerts() const
{
    QList<AmAlert> all;
    for (const AmGroup& group : groups)
        all += group.alerts;
    return all;
}

namespace {
QMap<QString, QString> stringMap(const QJsonValue& value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

std::optional<AmAlert> alertOf(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    if (!o.value(QLatin1String("labels")).isObject() || !o.value(QLatin1String("fingerprint")).isString())
        return std::nullopt;
    AmAlert alert;
    alert.fingerprint = o.value(QLatin1String("fingerprint")).toString();
    alert.labels = stringMap(o.value(QLatin1String("labels")));
    alert.annotations = stringMap(o.value(QLatin1String("annotations")));
    alert.startsMs = AlertmanagerJson::parseTime(o.value(QLatin1String("startsAt")).toString());
    alert.endsMs = AlertmanagerJson::parseTime(o.value(QLatin1String("endsAt")).toString());
    alert.updatedMs = AlertmanagerJson::parseTime(o.value(QLatin1String("updatedAt")).toString());
    const QJsonObject status = o.value(QLatin1String("status")).toObject();
    const QString state = status.value(QLatin1String("state")).toString();
    alert.state = state == QLatin1String("suppressed")    ? AmAlert::State::Suppressed
                  : state == QLatin1String("unprocessed") ? AmAlert::State::Unprocessed
                                                          : AmAlert::State::Active;
    alert.silencedBy = strings(status.value(QLatin1String("silencedBy")));
    alert.inhibitedBy = strings(status.value(QLatin1String("inhibitedBy")));
    return alert;
}

std::optional<QJsonArray> topArray(const QByteArray& body, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = AlertmanagerJson::tr("the answer is not JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isArray()) {
        *error = AlertmanagerJson::tr("the answer is JSON but not a list of alerts: is this Alertmanager's API v2?");
        return std::nullopt;
    }
    return doc.array();
}

QString malformedAlert(int index)
{
    return AlertmanagerJson::tr("alert %1 in the answer has no labels or fingerprint: is this Alertmanager's API v2?")
        .arg(index + 1);
}
} // namespace

qint64 AlertmanagerJson::parseTime(const QString& rfc3339)
{
    const QDateTime time = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

std::optional<AmSnapshot> AlertmanagerJson::parseGroups(const QByteArray& body, int cap, QString* error)
{
    const auto array = topArray(body, error);
    if (!array)
        return std::nullopt;
    AmSnapshot snapshot;
    QSet<QString> counted, kept; // an alert routed to two receivers is in two groups, and counts once
    for (const QJsonValue& g : *array) {
        const QJsonObject o = g.toObject();
        if (!o.value(QLatin1String("alerts")).isArray()) {
            *error = tr("a group in the answer has no alerts list: is this Alertmanager's /api/v2/alerts/groups?");
            return std::nullopt;
        }
        AmGroup group;
        group.labels = stringMap(o.value(QLatin1String("labels")));
        group.receiver = o.value(QLatin1String("receiver")).toObject().value(QLatin1String("name")).toString();
        const QJsonArray alerts = o.value(QLatin1String("alerts")).toArray();
        for (const QJsonValue& a : alerts) {
            const QString fingerprint = a.toObject().value(QLatin1String("fingerprint")).toString();
            if (!counted.contains(fingerprint)) {
                counted.insert(fingerprint);
                ++snapshot.totalAlerts;
                if (snapshot.keptAlerts >= cap)
                    continue; // counted, not kept: the panel says how many were left out
                kept.insert(fingerprint);
                ++snapshot.keptAlerts;
            } else if (!kept.contains(fingerprint)) {
                continue; // left out where it was first met
            }
            auto alert = alertOf(a);
            if (!alert) {
                *error = malformedAlert(snapshot.totalAlerts - 1);
                return std::nullopt;
            }
            group.alerts.append(std::move(*alert));
        }
        if (!group.alerts.isEmpty())
            snapshot.groups.append(std::move(group));
    }
    snapshot.seal();
    return snapshot;
}

std::optional<QList<AmAlert>> AlertmanagerJson::parseAlerts(const QByteArray& body, int cap, int* total, QString* error)
{
    const auto array = topArray(body, error);
    if (!array)
        return std::nullopt;
    QList<AmAlert> alerts;
    *total = int(array->size());
    for (int i = 0; i < array->size() && alerts.size() < cap; ++i) {
        auto alert = alertOf(array->at(i));
        if (!alert) {
            *error = malformedAlert(i);
            return std::nullopt;
        }
        alerts.append(std::move(*alert));
    }
    return alerts;
}

QString AlertmanagerJson::parseSilenceId(const QByteArray& body, QString* error)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString id = o.value(QLatin1String("silenceID")).toString();
    if (id.isEmpty())
        *error = tr("the answer has no silenceID");
    return id;
}

AlertSeverityMap::AlertSeverityMap()
{
    for (const char* label : {"critical", "page", "p1", "sev1", "emergency"})
        set(QLatin1String(label), Severity::Sev1);
    for (const char* label : {"error", "high", "major", "p2", "sev2"})
        set(QLatin1String(label), Severity::Sev2);
    for (const char* label : {"warning", "warn", "minor", "low", "info", "p3", "sev3"})
        set(QLatin1String(label), Severity::Sev3);
}

Severity AlertSeverityMap::severityOf(const AmAlert& alert) const
{
    return m_map.value(alert.severityLabel().toLower(), m_otherwise);
}
