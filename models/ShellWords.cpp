#include "ShellWords.h"

#include <QRegularExpression>

namespace {
// What a logical command has opened and not yet closed, innermost last. Inside $( ) quoting starts
// afresh, as in the shell: "$(echo "it's")" is one complete word.
struct Scan
{
    enum Context { Single, Double, Substitution, Paren };
    QList<Context> open;

    bool inQuotes() const { return !open.isEmpty() && (open.last() == Single || open.last() == Double); }
    bool quotedBy(Context c) const { return !open.isEmpty() && open.last() == c; }
};

// Follows quotes and $( ) through one more line; true when the line ends the logical command.
bool scanLine(const QString& line, Scan& s)
{
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const bool opensSubstitution = c == QLatin1Char('$') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('(');
        if (s.quotedBy(Scan::Single)) {
            if (c == QLatin1Char('\''))
                s.open.removeLast();
            continue;
        }
        if (c == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (s.quotedBy(Scan::Double)) {
            if (c == QLatin1Char('"'))
                s.open.removeLast();
            else if (opensSubstitution)
                s.open.append(Scan::Substitution), ++i;
            continue;
        }
        if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace()))
            break; // a comment runs to the end of the line
        if (c == QLatin1Char('\''))
            s.open.append(Scan::Single);
        else if (c == QLatin1Char('"'))
            s.open.append(Scan::Double);
        else if (opensSubstitution)
            s.open.append(Scan::Substitution), ++i;
        else if (c == QLatin1Char('(') && !s.open.isEmpty())
            s.open.append(Scan::Paren); // $(( )), a subshell inside $( )
        else if (c == QLatin1Char(')') && !s.open.isEmpty())
            s.open.removeLast();
    }
    const bool continued = line.trimmed().endsWith(QLatin1Char('\\')) && !s.quotedBy(Scan::Single);
    return s.open.isEmpty() && !continued;
}

int blockDelta(const QString& line)
{
    static const QRegularExpression opens(QStringLiteral("^\\s*(if|for|while|until|case|select)\\b"));
    static const QRegularExpression closes(QStringLiteral("^\\s*(fi|done|esac)\\b|^\\s*\\}\\s*$"));
    static const QRegularExpression function(QStringLiteral("^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\(\\)\\s*\\{?\\s*$"));
    int delta = 0;
    if (opens.match(line).hasMatch() || function.match(line).hasMatch())
        ++delta;
    if (closes.match(line).hasMatch())
        --delta;
    // One-line forms: "if x; then y; fi", "for ...; do ...; done"
    static const QRegularExpression inlineClose(QStringLiteral(";\\s*(fi|done|esac)\\s*$"));
    if (delta > 0 && inlineClose.match(line).hasMatch())
        --delta;
    return delta;
}
} // namespace

int ShellWords::nameLengthAt(QStringView text, qsizetype from)
{
    auto letter = [](QChar c) { return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_'); };
    if (from >= text.size() || !letter(text.at(from)))
        return 0;
    qsizetype end = from + 1;
    while (end < text.size() && (letter(text.at(end)) || (text.at(end) >= QLatin1Char('0') && text.at(end) <= QLatin1Char('9'))))
        ++end;
    return static_cast<int>(end - from);
}

QList<ShellWords::Command> ShellWords::commands(const QString& block, int firstLine)
{
    QList<Command> out;
    const QStringList lines = block.split(QLatin1Char('\n'));
    QString label;
    static const QRegularExpression heredoc(QStringLiteral("<<-?\\s*['\"]?([A-Za-z_][A-Za-z0-9_]*)['\"]?"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.isEmpty()) {
            label.clear();
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('#'))) {
            if (!trimmed.startsWith(QLatin1String("#!")))
                label = trimmed.mid(1).trimmed();
            continue;
        }
        Command c;
        c.line = firstLine + i;
        c.label = label;
        label.clear();
        // A block (if/for/while/case/function) or here-document is copied as a whole.
        int depth = blockDelta(lines.at(i));
        const QRegularExpressionMatch doc = heredoc.match(lines.at(i));
        if (depth > 0 || doc.hasMatch()) {
            c.compound = true;
            QStringList body{lines.at(i)};
            const QString delimiter = doc.hasMatch() ? doc.captured(1) : QString();
            while (i + 1 < lines.size() && (depth > 0 || !delimiter.isEmpty())) {
                ++i;
                body << lines.at(i);
                if (!delimiter.isEmpty() && lines.at(i).trimmed() == delimiter)
                    break;
                if (delimiter.isEmpty())
                    depth += blockDelta(lines.at(i));
            }
            if (depth > 0 || (!delimiter.isEmpty() && body.constLast().trimmed() != delimiter))
                c.error = tr("the block that starts here is never closed");
            c.text = body.join(QLatin1Char('\n'));
            out << c;
            continue;
        }
        Scan scan;
        QString text;
        bool complete = false;
        for (; i < lines.size(); ++i) {
            const QString& line = lines.at(i);
            complete = scanLine(line, scan);
            if (complete)
                break;
            // A trailing backslash outside quotes joins lines; inside quotes the newline is the word's.
            if (!scan.inQuotes() && line.trimmed().endsWith(QLatin1Char('\\'))) {
                QString part = line.trimmed();
                part.chop(1);
                text += part + QLatin1Char(' ');
            } else {
                text += line + QLatin1Char('\n');
            }
        }
        if (i < lines.size())
            text += lines.at(i);
        c.text = text.trimmed();
        // A continuation on the block's last line: nothing follows, the command ends there.
        if (!complete && scan.open.isEmpty())
            complete = true;
        // An unclosed $( makes what follows look like quotes gone astray: name the $( first.
        if (!complete && scan.open.contains(Scan::Substitution))
            c.error = tr("unclosed $( … ): a command substitution opened in this command is never closed");
        else if (!complete && scan.open.contains(Scan::Single))
            c.error = tr("the single quote opened in this command is never closed");
        else if (!complete)
            c.error = tr("the double quote opened in this command is never closed");
        out << c;
    }
    return out;
}

