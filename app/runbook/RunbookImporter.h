#pragma once

#include "Runbook.h"

#include <QCoreApplication>

// Opens a Markdown runbook as it is, with md4c: headings become sections, task items ("- [ ]") and
// "□" lines checklist items (in a checklist section, plain list items too), curl commands in shell
// blocks HTTP actions, other commands copy buttons. Nothing is run and no request is sent.
class RunbookImporter
{
    Q_DECLARE_TR_FUNCTIONS(RunbookImporter)
public:
    static constexpr qint64 MaxBytes = 4 * 1024 * 1024; // far beyond any runbook; a larger file is the wrong one

    static Runbook importFile(const QString& path);
    static Runbook importText(const QByteArray& utf8, const QString& path);
};
