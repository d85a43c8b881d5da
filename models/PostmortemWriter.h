#pragma once

#include "IncidentData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

class ChecklistDefinition;

// The recorded incident as a Markdown post-mortem in the order of seed 001.
class PostmortemWriter
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemWriter)
public:
    explicit PostmortemWriter(QTimeZone zone = QTimeZone::systemTimeZone());

    struct Chart
    {
        QString title;
        QString relativePath; // the PNG beside the Markdown
    };
    QString write(const IncidentData& incident, const ChecklistDefinition& checklist,
                  const QList<Chart>& charts = {}) const;

private:
    QString dateTime(qint64 ms) const;
    qint64 localMs(qint64 ms) const;
    QString timeOfDay(qint64 ms, qint64 firstDay) const;
    QString optionalDateTime(qint64 ms) const;
    QString placeholder(const QString& hint) const;

    QTimeZone m_zone;
    mutable QHash<qint64, int> m_offsetByQuarterHour; // zone offsets only change on quarter hours
};
