#pragma once

#include "HttpAction.h"
#include "ShellWords.h"

#include <QCoreApplication>
#include <optional>

// Reads PowerShell as a Windows team's runbook writes it, without running it: splits a block into
// commands (backtick continuations, multi-line @{ } and quotes), turns $env:NAME into a variable like
// $NAME, and reads Invoke-RestMethod / Invoke-WebRequest (irm, iwr) with literal -Uri, -Method,
// -Headers @{...}, -Body, -ContentType into an HttpAction. A value the console cannot know (a
// PowerShell variable, a (subexpression), -Credential, -InFile) keeps the command a copy.
class PowerShellCommand
{
    Q_DECLARE_TR_FUNCTIONS(PowerShellCommand)
public:
    static QList<ShellWords::Command> commands(const QString& block, int firstLine);
    static bool isRequest(const QString& command); // Invoke-RestMethod, Invoke-WebRequest, irm, iwr
    static std::optional<HttpAction> read(const QString& command, QString* error);
    // $env:NAME as ${NAME} outside single quotes, so a curl.exe line reads as shell words.
    static QString withShellVariables(const QString& command);
    // The first PowerShell variable other than $env:NAME outside single quotes ("$token"): a value
    // the console cannot know; empty when there is none.
    static QString unknownVariable(const QString& command);
    // The command on one line: backtick continuations joined, as PowerShell reads them.
    static QString joined(const QString& command);
};
