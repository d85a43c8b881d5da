#include "StatusUpdates.h"

#include "Clock.h"
#include "Incident.h"
#include "IncidentService.h"
#include "MetricsController.h"
#include "ReportComposer.h"
#include "Severity.h"
#include "StatusUpdateComposer.h"
#include "network/Network.h"
#include "network/WebhookPoster.h"

StatusUpdates::StatusUpdates(IncidentService& service, MetricsController* metrics, Network* network,
                             ReportTemplates templates, StatusUpdateComposer* composer, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_metrics(metrics)
    , m_network(network)
    , m_templates(std::move(templates))
    , m_composer(composer)
{
    m_composer->setAudiences(m_templates.audiences);
    connect(m_composer, &StatusUpdateComposer::publishRequested, this, &StatusUpdates::publish);
    connect(&m_service, &IncidentService::currentChanged, this, [this](Incident* incident) {
        if (incident)
            connect(incident, &Incident::headerChanged, this, &StatusUpdates::refresh);
        refresh();
    });
    if (Incident* open = m_service.current())
        connect(open, &Incident::headerChanged, this, &StatusUpdates::refresh);
}

void StatusUpdates::refresh()
{
    Incident* incident = m_service.current();
    m_composer->setEnabled(incident != nullptr);
    if (!incident)
        return;
    if (const SevReportTemplate* report = m_templates.report(incident->data().severity))
        m_composer->setTemplate(*report);
    static const QList<MetricPanelData> none;
    m_composer->setContext(ReportComposer::contextOf(*incident, m_metrics ? m_metrics->panels() : none,
                                                     m_service.clock().nowMs()));
    const QUrl webhook = WebhookPoster::configuredUrl();
    m_composer->setWebhookAvailable(m_network && webhook.isValid() && !webhook.isEmpty(), webhook.host());
}

bool StatusUpdates::publish(const QString& text, bool postToWebhook, const QString& audienceLabel)
{
    // The timeline says who an update was written for; the internal one stays as it always was.
    const QString recorded = audienceLabel.isEmpty() ? text : QStringLiteral("[%1] %2").arg(audienceLabel, text);
    if (!m_service.publishStatusUpdate(recorded))
        return false;
    m_composer->clearAfterPublish();
    m_composer->setResult(tr("Recorded in the timeline at %1.").arg(m_service.clock().now().toString(QStringLiteral("HH:mm"))), true);
    if (postToWebhook && m_network) {
        HttpReply* reply = m_network->send(WebhookPoster::request(WebhookPoster::configuredUrl(), text), this);
        connect(reply, &HttpReply::finished, this, [this, reply](const HttpResult& result) {
            reply->deleteLater();
            m_composer->setResult(WebhookPoster::describe(result), result.ok());
            if (!result.ok())
                Q_EMIT problem(WebhookPoster::describe(result));
        });
    }
    Q_EMIT published(SeverityInfo::updateCadenceMinutes(m_service.current()->data().severity));
    return true;
}
