#pragma once

#include "HttpAction.h"
#include "ShellWords.h"

#include <QCoreApplication>
#include <optional>

// Reads "wget -qO- URL" (the answer to standard output, as runbooks use wget) into an HttpAction:
// --header, --method, --post-data/--body-data, --timeout, --no-check-certificate, --user/--password.
// A wget that saves the answer to a file (no -O-, or -O FILE) or reads one (--post-file) stays a copy.
class WgetCommand
{
    Q_DECLARE_TR_FUNCTIONS(WgetCommand)
public:
    static bool isWget(const ShellWords::Parsed& parsed);
    static std::optional<HttpAction> read(const ShellWords::Parsed& parsed, QString* error);
};
