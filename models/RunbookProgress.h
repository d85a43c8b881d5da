#pragma once

#include "Runbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class Incident;

// How far the incident got through a runbook, kept with the incident so every seat sees it and it
// reopens as it was. A step is named by its runbook's file and a hash of its section and text (not
// its line: an edit above it moves lines); checks live in the incident's checked items, runs in its
// timeline, with the step's key as the event's phase.
class RunbookProgress
{
    Q_DECLARE_TR_FUNCTIONS(RunbookProgress)
public:
    static constexpr const char* Prefix = "runbook:";

    struct StepState
    {
        bool checked = false;
        bool ran = false;
        bool ok = false;
        QString result; // the run's timeline text
    };

    static QString runbookId(const Runbook& runbook); // its file name, or its URL
    // key(section, step) for every step, in order: "runbook:<id>#<hash>", "#<hash>-2" for a repeat.
    static QList<QStringList> stepKeys(const Runbook& runbook);
    static QString runPhase(const QString& stepKey, bool ok);
    static bool isRunbookPhase(const QString& phase) { return phase.startsWith(QLatin1String(Prefix)); }
    static QString phaseTitle(const QString& phase); // "Runbook 000-commit-surge.md"
    // What the incident records of these steps: checked items and the last run of each.
    static QHash<QString, StepState> read(const Incident& incident, const QList<QStringList>& keys);
};
