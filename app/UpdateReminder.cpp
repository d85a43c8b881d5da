#include "UpdateReminder.h"

#include "Clock.h"
#include "Incident.h"
#include "IncidentService.h"
#include "Severity.h"

UpdateReminder::UpdateReminder(IncidentService& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    connect(&m_timer, &QTimer::timeout, this, &UpdateReminder::check);
}

void UpdateReminder::start()
{
    m_timer.start(1000);
}

void UpdateReminder::check()
{
    const Incident* incident = m_service.current();
    const qint64 now = m_service.clock().nowMs();
    Q_EMIT ticked(now);
    const int cadence = incident ? SeverityInfo::updateCadenceMinutes(incident->data().severity) : 0;
    const auto state = incident ? UpdateCadence::state(incident->data(), cadence, now) : UpdateCadence::State::None;
    m_current = Reminder{state, QString()};
    if (state == UpdateCadence::State::None || state == UpdateCadence::State::OnTrack) {
        m_lastLevel = 0;
        Q_EMIT changed(m_current);
        return;
    }
    const QString late = UpdateCadence::countdownText(incident->data(), cadence, now);
    const QString sev = SeverityInfo::label(incident->data().severity);
    m_current.text = state == UpdateCadence::State::Due
                         ? tr("%1: a status update is due (%2: every %3 minutes).").arg(late, sev).arg(cadence)
                     : state == UpdateCadence::State::Overdue
                         ? tr("%1. %2 expects an update every %3 minutes.").arg(late, sev).arg(cadence)
                         : tr("%1: a whole update cycle was missed. Tell people where things stand.").arg(late);
    Q_EMIT changed(m_current);
    // More insistent the later it gets: a nudge when it falls due or gets later, then one a minute.
    const int level = static_cast<int>(state);
    if (level > m_lastLevel) {
        m_lastNudgeMs = now;
        Q_EMIT nudged(m_current.text, true);
    } else if (state != UpdateCadence::State::Due && now - m_lastNudgeMs >= 60'000) {
        m_lastNudgeMs = now;
        Q_EMIT nudged(m_current.text, false);
    }
    m_lastLevel = level;
}
