#include "WgetCommand.h"

#include "CurlCommand.h"

namespace {
enum class Effect { Output, Header, Method, Data, Timeout, Insecure, MaxRedirect, User, Password, UserAgent, Harmless, NotApplied, ReadsFile, WritesFile };

struct Option
{
    const char* longName;
    char shortName;
    bool takesValue;
    Effect effect;
};

// clang-format off
const Option Options[] = {
    {"--output-document", 'O', true, Effect::Output}, {"--header", 0, true, Effect::Header},
    {"--method", 0, true, Effect::Method},            {"--post-data", 0, true, Effect::Data},
    {"--body-data", 0, true, Effect::Data},           {"--timeout", 'T', true, Effect::Timeout},
    {"--no-check-certificate", 0, false, Effect::Insecure}, {"--max-redirect", 0, true, Effect::MaxRedirect},
    {"--user", 0, true, Effect::User},                {"--http-user", 0, true, Effect::User},
    {"--password", 0, true, Effect::Password},        {"--http-password", 0, true, Effect::Password},
    {"--user-agent", 'U', true, Effect::UserAgent},   {"--quiet", 'q', false, Effect::Harmless},
    {"--server-response", 'S', false, Effect::Harmless}, {"--no-verbose", 0, false, Effect::Harmless},
    {"--verbose", 'v', false, Effect::Harmless},      {"--content-on-error", 0, false, Effect::Harmless},
    {"--no-cache", 0, false, Effect::Harmless},       {"--tries", 't', true, Effect::NotApplied},
    {"--post-file", 0, true, Effect::ReadsFile},      {"--body-file", 0, true, Effect::ReadsFile},
    {"--input-file", 'i', true, Effect::ReadsFile},   {"--load-cookies", 0, true, Effect::ReadsFile},
    {"--ca-certificate", 0, true, Effect::ReadsFile}, {"--certificate", 0, true, Effect::ReadsFile},
    {"--output-file", 'o', true, Effect::WritesFile}, {"--append-output", 'a', true, Effect::WritesFile},
    {"--save-cookies", 0, true, Effect::WritesFile},  {"--directory-prefix", 'P', true, Effect::WritesFile},
    {"--continue", 'c', false, Effect::WritesFile},   {"--recursive", 'r', false, Effect::WritesFile},
};
// clang-format on
} // namespace

bool WgetCommand::isWget(const ShellWords::Parsed& parsed)
{
    return !parsed.pipeline.isEmpty() && !parsed.pipeline.first().isEmpty() &&
           (parsed.pipeline.first().first() == QLatin1String("wget") ||
            parsed.pipeline.first().first().compare(QLatin1String("wget.exe"), Qt::CaseInsensitive) == 0);
}

std::optional<HttpAction> WgetCommand::read(const ShellWords::Parsed& parsed, QString* error)
{
    auto fail = [error](const QString& message) {
        *error = message;
        return std::nullopt;
    };
    if (!CurlCommand::isLiteral(parsed, error))
        return std::nullopt;
    HttpAction action;
    action.variables = parsed.variables;
    action.followRedirects = true; // wget follows redirects unless told otherwise
    bool toStdout = false;
    QString method;
    QString body;
    QString user;
    QString password;
    const QStringList& words = parsed.pipeline.first();
    auto apply = [&](Effect effect, const QString& written, const QString& value) -> bool {
        switch (effect) {
        case Effect::Output:
            if (value != QLatin1String("-")) {
                *error = tr("%1 writes the answer to the file %2; the console shows answers, it writes no files").arg(written, value);
                return false;
            }
            toStdout = true;
            break;
        case Effect::Header: {
            const int colon = static_cast<int>(value.indexOf(QLatin1Char(':')));
            if (colon <= 0) {
                *error = tr("the header \"%1\" has no name").arg(value);
                return false;
            }
            action.headers.append({value.left(colon).trimmed(), value.mid(colon + 1).trimmed()});
            break;
        }
        case Effect::Method:
            method = value.toUpper();
            break;
        case Effect::Data:
            body = value;
            break;
        case Effect::Timeout:
            action.timeoutMs = static_cast<int>(value.toDouble() * 1000);
            break;
        case Effect::Insecure:
            action.insecure = true;
            break;
        case Effect::MaxRedirect:
            action.followRedirects = value.toInt() > 0;
            break;
        case Effect::User:
            user = value;
            break;
        case Effect::Password:
            password = value;
            break;
        case Effect::UserAgent:
            action.headers.append({QStringLiteral("User-Agent"), value});
            break;
        case Effect::Harmless:
            action.flags << written;
            break;
        case Effect::NotApplied:
            action.warnings << tr("%1 is not applied: the console sends the request once").arg(written);
            break;
        case Effect::ReadsFile:
            *error = tr("%1 reads the local file %2, which the console never does").arg(written, value);
            return false;
        case Effect::WritesFile:
            *error = tr("%1 writes a local file, which the console never does").arg(written);
            return false;
        }
        return true;
    };
    for (int i = 1; i < words.size(); ++i) {
        const QString& w = words.at(i);
        if (w.startsWith(QLatin1String("--"))) {
            const int eq = static_cast<int>(w.indexOf(QLatin1Char('=')));
            const QString name = eq > 0 ? w.left(eq) : w;
            const auto o = std::find_if(std::begin(Options), std::end(Options),
                                        [&name](const Option& opt) { return name == QLatin1String(opt.longName); });
            if (o == std::end(Options))
                return fail(tr("unknown option %1; the console does not guess what it means").arg(name));
            QString value;
            if (o->takesValue)
                value = eq > 0 ? w.mid(eq + 1) : i + 1 < words.size() ? words.at(++i) : QString();
            if (!apply(o->effect, name, value))
                return std::nullopt;
        } else if (w.size() > 1 && w.startsWith(QLatin1Char('-'))) {
            for (int k = 1; k < w.size(); ++k) {
                const QChar c = w.at(k);
                const auto o = std::find_if(std::begin(Options), std::end(Options),
                                            [c](const Option& opt) { return opt.shortName && c == QLatin1Char(opt.shortName); });
                const QString written = QStringLiteral("-") + c;
                if (o == std::end(Options))
                    return fail(tr("unknown option %1; the console does not guess what it means").arg(written));
                QString value;
                if (o->takesValue) {
                    value = k + 1 < w.size() ? w.mid(k + 1) : i + 1 < words.size() ? words.at(++i) : QString();
                    k = static_cast<int>(w.size());
                }
                if (!apply(o->effect, written, value))
                    return std::nullopt;
            }
        } else if (action.url.isEmpty()) {
            action.url = w;
        } else {
            return fail(tr("a second URL %1").arg(w));
        }
    }
    if (!toStdout)
        return fail(tr("without -O- wget saves the answer to a file; the console shows answers, it writes no files"));
    QString why;
    if (!CurlCommand::finishUrl(action, &why))
        return fail(why);
    if (!user.isEmpty())
        action.user = password.isEmpty() ? user : user + QLatin1Char(':') + password;
    action.body = body;
    action.method = !method.isEmpty() ? method : body.isEmpty() ? QStringLiteral("GET") : QStringLiteral("POST");
    if (!body.isEmpty())
        CurlCommand::defaultContentType(action, QStringLiteral("application/x-www-form-urlencoded"));
    CurlCommand::readPipeline(parsed, action);
    return action;
}
