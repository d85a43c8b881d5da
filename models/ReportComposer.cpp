#include "ReportComposer.h"

#include <QDateTime>

#include "Incident.h"
#include "TimeOffset.h"

#include <QRegularExpression>
#include <cmath>

QString ReportComposer::openMarker(const QString& label)
{
    return QStringLiteral("‹") + tr("to fill: %1").arg(label) + QStringLiteral("›");
}

ReportContext ReportComposer::contextOf(const Incident& incident, const QList<MetricPanelData>& panels, qint64 nowMs)
{
    const IncidentData& d = incident.data();
    ReportContext c;
    c.sev = SeverityInfo::label(d.severity);
    c.title = d.title;
    c.status = IncidentStatusInfo::label(d.status);
    // A resolved incident's clock stopped at its resolution, as the header's and the wall's did.
    c.tplus = TimeOffset::format((d.resolvedMs != 0 ? d.resolvedMs : nowMs) - d.startedMs);
    c.cadenceMinutes = SeverityInfo::updateCadenceMinutes(d.severity);
    QStringList phases;
    for (int p = 0; p < incident.checklist().phases.size(); ++p) {
        const ChecklistPhase& phase = incident.checklist().phases.at(p);
        phases << QStringLiteral("%1 %2/%3").arg(phase.title).arg(incident.checkedCount(p)).arg(phase.items.size());
    }
    c.checklist = phases.join(QStringLiteral(", "));
    QStringList metrics;
    for (const MetricPanelData& panel : panels) {
        const double value = panel.latestValue();
        if (std::isnan(value))
            continue;
        // A live panel that stopped answering is reported as stale, never by its last state.
        const bool stale = panel.lastSuccessMs != 0 && (panel.isStale(nowMs) || !panel.problem.isEmpty());
        const QString state = stale ? tr("stale since %1")
                                          .arg(QDateTime::fromMSecsSinceEpoch(panel.lastSuccessMs).toString(QStringLiteral("HH:mm")))
                                    : MetricStateInfo::label(panel.definition.stateOf(value));
        metrics << QStringLiteral("%1 %2 (%3)")
                       .arg(panel.definition.title, MetricStateInfo::formatValue(value, panel.definition.unit), state);
    }
    c.metrics = metrics.isEmpty() ? tr("no metric data") : metrics.join(QStringLiteral("; "));
    QStringList actions;
    for (auto it = d.events.crbegin(); it != d.events.crend() && actions.size() < 3; ++it) {
        if (it->kind == EventKind::Action || it->kind == EventKind::Checklist)
            actions.prepend(TimeOffset::format(it->atMs - d.startedMs) + QLatin1Char(' ') + it->text);
    }
    c.actions = actions.isEmpty() ? tr("none recorded yet") : actions.join(QStringLiteral("; "));
    return c;
}

QString ReportComposer::fill(const SevReportTemplate& report, const ReportContext& context,
                             const QHash<QString, QString>& values)
{
    return fill(report, context, values, ReportAudience{ReportTemplates::Internal, QString(), QString(), {}});
}

QString ReportComposer::fill(const SevReportTemplate& report, const ReportContext& context,
                             const QHash<QString, QString>& values, const ReportAudience& audience)
{
    QHash<QString, QString> known{{QStringLiteral("sev"), context.sev},
                                  {QStringLiteral("title"), context.title},
                                  {QStringLiteral("status"), context.status},
                                  {QStringLiteral("tplus"), context.tplus},
                                  {QStringLiteral("checklist"), context.checklist},
                                  {QStringLiteral("metrics"), context.metrics},
                                  {QStringLiteral("actions"), context.actions},
                                  {QStringLiteral("cadence"), QString::number(report.cadenceMinutes)}};
    for (const TemplateField& field : report.fields) {
        const QString value = values.value(field.id).trimmed();
        known.insert(field.id, value.isEmpty() ? openMarker(field.label) : value);
    }
    for (const QString& name : audience.withheld)
        known.insert(name, QString());
    const QString format = report.formatFor(audience.id);
    QString out;
    qsizetype at = 0;
    auto it = ReportTemplates::placeholder().globalMatch(format);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += format.mid(at, m.capturedStart() - at);
        const QString name = m.captured(1);
        out += known.contains(name) ? known.value(name) : m.captured(0); // unknown ones stay visible
        at = m.capturedEnd();
    }
    out += format.mid(at);
    return out;
}

QStringList ReportComposer::rawDetails(const QString& text)
{
    static const QRegularExpression raw(QString::fromUtf8(
        "(?:\\b[a-z][a-z0-9+.-]*://\\S+)"                      // a URL of any scheme
        "|(?:\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d+)?\\b)"    // an IPv4 address
        "|(?:\\[[0-9a-fA-F:]*:[0-9a-fA-F:]*\\](?::\\d+)?)"      // a bracketed IPv6 address
        "|(?:\\b(?=[a-zA-Z0-9.-]*[a-zA-Z])[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*:\\d{2,5}\\b)" // host:port, not T+0:15
        "|(?:[{\\[]\\s*\"[^\"]*\"\\s*:)"),                    // the start of a JSON object
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    auto it = raw.globalMatch(text);
    while (it.hasNext()) {
        const QString match = it.next().captured(0);
        if (!found.contains(match))
            found << match;
    }
    return found;
}
