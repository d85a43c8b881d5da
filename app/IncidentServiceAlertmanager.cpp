// IncidentService: the Alertmanager alerts of the open incident.
#include "IncidentService.h"

#include "Clock.h"
#include "Incident.h"

#include <QDateTime>
#include <algorithm>

DeclareRequest IncidentService::declareFrom(const QList<AmAlert>& alerts, const AlertSeverityMap& severities,
                                            qint64 nowMs)
{
    DeclareRequest request;
    if (alerts.isEmpty())
        return request;
    request.title = alerts.size() == 1 ? alerts.constFirst().summary()
                                       : tr("%1 (%n alerts)", nullptr, int(alerts.size())).arg(alerts.constFirst().summary());
    request.title = request.title.left(200);
    request.severity = Severity::Sev3;
    request.startedMs = nowMs;
    for (const AmAlert& alert : alerts) {
        request.severity = qMin(request.severity, severities.severityOf(alert)); // SEV-1 is the worst
        if (alert.startsMs > 0)
            request.startedMs = qMin(request.startedMs, alert.startsMs);
    }
    request.detectedMs = request.startedMs; // the alert was the detection
    for (const AmAlert& alert : alerts) {
        TimelineEvent first;
        first.kind = EventKind::Alert;
        first.atMs = alert.startsMs > 0 ? qMin(alert.startsMs, nowMs) : nowMs;
        first.text = AttachedAlerts::describe(alert, true, true);
        first.author = tr("Alertmanager");
        first.alert = alert.ref(true);
        request.firstEvents.append(first);
    }
    return request;
}

bool IncidentService::recordAlertEvent(const TimelineEvent& alertEvent)
{
    const IncidentData& d = m_current->data();
    const bool detects = alertEvent.alert->firing && alertEvent.atMs >= d.startedMs &&
                         (d.detectedMs == 0 || alertEvent.atMs < d.detectedMs);
    Outbox::Entry entry = Outbox::Entry::of(detects ? Outbox::Op::Header : Outbox::Op::Event, alertEvent, d);
    entry.header.detectedMs = detects ? alertEvent.atMs : d.detectedMs;
    if (!write(entry))
        return false;
    if (detects)
        m_current->setKeyTimes(d.startedMs, alertEvent.atMs, d.mitigatedMs, d.resolvedMs);
    m_current->insertEvent(entry.event);
    return true;
}

bool IncidentService::attachAlert(const AmAlert& alert)
{
    if (!requireIncident())
        return false;
    if (alert.labels.isEmpty())
        return failWith(tr("The alert has no labels; nothing to attach."));
    const AttachedAlerts attached(m_current->events());
    if (attached.isAttached(alert))
        return failWith(tr("%1 is already attached to this incident.").arg(alert.name()));
    TimelineEvent event = stamp(EventKind::Alert, AttachedAlerts::describe(alert, true, true));
    // It fired before it was attached: the timeline places it when it began, within the incident.
    const IncidentData& d = m_current->data();
    if (alert.startsMs > 0)
        event.atMs = qBound(d.startedMs, alert.startsMs, event.atMs);
    if (const auto twin = attached.consoleTwinOf(alert, m_current->events()))
        event.text += tr(" (the console's threshold recorded it at %1; from now on Alertmanager speaks for it)")
                          .arg(QDateTime::fromMSecsSinceEpoch(twin->atMs).toString(QStringLiteral("HH:mm:ss")));
    event.alert = alert.ref(true);
    // Two seats attaching the same alert at once record it once.
    event.uuid = sharedEventUuid(m_current->id(), QStringLiteral("alertmanager-attach\x1f") + event.alert->alertKey());
    return recordAlertEvent(event);
}

int IncidentService::recordAttachedChanges(const QList<AttachedAlerts::Change>& changes)
{
    int recorded = 0;
    for (const AttachedAlerts::Change& change : changes) {
        if (!m_current)
            break;
        // Asked again before the last answer arrived: the timeline already says so.
        const QList<TimelineEvent> last = lastAlertStates();
        const auto same = std::find_if(last.cbegin(), last.cend(), [&](const TimelineEvent& e) {
            return e.alert->alertKey() == change.ref.alertKey();
        });
        if (same == last.cend() || same->alert->firing == change.ref.firing)
            continue;
        TimelineEvent event = stamp(EventKind::Alert, AttachedAlerts::describe(change.alert, change.ref.firing, false));
        event.atMs = change.atMs;
        event.author = tr("Alertmanager");
        event.alert = change.ref;
        // Every seat watching Alertmanager sees the change: the same UUID, so the store keeps one.
        const auto records = std::count_if(m_current->events().cbegin(), m_current->events().cend(), [&](const TimelineEvent& e) {
            return e.kind == EventKind::Alert && e.alert->alertKey() == change.ref.alertKey();
        });
        event.uuid = sharedEventUuid(m_current->id(), QStringLiteral("alertmanager\x1f%1\x1f%2").arg(change.ref.alertKey()).arg(records));
        if (!recordAlertEvent(event))
            return recorded;
        ++recorded;
    }
    return recorded;
}
