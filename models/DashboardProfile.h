#pragma once

#include "AlertmanagerAlert.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

enum class ThresholdLevel { Warning, Critical };
enum class MetricState { Normal, Warning, Critical, NoData };

struct Threshold
{
    ThresholdLevel level = ThresholdLevel::Warning;
    bool above = true; // fires when the value is above (or, if false, below) the threshold
    double value = 0;
    qint64 forMs = -1; // -1: draws a band only; >= 0: also an alert that must hold this long
    QString name;      // the alert's name, e.g. KafkaConsumerLagHigh
    qint64 keepFiringForMs = 0; // Prometheus' keep_firing_for: a firing alert outlives its condition this long
    bool inclusive = false;     // >= or <= (a rule's expr may say so); a profile's above/below are strict
    QString runbookUrl = {};    // Prometheus' runbook_url annotation: a runbook file, or an http(s) URL

    bool breachedBy(double v) const; // NaN never breaches: it compares false, as in PromQL
    bool alerts() const { return forMs >= 0; }
    // The rule as data, never translated: "KafkaConsumerLagHigh > 5000"; part of an alert's identity.
    QString ruleId() const;
};

struct PanelDefinition
{
    QString id;
    QString title;
    QString query;
    QString unit;
    QString legend; // "{{topic}}"
    QUrl prometheus;
    int refreshMs = 15'000;
    QList<Threshold> thresholds;

    MetricState stateOf(double value) const;

    QJsonObject toJson() const; // kept with an incident so its charts render long after
    static PanelDefinition fromJson(const QJsonObject& object);
};

// Which Prometheus to ask and what to chart; read from a YAML or JSON file.
struct DashboardProfile
{
    QString name;
    QUrl prometheus;
    int refreshMs = 15'000;
    int deadlineMs = 10'000;
    QString bearerTokenEnv;
    QString basicUserEnv;
    QString basicPasswordEnv;
    QStringList alertRuleFiles;
    QList<PanelDefinition> panels;
    AlertmanagerSource alertmanager; // unset: the console's own thresholds only

    // The runbook_url of the rule an alert came from (panel id, Threshold::ruleId); empty if none.
    QString runbookUrlFor(const QString& panelId, const QString& ruleId) const;
};

class MetricStateInfo
{
    Q_DECLARE_TR_FUNCTIONS(MetricStateInfo)
public:
    static QString label(MetricState state);
    static QString levelLabel(ThresholdLevel level);
    static QString formatValue(double value, const QString& unit);
};
