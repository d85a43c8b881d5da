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
    // The scheme of a URL that names one other than http or https ("file", "qrc", "gopher"); empty for
    // http(s), for host:port and user@host forms (curl makes those http), and for a leading variable.
    static QString foreignScheme(const QString& url);
    // curl's default: a URL without "scheme://" is http.
    static QString withDefaultScheme(const QString& url);
};
