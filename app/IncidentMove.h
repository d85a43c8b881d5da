#pragma once

#include <QCoreApplication>
#include <QString>

class IncidentStore;

// An incident declared on this seat's own file, moved to a shared store while it runs: events (with their
// ids, so seats never see one twice), checklist, post-mortem, roles and kept samples. The original stays,
// with a timeline note saying where the incident went.
class IncidentMove
{
    Q_DECLARE_TR_FUNCTIONS(IncidentMove)
public:
    // Returns the incident's id in the target, or 0 with *error set.
    static qint64 move(IncidentStore& from, qint64 incidentId, IncidentStore& to, const QString& author, qint64 nowMs,
                       QString* error);
    // What the commander sends to the people who should join: the command, never a password.
    static QString invitation(const IncidentStore& to, qint64 incidentId);
};
