#include "IncidentStore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

// Metric samples kept with an incident, for its post-mortem's charts.
bool IncidentStore::saveSamples(qint64 incidentId, const PanelDefinition& panel, const QList<MetricSeries>& batch)
{
    const QString what = tr("keeping metric samples");
    if (!transaction(what))
        return false;
    QSqlQuery definition(db());
    definition.prepare(QStringLiteral("INSERT INTO metric_panels (incident_id, panel_id, position, definition_json)"
                                      " VALUES (?, ?, (SELECT COUNT(*) FROM metric_panels WHERE incident_id = ?), ?)"
                                      " ON CONFLICT (incident_id, panel_id) DO UPDATE SET definition_json = excluded.definition_json"));
    definition.addBindValue(incidentId);
    definition.addBindValue(panel.id);
    definition.addBindValue(incidentId);
    definition.addBindValue(QString::fromUtf8(QJsonDocument(panel.toJson()).toJson(QJsonDocument::Compact)));
    bool ok = exec(definition, what);
    QSqlQuery sample(db());
    sample.prepare(QStringLiteral("INSERT INTO metric_samples (incident_id, panel_id, series_key, legend, t, value)"
                                  " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, panel_id, series_key, t)"
                                  " DO UPDATE SET legend = excluded.legend, value = excluded.value"));
    for (const MetricSeries& series : batch) {
        for (size_t i = 0; ok && i < series.size(); ++i) {
            sample.addBindValue(incidentId);
            sample.addBindValue(panel.id);
            sample.addBindValue(series.key());
            sample.addBindValue(series.legend());
            sample.addBindValue(series.times()[i]);
            const double v = series.values()[i];
            sample.addBindValue(std::isfinite(v) ? QVariant(v) : QVariant()); // NaN and Inf are gaps
            ok = exec(sample, what);
        }
    }
    if (!ok) {
        rollback(); // keeps the error that caused it
        return false;
    }
    return commit(what);
}

QList<MetricPanelData> IncidentStore::loadSamples(qint64 incidentId)
{
    m_error.clear();
    QList<MetricPanelData> panels;
    QSqlQuery definitions(db());
    definitions.prepare(QStringLiteral("SELECT panel_id, definition_json FROM metric_panels WHERE incident_id = ?"
                                       " ORDER BY position"));
    definitions.addBindValue(incidentId);
    if (!exec(definitions, tr("reading metric samples")))
        return panels;
    QHash<QString, int> index;
    while (definitions.next()) {
        MetricPanelData panel;
        panel.definition = PanelDefinition::fromJson(QJsonDocument::fromJson(definitions.value(1).toString().toUtf8()).object());
        index.insert(definitions.value(0).toString(), static_cast<int>(panels.size()));
        panels.append(panel);
    }
    QSqlQuery samples(db());
    samples.setForwardOnly(true);
    samples.prepare(QStringLiteral("SELECT panel_id, series_key, legend, t, value FROM metric_samples"
                                   " WHERE incident_id = ? ORDER BY panel_id, series_key, t"));
    samples.addBindValue(incidentId);
    if (!exec(samples, tr("reading metric samples")))
        return panels;
    while (samples.next()) {
        const int p = index.value(samples.value(0).toString(), -1);
        if (p < 0)
            continue;
        MetricPanelData& panel = panels[p];
        const QString key = samples.value(1).toString();
        MetricSeries* series = panel.find(key);
        if (!series) {
            panel.series.append(MetricSeries(key, samples.value(2).toString()));
            series = &panel.series.last();
        }
        const QVariant v = samples.value(4);
        series->append(samples.value(3).toDouble(), v.isNull() ? qQNaN() : v.toDouble());
    }
    return panels;
}
