#include "AlertEvaluator.h"

QList<AlertTransition> AlertEvaluator::evaluate(const PanelDefinition& panel, const QString& seriesKey,
                                                const QString& legend, const double* times, const double* values,
                                                size_t count)
{
    QList<AlertTransition> transitions;
    for (int t = 0; t < panel.thresholds.size(); ++t) {
        const Threshold& threshold = panel.thresholds.at(t);
        if (!threshold.alerts())
            continue;
        State& state = m_states[panel.id + QLatin1Char('\x1f') + seriesKey + QLatin1Char('\x1f') + QString::number(t)];
        for (size_t i = 0; i < count; ++i) {
            if (times[i] <= state.evaluatedUntil)
                continue; // already seen in an earlier, overlapping batch
            state.evaluatedUntil = times[i];
            if (threshold.breachedBy(values[i])) {
                if (state.pendingSince < 0)
                    state.pendingSince = times[i];
                if (!state.firing && (times[i] - state.pendingSince) * 1000 >= threshold.forMs) {
                    state.firing = true;
                    transitions.append({panel.id, panel.title, legend, threshold, true, times[i], values[i]});
                }
            } else {
                state.pendingSince = -1;
                if (state.firing) {
                    state.firing = false;
                    transitions.append({panel.id, panel.title, legend, threshold, false, times[i], values[i]});
                }
            }
        }
    }
    return transitions;
}

QString AlertEvaluator::describeHead(const AlertTransition& t)
{
    const QString name = t.threshold.name.isEmpty() ? t.panelTitle : t.threshold.name;
    const QString what = t.seriesLegend.isEmpty() || t.seriesLegend == QLatin1String("{}")
                             ? t.panelTitle
                             : t.panelTitle + QStringLiteral(" ") + t.seriesLegend;
    return t.firing ? tr("Alert firing (%1): %2 — %3").arg(MetricStateInfo::levelLabel(t.threshold.level), name, what)
                    : tr("Alert resolved: %1 — %2").arg(name, what);
}

QString AlertEvaluator::describe(const AlertTransition& t, const QString& unit)
{
    const QString value = MetricStateInfo::formatValue(t.value, unit);
    if (!t.firing)
        return tr("%1 is %2").arg(describeHead(t), value);
    const QString limit = MetricStateInfo::formatValue(t.threshold.value, unit);
    const QString rule = t.threshold.above ? tr("above %1").arg(limit) : tr("below %1").arg(limit);
    const QString held = t.threshold.forMs > 0 ? tr(" for %1 s").arg(t.threshold.forMs / 1000) : QString();
    return tr("%1 is %2, %3%4").arg(describeHead(t), value, rule, held);
}
