#pragma once

#include "EventKind.h"
#include "IncidentStatus.h"
#include "Severity.h"

#include <QByteArray>
#include <QMetaType>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>
#include <QStringList>
#include <memory>

// Which alert an Alert event records, as data: the same alert evaluated again (after a restart, in the
// other language) is recognised by these, never by its translated text.
struct AlertRef
{
    QString panelId;
    QString seriesKey; // the series' label set, MetricSeries::keyOf
    QString rule;      // Threshold::ruleId
    qint64 startMs = 0; // when its condition began to hold (Prometheus' activeAt)
    bool firing = false; // false: resolved

    bool isSet() const { return !panelId.isEmpty(); }
    QString alertKey() const { return panelId + QLatin1Char('\x1f') + rule + QLatin1Char('\x1f') + seriesKey; }
};

// Holds an event's AlertRef. Only Alert events have one, so it is shared and null otherwise: 100,000
// notes do not pay for three empty strings each.
class AlertRefSlot
{
public:
    AlertRefSlot() = default;
    AlertRefSlot(const AlertRef& ref) // NOLINT: reads and writes like the AlertRef it holds
        : m_ref(ref.isSet() ? std::make_shared<const AlertRef>(ref) : nullptr)
    {
    }
    operator const AlertRef&() const { return m_ref ? *m_ref : none(); } // NOLINT
    const AlertRef* operator->() const { return m_ref ? m_ref.get() : &none(); }
    bool isSet() const { return m_ref != nullptr; }

private:
    static const AlertRef& none()
    {
        static const AlertRef empty;
        return empty;
    }
    std::shared_ptr<const AlertRef> m_ref;
};

struct TimelineEvent
{
    qint64 id = 0;   // store row id; 0 until recorded
    qint64 atMs = 0; // wall-clock time, ms since the epoch
    EventKind kind = EventKind::Note;
    QString phase; // checklist phase id, or free text for imported incidents
    QString text;
    QString author;
    int revisions = 0; // how often the text or time was edited afterwards
    AlertRefSlot alert; // set on Alert events recorded by the evaluator
    QUuid uuid;         // made by the seat that records it: sent twice, kept once
    QString role;       // the author's role at the time (commander, scribe, ...), empty on a single seat
};

struct FiveWhy
{
    QString question;
    QString answer;
};

struct ContributingFactor
{
    QString factor;
    QString description;
    QString impact;
};

struct ActionItem
{
    QString text;
    QString owner;
    QString priority; // P0..P3
    QString due;      // ISO date
    QString status;
};

// One filled scenario template (DB, Redis, deploy, overload); each entry lands in a post-mortem section.
struct ScenarioEntry
{
    QString section; // impact, rootCause, mitigation or actionItems
    QString label;
    QString text;
};

struct ScenarioWriteUp
{
    QString templateId;
    QString title;
    QList<ScenarioEntry> entries;
};

// What a post-mortem says beyond the timeline; edited by people after (or during) the incident.
struct PostmortemFields
{
    QString summary;
    QString impact;
    QString detection;
    QString rootCause;
    QList<FiveWhy> whys;
    QList<ContributingFactor> factors;
    QString mitigation;
    QList<ActionItem> actionItems;
    QStringList wentWell;
    QStringList wentWrong;
    QStringList lucky;
    QList<ScenarioWriteUp> scenarios;
};

struct IncidentSummary
{
    qint64 id = 0;
    QString title;
    Severity severity = Severity::Sev2;
    IncidentStatus status = IncidentStatus::Investigating;
    QString commander;
    qint64 startedMs = 0;
    qint64 eventCount = 0;
};

// Who held a role in the incident, and when (endedMs 0: still holds it).
struct RoleSpan
{
    QString person;
    QString role; // commander, deputy, scribe, comms, observer, wall
    qint64 startedMs = 0;
    qint64 endedMs = 0;
};

struct IncidentData
{
    qint64 id = 0;
    QString title;
    Severity severity = Severity::Sev2;
    IncidentStatus status = IncidentStatus::Investigating;
    QString commander;
    qint64 startedMs = 0;
    qint64 detectedMs = 0; // 0: not yet
    qint64 mitigatedMs = 0;
    qint64 resolvedMs = 0;
    PostmortemFields postmortem;
    int postmortemVersion = 0;           // the store's count of saves: an edit based on an older one is a conflict
    QByteArray checklistJson;            // the checklist this incident follows, kept as it was
    QHash<QString, qint64> checkedItems; // item id -> when it was checked
    QList<TimelineEvent> events;         // ordered by time, then id
    QList<RoleSpan> roles;               // in the order they were taken
};

Q_DECLARE_METATYPE(TimelineEvent)
Q_DECLARE_METATYPE(PostmortemFields)
