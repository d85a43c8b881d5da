#pragma once

#include "IncidentStatus.h"
#include "Severity.h"

#include <QPointer>
#include <QWidget>

class Clock;
class Incident;
class QComboBox;
class QLabel;
class QTimer;

// The incident at a glance: SEV, title, status, commander, key times and a live T+ clock.
class IncidentHeader final : public QWidget
{
    Q_OBJECT
public:
    IncidentHeader(const Clock& clock, QWidget* parent = nullptr);

    void setIncident(Incident* incident);
    QComboBox* severityBox() const { return m_severity; }
    QComboBox* statusBox() const { return m_status; }
    QString clockText() const;
    QString countdownText() const;

Q_SIGNALS:
    void severityRequested(Severity severity);
    void statusRequested(IncidentStatus status);

private:
    void refresh();
    void tick();

    const Clock& m_clock;
    QPointer<Incident> m_incident;
    QLabel* m_title;
    QComboBox* m_severity;
    QComboBox* m_status;
    QLabel* m_details;
    QLabel* m_clockLabel;
    QLabel* m_countdown;
    QTimer* m_timer;
};
