#pragma once

#include "AlertmanagerAlert.h"
#include "IncidentData.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// Alertmanager alerts attached to an incident, read from its timeline: an attached alert that
// resolves or fires again is recorded once; the console's own threshold alert for the same alert
// (same name, its series' labels among the alert's) is not recorded beside it.
class AttachedAlerts
{
    Q_DECLARE_TR_FUNCTIONS(AttachedAlerts)
public:
    struct Change
    {
        AmAlert alert; // as last seen (labels, annotations); for a resolution, as recorded
        AlertRef ref;  // what the timeline records
        qint64 atMs = 0;
    };
    explicit AttachedAlerts(const QList<TimelineEvent>& events);

    bool isAttached(const AmAlert& alert) const { return m_last.contains(alert.ref(true).alertKey()); }
    int count() const { return int(m_last.size()); }
    // What changed since the timeline's last word on each attached alert. A missing alert counts as
    // resolved only when the list was complete and Alertmanager has run long enough to have heard again
    // from Prometheus (settled): a restarted Alertmanager forgets alerts until they are sent again.
    QList<Change> changes(const AmSnapshot& snapshot, qint64 nowMs, bool settled) const;
    // A console threshold alert (AlertRef of the evaluator) that an attached alert already stands for.
    bool standsFor(const AlertRef& consoleAlert) const;
    // The console's firing record of the same alert, if the timeline has one open.
    std::optional<TimelineEvent> consoleTwinOf(const AmAlert& alert, const QList<TimelineEvent>& events) const;

    static bool sameAlert(const AlertRef& consoleAlert, const AlertRef& alertmanagerAlert);
    static QMap<QString, QString> labelsOfKey(const QString& seriesKey); // MetricSeries::keyOf read back
    // "Alertmanager: KafkaLagHigh firing since 14:02 · Consumer lag over 5000 · {labels}"
    static QString describe(const AmAlert& alert, bool firing, bool attached);

    // A silence made from the console is kept in its timeline event's phase, so that every seat (and a
    // later run) knows when it runs out and records that once.
    struct Silence
    {
        QString id;
        QString alertName;
        qint64 untilMs = 0;
    };
    static QString silencePhase(const Silence& silence);
    static QString silenceEndedPhase(const QString& silenceId);
    static QList<Silence> silencesRunOut(const QList<TimelineEvent>& events, qint64 nowMs); // not yet recorded as ended

private:
    QHash<QString, AlertRef> m_last; // each attached alert's last recorded state
};
