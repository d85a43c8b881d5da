#include "IncidentDialogs.h"

#include "Clock.h"
#include "DeclareIncidentDialog.h"
#include "EditEventDialog.h"
#include "Incident.h"
#include "IncidentListDialog.h"
#include "IncidentService.h"
#include "StatusAsOfDialog.h"
#include "storage/IncidentStore.h"

IncidentDialogs::IncidentDialogs(IncidentService& service, QWidget* window)
    : QObject(window)
    , m_service(service)
    , m_window(window)
{
}

void IncidentDialogs::declare()
{
    const QString commander = m_service.author();
    auto* dialog = new DeclareIncidentDialog(m_service.clock().now(), commander, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        DeclareRequest request{dialog->title(), dialog->severity(), dialog->commander(),
                               dialog->started().toMSecsSinceEpoch()};
        if (m_service.declare(request)) {
            Q_EMIT done(tr("Incident declared and recorded"));
        }
    });
    dialog->open();
}

void IncidentDialogs::setStatusAsOf()
{
    Incident* incident = m_service.current();
    if (!incident)
        return;
    // Mitigated is what is most often named after the fact.
    const IncidentStatus proposed = incident->data().status < IncidentStatus::Mitigated ? IncidentStatus::Mitigated
                                                                                      : incident->data().status;
    auto* dialog = new StatusAsOfDialog(proposed, incident->data().startedMs, m_service.clock().now(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_service.setStatus(dialog->status(), dialog->moment().toMSecsSinceEpoch()))
            Q_EMIT done(tr("Status recorded as of %1").arg(dialog->moment().toString(QStringLiteral("HH:mm:ss"))));
    });
    dialog->open();
}

void IncidentDialogs::open()
{
    const QList<IncidentSummary> incidents = m_service.store().listIncidents();
    if (!m_service.store().errorString().isEmpty() && incidents.isEmpty())
        Q_EMIT problem(m_service.store().errorString());
    auto* dialog = new IncidentListDialog(incidents, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const qint64 id = dialog->selectedIncidentId())
            m_service.open(id);
    });
    dialog->open();
}

void IncidentDialogs::editEvent(qint64 eventId)
{
    Incident* incident = m_service.current();
    const int row = incident ? incident->rowOfEvent(eventId) : -1;
    if (row < 0)
        return;
    const TimelineEvent& event = incident->events().at(row);
    auto* dialog = new EditEventDialog(event.text, QDateTime::fromMSecsSinceEpoch(event.atMs), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int seen = event.revisions; // another seat's edit meanwhile is a conflict, not overwritten
    connect(dialog, &QDialog::accepted, this, [this, dialog, eventId, seen] {
        m_service.editEvent(eventId, dialog->text(), dialog->at().toMSecsSinceEpoch(), seen);
    });
    dialog->open();
}
