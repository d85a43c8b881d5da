#pragma once

#include "HttpAction.h"

#include <QList>
#include <algorithm>
#include <QString>

// A Markdown runbook turned into a checklist with buttons.
struct RunbookStep
{
    enum Kind { Check, Http, Copy };
    Kind kind = Check;
    QString text;  // the item's text, or what the command does (its label)
    int line = 0;
    bool checkedInFile = false; // "- [x]"
    HttpAction action;          // Http
    QString command;            // Copy: the command as written; Http: the curl line
    QString assignedTo;         // NAME of NAME=$(curl ...)
    QString whyCopy;            // Copy of an HTTP request the console will not send as written: the reason
    bool hasCriterion = false;
    Criterion criterion;
};

// What the runbook says between its steps: prose (shown rendered) or a diagram or configuration block
// (shown exactly as written, in a fixed font). Never a button.
struct RunbookText
{
    enum Kind { Prose, Preformatted };
    Kind kind = Prose;
    int line = 0;
    QString markdown; // Prose: its Markdown source; Preformatted: the block's lines
    QString html;     // Prose rendered by md4c (RunbookRules::open); empty: show markdown as plain text
};

struct RunbookSection
{
    QString title;
    int level = 1;
    int line = 0;
    QList<RunbookStep> steps;
    QList<RunbookText> texts; // in file order; steps and texts interleave by line
};

struct RunbookWarning
{
    int line = 0;
    QString message;
    bool error = false; // something could not be read at all, not just a limitation
};

struct Runbook
{
    QString path;
    QString title;
    QList<RunbookSection> sections;
    QList<RunbookWarning> warnings;
    bool fatal = false; // nothing could be read (binary, too large, unreadable)

    bool hasErrors() const
    {
        return fatal || std::any_of(warnings.cbegin(), warnings.cend(), [](const RunbookWarning& w) { return w.error; });
    }

    int count(RunbookStep::Kind kind) const
    {
        int n = 0;
        for (const RunbookSection& s : sections)
            for (const RunbookStep& step : s.steps)
                n += step.kind == kind ? 1 : 0;
        return n;
    }
};
