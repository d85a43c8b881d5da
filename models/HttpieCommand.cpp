#include "HttpieCommand.h"

#include "CurlCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace {
const QStringList& methods()
{
    static const QStringList names = {QStringLiteral("GET"),    QStringLiteral("POST"),  QStringLiteral("PUT"),
                                      QStringLiteral("PATCH"),  QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                                      QStringLiteral("OPTIONS")};
    return names;
}

struct Item
{
    QString key;
    QString separator;
    QString value;
};

// HTTPie's rule: the separator that occurs first wins; at one position the longest.
std::optional<Item> itemOf(const QString& word)
{
    static const QStringList separators = {QStringLiteral(":=@"), QStringLiteral("=@"), QStringLiteral("=="),
                                           QStringLiteral(":="),  QStringLiteral("@"),  QStringLiteral("="),
                                           QStringLiteral(":")};
    for (int i = 0; i < word.size(); ++i) {
        if (word.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        for (const QString& s : separators)
            if (word.mid(i, s.size()) == s)
                return Item{word.left(i), s, word.mid(i + s.size())};
    }
    return std::nullopt;
}

QString jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact); // ["..."]
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}
} // namespace

bool HttpieCommand::isHttpie(const ShellWords::Parsed& parsed)
{
    if (parsed.pipeline.isEmpty() || parsed.pipeline.first().size() < 2)
        return false;
    const QString first = parsed.pipeline.first().first();
    return first == QLatin1String("http") || first == QLatin1String("https");
}

