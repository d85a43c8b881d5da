#include "IncidentMove.h"

#include "storage/IncidentStore.h"

#include <QUuid>

qint64 IncidentMove::move(IncidentStore& from, qint64 incidentId, IncidentStore& to, const QString& author,
                          qint64 nowMs, QString* error)
{
    auto incident = from.loadIncident(incidentId);
    if (!incident) {
        *error = from.errorString();
        return 0;
    }
    const QList<MetricPanelData> samples = from.loadSamples(incidentId);
    for (TimelineEvent& event : incident->events) {
        // Events recorded before seats existed get a stable id now: the same event moved twice is one event.
        if (event.uuid.isNull())
            event.uuid = QUuid::createUuidV5(QUuid(QStringLiteral("{5b0c8a4e-1f7e-4a55-9d0b-6c1d2f3e4a50}")),
                                             QStringLiteral("%1/%2/%3").arg(from.path()).arg(incidentId).arg(event.id));
    }
    if (!to.createIncident(*incident)) {
        *error = to.errorString();
        return 0;
    }
    const qint64 movedId = incident->id;
    for (const MetricPanelData& panel : samples) {
        if (!to.saveSamples(movedId, panel.definition, panel.series)) {
            *error = to.errorString();
            return 0;
        }
    }
    if (incident->postmortemVersion > 0 && !to.updatePostmortem(movedId, incident->postmortem)) {
        *error = to.errorString();
        return 0;
    }
    TimelineEvent note;
    note.atMs = nowMs;
    note.kind = EventKind::Note;
    note.author = author;
    note.text = tr("Moved to the shared store %1 as incident %2; record there from now on.").arg(to.path()).arg(movedId);
    if (!from.insertEvent(incidentId, note)) {
        *error = from.errorString();
        return 0;
    }
    return movedId;
}

QString IncidentMove::invitation(const IncidentStore& to, qint64 incidentId)
{
    return tr("Join with: incident-console --db '%1' --open %2 --role scribe (the password from PGPASSWORD or ~/.pgpass)")
        .arg(to.path())
        .arg(incidentId);
}
