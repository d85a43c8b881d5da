#pragma once

#include <QCoreApplication>
#include <QString>

// The "| jq EXPR" of a runbook command: which programs may run at all. Programs that could read the
// environment, files or other inputs are refused: an extraction may only look at the answer. (They run
// in the incident-console-jq worker through JqRunner.)
class JqFilter
{
    Q_DECLARE_TR_FUNCTIONS(JqFilter)
public:
    static bool isAllowed(const QString& program, QString* why);
};
