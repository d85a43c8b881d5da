#pragma once

#include "IncidentData.h"

#include <optional>

// What changed in an incident since a position in the store's change feed: new and edited events, and
// the parts that changed as a whole. Another seat's work, applied to the open incident as it arrives.
struct IncidentChanges
{
    qint64 lastSeq = 0;                         // the feed position these changes bring the reader to
    QList<TimelineEvent> events;                // new or edited, by id
    std::optional<IncidentData> header;         // title, SEV, status, commander and key times
    std::optional<QHash<QString, qint64>> checkedItems;
    std::optional<PostmortemFields> postmortem;
    int postmortemVersion = 0;
    std::optional<QList<RoleSpan>> roles;
    bool isEmpty() const { return events.isEmpty() && !header && !checkedItems && !postmortem && !roles; }
};
