#include "CurlCommand.h"

#include <QRegularExpression>
#include <QUrl>

namespace {
// What an option does to the request. Every option curl users commonly write is here; the rest are
// unknown and reported.
enum class Effect {
    Method, Header, Data, DataRaw, DataUrlencode, Json, User, Url, Timeout, UserAgent, Referer, Cookie,
    Bearer, Get, Head, Location, Insecure, Output, Harmless, NotApplied, ReadsFile, WritesFile, Proxy, Form
};

struct Option
{
    const char* longName;
    char shortName; // 0: none
    bool takesValue;
    Effect effect;
};

// clang-format off
const Option Options[] = {
    {"--request", 'X', true, Effect::Method},        {"--header", 'H', true, Effect::Header},
    {"--data", 'd', true, Effect::Data},             {"--data-ascii", 0, true, Effect::Data},
    {"--data-binary", 0, true, Effect::Data},        {"--data-raw", 0, true, Effect::DataRaw},
    {"--data-urlencode", 0, true, Effect::DataUrlencode}, {"--json", 0, true, Effect::Json},
    {"--user", 'u', true, Effect::User},             {"--url", 0, true, Effect::Url},
    {"--max-time", 'm', true, Effect::Timeout},      {"--user-agent", 'A', true, Effect::UserAgent},
    {"--referer", 'e', true, Effect::Referer},       {"--cookie", 'b', true, Effect::Cookie},
    {"--oauth2-bearer", 0, true, Effect::Bearer},    {"--get", 'G', false, Effect::Get},
    {"--head", 'I', false, Effect::Head},            {"--location", 'L', false, Effect::Location},
    {"--insecure", 'k', false, Effect::Insecure},    {"--output", 'o', true, Effect::Output},
    {"--silent", 's', false, Effect::Harmless},      {"--show-error", 'S', false, Effect::Harmless},
    {"--fail", 'f', false, Effect::Harmless},        {"--fail-with-body", 0, false, Effect::Harmless},
    {"--include", 'i', false, Effect::Harmless},     {"--verbose", 'v', false, Effect::Harmless},
    {"--compressed", 0, false, Effect::Harmless},    {"--no-buffer", 'N', false, Effect::Harmless},
    {"--globoff", 'g', false, Effect::Harmless},     {"--progress-bar", '#', false, Effect::Harmless},
    {"--no-progress-meter", 0, false, Effect::Harmless}, {"--http1.1", 0, false, Effect::Harmless},
    {"--http2", 0, false, Effect::Harmless},         {"--ipv4", '4', false, Effect::Harmless},
    {"--ipv6", '6', false, Effect::Harmless},        {"--disable", 'q', false, Effect::Harmless},
    {"--write-out", 'w', true, Effect::Harmless},    {"--connect-timeout", 0, true, Effect::Harmless},
    {"--location-trusted", 0, false, Effect::Location},
    {"--retry", 0, true, Effect::NotApplied},        {"--retry-delay", 0, true, Effect::NotApplied},
    {"--retry-max-time", 0, true, Effect::NotApplied}, {"--retry-all-errors", 0, false, Effect::NotApplied},
    {"--retry-connrefused", 0, false, Effect::NotApplied},
    {"--upload-file", 'T', true, Effect::ReadsFile}, {"--config", 'K', true, Effect::ReadsFile},
    {"--cacert", 0, true, Effect::ReadsFile},        {"--capath", 0, true, Effect::ReadsFile},
    {"--cert", 'E', true, Effect::ReadsFile},        {"--key", 0, true, Effect::ReadsFile},
    {"--netrc", 'n', false, Effect::ReadsFile},      {"--netrc-file", 0, true, Effect::ReadsFile},
    {"--remote-name", 'O', false, Effect::WritesFile}, {"--remote-name-all", 0, false, Effect::WritesFile},
    {"--cookie-jar", 'c', true, Effect::WritesFile}, {"--dump-header", 'D', true, Effect::WritesFile},
    {"--trace", 0, true, Effect::WritesFile},        {"--trace-ascii", 0, true, Effect::WritesFile},
    {"--stderr", 0, true, Effect::WritesFile},       {"--create-dirs", 0, false, Effect::WritesFile},
    {"--proxy", 'x', true, Effect::Proxy},           {"--socks5", 0, true, Effect::Proxy},
    {"--form", 'F', true, Effect::Form},             {"--form-string", 0, true, Effect::Form},
};
// clang-format on

const Option* byLong(const QString& name)
{
    for (const Option& o : Options)
        if (name == QLatin1String(o.longName))
            return &o;
    return nullptr;
}

const Option* byShort(QChar c)
{
    for (const Option& o : Options)
        if (o.shortName != 0 && c == QLatin1Char(o.shortName))
            return &o;
    return nullptr;
}

// A file curl would read or write: "-" is standard input or output, /dev/null nothing at all.
bool isLocalFile(const QString& value)
{
    return value != QLatin1String("-") && value != QLatin1String("/dev/null") && value != QLatin1String("NUL");
}

struct Reading
{
    HttpAction action;
    QStringList data;
    QString method;
    bool get = false;
    bool json = false;
};
} // namespace

