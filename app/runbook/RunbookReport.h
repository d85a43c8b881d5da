#pragma once

#include "Runbook.h"

#include <QCoreApplication>

// What "runbook check" prints: sections, items, each request (secrets masked), copy commands, warnings.
class RunbookReport
{
    Q_DECLARE_TR_FUNCTIONS(RunbookReport)
public:
    static QString text(const Runbook& runbook);
    static QString json(const Runbook& runbook);
};
