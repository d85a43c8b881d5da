#include "AlertsTab.h"

#include "AlertTriageModel.h"
#include "AlertTriagePanel.h"
#include "AlertmanagerWatcher.h"
#include "AttachedAlerts.h"
#include "Clock.h"
#include "DeclareIncidentDialog.h"
#include "Incident.h"
#include "IncidentService.h"
#include "SilenceDialog.h"
#include "network/AlertmanagerClient.h"
#include "network/Network.h"

#include <QDateTime>
#include <QMessageBox>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

AlertsTab::AlertsTab(IncidentService& service, Network* network, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_network(network)
    , m_model(new AlertTriageModel(this))
    , m_panel(new AlertTriagePanel(m_model, this))
    , m_tick(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    if (m_network) {
        m_watcher = new AlertmanagerWatcher(*m_network, service.clock(), this);
        connect(m_watcher, &AlertmanagerWatcher::refreshed, this, &AlertsTab::refreshed);
        connect(m_watcher, &AlertmanagerWatcher::failed, m_panel, &AlertTriagePanel::showDown);
        connect(m_watcher, &AlertmanagerWatcher::startVerified, this, &AlertsTab::recordAttachedChanges);
    }
    connect(m_panel, &AlertTriagePanel::declareRequested, this, &AlertsTab::declareFrom);
    connect(m_panel, &AlertTriagePanel::attachRequested, this, &AlertsTab::attach);
    connect(m_panel, &AlertTriagePanel::silenceRequested, this, &AlertsTab::silence);
    connect(m_panel, &AlertTriagePanel::expireRequested, this, &AlertsTab::expire);
    connect(m_panel, &AlertTriagePanel::runbookRequested, this, &AlertsTab::runbookRequested);
    connect(&m_service, &IncidentService::currentChanged, this, &AlertsTab::followIncident);
    connect(m_tick, &QTimer::timeout, this, &AlertsTab::tick);
    m_tick->start(1000);
    m_panel->showNotConfigured();
    followIncident(m_service.current());
}

const AlertmanagerSource& AlertsTab::source() const
{
    static const AlertmanagerSource none;
    return m_watcher ? m_watcher->source() : none;
}

void AlertsTab::setSource(const AlertmanagerSource& source)
{
    m_model->setSeverities(source.severities);
    m_model->setSnapshot({}, m_service.clock().nowMs());
    if (!source.isSet() || !m_watcher) {
        m_panel->showNotConfigured();
        if (m_watcher)
            m_watcher->setSource({});
        return;
    }
    m_panel->showAsking(source.url.toDisplayString(QUrl::RemoveUserInfo));
    m_watcher->setSource(source);
}

void AlertsTab::followIncident(Incident* incident)
{
    m_panel->setIncidentOpen(incident != nullptr);
    disconnect(m_following);
    if (incident) {
        m_following = connect(incident, &Incident::eventInserted, this, [this, incident](int row) {
            const TimelineEvent& e = incident->events().at(row);
            if (e.kind == EventKind::Alert && AmAlert::isAlertmanagerRef(e.alert))
                showAttached(incident); // a new attachment is shown bold at once
        });
    }
    showAttached(incident);
}

void AlertsTab::showAttached(const Incident* incident)
{
    QSet<QString> keys;
    for (const TimelineEvent& e : incident ? incident->events() : QList<TimelineEvent>()) {
        if (e.kind == EventKind::Alert && AmAlert::isAlertmanagerRef(e.alert))
            keys.insert(e.alert->alertKey());
    }
    m_model->setAttached(keys);
}

void AlertsTab::refreshed(const AmSnapshot& snapshot)
{
    const qint64 now = m_service.clock().nowMs();
    m_model->setSnapshot(snapshot, now);
    m_panel->showUp(source().url.toDisplayString(QUrl::RemoveUserInfo), now);
    Q_EMIT firingCountChanged(m_model->count(AlertTriageModel::Firing));
    recordAttachedChanges();
}

void AlertsTab::recordAttachedChanges()
{
    Incident* incident = m_service.current();
    if (!incident)
        return;
    auto changes = AttachedAlerts(incident->events()).changes(m_watcher->last(), m_service.clock().nowMs(), true);
    // An attached alert is missing: first make sure Alertmanager did not just restart and forget it.
    if (!m_watcher->settled() && changes.removeIf([](const AttachedAlerts::Change& c) { return !c.ref.firing; }) > 0)
        m_watcher->verifyStart();
    if (!changes.isEmpty())
        m_service.recordAttachedChanges(changes);
}

void AlertsTab::declareFrom(const QList<AmAlert>& alerts)
{
    if (alerts.isEmpty())
        return;
    const qint64 now = m_service.clock().nowMs();
    const DeclareRequest proposed = IncidentService::declareFrom(alerts, source().severities, now);
    auto* dialog = new DeclareIncidentDialog(m_service.clock().now(), m_service.author(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const AmAlert& first = alerts.constFirst();
    QString origin = alerts.size() == 1
                         ? tr("From the Alertmanager alert %1 (fingerprint %2). It becomes the first timeline event, "
                              "with its labels.")
                               .arg(first.name(), first.fingerprint)
                         : tr("From an Alertmanager group of %n alerts; each becomes a timeline event, with its labels.",
                              nullptr, int(alerts.size()));
    if (!first.runbookUrl().isEmpty())
        origin += QLatin1Char(' ') + tr("Its runbook (%1) opens once the incident is declared.").arg(first.runbookUrl());
    dialog->prefill(proposed.title, proposed.severity, QDateTime::fromMSecsSinceEpoch(proposed.startedMs), origin);
    connect(dialog, &QDialog::accepted, this, [this, dialog, proposed, link = first.runbookUrl()] {
        DeclareRequest request = proposed;
        request.title = dialog->title();
        request.severity = dialog->severity();
        request.commander = dialog->commander();
        // The dialog shows minutes: an unchanged start keeps the alert's exact time.
        const qint64 shown = dialog->started().toMSecsSinceEpoch();
        if (shown / 60'000 != proposed.startedMs / 60'000)
            request.startedMs = request.detectedMs = shown;
        if (m_service.declare(request) && !link.isEmpty())
            Q_EMIT runbookRequested(link);
    });
    dialog->open();
}

void AlertsTab::attach(const QList<AmAlert>& alerts)
{
    int attached = 0;
    for (const AmAlert& alert : alerts) {
        if (AttachedAlerts(m_service.current() ? m_service.current()->events() : QList<TimelineEvent>()).isAttached(alert))
            continue; // a group attached again adds only its new alerts
        if (!m_service.attachAlert(alert))
            return;
        ++attached;
    }
    if (attached == 0 && !alerts.isEmpty())
        Q_EMIT problem(tr("Every selected alert is already attached to this incident."));
}

QString AlertsTab::actor() const
{
    // Without a configured name, the commander is the one acting (as the service stamps events).
    const Incident* incident = m_service.current();
    return m_service.author().isEmpty() && incident ? incident->data().commander : m_service.author();
}

QString AlertsTab::silenceComment() const
{
    const Incident* incident = m_service.current();
    const QString who = actor();
    if (!incident)
        return tr("Silenced by %1 from Incident Console").arg(who);
    return tr("Incident #%1 (%2): silenced by %3 from Incident Console")
        .arg(incident->id())
        .arg(incident->data().title, who);
}

void AlertsTab::silence(const AmAlert& alert)
{
    auto* dialog = new SilenceDialog(alert.name(), AlertmanagerClient::matchers(alert), silenceComment(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, alert] {
        silenceConfirmed(alert, dialog->durationMs(), dialog->comment());
    });
    dialog->open();
}

void AlertsTab::silenceConfirmed(const AmAlert& alert, qint64 durationMs, const QString& comment)
{
    if (!m_network || !source().isSet())
        return;
    const qint64 now = m_service.clock().nowMs();
    const QString who = actor();
    HttpReply* reply = m_network->send(AlertmanagerClient::silence(source(), alert, now, now + durationMs,
                                                                   who.isEmpty() ? tr("Incident Console") : who, comment),
                                       this);
    connect(reply, &HttpReply::finished, this, [this, reply, alert, until = now + durationMs](const HttpResult& result) {
        reply->deleteLater();
        const QString id = AlertmanagerClient::silenceId(result);
        if (!result.ok() || id.isEmpty()) {
            const QString why = AlertmanagerClient::problem(result);
            Q_EMIT problem(tr("The silence of %1 was not made: %2")
                               .arg(alert.name(), why.isEmpty() ? tr("Alertmanager did not return its id") : why));
            return;
        }
        if (m_service.current())
            m_service.addEvent(EventKind::Action,
                               tr("Silenced %1 in Alertmanager until %2 (silence %3; matchers %4)")
                                   .arg(alert.name(), QDateTime::fromMSecsSinceEpoch(until).toString(QStringLiteral("HH:mm")),
                                        id, AlertmanagerClient::matchers(alert).join(QStringLiteral(", "))),
                               AttachedAlerts::silencePhase({id, alert.name(), until}));
        m_watcher->refreshNow();
    });
}

void AlertsTab::expire(const QString& silenceId, const AmAlert& alert)
{
    const auto answer = QMessageBox::question(
        window(), tr("Expire silence"),
        tr("Expire silence %1 now? Alertmanager notifies for %2 again.").arg(silenceId, alert.name()));
    if (answer == QMessageBox::Yes)
        expireConfirmed(silenceId, alert.name());
}

void AlertsTab::expireConfirmed(const QString& silenceId, const QString& alertName)
{
    if (!m_network || !source().isSet())
        return;
    HttpReply* reply = m_network->send(AlertmanagerClient::expireSilence(source(), silenceId), this);
    connect(reply, &HttpReply::finished, this, [this, reply, silenceId, alertName](const HttpResult& result) {
        reply->deleteLater();
        if (!result.ok()) {
            Q_EMIT problem(tr("Silence %1 was not expired: %2").arg(silenceId, AlertmanagerClient::problem(result)));
            return;
        }
        if (m_service.current())
            m_service.addEvent(EventKind::Action, tr("Expired silence %1 of %2 in Alertmanager").arg(silenceId, alertName),
                               AttachedAlerts::silenceEndedPhase(silenceId));
        m_watcher->refreshNow();
    });
}

void AlertsTab::tick()
{
    m_model->setNow(m_service.clock().nowMs());
    const Incident* incident = m_service.current();
    if (!incident)
        return;
    for (const AttachedAlerts::Silence& s : AttachedAlerts::silencesRunOut(incident->events(), m_service.clock().nowMs()))
        m_service.addSharedEvent(EventKind::Action,
                                 tr("Silence %1 of %2 ran out; Alertmanager notifies for it again").arg(s.id, s.alertName),
                                 AttachedAlerts::silenceEndedPhase(s.id), AttachedAlerts::silenceEndedPhase(s.id));
}
