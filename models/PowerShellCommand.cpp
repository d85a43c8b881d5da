#include "PowerShellCommand.h"

#include "CurlCommand.h"

#include <QRegularExpression>

namespace {
struct Token
{
    enum Kind { Word, Table, Pipe };
    Kind kind = Word;
    QString text;       // a template: ${NAME} for $env:NAME, $$ for a literal dollar
    bool quoted = false;
    QString unknown;    // a $variable or (subexpression) the console cannot know
};

// $env:NAME or ${env:NAME} at i: the name and how many characters it takes; scanned, not matched (a
// regular expression on the rest of a long command is quadratic).
std::pair<QString, int> envAt(const QString& s, int i)
{
    const QStringView rest = QStringView(s).mid(i);
    const bool braced = rest.startsWith(QLatin1String("${env:"), Qt::CaseInsensitive);
    if (!braced && !rest.startsWith(QLatin1String("$env:"), Qt::CaseInsensitive))
        return {};
    const int from = braced ? 6 : 5;
    const int length = ShellWords::nameLengthAt(rest, from);
    if (length == 0 || (braced && (rest.size() <= from + length || rest.at(from + length) != QLatin1Char('}'))))
        return {};
    return {rest.mid(from, length).toString(), from + length + (braced ? 1 : 0)};
}

// A $ PowerShell expands: $name, ${name}, $(...), $?.
bool expandsAt(const QString& s, int i)
{
    if (i + 1 >= s.size())
        return false;
    const QChar c = s.at(i + 1);
    return ShellWords::nameLengthAt(QStringView(s), i + 1) > 0 || c == QLatin1Char('{') || c == QLatin1Char('(') || c == QLatin1Char('?');
}

// The word a $ starts, up to a blank or a quote: what a message names, read without copying the rest.
QString variableAt(const QString& s, int i)
{
    int k = i + 1;
    while (k < s.size() && !s.at(k).isSpace() && s.at(k) != QLatin1Char('"') && s.at(k) != QLatin1Char('\''))
        ++k;
    return s.mid(i, k - i);
}

// Inside "...": $env:NAME is a variable, $name, ${name} and $( ) ones the console cannot know, `x and
// "" escapes.
void readDouble(const QString& s, int& i, Token& t)
{
    for (++i; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('"')) {
            if (i + 1 < s.size() && s.at(i + 1) == QLatin1Char('"')) {
                t.text += c; // "" is one quote inside "..."
                ++i;
                continue;
            }
            return;
        }
        if (c == QLatin1Char('`') && i + 1 < s.size()) {
            const QChar e = s.at(++i);
            t.text += e == QLatin1Char('n') ? QStringLiteral("\n") : e == QLatin1Char('t') ? QStringLiteral("\t") : e == QLatin1Char('$') ? QStringLiteral("$$") : QString(e);
        } else if (c == QLatin1Char('$')) {
            const auto [name, length] = envAt(s, i);
            if (length > 0) {
                t.text += QStringLiteral("${") + name + QLatin1Char('}');
                i += length - 1;
            } else if (expandsAt(s, i)) {
                t.unknown = variableAt(s, i);
                t.text += QStringLiteral("$$");
            } else {
                t.text += QStringLiteral("$$");
            }
        } else {
            t.text += c;
        }
    }
}

