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

// Inside "...": $env:NAME is a variable, $name one the console cannot know, `x an escape.
void readDouble(const QString& s, int& i, Token& t)
{
    static const QRegularExpression env(QStringLiteral("^\\$\\{?env:([A-Za-z_][A-Za-z0-9_]*)\\}?"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression var(QStringLiteral("^\\$(?:[A-Za-z_][A-Za-z0-9_:]*|\\()"));
    for (++i; i < s.size() && s.at(i) != QLatin1Char('"'); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('`') && i + 1 < s.size()) {
            const QChar e = s.at(++i);
            t.text += e == QLatin1Char('n') ? QStringLiteral("\n") : e == QLatin1Char('t') ? QStringLiteral("\t") : e == QLatin1Char('$') ? QStringLiteral("$$") : QString(e);
        } else if (c == QLatin1Char('$')) {
            const QRegularExpressionMatch m = env.match(QStringView(s).mid(i));
            if (m.hasMatch()) {
                t.text += QStringLiteral("${") + m.captured(1) + QLatin1Char('}');
                i += static_cast<int>(m.capturedLength()) - 1;
            } else if (var.match(QStringView(s).mid(i)).hasMatch()) {
                t.unknown = s.mid(i).section(QRegularExpression(QStringLiteral("[^A-Za-z0-9_:$(]")), 0, 0);
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
            static const QRegularExpression env(QStringLiteral("^\\$env:([A-Za-z_][A-Za-z0-9_]*)"), QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch m = env.match(QStringView(s).mid(i));
            inWord = true;
            if (m.hasMatch()) {
                t.text += QStringLiteral("${") + m.captured(1) + QLatin1Char('}');
                i += static_cast<int>(m.capturedLength()) - 1;
            } else {
                t.unknown = s.mid(i).section(QLatin1Char(' '), 0, 0);
                t.text += c == QLatin1Char('$') ? QStringLiteral("$$") : QString(c);
            }
        } else if (c == QLatin1Char('$')) {
            // $name inside a bare word: PowerShell expands it; the console cannot know it.
            t.unknown = s.mid(i).section(QLatin1Char(' '), 0, 0);
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
            for (const QChar d : line) {
                if (!quote.isNull()) {
                    if (d == quote)
                        quote = QChar();
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
    static const QRegularExpression env(QStringLiteral("\\$\\{?env:([A-Za-z_][A-Za-z0-9_]*)\\}?"), QRegularExpression::CaseInsensitiveOption);
    QString out;
    bool single = false;
    for (int i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (c == QLatin1Char('\'')) {
            single = !single;
        } else if (!single && c == QLatin1Char('$')) {
            const QRegularExpressionMatch m = env.match(QStringView(command).mid(i));
            if (m.hasMatch() && m.capturedStart() == 0) {
                out += QStringLiteral("${") + m.captured(1) + QLatin1Char('}');
                i += static_cast<int>(m.capturedLength()) - 1;
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
            for (auto it = pair.globalMatch(v->text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
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
        } else if (name == QLatin1String("erroraction") || name == QLatin1String("useragent")) {
            const Token* v = next();
            if (v && name == QLatin1String("useragent"))
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
