#pragma once

#include "HttpAction.h"
#include "ShellWords.h"

#include <QCoreApplication>
#include <optional>

// Reads a curl command line (already split into words) into an HttpAction: -X, -H, -d/--data/
// --data-raw/--data-binary, -u, --url and the URL; -s -S -f -i are understood; anything else is
// reported, not guessed. "| jq EXPR" becomes the extraction.
class CurlCommand
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
public:
    static bool isCurl(const ShellWords::Parsed& parsed);
    static std::optional<HttpAction> read(const ShellWords::Parsed& parsed, QString* error);
};