ShellWords::Parsed ShellWords::parse(const QString& command)
{
    Parsed p;
    QString text = command.trimmed();
    static const QRegularExpression assignment(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)=\\$\\((.*)\\)$"),
                                               QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = assignment.match(text);
    if (m.hasMatch()) {
        p.assignedTo = m.captured(1);
        text = m.captured(2).trimmed();
    }
    QStringList words;
    QString word;
    bool inWord = false;
    auto endWord = [&] {
        if (inWord)
            words << word;
        word.clear();
        inWord = false;
    };
    auto variable = [&](int& i) {
        // At a '$' outside single quotes: $NAME, ${NAME}, $(...), or a lone dollar.
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('(')) {
            p.substitution = true;
            int depth = 0;
            const int start = i;
            for (; i < text.size(); ++i) {
                if (text.at(i) == QLatin1Char('('))
                    ++depth;
                else if (text.at(i) == QLatin1Char(')') && --depth == 0)
                    break;
            }
            word += text.mid(start, i - start + 1).replace(QLatin1Char('$'), QLatin1String("$$"));
            return;
        }
        // $NAME, or ${NAME} whole: only the braced form takes a '}' ("{\"n\": $N}" keeps its brace).
        const QStringView rest = QStringView(text).mid(i + 1);
        const bool braced = rest.startsWith(QLatin1Char('{'));
        const int length = nameLengthAt(rest, braced ? 1 : 0);
        if (length == 0 || (braced && (rest.size() <= length + 1 || rest.at(length + 1) != QLatin1Char('}')))) {
            // ${X:-default}, ${#X}, ${X/a/b}: the shell computes these; the console never does.
            if (braced)
                p.substitution = true;
            word += QLatin1String("$$");
            return;
        }
        const QString variableName = rest.mid(braced ? 1 : 0, length).toString();
        word += QStringLiteral("${") + variableName + QLatin1Char('}');
        if (!p.variables.contains(variableName))
            p.variables << variableName;
        i += length + (braced ? 2 : 0);
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'')) {
            inWord = true;
            const int end = static_cast<int>(text.indexOf(QLatin1Char('\''), i + 1));
            if (end < 0) {
                p.error = tr("unterminated single quote");
                break;
            }
            word += text.mid(i + 1, end - i - 1).replace(QLatin1Char('$'), QLatin1String("$$"));
            i = end;
        } else if (c == QLatin1Char('"')) {
            inWord = true;
            int k = i + 1;
            for (; k < text.size() && text.at(k) != QLatin1Char('"'); ++k) {
                const QChar d = text.at(k);
                if (d == QLatin1Char('\\') && k + 1 < text.size() &&
                    QStringLiteral("\"\\$`\n").contains(text.at(k + 1))) {
                    const QChar escaped = text.at(++k);
                    if (escaped != QLatin1Char('\n')) // a continuation vanishes inside double quotes too
                        word += escaped == QLatin1Char('$') ? QStringLiteral("$$") : QString(escaped);
                } else if (d == QLatin1Char('$')) {
                    variable(k);
                } else if (d == QLatin1Char('`')) {
                    p.substitution = true;
                    word += d;
                } else {
                    word += d;
                }
            }
            if (k >= text.size()) {
                p.error = tr("unterminated double quote");
                break;
            }
            i = k;
        } else if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar escaped = text.at(++i);
            if (escaped == QLatin1Char('\n'))
                continue; // a line continuation vanishes
            inWord = true;
            word += escaped == QLatin1Char('$') ? QStringLiteral("$$") : QString(escaped);
        } else if (c.isSpace()) {
            endWord();
        } else if (c == QLatin1Char('|') && !(i + 1 < text.size() && text.at(i + 1) == QLatin1Char('|'))) {
            endWord();
            p.pipeline << words;
            words.clear();
        } else if (c == QLatin1Char(';') || c == QLatin1Char('&') || c == QLatin1Char('|') || c == QLatin1Char('>') ||
                   c == QLatin1Char('<')) {
            p.control = true;
            endWord();
            words << QString(c);
        } else if (c == QLatin1Char('#') && !inWord) {
            break; // comment
        } else if (c == QLatin1Char('$')) {
            inWord = true;
            variable(i);
        } else if (c == QLatin1Char('`')) {
            p.substitution = true;
            inWord = true;
            word += c;
        } else {
            inWord = true;
            word += c;
        }
    }
    endWord();
    p.pipeline << words;
    return p;
}

QString ShellWords::expand(const QString& word, const std::function<QString(const QString&)>& lookup,
                           QStringList* missing)
{
    QString out;
    for (int i = 0; i < word.size(); ++i) {
        if (word.at(i) != QLatin1Char('$') || i + 1 >= word.size()) {
            out += word.at(i);
            continue;
        }
        if (word.at(i + 1) == QLatin1Char('$')) {
            out += QLatin1Char('$');
            ++i;
            continue;
        }
        const int close = static_cast<int>(word.indexOf(QLatin1Char('}'), i));
        if (word.at(i + 1) != QLatin1Char('{') || close < 0) {
            out += word.at(i); // not a template's ${NAME}: a dollar as written, never a loop
            continue;
        }
        const QString name = word.mid(i + 2, close - i - 2);
        const QString value = lookup(name);
        if (value.isNull() && missing && !missing->contains(name))
            missing->append(name);
        out += value;
        i = close;
    }
    return out;
}
