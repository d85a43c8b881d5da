#include "DemoIncident.h"

#include "PostmortemJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
qint64 offset(const QJsonValue& minutes)
{
    return static_cast<qint64>(minutes.toDouble() * 60'000.0);
}
} // namespace

std::optional<IncidentData> DemoIncident::fromJson(const QByteArray& json, const QByteArray& checklistJson,
                                                   QString* error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    const QDateTime started = QDateTime::fromString(root.value(QLatin1String("started")).toString(), Qt::ISODate);
    if (parseError.error != QJsonParseError::NoError || !started.isValid()) {
        if (error)
            *error = tr("the demo incident is not valid: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    IncidentData data;
    data.title = root.value(QLatin1String("title")).toString();
    data.severity = SeverityInfo::fromNumber(root.value(QLatin1String("severity")).toInt()).value_or(Severity::Sev2);
    data.status = IncidentStatusInfo::fromKey(root.value(QLatin1String("status")).toString())
                      .value_or(IncidentStatus::Investigating);
    data.commander = root.value(QLatin1String("commander")).toString();
    data.startedMs = started.toMSecsSinceEpoch();
    auto keyTime = [&](const char* key) {
        return root.contains(QLatin1String(key)) ? data.startedMs + offset(root.value(QLatin1String(key))) : 0;
    };
    data.detectedMs = keyTime("detectedOffsetMinutes");
    data.mitigatedMs = keyTime("mitigatedOffsetMinutes");
    data.resolvedMs = keyTime("resolvedOffsetMinutes");
    data.checklistJson = checklistJson;
    const QJsonObject checked = root.value(QLatin1String("checked")).toObject();
    for (auto it = checked.begin(); it != checked.end(); ++it)
        data.checkedItems.insert(it.key(), data.startedMs + offset(it.value()));
    for (const QJsonValue& v : root.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        TimelineEvent event;
        event.atMs = data.startedMs + offset(e.value(QLatin1String("t")));
        event.kind = EventKindInfo::fromKey(e.value(QLatin1String("kind")).toString()).value_or(EventKind::Note);
        event.phase = e.value(QLatin1String("phase")).toString();
        event.text = e.value(QLatin1String("text")).toString();
        event.author = e.value(QLatin1String("owner")).toString();
        data.events.append(event);
    }
    data.postmortem = PostmortemJson::fromJson(root.value(QLatin1String("postmortem")).toObject());
    return data;
}
