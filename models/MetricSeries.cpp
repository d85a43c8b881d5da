#include "MetricSeries.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <limits>

MetricSeries::MetricSeries(QString key, QString legend, QMap<QString, QString> labels)
    : m_key(std::move(key))
    , m_legend(std::move(legend))
    , m_labels(std::move(labels))
{
}

double MetricSeries::lastTime() const
{
    return m_times.empty() ? std::numeric_limits<double>::quiet_NaN() : m_times.back();
}

double MetricSeries::lastValue() const
{
    for (auto it = m_values.rbegin(); it != m_values.rend(); ++it) {
        if (!std::isnan(*it))
            return *it;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

double MetricSeries::valueAt(double time, double* at) const
{
    const auto end = std::upper_bound(m_times.begin(), m_times.end(), time);
    for (auto i = static_cast<size_t>(end - m_times.begin()); i > 0; --i) {
        if (!std::isnan(m_values[i - 1])) {
            if (at)
                *at = m_times[i - 1];
            return m_values[i - 1];
        }
    }
    return std::numeric_limits<double>::quiet_NaN();
}

size_t MetricSeries::merge(const std::vector<double>& times, const std::vector<double>& values)
{
    const size_t n = std::min(times.size(), values.size());
    if (n == 0)
        return 0;
    // The common case while polling: everything is newer than what is held.
    if (m_times.empty() || times.front() > m_times.back()) {
        m_times.insert(m_times.end(), times.begin(), times.begin() + static_cast<std::ptrdiff_t>(n));
        m_values.insert(m_values.end(), values.begin(), values.begin() + static_cast<std::ptrdiff_t>(n));
        return n;
    }
    std::vector<double> t;
    std::vector<double> v;
    t.reserve(m_times.size() + n);
    v.reserve(m_times.size() + n);
    size_t i = 0, j = 0, added = 0;
    while (i < m_times.size() || j < n) {
        if (j >= n || (i < m_times.size() && m_times[i] < times[j])) {
            t.push_back(m_times[i]);
            v.push_back(m_values[i++]);
        } else if (i >= m_times.size() || times[j] < m_times[i]) {
            t.push_back(times[j]);
            v.push_back(values[j++]);
            ++added;
        } else { // same time: the newer answer wins
            t.push_back(times[j]);
            v.push_back(values[j++]);
            ++i;
        }
    }
    m_times.swap(t);
    m_values.swap(v);
    return added;
}

void MetricSeries::append(double time, double value)
{
    if (!m_times.empty() && time <= m_times.back()) {
        merge({time}, {value});
        return;
    }
    m_times.push_back(time);
    m_values.push_back(value);
}

void MetricSeries::trimBefore(double time)
{
    const auto first = std::lower_bound(m_times.begin(), m_times.end(), time);
    const auto count = first - m_times.begin();
    if (count == 0)
        return;
    m_times.erase(m_times.begin(), first);
    m_values.erase(m_values.begin(), m_values.begin() + count);
}

QString MetricSeries::keyOf(const QMap<QString, QString>& labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << it.key() + QStringLiteral("=\"") + it.value() + QLatin1Char('"');
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}
