#include "CurlCommand.h"

#include <QRegularExpression>

namespace {
bool takesValue(const QString& flag)
{
    static const QStringList withValue = {QStringLiteral("-X"), QStringLiteral("--request"), QStringLiteral("-H"),
                                          QStringLiteral("--header"), QStringLiteral("-d"), QStringLiteral("--data"),
                                          QStringLiteral("--data-raw"), QStringLiteral("--data-binary"),
                                          QStringLiteral("-u"), QStringLiteral("--user"), QStringLiteral("--url")};
    return withValue.contains(flag);
}

bool harmless(QChar c)
{
    return c == QLatin1Char('s') || c == QLatin1Char('S') || c == QLatin1Char('f') || c == QLatin1Char('i');
}
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

bool CurlCommand::isCurl(const ShellWords::Parsed& parsed)
{
    return !parsed.pipeline.isEmpty() && !parsed.pipeline.first().isEmpty() &&
           parsed.pipeline.first().first() == QLatin1String("curl");
}

std::optional<HttpAction> CurlCommand::read(const ShellWords::Parsed& parsed, QString* error)
{
    auto fail = [error](const QString& message) {
        *error = message;
        return std::nullopt;
    };
    if (!parsed.error.isEmpty())
        return fail(parsed.error);
    if (!isCurl(parsed))
        return fail(tr("not a curl command"));
    if (parsed.substitution)
        return fail(tr("it uses command substitution ($(...) or backquotes), which the console never runs"));
    if (parsed.control)
        return fail(tr("it chains shell commands or redirects output (; && || > <), which the console never runs"));
    HttpAction action;
    action.variables = parsed.variables;
    const QStringList& words = parsed.pipeline.first();
    QStringList data;
    QString method;
    for (int i = 1; i < words.size(); ++i) {
        QString w = words.at(i);
        QString value;
        // --flag=value and -Xvalue forms.
        if (w.startsWith(QLatin1String("--")) && w.contains(QLatin1Char('='))) {
            value = w.section(QLatin1Char('='), 1);
            w = w.section(QLatin1Char('='), 0, 0);
            if (!takesValue(w))
                return fail(tr("unknown option %1").arg(w));
        } else if (w.size() > 2 && w.startsWith(QLatin1Char('-')) && !w.startsWith(QLatin1String("--")) &&
                   takesValue(w.left(2))) {
            value = w.mid(2);
            w = w.left(2);
        } else if (takesValue(w)) {
            if (i + 1 >= words.size())
                return fail(tr("%1 needs a value").arg(w));
            value = words.at(++i);
        }
        if (w == QLatin1String("-X") || w == QLatin1String("--request")) {
            method = value.toUpper();
        } else if (w == QLatin1String("-H") || w == QLatin1String("--header")) {
            const int colon = static_cast<int>(value.indexOf(QLatin1Char(':')));
            if (colon <= 0)
                return fail(tr("the header \"%1\" has no name").arg(value));
            action.headers.append({value.left(colon).trimmed(), value.mid(colon + 1).trimmed()});
        } else if (w.startsWith(QLatin1String("-d")) || w.startsWith(QLatin1String("--data"))) {
            if (value.startsWith(QLatin1Char('@')) && w != QLatin1String("--data-raw"))
                return fail(tr("the body comes from the file %1, which the console does not read").arg(value.mid(1)));
            data << value;
        } else if (w == QLatin1String("-u") || w == QLatin1String("--user")) {
            action.user = value;
        } else if (w == QLatin1String("--url")) {
            action.url = value;
        } else if (w == QLatin1String("--silent") || w == QLatin1String("--show-error") || w == QLatin1String("--fail") ||
                   w == QLatin1String("--include")) {
            action.flags << w;
        } else if (w.startsWith(QLatin1Char('-')) && !w.startsWith(QLatin1String("--")) && w.size() > 1 &&
                   std::all_of(w.cbegin() + 1, w.cend(), harmless)) {
            action.flags << w;
        } else if (w.startsWith(QLatin1Char('-'))) {
            return fail(tr("unknown option %1; the console does not guess what it means").arg(w));
        } else if (action.url.isEmpty()) {
            action.url = w;
        } else {
            return fail(tr("a second URL %1").arg(w));
        }
    }
    if (action.url.isEmpty())
        return fail(tr("there is no URL"));
    // Only HTTP is sent: QNetworkAccessManager would read file: and qrc: URLs from this machine.
    const QString scheme = foreignScheme(action.url);
    if (!scheme.isEmpty())
        return fail(tr("its URL uses %1:, not http or https; the console sends only HTTP requests").arg(scheme));
    // curl's default scheme; a URL that starts with a variable gets it only once the variable is known.
    if (!action.url.startsWith(QLatin1String("${")))
        action.url = withDefaultScheme(action.url);
    action.body = data.join(QLatin1Char('&')); // as curl joins several -d
    action.method = !method.isEmpty() ? method : data.isEmpty() ? QStringLiteral("GET") : QStringLiteral("POST");
    if (!data.isEmpty() && std::none_of(action.headers.cbegin(), action.headers.cend(), [](const auto& h) {
            return h.first.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        }))
        action.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded")});
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
    return action;
}
