#pragma once

#include "UpdateCadence.h"

#include <QObject>
#include <QTimer>

class IncidentService;

// How insistently to ask for the next status update, checked once a second from the incident and
// its SEV's cadence: the text to show, and a nudge each time it gets later (then once a minute).
class UpdateReminder final : public QObject
{
    Q_OBJECT
public:
    struct Reminder
    {
        UpdateCadence::State state = UpdateCadence::State::None;
        QString text; // empty while no update is due
    };

    explicit UpdateReminder(IncidentService& service, QObject* parent = nullptr);

    void start(); // checks once a second
    void check(); // now, from the service's clock
    const Reminder& current() const { return m_current; }

Q_SIGNALS:
    void changed(const UpdateReminder::Reminder& reminder); // after every check
    void nudged(const QString& text, bool firstAtThisLevel); // notify the commander (tray, window alert)
    void ticked(qint64 nowMs);

private:
    IncidentService& m_service;
    QTimer m_timer;
    Reminder m_current;
    int m_lastLevel = 0;
    qint64 m_lastNudgeMs = 0;
};
