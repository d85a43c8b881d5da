#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

enum class EventKind { Note, Checklist, Severity, Status, Action, Alert, StatusUpdate, KindCount };

class EventKindInfo
{
    Q_DECLARE_TR_FUNCTIONS(EventKindInfo)
public:
    static QList<EventKind> all();
    static QString key(EventKind kind);   // stable, stored
    static QString label(EventKind kind); // translated
    static std::optional<EventKind> fromKey(const QString& key);
};
