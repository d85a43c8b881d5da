#include "Markdown.h"

#include <algorithm>

namespace {
bool isSpecialInline(QChar c)
{
    switch (c.unicode()) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '<':
    case '>':
    case '|':
    case '~':
    case '&':
    case '$':
        return true;
    default:
        return false;
    }
}

bool startsBlock(const QString& line)
{
    const QChar first = line.at(0);
    return first == QLatin1Char('#') || first == QLatin1Char('-') || first == QLatin1Char('+') ||
           first == QLatin1Char('=') || first.isDigit();
}

QString escapeLine(const QString& raw)
{
    // Leading blanks would make an indented code block or a lazy continuation.
    const QString line = raw.trimmed();
    QString out;
    out.reserve(line.size() + 8);
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (isSpecialInline(c))
            out += QLatin1Char('\\');
        out += c;
    }
    if (line.isEmpty())
        return out;
    // Block markers at the start of a line: headings, lists, quotes, rules, setext underlines.
    const QChar first = line.at(0);
    if (first == QLatin1Char('#') || first == QLatin1Char('-') || first == QLatin1Char('+') || first == QLatin1Char('=')) {
        out.prepend(QLatin1Char('\\'));
    } else if (first.isDigit()) {
        int i = 0;
        while (i < line.size() && line.at(i).isDigit())
            ++i;
        if (i < line.size() && (line.at(i) == QLatin1Char('.') || line.at(i) == QLatin1Char(')')))
            out.insert(i, QLatin1Char('\\'));
    }
    return out;
}

QStringList lines(const QString& text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return normalized.split(QLatin1Char('\n'));
}
} // namespace

QString Markdown::inlineText(const QString& text)
{
    return escapeLine(lines(text).join(QLatin1Char(' ')));
}

QString Markdown::block(const QString& text)
{
    QStringList out;
    for (const QString& line : lines(text.trimmed()))
        out.append(escapeLine(line));
    return out.join(QLatin1Char('\n'));
}

QString Markdown::cell(const QString& text)
{
    // Most cells need nothing escaped: skip the split and rebuild (100k-row exports).
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return isSpecialInline(c) || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    });
    if (plain && (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace() && !startsBlock(text))))
        return text;
    QStringList out;
    for (const QString& line : lines(text.trimmed()))
        out.append(escapeLine(line));
    return out.join(QLatin1String("<br>"));
}

QString Markdown::tableRow(const QStringList& cells)
{
    QString row;
    row.reserve(128);
    row += QLatin1String("|");
    for (const QString& c : cells) {
        row += QLatin1Char(' ');
        row += cell(c);
        row += QLatin1String(" |");
    }
    return row;
}

QString Markdown::tableHeader(const QStringList& headings)
{
    QStringList rule;
    for (int i = 0; i < headings.size(); ++i)
        rule.append(QStringLiteral("---"));
    return tableRow(headings) + QLatin1String("\n| ") + rule.join(QLatin1String(" | ")) + QLatin1String(" |");
}
