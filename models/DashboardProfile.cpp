#include "DashboardProfile.h"

#include <QLocale>
#include <cmath>

bool Threshold::breachedBy(double v) const
{
    if (std::isnan(v))
        return false;
    return above ? v > value : v < value;
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
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    const QString number = QLocale().toString(value, 'f', decimals);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}