QString CurlCommand::foreignScheme(const QString& url)
{
    // "name:" not followed by a port number; "name://" always.
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):(?!\\d+(?:[/?#]|$))"));
    const QRegularExpressionMatch m = scheme.match(url);
    if (!m.hasMatch())
        return {};
    const QString name = m.captured(1).toLower();
    const bool userInfo = !url.mid(m.capturedEnd()).startsWith(QLatin1String("//")) &&
                          url.section(QLatin1Char('/'), 0, 0).contains(QLatin1Char('@')); // user:password@host
    if (name == QLatin1String("http") || name == QLatin1String("https") || userInfo)
        return {};
    return name;
}

QString CurlCommand::withDefaultScheme(const QString& url)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(url).hasMatch() ? url : QStringLiteral("http://") + url;
}

QString CurlCommand::urlEncode(const QString& text)
{
    // Variables stay templates: ${NAME} is filled in at send time, as it is written.
    QString out;
    static const QRegularExpression variable(QStringLiteral("\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}|\\$\\$"));
    qsizetype at = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QString::fromLatin1(QUrl::toPercentEncoding(text.mid(at, m.capturedStart() - at)));
        out += m.captured(0);
        at = m.capturedEnd();
    }
    return out + QString::fromLatin1(QUrl::toPercentEncoding(text.mid(at)));
}

bool CurlCommand::isCurl(const ShellWords::Parsed& parsed)
{
    if (parsed.pipeline.isEmpty() || parsed.pipeline.first().isEmpty())
        return false;
    const QString first = parsed.pipeline.first().first();
    return first == QLatin1String("curl") || first.compare(QLatin1String("curl.exe"), Qt::CaseInsensitive) == 0;
}

bool CurlCommand::isLiteral(const ShellWords::Parsed& parsed, QString* error)
{
    if (!parsed.error.isEmpty())
        *error = parsed.error;
    else if (parsed.substitution)
        *error = tr("it uses command substitution or a shell expansion ($(...), backquotes, ${X:-default}), which the console never runs");
    else if (parsed.control)
        *error = tr("it chains shell commands or redirects output (; && || > <), which the console never runs");
    else
        return true;
    return false;
}

void CurlCommand::defaultContentType(HttpAction& action, const QString& type)
{
    const bool named = std::any_of(action.headers.cbegin(), action.headers.cend(), [](const auto& h) {
        return h.first.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
    });
    if (!named)
        action.headers.append({QStringLiteral("Content-Type"), type});
}

bool CurlCommand::finishUrl(HttpAction& action, QString* error)
{
    if (action.url.isEmpty()) {
        *error = tr("there is no URL");
        return false;
    }
    // Only HTTP is sent: QNetworkAccessManager would read file: and qrc: URLs from this machine.
    const QString scheme = foreignScheme(action.url);
    if (!scheme.isEmpty()) {
        *error = tr("its URL uses %1:, not http or https; the console sends only HTTP requests").arg(scheme);
        return false;
    }
    // curl's default scheme; a URL that starts with a variable gets it only once the variable is known.
    if (!action.url.startsWith(QLatin1String("${")))
        action.url = withDefaultScheme(action.url);
    return true;
}

