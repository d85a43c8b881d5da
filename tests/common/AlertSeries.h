#pragma once

#include "AlertEvaluator.h"
#include "MetricSeries.h"

#include <QStringList>
#include <cmath>

// A compact notation for alert test cases.
namespace AlertSeries {
// "6000 6000 NaN - 100": one value per step from t0; NaN a NaN sample, "-" no sample in the answer.
inline MetricSeries parse(const QMap<QString, QString>& labels, const QString& values, double t0, double step)
{
    MetricSeries s(MetricSeries::keyOf(labels), labels.value(QStringLiteral("topic")), labels);
    const QStringList words = values.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<double> times, samples;
    for (int i = 0; i < words.size(); ++i) {
        if (words.at(i) == QLatin1String("-"))
            continue;
        times.push_back(t0 + i * step);
        samples.push_back(words.at(i) == QLatin1String("NaN") ? std::nan("") : words.at(i).toDouble());
    }
    s.merge(times, samples);
    return s;
}

inline int steps(const QString& values)
{
    return int(values.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

// "> 5000", ">= 5000", "< 10" with for and keep_firing_for in seconds.
inline Threshold rule(const QString& text, int forSec, int keepSec, const QString& name = QStringLiteral("LagHigh"))
{
    const QStringList parts = text.split(QLatin1Char(' '));
    Threshold t;
    t.above = parts.at(0).startsWith(QLatin1Char('>'));
    t.inclusive = parts.at(0).endsWith(QLatin1Char('='));
    t.value = parts.at(1).toDouble();
    t.forMs = forSec * 1000;
    t.keepFiringForMs = keepSec * 1000;
    t.name = name;
    return t;
}

// Transitions as "F30 R45": firing or resolved, seconds after t0.
inline QString verdicts(const QList<AlertTransition>& transitions, double t0)
{
    QStringList out;
    for (const AlertTransition& t : transitions)
        out << QLatin1String(t.firing ? "F" : "R") + QString::number(t.atSec - t0);
    return out.join(QLatin1Char(' '));
}
} // namespace AlertSeries
