#include "AlertEvaluator.h"

#include <cmath>

namespace {
qint64 toMs(double sec)
{
    return std::llround(sec * 1000);
}
} // namespace

AlertRef AlertTransition::ref() const
{
    return {panelId, seriesKey, threshold.ruleId(), toMs(startSec), firing};
}

QList<AlertTransition> AlertEvaluator::evaluate(const PanelDefinition& panel, const QList<MetricSeries>& series,
                                                double fromSec, double toSec, double stepSec)
{
    QList<AlertTransition> transitions;
    const qint64 fromMs = toMs(fromSec), toMsEnd = toMs(toSec), stepMs = toMs(stepSec);
    if (stepMs <= 0)
        return transitions;
    for (const Threshold& threshold : panel.thresholds) {
        if (!threshold.alerts())
            continue;
        const QString rule = threshold.ruleId();
        QHash<QString, const MetricSeries*> answered;
        for (const MetricSeries& s : series) {
            const AlertRef ref{panel.id, s.key(), rule};
            answered.insert(ref.alertKey(), &s);
            Alert& alert = m_alerts[ref.alertKey()];
            alert.ref.panelId = ref.panelId;
            alert.ref.seriesKey = ref.seriesKey;
            alert.ref.rule = rule;
            alert.legend = s.legend();
        }
        // This rule's alerts, answered or not: a series missing from the answer gives no result either.
        struct Input
        {
            Alert* alert;
            const MetricSeries* series;
            size_t next;
        };
        QList<Input> inputs;
        for (auto it = m_alerts.begin(); it != m_alerts.end(); ++it) {
            if (it->ref.panelId == panel.id && it->ref.rule == rule)
                inputs.append({&*it, answered.value(it.key()), 0});
        }
        for (qint64 t = fromMs; t <= toMsEnd; t += stepMs) {
            for (Input& in : inputs) {
                Alert& a = *in.alert;
                if (t <= a.evaluatedUntilMs)
                    continue; // already evaluated from an earlier, overlapping answer
                a.evaluatedUntilMs = t;
                double value = std::nan("");
                if (in.series) {
                    const std::vector<double>& times = in.series->times();
                    while (in.next < times.size() && toMs(times[in.next]) < t)
                        ++in.next;
                    if (in.next < times.size() && toMs(times[in.next]) == t)
                        value = in.series->values()[in.next];
                }
                auto transition = [&](bool firing) {
                    transitions.append({panel.id, panel.title, a.legend, threshold, firing, t / 1000.0, value,
                                        a.ref.seriesKey, a.activeAtMs / 1000.0});
                };
                if (threshold.breachedBy(value)) {
                    if (a.state == State::Inactive) {
                        a.state = State::Pending;
                        a.activeAtMs = t;
                    }
                    a.keepFiringSinceMs = -1;
                    if (a.state == State::Pending && t - a.activeAtMs >= threshold.forMs) {
                        a.state = State::Firing;
                        transition(true);
                    }
                    continue;
                }
                if (a.state == State::Inactive)
                    continue;
                bool keepFiring = false;
                if (a.state == State::Firing && threshold.keepFiringForMs > 0) {
                    if (a.keepFiringSinceMs < 0)
                        a.keepFiringSinceMs = t;
                    keepFiring = t - a.keepFiringSinceMs < threshold.keepFiringForMs;
                }
                if (keepFiring)
                    continue;
                if (a.state == State::Firing)
                    transition(false);
                a.state = State::Inactive;
                a.keepFiringSinceMs = -1;
            }
        }
    }
    return transitions;
}

void AlertEvaluator::restore(const AlertRef& recorded, qint64 atMs)
{
    Alert& alert = m_alerts[recorded.alertKey()];
    alert.ref = recorded;
    alert.evaluatedUntilMs = qMax(alert.evaluatedUntilMs, atMs);
    alert.state = recorded.firing ? State::Firing : State::Inactive;
    alert.activeAtMs = recorded.startMs;
    alert.keepFiringSinceMs = -1;
}

AlertEvaluator::State AlertEvaluator::state(const AlertRef& alert) const
{
    const auto it = m_alerts.constFind(alert.alertKey());
    return it == m_alerts.constEnd() ? State::Inactive : it->state;
}

QList<AlertRef> AlertEvaluator::firing() const
{
    QList<AlertRef> list;
    for (const Alert& a : m_alerts) {
        if (a.state != State::Firing)
            continue;
        AlertRef ref = a.ref;
        ref.startMs = a.activeAtMs;
        ref.firing = true;
        list.append(ref);
    }
    return list;
}

QString AlertEvaluator::describe(const AlertTransition& t, const QString& unit)
{
    const QString name = t.threshold.name.isEmpty() ? t.panelTitle : t.threshold.name;
    const QString what = t.seriesLegend.isEmpty() || t.seriesLegend == QLatin1String("{}")
                             ? t.panelTitle
                             : t.panelTitle + QStringLiteral(" ") + t.seriesLegend;
    if (!t.firing) {
        const QString head = tr("Alert resolved: %1 — %2").arg(name, what);
        return std::isnan(t.value) ? tr("%1 has no value").arg(head)
                                   : tr("%1 is %2").arg(head, MetricStateInfo::formatValue(t.value, unit));
    }
    const QString head = tr("Alert firing (%1): %2 — %3").arg(MetricStateInfo::levelLabel(t.threshold.level), name, what);
    const QString value = MetricStateInfo::formatValue(t.value, unit);
    const QString limit = MetricStateInfo::formatValue(t.threshold.value, unit);
    const QString rule = t.threshold.above ? (t.threshold.inclusive ? tr("at or above %1") : tr("above %1")).arg(limit)
                                           : (t.threshold.inclusive ? tr("at or below %1") : tr("below %1")).arg(limit);
    const QString held = t.threshold.forMs > 0 ? tr(" for %1 s").arg(t.threshold.forMs / 1000) : QString();
    return tr("%1 is %2, %3%4").arg(head, value, rule, held);
}
