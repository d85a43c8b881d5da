#pragma once

#include "Checklist.h"
#include "IncidentChanges.h"
#include "IncidentData.h"

#include <QObject>

// The open incident: its recorded data plus signals that drive the item models.
// Mutators are called only after the store has committed the change.
class Incident final : public QObject
{
    Q_OBJECT
public:
    Incident(IncidentData data, const QString& language, QObject* parent = nullptr);

    const IncidentData& data() const { return m_data; }
    qint64 id() const { return m_data.id; }
    const QList<TimelineEvent>& events() const { return m_data.events; }
    const ChecklistDefinition& checklist() const { return m_checklist; }
    QString checklistError() const { return m_checklistError; }

    QString currentPhase() const;
    int checkedCount(int phaseIndex) const;
    bool isChecked(const QString& itemId) const { return m_data.checkedItems.contains(itemId); }
    qint64 checkedAt(const QString& itemId) const { return m_data.checkedItems.value(itemId); }
    int rowOfEvent(qint64 eventId) const;
    QString phaseTitle(const QString& phaseId) const { return m_checklist.phaseTitle(phaseId); }

    int insertEvent(const TimelineEvent& event);
    void replaceEvent(const TimelineEvent& event);
    void setSeverity(Severity severity);
    void setStatus(IncidentStatus status, qint64 atMs);
    void setKeyTimes(qint64 startedMs, qint64 detectedMs, qint64 mitigatedMs, qint64 resolvedMs);
    void setChecked(const QString& itemId, qint64 atMs); // atMs == 0 unchecks
    void setPostmortem(const PostmortemFields& fields);
    void setRoles(const QList<RoleSpan>& roles);
    void setCommander(const QString& commander);
    void setPostmortemVersion(int version);
    // Another seat's changes: new events inserted, edited ones replaced, changed parts taken whole.
    void apply(const IncidentChanges& changes);
    // A waiting event (negative id) the store has now recorded: shown with its recorded id from now on.
    void settleEvent(const QUuid& uuid, const TimelineEvent& recorded);

    // Why the key times are out of order (started ≤ detected ≤ mitigated ≤ resolved), or empty.
    static QString keyTimesProblem(const IncidentData& data);
    // Why a title cannot be used, or empty when it can.
    static QString titleProblem(const QString& title);
    // Where an event belongs so the timeline stays ordered by time, then by id.
    static int insertionRow(const QList<TimelineEvent>& events, const TimelineEvent& event);
    // The key times a status change implies (detected/mitigated/resolved), applied to data.
    static void applyStatusTimes(IncidentData& data, IncidentStatus status, qint64 atMs);

Q_SIGNALS:
    void eventAboutToBeInserted(int row);
    void eventInserted(int row);
    void eventAboutToBeRemoved(int row);
    void eventRemoved(int row);
    void eventChanged(int row);
    void headerChanged();
    void checklistChanged(const QString& itemId);
    void postmortemChanged();

private:
    IncidentData m_data;
    ChecklistDefinition m_checklist;
    QString m_checklistError;
};