void CurlCommand::readPipeline(const ShellWords::Parsed& parsed, HttpAction& action)
{
    for (int stage = 1; stage < parsed.pipeline.size(); ++stage) {
        const QStringList& s = parsed.pipeline.at(stage);
        if (!s.isEmpty() && s.first() == QLatin1String("jq") && action.jq.isEmpty()) {
            QString program;
            for (int k = 1; k < s.size(); ++k) {
                if (!s.at(k).startsWith(QLatin1Char('-')))
                    program = s.at(k);
            }
            action.jq = program.isEmpty() ? QStringLiteral(".") : program.replace(QLatin1String("$$"), QLatin1String("$"));
        } else {
            action.warnings << tr("\"| %1\" after the request is not applied").arg(s.join(QLatin1Char(' ')));
        }
    }
}

std::optional<HttpAction> CurlCommand::read(const ShellWords::Parsed& parsed, QString* error)
{
    auto fail = [error](const QString& message) {
        *error = message;
        return std::nullopt;
    };
    if (!isCurl(parsed))
        return fail(tr("not a curl command"));
    if (!isLiteral(parsed, error))
        return std::nullopt;
    auto refuse = [error](const QString& message) {
        *error = message;
        return false;
    };
    Reading r;
    r.action.variables = parsed.variables;
    const QStringList& words = parsed.pipeline.first();
    // Applies one option; false with *error set when the command must stay a copy.
    auto apply = [&](const Option& o, const QString& written, QString value) -> bool {
        HttpAction& a = r.action;
        switch (o.effect) {
        case Effect::Method:
            r.method = value.toUpper();
            break;
        case Effect::Header: {
            if (value.startsWith(QLatin1Char('@')))
                return refuse(tr("its headers come from the file %1, which the console does not read").arg(value.mid(1)));
            const int colon = static_cast<int>(value.indexOf(QLatin1Char(':')));
            if (colon <= 0)
                return refuse(tr("the header \"%1\" has no name").arg(value));
            a.headers.append({value.left(colon).trimmed(), value.mid(colon + 1).trimmed()});
            break;
        }
        case Effect::Data:
        case Effect::Json:
            if (value.startsWith(QLatin1Char('@')))
                return refuse(tr("the body comes from the file %1, which the console does not read").arg(value.mid(1)));
            r.data << value;
            r.json = r.json || o.effect == Effect::Json;
            break;
        case Effect::DataRaw:
            r.data << value;
            break;
        case Effect::DataUrlencode: {
            // "content", "=content", "name=content"; "@file" and "name@file" read a file.
            const int eq = static_cast<int>(value.indexOf(QLatin1Char('=')));
            const int at = static_cast<int>(value.indexOf(QLatin1Char('@')));
            if (at >= 0 && (eq < 0 || at < eq))
                return refuse(tr("the data comes from the file %1, which the console does not read").arg(value.mid(at + 1)));
            r.data << (eq < 0 ? urlEncode(value) : value.left(eq) + (eq > 0 ? QStringLiteral("=") : QString()) + urlEncode(value.mid(eq + 1)));
            break;
        }
        case Effect::User:
            a.user = value;
            break;
        case Effect::Url:
            if (!a.url.isEmpty())
                return refuse(tr("a second URL %1").arg(value));
            a.url = value;
            break;
        case Effect::Timeout: {
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            if (!ok || seconds <= 0)
                return refuse(tr("%1 %2 is not a number of seconds").arg(written, value));
            a.timeoutMs = static_cast<int>(seconds * 1000);
            break;
        }
        case Effect::UserAgent:
            a.headers.append({QStringLiteral("User-Agent"), value});
            break;
        case Effect::Referer:
            a.headers.append({QStringLiteral("Referer"), value});
            break;
        case Effect::Cookie:
            if (!value.contains(QLatin1Char('=')))
                return refuse(tr("its cookies come from the file %1, which the console does not read").arg(value));
            a.headers.append({QStringLiteral("Cookie"), value});
            break;
        case Effect::Bearer:
            a.headers.append({QStringLiteral("Authorization"), QStringLiteral("Bearer ") + value});
            break;
        case Effect::Get:
            r.get = true;
            break;
        case Effect::Head:
            r.method = QStringLiteral("HEAD");
            break;
        case Effect::Location:
            a.followRedirects = true;
            break;
        case Effect::Insecure:
            a.insecure = true;
            break;
        case Effect::Output:
            if (isLocalFile(value))
                return refuse(tr("%1 writes the answer to the file %2; the console shows answers, it writes no files").arg(written, value));
            break;
        case Effect::Harmless:
            a.flags << written;
            break;
        case Effect::NotApplied:
            a.warnings << tr("%1 is not applied: the console sends the request once; run it again to retry").arg(written);
            break;
        case Effect::ReadsFile:
            return refuse(tr("%1 reads the local file %2, which the console never does").arg(written, value.isEmpty() ? tr("(curl's own)") : value));
        case Effect::WritesFile:
            return refuse(tr("%1 writes a local file, which the console never does").arg(written));
        case Effect::Proxy:
            return refuse(tr("%1 sends through a proxy, which the console does not do; it would reach the server another way").arg(written));
        case Effect::Form:
            return refuse(tr("%1 sends a multipart form, which the console does not build").arg(written));
        }
        return true;
    };
    for (int i = 1; i < words.size(); ++i) {
        const QString& w = words.at(i);
        if (w.startsWith(QLatin1String("--"))) {
            const int eq = static_cast<int>(w.indexOf(QLatin1Char('=')));
            const QString name = eq > 0 ? w.left(eq) : w;
            const Option* o = byLong(name);
            if (!o)
                return fail(tr("unknown option %1; the console does not guess what it means").arg(name));
            QString value;
            if (o->takesValue) {
                if (eq > 0)
                    value = w.mid(eq + 1);
                else if (i + 1 < words.size())
                    value = words.at(++i);
                else
                    return fail(tr("%1 needs a value").arg(name));
            } else if (eq > 0) {
                return fail(tr("%1 takes no value").arg(name));
            }
            if (!apply(*o, name, value))
                return std::nullopt;
        } else if (w.size() > 1 && w.startsWith(QLatin1Char('-'))) {
            // Combined short flags: -fsSL; a flag that takes a value ends the word: -sXPOST, -sH 'A: b'.
            for (int k = 1; k < w.size(); ++k) {
                const Option* o = byShort(w.at(k));
                const QString written = QStringLiteral("-") + w.at(k);
                if (!o)
                    return fail(tr("unknown option %1; the console does not guess what it means").arg(written));
                QString value;
                if (o->takesValue) {
                    if (k + 1 < w.size())
                        value = w.mid(k + 1);
                    else if (i + 1 < words.size())
                        value = words.at(++i);
                    else
                        return fail(tr("%1 needs a value").arg(written));
                    k = static_cast<int>(w.size());
                }
                if (!apply(*o, written, value))
                    return std::nullopt;
            }
        } else if (r.action.url.isEmpty()) {
            r.action.url = w;
        } else {
            return fail(tr("a second URL %1").arg(w));
        }
    }
    HttpAction& action = r.action;
    QString why;
    if (!finishUrl(action, &why))
        return fail(why);
    if (r.get) {
        // -G: the data is the query string, as curl builds it.
        if (!r.data.isEmpty())
            action.url += (action.url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + r.data.join(QLatin1Char('&'));
        action.method = r.method.isEmpty() ? QStringLiteral("GET") : r.method;
    } else {
        action.body = r.data.join(r.json ? QString() : QStringLiteral("&")); // curl joins -d with &, --json as is
        action.method = !r.method.isEmpty() ? r.method : r.data.isEmpty() ? QStringLiteral("GET") : QStringLiteral("POST");
        auto has = [&action](const char* name) {
            return std::any_of(action.headers.cbegin(), action.headers.cend(),
                               [name](const auto& h) { return h.first.compare(QLatin1String(name), Qt::CaseInsensitive) == 0; });
        };
        if (r.json)
            defaultContentType(action, QStringLiteral("application/json"));
        if (r.json && !has("Accept"))
            action.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
        if (!r.data.isEmpty())
            defaultContentType(action, QStringLiteral("application/x-www-form-urlencoded"));
    }
    readPipeline(parsed, action);
    return action;
}
