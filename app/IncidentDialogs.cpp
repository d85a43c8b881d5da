#include "IncidentDialogs.h"

#include "Clock.h"
#include "DeclareIncidentDialog.h"
#include "EditEventDialog.h"
#include "Incident.h"
#include "IncidentListDialog.h"
#include "IncidentService.h"
#include "StatusAsOfDialog.h"
#include "IncidentMove.h"
#include "storage/IncidentStore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPointer>
#include <QPushButton>
#include <utility>

IncidentDialogs::IncidentDialogs(IncidentService& service, QWidget* window)
    : QObject(window)
    , m_service(service)
    , m_window(window)
{
    connect(&m_service, &IncidentService::declared, this, [this] { Q_EMIT done(tr("Incident declared and recorded")); });
    connect(&m_service, &IncidentService::incidentsListed, this, &IncidentDialogs::showIncidentList);
}

void IncidentDialogs::declare()
{
    const QString commander = m_service.author();
    auto* dialog = new DeclareIncidentDialog(m_service.clock().now(), commander, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        DeclareRequest request{dialog->title(), dialog->severity(), dialog->commander(),
                               dialog->started().toMSecsSinceEpoch()};
        m_service.declare(request); // said by declared() once the store has it; a refusal through failed()
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
    m_listWanted = true;
    m_service.requestIncidentList(); // read off the UI thread; the list opens when it arrives
}

void IncidentDialogs::showIncidentList(const QList<IncidentSummary>& incidents, const QString& error)
{
    if (!std::exchange(m_listWanted, false))
        return;
    if (!error.isEmpty() && incidents.isEmpty())
        Q_EMIT problem(error);
    auto* dialog = new IncidentListDialog(incidents, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const qint64 id = dialog->selectedIncidentId())
            m_service.openInBackground(id); // a long incident is read off the UI thread
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

void IncidentDialogs::moveToSharedStore()
{
    const Incident* incident = m_service.current();
    if (!incident || m_service.store().isShared())
        return;
    bool ok = false;
    const QString url = QInputDialog::getText(m_window, tr("Move to a shared store"),
                                              tr("The shared store's URL (the password from PGPASSWORD or ~/.pgpass):"),
                                              QLineEdit::Normal, QStringLiteral("postgresql://"), &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    // Moved on the writer's thread, after everything this seat recorded; the window carries on meanwhile.
    const qint64 incidentId = incident->id();
    const QString author = m_service.author();
    const qint64 nowMs = m_service.clock().nowMs();
    QPointer<IncidentDialogs> self(this);
    Q_EMIT done(tr("Moving incident %1 to the shared store…").arg(incidentId));
    m_service.runOffTheUiThread([self, location = url.trimmed(), incidentId, author, nowMs](IncidentStore& from) {
        MoveResult result;
        IncidentStore target;
        if (!target.open(location)) {
            result.error = target.errorString();
        } else {
            result.movedId = IncidentMove::move(from, incidentId, target, author, nowMs, &result.error);
            result.targetPath = target.path();
            result.targetLocation = target.location();
            if (result.movedId != 0)
                result.invitation = IncidentMove::invitation(target, result.movedId);
        }
        QMetaObject::invokeMethod(qApp, [self, incidentId, result] {
            if (self)
                self->showMoved(incidentId, result);
        }, Qt::QueuedConnection);
    });
}

void IncidentDialogs::showMoved(qint64 incidentId, const MoveResult& result)
{
    if (result.movedId == 0) {
        Q_EMIT problem(result.error);
        return;
    }
    m_service.openInBackground(incidentId); // shows the note that says where it went
    const qint64 moved = result.movedId;
    auto* box = new QMessageBox(QMessageBox::Information, tr("Incident moved"),
                                tr("The incident is now incident %1 on %2. Send this to the people who should join:")
                                    .arg(moved)
                                    .arg(result.targetPath),
                                QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(result.invitation);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton* reopen = box->addButton(tr("Reopen on the shared store"), QMessageBox::AcceptRole);
    box->addButton(tr("Stay on this file"), QMessageBox::RejectRole);
    const QString location = result.targetLocation;
    connect(box, &QMessageBox::finished, this, [this, box, reopen, location, moved] {
        if (box->clickedButton() != reopen)
            return;
        // The URL goes through the environment: a password in it never shows in the process list.
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IC_DB"), location);
        console.setProcessEnvironment(env);
        console.setProgram(QCoreApplication::applicationFilePath());
        console.setArguments({QStringLiteral("--open"), QString::number(moved), QStringLiteral("--author"), m_service.author()});
        if (console.startDetached()) {
            m_service.closeIncident(); // it goes on in the new console: quitting this one asks nothing
            QCoreApplication::quit();
        }
        else
            Q_EMIT problem(tr("The console could not be started on the shared store: %1").arg(console.errorString()));
    });
    box->open();
}
