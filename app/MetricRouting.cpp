#include "MetricRouting.h"

#include "AppSettings.h"
#include "Clock.h"
#include "DashboardProfileLoader.h"
#include "Incident.h"
#include "IncidentService.h"
#include "IncidentWindow.h"
#include "MetricsController.h"
#include "storage/IncidentStore.h"

#include <QTimer>

MetricRouting::MetricRouting(IncidentService& service, MetricsController* metrics, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_metrics(metrics)
{
    // Every incident opened: its time on the charts, kept as its header changes, and its alerts
    // continued outside the call (evaluating the samples held again records through the service).
    connect(&m_service, &IncidentService::currentChanged, this, [this](Incident* incident) {
        if (incident)
            connect(incident, &Incident::headerChanged, this, &MetricRouting::showIncident);
        showIncident();
        QTimer::singleShot(0, this, &MetricRouting::continueAlerts);
    });
    connect(&m_service, &IncidentService::keptSamplesArrived, this, [this](qint64 incidentId, const QList<MetricPanelData>& kept) {
        if (m_metrics && incidentId == m_shownFor) // still the incident shown
            m_metrics->showWindow(m_pastWindow.first, m_pastWindow.second, kept);
    });
    if (Incident* open = m_service.current()) // shown by the window once it is wired
        connect(open, &Incident::headerChanged, this, &MetricRouting::showIncident);
    if (!m_metrics)
        return;
    connect(m_metrics, &MetricsController::alertTransitions, this,
            [this](const QList<AlertTransition>& transitions, const QString& unit) {
                m_service.recordAlerts(transitions, unit);
            });
    connect(m_metrics, &MetricsController::samplesArrived, this,
            [this](const PanelDefinition& panel, const QList<MetricSeries>& batch) { m_service.recordSamples(panel, batch); });
    // A new profile starts its evaluator afresh, on the same incident's window.
    connect(m_metrics, &MetricsController::panelsReset, this, [this] {
        m_shownFor = -1;
        showIncident();
        continueAlerts();
    });
}

void MetricRouting::continueAlerts()
{
    if (m_metrics)
        m_metrics->restoreAlerts(m_service.lastAlertStates());
}

void MetricRouting::showIncident()
{
    Incident* incident = m_service.current();
    // A resolved incident is looked back on: its own window from its kept samples, nothing live.
    Incident* past = incident && incident->data().resolvedMs != 0 ? incident : nullptr;
    if ((past ? past->id() : 0) == m_shownFor)
        return;
    m_shownFor = past ? past->id() : 0;
    // The charts take the new time first, so the samples that follow land in it.
    if (!past) {
        Q_EMIT followingLive();
        if (m_metrics)
            m_metrics->followLive();
        return;
    }
    const IncidentData& d = past->data();
    const auto [from, to] = IncidentWindow::of(d, m_service.clock().nowMs());
    Q_EMIT showingWindow(from, to, d.resolvedMs / 1000.0);
    m_pastWindow = {from, to};
    if (m_metrics)
        m_service.requestKeptSamples(past->id()); // off the UI thread in the window: keptSamplesArrived
}

bool MetricRouting::openProfile(const QString& path)
{
    if (!m_metrics)
        return false;
    QString error;
    QStringList notes;
    const auto profile = DashboardProfileLoader::load(path, &error, &notes);
    if (!profile) {
        Q_EMIT problem(error);
        return false;
    }
    AppSettings::setDashboardProfile(path);
    m_metrics->setProfile(*profile);
    m_metrics->start();
    if (!notes.isEmpty())
        Q_EMIT problem(notes.join(QLatin1Char('\n')));
    return true;
}
