#pragma once

#include "HttpAction.h"
#include "ShellWords.h"

#include <QString>
#include <optional>

// One command of a runbook read as the HTTP request it makes, whichever tool it names: curl
// (curl.exe), wget, HTTPie, or PowerShell's Invoke-RestMethod / Invoke-WebRequest.
class HttpCommand
{
public:
    enum class Dialect { Shell, PowerShell, Cmd };

    struct Reading
    {
        bool isRequest = false;          // it names an HTTP tool (read or not)
        std::optional<HttpAction> action; // set when it can be sent as written
        QString why;                      // why a request stays a copy; a shell error otherwise
        QString assignedTo;               // NAME of NAME=$(curl ...)
        QString firstWord;                // the program it runs ("" for none)
        bool compoundShell = false;       // chains, redirects or substitutes: a copy
        bool simple = false;              // one program, no pipe: "echo ..." alone says, "echo | openssl" runs
    };

    static Reading read(const QString& command, Dialect dialect);
    // A block's logical commands in its dialect: shell continuations and quotes, PowerShell's
    // backticks and tables, cmd's ^.
    static QList<ShellWords::Command> commands(const QString& block, int firstLine, Dialect dialect);
};
