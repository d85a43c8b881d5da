#include "MetricPanelData.h"

#include <cmath>
#include <limits>

MetricSeries* MetricPanelData::find(const QString& key)
{
    for (MetricSeries& s : series) {
        if (s.key() == key)
            return &s;
    }
    return nullptr;
}

double MetricPanelData::latestValue(QString* legend) const
{
    double bestTime = -std::numeric_limits<double>::infinity();
    double value = std::numeric_limits<double>::quiet_NaN();
    for (const MetricSeries& s : series) {
        const double v = s.lastValue();
        if (std::isnan(v))
            continue;
        // The worst value among the newest samples is what a commander needs to see.
        if (s.lastTime() > bestTime || (s.lastTime() == bestTime && v > value)) {
            bestTime = s.lastTime();
            value = v;
            if (legend)
                *legend = s.legend();
        }
    }
    return value;
}

double MetricPanelData::valueAt(double timeSec, QString* legend) const
{
    double bestTime = -std::numeric_limits<double>::infinity();
    double value = std::numeric_limits<double>::quiet_NaN();
    for (const MetricSeries& s : series) {
        double at = 0;
        const double v = s.valueAt(timeSec, &at);
        if (std::isnan(v))
            continue;
        if (at > bestTime || (at == bestTime && v > value)) {
            bestTime = at;
            value = v;
            if (legend)
                *legend = s.legend();
        }
    }
    return value;
}