std::optional<HttpAction> HttpieCommand::read(const ShellWords::Parsed& parsed, QString* error)
{
    auto fail = [error](const QString& message) {
        *error = message;
        return std::nullopt;
    };
    if (!CurlCommand::isLiteral(parsed, error))
        return std::nullopt;
    const QStringList& words = parsed.pipeline.first();
    const bool https = words.first() == QLatin1String("https");
    HttpAction action;
    action.variables = parsed.variables;
    bool form = false;
    QString method;
    QStringList query;
    QStringList fields; // JSON members or form pairs, in the order written
    QString authType = QStringLiteral("basic");
    QString auth;
    auto refuse = [error](const QString& message) {
        *error = message;
        return false;
    };
    // Options may come anywhere, before the URL or among the items, as HTTPie reads them.
    auto readOption = [&](int& i) -> bool {
        const QString w = words.at(i);
        const int eq = static_cast<int>(w.indexOf(QLatin1Char('=')));
        const QString name = eq > 0 ? w.left(eq) : w;
        auto value = [&]() { return eq > 0 ? w.mid(eq + 1) : i + 1 < words.size() ? words.at(++i) : QString(); };
        if (name == QLatin1String("--json") || name == QLatin1String("-j")) {
            form = false;
        } else if (name == QLatin1String("--form") || name == QLatin1String("-f")) {
            form = true;
        } else if (name == QLatin1String("--auth") || name == QLatin1String("-a")) {
            auth = value();
        } else if (name == QLatin1String("--auth-type") || name == QLatin1String("-A")) {
            authType = value().toLower();
        } else if (name == QLatin1String("--verify")) {
            const QString v = value().toLower();
            if (v != QLatin1String("no") && v != QLatin1String("false") && v != QLatin1String("yes") && v != QLatin1String("true"))
                return refuse(tr("--verify=%1 reads a CA bundle from a local file, which the console never does").arg(v));
            action.insecure = v == QLatin1String("no") || v == QLatin1String("false");
        } else if (name == QLatin1String("--follow") || name == QLatin1String("-F")) {
            action.followRedirects = true;
        } else if (name == QLatin1String("--timeout")) {
            action.timeoutMs = static_cast<int>(value().toDouble() * 1000);
        } else if (name == QLatin1String("--print") || name == QLatin1String("-p") || name == QLatin1String("--pretty") ||
                   name == QLatin1String("--style") || name == QLatin1String("-s")) {
            value();
            action.flags << name;
        } else if (QStringList{QStringLiteral("--check-status"), QStringLiteral("--ignore-stdin"), QStringLiteral("-I"),
                               QStringLiteral("--body"), QStringLiteral("-b"), QStringLiteral("--headers"), QStringLiteral("-h"),
                               QStringLiteral("--verbose"), QStringLiteral("-v"), QStringLiteral("--quiet"), QStringLiteral("-q")}
                       .contains(name)) {
            action.flags << name;
        } else if (QStringList{QStringLiteral("--download"), QStringLiteral("-d"), QStringLiteral("--output"), QStringLiteral("-o"),
                               QStringLiteral("--session"), QStringLiteral("--session-read-only"), QStringLiteral("--cert"),
                               QStringLiteral("--cert-key")}
                       .contains(name)) {
            return refuse(tr("%1 reads or writes a local file, which the console never does").arg(name));
        } else if (name == QLatin1String("--offline")) {
            return refuse(tr("--offline only prints the request; there is nothing to send"));
        } else {
            return refuse(tr("unknown option %1; the console does not guess what it means").arg(name));
        }
        return true;
    };
    int i = 1;
    for (; i < words.size() && words.at(i).startsWith(QLatin1Char('-')); ++i)
        if (!readOption(i))
            return std::nullopt;
    if (i < words.size() && methods().contains(words.at(i)))
        method = words.at(i++);
    if (i >= words.size())
        return fail(tr("there is no URL"));
    QString url = words.at(i++);
    // HTTPie's shorthands: ":3000/x" and ":/x" are localhost; no scheme takes the command's.
    if (url.startsWith(QLatin1Char(':')))
        url = QStringLiteral("localhost") + (url.size() > 1 && url.at(1) == QLatin1Char('/') ? url.mid(1) : url);
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (!scheme.match(url).hasMatch() && !url.startsWith(QLatin1String("${")))
        url = (https ? QStringLiteral("https://") : QStringLiteral("http://")) + url;
    for (; i < words.size(); ++i) {
        if (words.at(i).startsWith(QLatin1Char('-'))) {
            if (!readOption(i))
                return std::nullopt;
            continue;
        }
        const std::optional<Item> item = itemOf(words.at(i));
        if (!item)
            return fail(tr("\"%1\" is not an HTTPie request item (Header:value, name==value, field=value, field:=json)").arg(words.at(i)));
        if (item->separator.contains(QLatin1Char('@')) || item->value.startsWith(QLatin1Char('@')))
            return fail(tr("\"%1\" reads a local file, which the console never does").arg(words.at(i)));
        if (item->separator == QLatin1String(":")) {
            if (!item->value.isEmpty())
                action.headers.append({item->key, item->value});
        } else if (item->separator == QLatin1String("==")) {
            query << CurlCommand::urlEncode(item->key) + QLatin1Char('=') + CurlCommand::urlEncode(item->value);
        } else if (form) {
            if (item->separator == QLatin1String(":="))
                return fail(tr("\"%1\" is raw JSON in a --form request").arg(words.at(i)));
            fields << CurlCommand::urlEncode(item->key) + QLatin1Char('=') + CurlCommand::urlEncode(item->value);
        } else if (item->separator == QLatin1String(":=")) {
            QJsonParseError parseError{};
            QJsonDocument::fromJson("[" + item->value.toUtf8() + "]", &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return fail(tr("\"%1\" is not valid JSON after :=").arg(words.at(i)));
            fields << jsonString(item->key) + QStringLiteral(": ") + item->value;
        } else {
            fields << jsonString(item->key) + QStringLiteral(": ") + jsonString(item->value);
        }
    }
    action.url = url;
    if (!query.isEmpty())
        action.url += (action.url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + query.join(QLatin1Char('&'));
    QString why;
    if (!CurlCommand::finishUrl(action, &why))
        return fail(why);
    if (!auth.isEmpty() && authType != QLatin1String("bearer") && authType != QLatin1String("basic"))
        return fail(tr("--auth-type %1 is not sent by the console; only basic and bearer are").arg(authType));
    if (!auth.isEmpty()) {
        if (authType == QLatin1String("bearer"))
            action.headers.append({QStringLiteral("Authorization"), QStringLiteral("Bearer ") + auth});
        else
            action.user = auth;
    }
    if (!fields.isEmpty()) {
        action.body = form ? fields.join(QLatin1Char('&')) : QLatin1Char('{') + fields.join(QStringLiteral(", ")) + QLatin1Char('}');
        action.headers.append({QStringLiteral("Content-Type"),
                               form ? QStringLiteral("application/x-www-form-urlencoded; charset=utf-8") : QStringLiteral("application/json")});
        if (!form)
            action.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json, */*;q=0.5")});
    }
    action.method = !method.isEmpty() ? method : fields.isEmpty() ? QStringLiteral("GET") : QStringLiteral("POST");
    CurlCommand::readPipeline(parsed, action);
    return action;
}
