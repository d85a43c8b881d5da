#pragma once

#include "ReportTemplates.h"

#include <QObject>

class IncidentService;
class MetricsController;
class Network;
class StatusUpdateComposer;

// Status updates on the SEV's cadence: fills the composer from the incident and the panels, records
// what is published in the timeline (with its audience) and posts it to the team's webhook.
class StatusUpdates final : public QObject
{
    Q_OBJECT
public:
    StatusUpdates(IncidentService& service, MetricsController* metrics, Network* network, ReportTemplates templates,
                  StatusUpdateComposer* composer, QObject* parent = nullptr);

    void refresh(); // the template and context of the open incident, now
    bool publish(const QString& text, bool postToWebhook, const QString& audienceLabel);

Q_SIGNALS:
    void published(int nextDueMinutes);
    void problem(const QString& message);

private:
    IncidentService& m_service;
    MetricsController* m_metrics; // may be missing: no panels in the context
    Network* m_network;           // may be missing: no webhook
    ReportTemplates m_templates;
    StatusUpdateComposer* m_composer;
};
