#pragma once

#include <QMap>
#include <QString>
#include <vector>

// One line on a chart: sample times (seconds since the epoch) and values, ordered by time.
// NaN values are gaps, never zeros.
class MetricSeries
{
public:
    MetricSeries() = default;
    MetricSeries(QString key, QString legend, QMap<QString, QString> labels = {});

    const QString& key() const { return m_key; }
    const QString& legend() const { return m_legend; }
    const QMap<QString, QString>& labels() const { return m_labels; }
    const std::vector<double>& times() const { return m_times; }
    const std::vector<double>& values() const { return m_values; }
    size_t size() const { return m_times.size(); }
    bool isEmpty() const { return m_times.empty(); }
    double lastTime() const;
    double lastValue() const; // the newest value that is not NaN, or NaN
    double valueAt(double time, double* at = nullptr) const; // the newest value not NaN at or before time

    // Adds samples; points at times already held are replaced. Returns how many are new.
    size_t merge(const std::vector<double>& times, const std::vector<double>& values);
    void append(double time, double value); // a newer point (the live path)
    void trimBefore(double time);

    // A stable identity for a label set: {a="1",b="2"}.
    static QString keyOf(const QMap<QString, QString>& labels);

private:
    QString m_key;
    QString m_legend;
    QMap<QString, QString> m_labels;
    std::vector<double> m_times;
    std::vector<double> m_values;
};
