#pragma once

#include "DashboardProfile.h"
#include "IncidentData.h"
#include "MetricSeries.h"

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
    double value = 0;    // NaN when the series had no value at that time
    QString seriesKey = {}; // MetricSeries::keyOf of the series' labels
    double startSec = 0;    // when the condition began to hold (Prometheus' activeAt)

    AlertRef ref() const; // the alert and transition as data
};

// Prometheus' alerting-rule state machine, one per panel, rule and series, evaluated on the grid of
// the range query (start, start + step, ..., end) the way Prometheus' rule engine evaluates at each
// evaluation time: a series without a sample at a time, or whose sample is NaN (NaN compares false,
// as in PromQL), gives the rule no result for it. Without a result a pending alert is dropped and a
// firing one resolves, unless keep_firing_for still holds it; with one, it fires once held for "for".
class AlertEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(AlertEvaluator)
public:
    enum class State { Inactive, Pending, Firing };

    // The timeline's words for a transition, with the value and the rule.
    static QString describe(const AlertTransition& transition, const QString& unit);

    // One range query's answer: samples of every series at fromSec + k * stepSec, up to toSec.
    QList<AlertTransition> evaluate(const PanelDefinition& panel, const QList<MetricSeries>& series, double fromSec,
                                    double toSec, double stepSec);
    // Continues from what the timeline recorded (after a restart): nothing up to the recorded time is
    // evaluated again, and a firing alert stays firing until its condition stops holding.
    void restore(const AlertRef& recorded, qint64 atMs);
    void reset() { m_alerts.clear(); }

    State state(const AlertRef& alert) const;
    QList<AlertRef> firing() const; // every firing alert, with its start

private:
    struct Alert
    {
        qint64 evaluatedUntilMs = -1;
        State state = State::Inactive;
        qint64 activeAtMs = 0;
        qint64 keepFiringSinceMs = -1; // -1: the condition holds (or the alert is not firing)
        AlertRef ref; // panel, series and rule
        QString legend;
    };
    QHash<QString, Alert> m_alerts; // by AlertRef::alertKey
};
