#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

struct ChecklistItem
{
    QString id;
    QString text;
};

struct ChecklistPhase
{
    QString id;
    QString title;
    QList<ChecklistItem> items;
};

// A response checklist read from JSON; titles and texts may be {"en": ..., "ko": ...} maps.
class ChecklistDefinition
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistDefinition)
public:
    QString id;
    QString title;
    QList<ChecklistPhase> phases;

    static std::optional<ChecklistDefinition> fromJson(const QByteArray& json, const QString& language,
                                                       QString* error);

    int phaseIndex(const QString& phaseId) const;
    QString phaseTitle(const QString& phaseId) const; // falls back to the id itself
    const ChecklistItem* item(const QString& itemId, int* phaseIndexOut = nullptr) const;
    int itemCount() const;
};
