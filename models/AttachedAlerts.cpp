#include "AttachedAlerts.h"

#include "MetricSeries.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

AttachedAlerts::AttachedAlerts(const QList<TimelineEvent>& events)
{
    for (const TimelineEvent& e : events) { // in time order: the last one stays
        if (e.kind == EventKind::Alert && AmAlert::isAlertmanagerRef(e.alert))
            m_last.insert(e.alert->alertKey(), e.alert);
    }
}

QList<AttachedAlerts::Change> AttachedAlerts::changes(const AmSnapshot& snapshot, qint64 nowMs, bool settled) const
{
    // A key is built from an alert's labels: only for alerts named like an attached one, not for thousands.
    QSet<QString> names;
    for (const AlertRef& ref : m_last)
        names.insert(ref.rule);
    QHash<QString, const AmAlert*> seen;
    for (const AmGroup& group : snapshot.groups) {
        for (const AmAlert& alert : group.alerts) {
            if (names.contains(alert.name()))
                seen.insert(alert.ref(true).alertKey(), &alert);
        }
    }
    QList<Change> changes;
    for (auto it = m_last.cbegin(); it != m_last.cend(); ++it) {
        const AmAlert* now = seen.value(it.key());
        if (now && !it->firing) {
            changes.append({*now, now->ref(true), nowMs});
        } else if (!now && it->firing && settled && !snapshot.capped()) {
            AmAlert gone;
            gone.labels = labelsOfKey(it->seriesKey);
            AlertRef ref = *it;
            ref.firing = false;
            changes.append({gone, ref, nowMs});
        }
    }
    std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.ref.rule < b.ref.rule; });
    return changes;
}

bool AttachedAlerts::sameAlert(const AlertRef& consoleAlert, const AlertRef& alertmanagerAlert)
{
    const QString name = consoleAlert.rule.section(QLatin1Char(' '), 0, 0);
    if (name.isEmpty() || name != alertmanagerAlert.rule)
        return false;
    const QMap<QString, QString> theirs = labelsOfKey(alertmanagerAlert.seriesKey);
    const QMap<QString, QString> series = labelsOfKey(consoleAlert.seriesKey);
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        if (it.key() != QLatin1String("__name__") && theirs.value(it.key()) != it.value())
            return false;
    }
    return true;
}

bool AttachedAlerts::standsFor(const AlertRef& consoleAlert) const
{
    for (const AlertRef& ref : m_last) {
        if (sameAlert(consoleAlert, ref))
            return true;
    }
    return false;
}

std::optional<TimelineEvent> AttachedAlerts::consoleTwinOf(const AmAlert& alert, const QList<TimelineEvent>& events) const
{
    const AlertRef mine = alert.ref(true);
    QHash<QString, TimelineEvent> last;
    for (const TimelineEvent& e : events) {
        if (e.kind == EventKind::Alert && e.alert.isSet() && !AmAlert::isAlertmanagerRef(e.alert) && sameAlert(e.alert, mine))
            last.insert(e.alert->alertKey(), e);
    }
    for (const TimelineEvent& e : std::as_const(last)) {
        if (e.alert->firing)
            return e;
    }
    return std::nullopt;
}

QMap<QString, QString> AttachedAlerts::labelsOfKey(const QString& seriesKey)
{
    QMap<QString, QString> labels;
    if (seriesKey.startsWith(QLatin1String("{\""))) { // an Alertmanager alert's labels, as JSON
        const QJsonObject o = QJsonDocument::fromJson(seriesKey.toUtf8()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            labels.insert(it.key(), it.value().toString());
        return labels;
    }
    // keyOf writes name="value" pairs joined by commas inside braces, without escaping: a pair begins
    // after the opening brace or after a closing quote and a comma.
    static const QRegularExpression pair(QStringLiteral("(?:^\\{|\",)([A-Za-z_][A-Za-z0-9_]*)=\""));
    QList<QRegularExpressionMatch> starts;
    for (auto it = pair.globalMatch(seriesKey); it.hasNext();)
        starts.append(it.next());
    for (int i = 0; i < starts.size(); ++i) {
        const qsizetype from = starts.at(i).capturedEnd();
        const qsizetype to = i + 1 < starts.size() ? starts.at(i + 1).capturedStart() : seriesKey.size() - 2;
        labels.insert(starts.at(i).captured(1), seriesKey.mid(from, qMax<qsizetype>(0, to - from)));
    }
    return labels;
}

QString AttachedAlerts::describe(const AmAlert& alert, bool firing, bool attached)
{
    QMap<QString, QString> shown = alert.labels;
    shown.remove(QStringLiteral("alertname"));
    const QString labels = shown.isEmpty() ? QString() : QStringLiteral(" · ") + MetricSeries::keyOf(shown);
    if (!firing)
        return tr("Alertmanager: %1 resolved%2").arg(alert.name(), labels);
    const QString since = QDateTime::fromMSecsSinceEpoch(alert.startsMs).toString(QStringLiteral("HH:mm"));
    const QString summary = alert.summary() == alert.name() ? QString() : QStringLiteral(" · ") + alert.summary();
    return attached ? tr("Alertmanager: %1 attached, firing since %2%3%4").arg(alert.name(), since, summary, labels)
                    : tr("Alertmanager: %1 firing again since %2%3%4").arg(alert.name(), since, summary, labels);
}

namespace {
const QString SilencePrefix = QStringLiteral("alertmanager-silence:");
}

QString AttachedAlerts::silencePhase(const Silence& silence)
{
    return SilencePrefix + silence.id + QLatin1Char(';') + QString::number(silence.untilMs) + QLatin1Char(';') + silence.alertName;
}

QString AttachedAlerts::silenceEndedPhase(const QString& silenceId)
{
    return SilencePrefix + silenceId + QStringLiteral(";ended");
}

QList<AttachedAlerts::Silence> AttachedAlerts::silencesRunOut(const QList<TimelineEvent>& events, qint64 nowMs)
{
    QList<Silence> made;
    QSet<QString> ended;
    for (const TimelineEvent& e : events) {
        if (!e.phase.startsWith(SilencePrefix))
            continue;
        const QStringList parts = e.phase.mid(SilencePrefix.size()).split(QLatin1Char(';'));
        if (parts.size() == 2 && parts.at(1) == QLatin1String("ended"))
            ended.insert(parts.at(0));
        else if (parts.size() >= 3)
            made.append({parts.at(0), parts.mid(2).join(QLatin1Char(';')), parts.at(1).toLongLong()});
    }
    QList<Silence> runOut;
    for (const Silence& silence : std::as_const(made)) {
        if (silence.untilMs <= nowMs && !ended.contains(silence.id))
            runOut.append(silence);
    }
    return runOut;
}
