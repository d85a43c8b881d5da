#include "DashboardProfile.h"

#include <QJsonArray>
#include <QLocale>
#include <cmath>

bool Threshold::breachedBy(double v) const
{
    if (std::isnan(v))
        return false;
    if (inclusive)
        return above ? v >= value : v <= value;
    return above ? v > value : v < value;
}

QString DashboardProfile::runbookUrlFor(const QString& panelId, const QString& ruleId) const
{
    for (const PanelDefinition& panel : panels)
        if (panel.id == panelId)
            for (const Threshold& t : panel.thresholds)
                if (t.ruleId() == ruleId)
                    return t.runbookUrl;
    return {};
}

QString Threshold::ruleId() const
{
    const QString op = QLatin1String(above ? ">" : "<") + QLatin1String(inclusive ? "=" : "");
    return name + QLatin1Char(' ') + op + QLatin1Char(' ') + QString::number(value, 'g', 17);
}

MetricState PanelDefinition::stateOf(double value) const
{
    if (std::isnan(value))
        return MetricState::NoData;
    MetricState state = MetricState::Normal;
    for (const Threshold& t : thresholds) {
        if (!t.breachedBy(value))
            continue;
        if (t.level == ThresholdLevel::Critical)
            return MetricState::Critical;
        state = MetricState::Warning;
    }
    return state;
}

QJsonObject PanelDefinition::toJson() const
{
    QJsonArray list;
    for (const Threshold& t : thresholds)
        list.append(QJsonObject{{QStringLiteral("level"), t.level == ThresholdLevel::Critical ? QStringLiteral("critical")
                                                                                            : QStringLiteral("warning")},
                                {QStringLiteral("above"), t.above},
                                {QStringLiteral("value"), t.value},
                                {QStringLiteral("forMs"), static_cast<double>(t.forMs)},
                                {QStringLiteral("name"), t.name},
                                {QStringLiteral("keepFiringForMs"), static_cast<double>(t.keepFiringForMs)},
                                {QStringLiteral("inclusive"), t.inclusive},
                                {QStringLiteral("runbookUrl"), t.runbookUrl}});
    return QJsonObject{{QStringLiteral("id"), id},         {QStringLiteral("title"), title},
                       {QStringLiteral("query"), query},   {QStringLiteral("unit"), unit},
                       {QStringLiteral("legend"), legend}, {QStringLiteral("prometheus"), prometheus.toString()},
                       {QStringLiteral("refreshMs"), refreshMs}, {QStringLiteral("thresholds"), list}};
}

PanelDefinition PanelDefinition::fromJson(const QJsonObject& o)
{
    PanelDefinition p;
    p.id = o.value(QLatin1String("id")).toString();
    p.title = o.value(QLatin1String("title")).toString();
    p.query = o.value(QLatin1String("query")).toString();
    p.unit = o.value(QLatin1String("unit")).toString();
    p.legend = o.value(QLatin1String("legend")).toString();
    p.prometheus = QUrl(o.value(QLatin1String("prometheus")).toString());
    p.refreshMs = o.value(QLatin1String("refreshMs")).toInt(15'000);
    for (const QJsonValue& v : o.value(QLatin1String("thresholds")).toArray()) {
        const QJsonObject t = v.toObject();
        p.thresholds.append({t.value(QLatin1String("level")).toString() == QLatin1String("critical")
                                 ? ThresholdLevel::Critical
                                 : ThresholdLevel::Warning,
                             t.value(QLatin1String("above")).toBool(true), t.value(QLatin1String("value")).toDouble(),
                             static_cast<qint64>(t.value(QLatin1String("forMs")).toDouble(-1)),
                             t.value(QLatin1String("name")).toString(),
                             static_cast<qint64>(t.value(QLatin1String("keepFiringForMs")).toDouble(0)),
                             t.value(QLatin1String("inclusive")).toBool(false),
                             t.value(QLatin1String("runbookUrl")).toString()});
    }
    return p;
}

QString MetricStateInfo::label(MetricState state)
{
    switch (state) {
    case MetricState::Normal:
        return tr("normal");
    case MetricState::Warning:
        return tr("warning");
    case MetricState::Critical:
        return tr("critical");
    case MetricState::NoData:
        return tr("no data");
    }
    return {};
}

QString MetricStateInfo::levelLabel(ThresholdLevel level)
{
    return level == ThresholdLevel::Critical ? tr("critical") : tr("warning");
}

QString MetricStateInfo::formatValue(double value, const QString& unit)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+∞") : QStringLiteral("-∞");
    const double magnitude = std::fabs(value);
    const int decimals = magnitude >= 100 || value == std::floor(value) ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    const QString number = QLocale().toString(value, 'f', decimals);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}
