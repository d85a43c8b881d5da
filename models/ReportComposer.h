#pragma once

#include "MetricPanelData.h"
#include "ReportTemplates.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class Incident;

// What a status update says about the incident right now, gathered from its record and the panels.
struct ReportContext
{
    QString sev;
    QString title;
    QString status;
    QString tplus;
    QString checklist;
    QString metrics;
    QString actions;
    int cadenceMinutes = 0;
};

// Fills a SEV report template: {{placeholders}} from the incident and from what the commander typed.
// A field nobody filled stays visibly open, so a report is never sent looking complete when it is not.
class ReportComposer
{
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
public:
    static ReportContext contextOf(const Incident& incident, const QList<MetricPanelData>& panels, qint64 nowMs);
    static QString fill(const SevReportTemplate& report, const ReportContext& context,
                        const QHash<QString, QString>& values);
    // The audience's text; what the audience withholds is never filled in, whatever the text names.
    static QString fill(const SevReportTemplate& report, const ReportContext& context,
                        const QHash<QString, QString>& values, const ReportAudience& audience);
    // Raw request details in a text meant for outsiders: URLs, IP addresses, host:port, JSON.
    static QStringList rawDetails(const QString& text);
    static QString openMarker(const QString& label); // ‹to fill: label›
};
