#include "FiringAlerts.h"

#include <algorithm>

QString FiringAlerts::keyOf(const AlertTransition& t)
{
    return QStringList{t.panelId,
                       t.seriesLegend,
                       QString::number(static_cast<int>(t.threshold.level)),
                       t.threshold.above ? QStringLiteral(">") : QStringLiteral("<"),
                       QString::number(t.threshold.value, 'g', 17),
                       t.threshold.name}
        .join(QLatin1Char('\x1f'));
}

void FiringAlerts::apply(const QList<AlertTransition>& transitions)
{
    for (const AlertTransition& t : transitions) {
        if (t.firing)
            m_firing.insert(keyOf(t), t);
        else
            m_firing.remove(keyOf(t));
    }
}

QList<AlertTransition> FiringAlerts::list() const
{
    QList<AlertTransition> alerts = m_firing.values();
    std::sort(alerts.begin(), alerts.end(), [](const AlertTransition& a, const AlertTransition& b) {
        const bool aCritical = a.threshold.level == ThresholdLevel::Critical;
        const bool bCritical = b.threshold.level == ThresholdLevel::Critical;
        if (aCritical != bCritical)
            return aCritical;
        if (a.atSec != b.atSec)
            return a.atSec < b.atSec;
        return keyOf(a) < keyOf(b);
    });
    return alerts;
}