// Splits a PowerShell command into words, @{...} tables and pipes.
QList<Token> tokens(const QString& s, QString* error)
{
    QList<Token> out;
    Token t;
    bool inWord = false;
    auto end = [&] {
        if (inWord)
            out << t;
        t = Token{};
        inWord = false;
    };
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\'')) {
            inWord = true;
            t.quoted = true;
            for (++i; i < s.size(); ++i) {
                if (s.at(i) == QLatin1Char('\'') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('\''))
                    t.text += QLatin1Char('\''), ++i;
                else if (s.at(i) == QLatin1Char('\''))
                    break;
                else
                    t.text += s.at(i) == QLatin1Char('$') ? QStringLiteral("$$") : QString(s.at(i));
            }
            if (i >= s.size())
                return *error = PowerShellCommand::tr("the single quote opened in this command is never closed"), QList<Token>();
        } else if (c == QLatin1Char('"')) {
            inWord = true;
            t.quoted = true;
            readDouble(s, i, t);
            if (i >= s.size())
                return *error = PowerShellCommand::tr("the double quote opened in this command is never closed"), QList<Token>();
        } else if (c == QLatin1Char('@') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('{') && !inWord) {
            // The table's text, quotes respected, up to its closing brace.
            int depth = 0;
            int k = i + 1;
            QChar quote;
            for (; k < s.size(); ++k) {
                const QChar d = s.at(k);
                if (!quote.isNull()) {
                    if (d == quote)
                        quote = QChar();
                } else if (d == QLatin1Char('\'') || d == QLatin1Char('"')) {
                    quote = d;
                } else if (d == QLatin1Char('{')) {
                    ++depth;
                } else if (d == QLatin1Char('}') && --depth == 0) {
                    break;
                }
            }
            if (k >= s.size())
                return *error = PowerShellCommand::tr("the @{ opened in this command is never closed"), QList<Token>();
            end();
            out << Token{Token::Table, s.mid(i + 2, k - i - 2), false, {}};
            i = k;
        } else if (c == QLatin1Char('|')) {
            end();
            out << Token{Token::Pipe, {}, false, {}};
        } else if (c.isSpace()) {
            end();
        } else if (c == QLatin1Char('#') && !inWord) {
            break;
        } else if ((c == QLatin1Char('$') || c == QLatin1Char('(')) && !inWord) {
            const auto [name, length] = envAt(s, i);
            inWord = true;
            if (length > 0) {
                t.text += QStringLiteral("${") + name + QLatin1Char('}');
                i += length - 1;
            } else {
                t.unknown = variableAt(s, i);
                t.text += c == QLatin1Char('$') ? QStringLiteral("$$") : QString(c);
            }
        } else if (c == QLatin1Char('$')) {
            // $name inside a bare word: PowerShell expands it; the console cannot know it.
            t.unknown = variableAt(s, i);
            t.text += QStringLiteral("$$");
        } else {
            inWord = true;
            t.text += c;
        }
    }
    end();
    return out;
}

QStringList variablesIn(const QString& text)
{
    QStringList names;
    static const QRegularExpression var(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    for (auto it = var.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}
} // namespace

QList<ShellWords::Command> PowerShellCommand::commands(const QString& block, int firstLine)
{
    QList<ShellWords::Command> out;
    const QStringList lines = block.split(QLatin1Char('\n'));
    QString label;
    bool inBlockComment = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (inBlockComment || trimmed.startsWith(QLatin1String("<#"))) {
            inBlockComment = !trimmed.contains(QLatin1String("#>"));
            continue;
        }
        if (trimmed.isEmpty()) {
            label.clear();
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('#'))) {
            label = trimmed.mid(1).trimmed();
            continue;
        }
        ShellWords::Command c;
        c.line = firstLine + i;
        c.label = std::exchange(label, QString());
        // One command runs on while a line ends in a backtick or a pipe, or a quote or brace is open.
        QString text;
        int depth = 0;
        QChar quote;
        for (; i < lines.size(); ++i) {
            QString line = lines.at(i);
            for (int k = 0; k < line.size(); ++k) {
                const QChar d = line.at(k);
                if (!quote.isNull()) {
                    if (d == quote)
                        quote = QChar();
                } else if (d == QLatin1Char('#') && (k == 0 || line.at(k - 1).isSpace())) {
                    break; // a comment: "# restart IIS if it's stuck" opens no quote
                } else if (d == QLatin1Char('\'') || d == QLatin1Char('"')) {
                    quote = d;
                } else if (d == QLatin1Char('{') || d == QLatin1Char('(')) {
                    ++depth;
                } else if (d == QLatin1Char('}') || d == QLatin1Char(')')) {
                    --depth;
                }
            }
            const QString end = line.trimmed();
            const bool continued = quote.isNull() && (end.endsWith(QLatin1Char('`')) || end.endsWith(QLatin1Char('|')));
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + line; // as written: a copy pastes as it reads
            if (!continued && quote.isNull() && depth <= 0)
                break;
        }
        if (!quote.isNull())
            c.error = tr("the quote opened in this command is never closed");
        else if (depth > 0)
            c.error = tr("the @{ or ( opened in this command is never closed");
        c.text = text;
        out << c;
    }
    return out;
}

QString PowerShellCommand::unknownVariable(const QString& command)
{
    auto known = [&command](int i) {
        if (envAt(command, i).second > 0)
            return true;
        for (const char* constant : {"$true", "$false", "$null"}) {
            const qsizetype n = static_cast<qsizetype>(qstrlen(constant));
            if (QStringView(command).mid(i).startsWith(QLatin1String(constant), Qt::CaseInsensitive) &&
                ShellWords::nameLengthAt(QStringView(command), i + 1) == n - 1)
                return true;
        }
        return false;
    };
    bool single = false;
    for (int i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (c == QLatin1Char('\''))
            single = !single;
        else if (!single && c == QLatin1Char('`'))
            ++i;
        else if (!single && c == QLatin1Char('$') && expandsAt(command, i) && !known(i))
            return variableAt(command, i);
    }
    return {};
}

