#include "EventKind.h"

QList<EventKind> EventKindInfo::all()
{
    QList<EventKind> kinds;
    for (int i = 0; i < static_cast<int>(EventKind::KindCount); ++i)
        kinds.append(static_cast<EventKind>(i));
    return kinds;
}

QString EventKindInfo::key(EventKind kind)
{
    switch (kind) {
    case EventKind::Note:
        return QStringLiteral("note");
    case EventKind::Checklist:
        return QStringLiteral("checklist");
    case EventKind::Severity:
        return QStringLiteral("severity");
    case EventKind::Status:
        return QStringLiteral("status");
    case EventKind::Action:
        return QStringLiteral("action");
    case EventKind::Alert:
        return QStringLiteral("alert");
    case EventKind::StatusUpdate:
        return QStringLiteral("status-update");
    case EventKind::KindCount:
        break;
    }
    return {};
}

QString EventKindInfo::label(EventKind kind)
{
    switch (kind) {
    case EventKind::Note:
        return tr("Note");
    case EventKind::Checklist:
        return tr("Checklist");
    case EventKind::Severity:
        return tr("Severity");
    case EventKind::Status:
        return tr("Status");
    case EventKind::Action:
        return tr("Action");
    case EventKind::Alert:
        return tr("Alert");
    case EventKind::StatusUpdate:
        return tr("Status update");
    case EventKind::KindCount:
        break;
    }
    return {};
}

std::optional<EventKind> EventKindInfo::fromKey(const QString& key)
{
    for (EventKind k : all()) {
        if (EventKindInfo::key(k) == key)
            return k;
    }
    return std::nullopt;
}
