#pragma once

#include "IncidentData.h"

#include <QFile>

namespace Fixtures {
inline QByteArray checklistJson()
{
    QFile file(QStringLiteral(IC_CHECKLIST_JSON));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray demoJson()
{
    QFile file(QStringLiteral(IC_DEMO_JSON));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline TimelineEvent event(qint64 id, qint64 atMs, EventKind kind, const QString& text)
{
    TimelineEvent e;
    e.id = id;
    e.atMs = atMs;
    e.kind = kind;
    e.text = text;
    e.author = QStringLiteral("SRE Team");
    e.phase = QStringLiteral("triage");
    return e;
}

inline IncidentData incident(qint64 startedMs = 1'000'000)
{
    IncidentData d;
    d.id = 7;
    d.title = QStringLiteral("Checkout API 5xx");
    d.severity = Severity::Sev2;
    d.commander = QStringLiteral("Kim");
    d.startedMs = startedMs;
    d.checklistJson = checklistJson();
    return d;
}
} // namespace Fixtures
