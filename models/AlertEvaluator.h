#pragma once

#include "DashboardProfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

struct AlertTransition
{
    QString panelId;
    QString panelTitle;
    QString seriesLegend;
    Threshold threshold;
    bool firing = false; // false: resolved
    double atSec = 0;
    double value = 0;
};

// Threshold + "for" state machines, one per panel, series and threshold, fed with each new batch.
// Like Prometheus: the condition must hold at every sample for the whole "for" before it fires.
class AlertEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(AlertEvaluator)
public:
    // The timeline's words for a transition, with the value and the rule.
    static QString describe(const AlertTransition& transition, const QString& unit);
    // The part of describe() that names the alert and the series, without the value: the same alert
    // evaluated again (after a restart, on another step grid) starts with the same words.
    static QString describeHead(const AlertTransition& transition);

    QList<AlertTransition> evaluate(const PanelDefinition& panel, const QString& seriesKey, const QString& legend,
                                    const double* times, const double* values, size_t count);
    void reset() { m_states.clear(); }

private:
    struct State
    {
        double evaluatedUntil = -1;
        double pendingSince = -1; // -1: condition not holding
        bool firing = false;
    };
    QHash<QString, State> m_states;
};
