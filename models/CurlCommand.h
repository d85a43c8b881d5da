#pragma once

#include "HttpAction.h"
#include "ShellWords.h"

#include <QCoreApplication>
#include <optional>

// Reads a curl command line (already split into words) into an HttpAction, as curl itself would read
// it: short flags alone or combined (-fsSL, -sXPOST), long options with a space or '=', -G with
// --data-urlencode, --json, -L, -m/--max-time, -k, -I and what else teams commonly write. An option that
// reads or writes a local file (-d @file, -T, -o, -K, --cacert...) is never followed: the command
// stays a copy and the reason is given. Anything unknown is reported, not guessed. "| jq EXPR"
// becomes the extraction.
class CurlCommand
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
public:
    static bool isCurl(const ShellWords::Parsed& parsed); // curl, curl.exe
    static std::optional<HttpAction> read(const ShellWords::Parsed& parsed, QString* error);
    // The scheme of a URL that names one other than http or https ("file", "qrc", "gopher"); empty for
    // http(s), for host:port and user@host forms (curl makes those http), and for a leading variable.
    static QString foreignScheme(const QString& url);
    // curl's default: a URL without "scheme://" is http.
    static QString withDefaultScheme(const QString& url);
    // What every reader of a request does last: a URL present, only http(s), curl's default scheme.
    static bool finishUrl(HttpAction& action, QString* error);
    // "| jq PROGRAM" after a request; other stages are named in the action's warnings.
    static void readPipeline(const ShellWords::Parsed& parsed, HttpAction& action);
    // A command the console can send as written: it parsed, and nothing in it is computed, chained or
    // redirected; false with *error saying which. Every shell reader starts here.
    static bool isLiteral(const ShellWords::Parsed& parsed, QString* error);
    // Content-Type as the tool would send it when the command names none.
    static void defaultContentType(HttpAction& action, const QString& type);
    // %XX-encoding as curl's --data-urlencode does it (RFC 3986 unreserved characters kept).
    static QString urlEncode(const QString& text);
};