QString PowerShellCommand::joined(const QString& command)
{
    static const QRegularExpression continuation(QStringLiteral("`[ \\t]*\\r?\\n\\s*"));
    static const QRegularExpression pipeBreak(QStringLiteral("\\|[ \\t]*\\r?\\n\\s*"));
    QString out = command.trimmed();
    return out.replace(continuation, QStringLiteral(" ")).replace(pipeBreak, QStringLiteral("| "));
}

bool PowerShellCommand::isRequest(const QString& command)
{
    static const QRegularExpression cmdlet(QStringLiteral("^(Invoke-RestMethod|Invoke-WebRequest|irm|iwr)(\\s|$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return cmdlet.match(command.trimmed()).hasMatch();
}

QString PowerShellCommand::withShellVariables(const QString& command)
{
    QString out;
    bool single = false;
    for (int i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (c == QLatin1Char('\'')) {
            single = !single;
        } else if (!single && c == QLatin1Char('$')) {
            const auto [name, length] = envAt(command, i);
            if (length > 0) {
                out += QStringLiteral("${") + name + QLatin1Char('}');
                i += length - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::optional<HttpAction> PowerShellCommand::read(const QString& command, QString* error)
{
    auto fail = [error](const QString& message) {
        *error = message;
        return std::nullopt;
    };
    QString tokenError;
    const QList<Token> all = tokens(command, &tokenError);
    if (!tokenError.isEmpty())
        return fail(tokenError);
    if (all.isEmpty() || !isRequest(all.first().text))
        return fail(tr("not an Invoke-RestMethod or Invoke-WebRequest command"));
    HttpAction action;
    action.followRedirects = true; // PowerShell follows redirects unless -MaximumRedirection 0
    QString contentType;
    int i = 1;
    auto literal = [&fail](const Token& t, const QString& what) -> bool {
        if (t.kind == Token::Table || !t.unknown.isEmpty()) {
            fail(tr("%1 is %2, which the console cannot know; it sends only what is written out")
                     .arg(what, t.unknown.isEmpty() ? tr("a table") : t.unknown));
            return false;
        }
        return true;
    };
    for (; i < all.size() && all.at(i).kind != Token::Pipe; ++i) {
        const Token& t = all.at(i);
        const bool parameter = t.kind == Token::Word && !t.quoted && t.text.startsWith(QLatin1Char('-')) && t.text.size() > 1;
        if (!parameter) {
            if (!action.url.isEmpty())
                return fail(tr("a second URL %1").arg(t.text));
            if (!literal(t, tr("the URL")))
                return std::nullopt;
            action.url = t.text;
            continue;
        }
        const QString name = t.text.mid(1).toLower();
        auto next = [&]() -> const Token* { return i + 1 < all.size() && all.at(i + 1).kind != Token::Pipe ? &all.at(++i) : nullptr; };
        if (name == QLatin1String("uri")) {
            const Token* v = next();
            if (!v || !literal(*v, QStringLiteral("-Uri")))
                return v ? std::nullopt : fail(tr("-Uri needs a value"));
            action.url = v->text;
        } else if (name == QLatin1String("method")) {
            const Token* v = next();
            if (!v || !literal(*v, QStringLiteral("-Method")))
                return v ? std::nullopt : fail(tr("-Method needs a value"));
            action.method = v->text.toUpper();
        } else if (name == QLatin1String("headers")) {
            const Token* v = next();
            if (!v || v->kind != Token::Table)
                return fail(tr("-Headers is not a literal @{ ... } table, which the console cannot know"));
            // Name = "value" pairs, separated by ';' or new lines.
            static const QRegularExpression pair(QStringLiteral("\\s*(?:'([^']*)'|\"([^\"]*)\"|([A-Za-z0-9_-]+))\\s*=\\s*(?:'((?:[^']|'')*)'|\"((?:[^\"`]|`.)*)\"|([^;\\s]+))\\s*(?:;|\\n|$)"));
            // Every part of the table must be read: a pair left out would be a header not sent.
            QString unread = v->text;
            for (auto it = pair.globalMatch(v->text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                for (qsizetype k = m.capturedStart(); k < m.capturedEnd(); ++k)
                    unread[k] = QLatin1Char(' ');
                const QString key = m.captured(1) + m.captured(2) + m.captured(3);
                Token value;
                if (m.capturedStart(4) >= 0) {
                    value.text = m.captured(4).replace(QLatin1String("''"), QLatin1String("'")).replace(QLatin1Char('$'), QLatin1String("$$"));
                } else if (m.capturedStart(5) >= 0) {
                    const QString quoted = QLatin1Char('"') + m.captured(5) + QLatin1Char('"');
                    int at = 0;
                    readDouble(quoted, at, value);
                } else {
                    const QList<Token> bare = tokens(m.captured(6), error);
                    value = bare.value(0);
                }
                if (!literal(value, tr("the header %1").arg(key)))
                    return std::nullopt;
                if (key.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
                    contentType = value.text;
                else
                    action.headers.append({key, value.text});
            }
            if (!unread.remove(QLatin1Char(';')).trimmed().isEmpty())
                return fail(tr("-Headers holds \"%1\", which is not Name = 'value'; the console sends only what is written out")
                                .arg(unread.simplified()));
        } else if (name == QLatin1String("body")) {
            const Token* v = next();
            if (!v || !literal(*v, QStringLiteral("-Body")))
                return v ? std::nullopt : fail(tr("-Body needs a value"));
            action.body = v->text;
        } else if (name == QLatin1String("contenttype")) {
            const Token* v = next();
            if (!v || !literal(*v, QStringLiteral("-ContentType")))
                return v ? std::nullopt : fail(tr("-ContentType needs a value"));
            contentType = v->text;
        } else if (name == QLatin1String("timeoutsec")) {
            const Token* v = next();
            action.timeoutMs = v ? v->text.toInt() * 1000 : 0;
        } else if (name == QLatin1String("maximumredirection")) {
            const Token* v = next();
            action.followRedirects = v && v->text.toInt() > 0;
        } else if (name == QLatin1String("skipcertificatecheck")) {
            action.insecure = true;
        } else if (name == QLatin1String("usebasicparsing") || name == QLatin1String("verbose") ||
                   name == QLatin1String("disablekeepalive")) {
            action.flags << t.text;
        } else if (name == QLatin1String("erroraction")) {
            next();
        } else if (name == QLatin1String("useragent")) {
            const Token* v = next();
            if (!v || !literal(*v, QStringLiteral("-UserAgent")))
                return v ? std::nullopt : fail(tr("-UserAgent needs a value"));
            action.headers.append({QStringLiteral("User-Agent"), v->text});
        } else if (name == QLatin1String("infile") || name == QLatin1String("outfile") || name == QLatin1String("certificate")) {
            return fail(tr("%1 reads or writes a local file, which the console never does").arg(t.text));
        } else if (name == QLatin1String("credential") || name == QLatin1String("usedefaultcredentials") ||
                   name == QLatin1String("token") || name == QLatin1String("websession") || name == QLatin1String("sessionvariable")) {
            return fail(tr("%1 takes credentials or a session from PowerShell, which the console cannot know").arg(t.text));
        } else {
            return fail(tr("unknown parameter %1; the console does not guess what it means").arg(t.text));
        }
    }
    // "| Select-Object -ExpandProperty name" is the extraction; display cmdlets change nothing sent.
    for (++i; i < all.size(); ++i) {
        QStringList stage;
        for (; i < all.size() && all.at(i).kind != Token::Pipe; ++i)
            stage << all.at(i).text;
        const QString cmdlet = stage.value(0).toLower();
        const int expand = static_cast<int>(stage.indexOf(QRegularExpression(QStringLiteral("^-ExpandProperty$"), QRegularExpression::CaseInsensitiveOption)));
        if ((cmdlet == QLatin1String("select-object") || cmdlet == QLatin1String("select")) && expand > 0 && expand + 1 < stage.size() && action.jq.isEmpty())
            action.jq = QLatin1Char('.') + stage.at(expand + 1);
        else if (!QStringList{QStringLiteral("convertto-json"), QStringLiteral("format-table"), QStringLiteral("format-list"), QStringLiteral("ft"), QStringLiteral("fl"), QStringLiteral("out-host")}.contains(cmdlet))
            action.warnings << tr("\"| %1\" after the request is not applied").arg(stage.join(QLatin1Char(' ')));
    }
    if (!action.body.isEmpty() && action.method == QLatin1String("GET"))
        return fail(tr("a -Body without -Method is sent by PowerShell as a query string; write the -Method it needs"));
    if (!contentType.isEmpty())
        action.headers.append({QStringLiteral("Content-Type"), contentType});
    else if (!action.body.isEmpty())
        action.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded")});
    QString why;
    if (!CurlCommand::finishUrl(action, &why))
        return fail(why);
    action.variables = variablesIn(action.url + action.body + action.user);
    for (const auto& [name, value] : std::as_const(action.headers))
        for (const QString& v : variablesIn(value))
            if (!action.variables.contains(v))
                action.variables << v;
    return action;
}
