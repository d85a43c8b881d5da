#include "Markdown.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <vector>

namespace {
struct Options
{
    bool pipes = false;          // inside a table cell: every '|' would end the cell
    bool lineStarts = false;     // every line starts a block (paragraph and quote lines)
    bool firstLineStart = false; // only the first line starts a block (a list item's content)
    bool htmlBreaks = false;     // lines are joined with <br>, which reads as punctuation beside a delimiter
    bool brackets = false;       // between '[' and ']': every bracket escaped, nothing kept
    bool headingEnd = false;     // a trailing '#' run would be read as the heading's closing sequence
    QChar wrappedIn;             // the text sits between two such emphasis delimiters
};

bool isAsciiPunct(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '!' && u <= '/') || (u >= ':' && u <= '@') || (u >= '[' && u <= '`') || (u >= '{' && u <= '~');
}

bool isPunct(QChar c)
{
    return isAsciiPunct(c) || c.isPunct();
}

// Whitespace as md4c decides whether '*' or '_' opens or closes: Qt's isSpace() also counts U+0085 and
// other controls, which md4c does not, so an escape was left out where md4c saw emphasis.
bool isMdSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\v') || c == QLatin1Char('\f') || c.category() == QChar::Separator_Space;
}

const QRegularExpression& uriAutolink()
{
    static const QRegularExpression re(QStringLiteral(R"(<[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\x00-\x20\x7F<>]*>)"));
    return re;
}

const QRegularExpression& emailAutolink()
{
    static const QRegularExpression re(QStringLiteral(
        R"(<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)"
        R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*>)"));
    return re;
}

// An inline link or image as authors type them: [text](destination), no title or backslash, one level of parentheses.
const QRegularExpression& inlineLink()
{
    static const QRegularExpression re(
        QStringLiteral(R"(!?\[[^\[\]\n`<\\]+\]\([^\s()<>`\\]*(?:\([^\s()<>`\\]*\)[^\s()<>`\\]*)*\))"));
    return re;
}

// A bare URL that GitHub and md4c turn into a link (the host needs a dot).
const QRegularExpression& bareUrl()
{
    static const QRegularExpression re(QStringLiteral(R"((?:https?://|ftp://|www\.)[A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)+[^\s<]*)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& entity()
{
    static const QRegularExpression re(
        QStringLiteral(R"(&(?:[A-Za-z][A-Za-z0-9]{0,47}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)"));
    return re;
}

bool matchesAt(const QRegularExpression& re, const QString& text, int at, int* end)
{
    const QRegularExpressionMatch m = re.match(text, at, QRegularExpression::NormalMatch,
                                               QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return false;
    *end = static_cast<int>(m.capturedEnd());
    return true;
}

// One paragraph (or cell, or heading) of text, lines joined with '\n', each line trimmed.
class Unit
{
public:
    Unit(QString text, const Options& options)
        : m_text(std::move(text))
        , m_o(options)
        , m_escape(static_cast<size_t>(m_text.size()), false)
        , m_kept(static_cast<size_t>(m_text.size()), false)
    {
        markBlockStarts();
        keepAuthorMarkup();
        markInlineEscapes();
        markDelimiterRuns(QLatin1Char('*'));
        markDelimiterRuns(QLatin1Char('_'));
        markDelimiterRuns(QLatin1Char('~'));
    }

    QString render(const QString& lineBreak) const
    {
        QString out;
        out.reserve(m_text.size() + 8);
        for (int i = 0; i < m_text.size(); ++i) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('\n')) {
                out += lineBreak;
                continue;
            }
            if (m_escape[size_t(i)])
                out += QLatin1Char('\\');
            out += c;
        }
        return out;
    }

private:
    QChar at(int i) const { return i >= 0 && i < m_text.size() ? m_text.at(i) : QChar(QLatin1Char(' ')); }
    // What a reader sees next to position i: a line break written as <br> is punctuation, not a blank.
    QChar outputAt(int i) const
    {
        const QChar c = at(i);
        return m_o.htmlBreaks && c == QLatin1Char('\n') ? QChar(QLatin1Char('>')) : c;
    }
    bool free(int i) const { return !m_escape[size_t(i)] && !m_kept[size_t(i)]; }
    void escape(int i) { m_escape[size_t(i)] = true; }

    void markBlockStarts()
    {
        if (!m_o.lineStarts && !m_o.firstLineStart)
            return;
        for (int s = 0; s < m_text.size();) {
            int e = static_cast<int>(m_text.indexOf(QLatin1Char('\n'), s));
            if (e < 0)
                e = static_cast<int>(m_text.size());
            markBlockStart(s, e);
            if (!m_o.lineStarts)
                break;
            s = e + 1;
        }
    }

    // What would make this line a heading, list, quote, rule, fence, table delimiter or link definition.
    void markBlockStart(int s, int e)
    {
        if (s >= e)
            return;
        static const QRegularExpression atx(QStringLiteral(R"(^#{1,6}(?:[ \t]|$))"));
        static const QRegularExpression bullet(QStringLiteral(R"(^[-+*](?:[ \t]|$))"));
        static const QRegularExpression rule(QStringLiteral(R"(^([-*_])(?:[ \t]*\1){2,}[ \t]*$)"));
        static const QRegularExpression setext(QStringLiteral(R"(^(?:=+|-+)[ \t]*$)"));
        static const QRegularExpression ordered(QStringLiteral(R"(^[0-9]{1,9}[.)](?:[ \t]|$))"));
        static const QRegularExpression fence(QStringLiteral(R"(^(?:`{3,}|~{3,}))"));
        static const QRegularExpression delimiterRow(QStringLiteral(R"(^(?=.*-)[|:\- \t]+$)"));
        static const QRegularExpression definition(QStringLiteral(R"(^\[.*\]:)"));
        const QString line = m_text.mid(s, e - s);
        const QChar first = line.at(0);
        if (first == QLatin1Char('>') || atx.match(line).hasMatch() || bullet.match(line).hasMatch() ||
            rule.match(line).hasMatch() || setext.match(line).hasMatch() || delimiterRow.match(line).hasMatch() ||
            definition.match(line).hasMatch()) {
            escape(s);
        } else if (const auto m = ordered.match(line); m.hasMatch()) {
            int i = s;
            while (m_text.at(i).isDigit())
                ++i;
            escape(i);
        } else if (const auto f = fence.match(line); f.hasMatch()) {
            for (int i = s; i < s + f.capturedLength(); ++i)
                escape(i); // every one: a shorter run left over could still open a code span
        }
    }

    // Inline code, autolinks, links and bare URLs an author typed stay exactly as typed.
    void keepAuthorMarkup()
    {
        if (m_o.brackets)
            return;
        const int n = static_cast<int>(m_text.size());
        for (int i = 0; i < n;) {
            const QChar c = m_text.at(i);
            int end = 0;
            if (m_escape[size_t(i)] || c == QLatin1Char('\\')) {
                ++i;
            } else if (c == QLatin1Char('`')) {
                i = codeSpan(i);
            } else if (c == QLatin1Char('<') &&
                       (matchesAt(uriAutolink(), m_text, i, &end) || matchesAt(emailAutolink(), m_text, i, &end))) {
                i = keep(i, end);
            } else if ((c == QLatin1Char('[') || c == QLatin1Char('!')) && matchesAt(inlineLink(), m_text, i, &end)) {
                i = keep(i, end);
            } else if ((i == 0 || outputAt(i - 1).isSpace() || QStringLiteral("*_~(").contains(at(i - 1))) &&
                       matchesAt(bareUrl(), m_text, i, &end)) {
                i = keep(i, urlEnd(i, end));
            } else {
                ++i;
            }
        }
    }

    int keep(int from, int to)
    {
        const QStringView kept = QStringView(m_text).mid(from, to - from);
        if (m_o.pipes && kept.contains(QLatin1Char('|')))
            return from + 1; // a table splits cells before it reads links: escape the pipes instead
        for (int i = from; i < to; ++i)
            m_kept[size_t(i)] = true;
        return to;
    }

    // GitHub's rules for where a bare URL ends: trailing punctuation and unbalanced ')' are not part of it.
    int urlEnd(int from, int end) const
    {
        if (m_o.pipes) {
            const int pipe = static_cast<int>(m_text.indexOf(QLatin1Char('|'), from));
            if (pipe >= 0 && pipe < end)
                end = pipe;
        }
        static const QRegularExpression trailingEntity(QStringLiteral(R"(&[A-Za-z0-9]+;$)"));
        for (bool trimmed = true; trimmed && end > from;) {
            const QStringView url = QStringView(m_text).mid(from, end - from);
            const QChar last = url.back();
            trimmed = true;
            if (QStringLiteral("?!.,:*_~'\"").contains(last))
                --end;
            else if (last == QLatin1Char(')') && url.count(QLatin1Char('(')) < url.count(QLatin1Char(')')))
                --end;
            else if (const auto m = trailingEntity.match(url); last == QLatin1Char(';') && m.hasMatch())
                end -= static_cast<int>(m.capturedLength());
            else
                trimmed = false;
        }
        return end;
    }

    // A backtick run opens a code span when a run of the same length follows; otherwise it is literal.
    int codeSpan(int from)
    {
        const int n = static_cast<int>(m_text.size());
        int to = from;
        while (to < n && m_text.at(to) == QLatin1Char('`') && !m_escape[size_t(to)])
            ++to;
        const int length = to - from;
        // md4c reads no code span from a run of 32 or more backticks (its CODESPAN_MARK_MAXLEN): such a run
        // is text, escaped whole so that no part of it pairs with another run.
        constexpr int LongestCodeSpanRun = 31;
        if (length > LongestCodeSpanRun) {
            for (int i = from; i < to; ++i)
                escape(i);
            return to;
        }
        for (int k = to; k < n;) {
            if (m_text.at(k) == QLatin1Char('`') && m_escape[size_t(k)] && length == 1) {
                for (int i = from; i < to; ++i) // "\`" still closes a code span: this run must not open one
                    escape(i);
                return to;
            }
            if (m_text.at(k) != QLatin1Char('`') || m_escape[size_t(k)]) {
                ++k;
                continue;
            }
            int runEnd = k;
            while (runEnd < n && m_text.at(runEnd) == QLatin1Char('`') && !m_escape[size_t(runEnd)])
                ++runEnd;
            if (runEnd - k == length) {
                const QStringView inside = QStringView(m_text).mid(to, k - to);
                // Block structure is read before code spans, and a table splits cells first: such spans can't be kept.
                // Nor can one around a backslash added already.
                const bool escapedInside = std::any_of(m_escape.begin() + to, m_escape.begin() + k, [](bool e) { return e; });
                if (escapedInside || inside.contains(QLatin1Char('\n')) || (m_o.pipes && inside.contains(QLatin1Char('|')))) {
                    for (int i = from; i < to; ++i)
                        escape(i);
                    for (int i = k; i < runEnd; ++i)
                        escape(i);
                    return to;
                }
                for (int i = from; i < runEnd; ++i)
                    m_kept[size_t(i)] = true;
                return runEnd;
            }
            k = runEnd;
        }
        if (m_o.pipes) { // md4c reads code spans across cells: an unmatched run could pair with the next cell's
            for (int i = from; i < to; ++i)
                escape(i);
        }
        return to;
    }

    void markInlineEscapes()
    {
        // An escaped backtick can still close a code span, so no literal one stays bare beside it.
        bool escapedTick = false;
        for (int i = 0; i < m_text.size(); ++i)
            escapedTick = escapedTick || (m_text.at(i) == QLatin1Char('`') && m_escape[size_t(i)]);
        for (int i = 0; escapedTick && i < m_text.size(); ++i) {
            if (m_text.at(i) == QLatin1Char('`') && free(i))
                escape(i);
        }
        const int n = static_cast<int>(m_text.size());
        int dollars = 0;
        for (int i = 0; i < n; ++i)
            dollars += m_text.at(i) == QLatin1Char('$'); // one in a kept URL can pair with one outside
        for (int i = 0; i < n; ++i) {
            if (!free(i))
                continue;
            const QChar c = m_text.at(i);
            const QChar next = at(i + 1);
            int end = 0;
            switch (c.unicode()) {
            case '\\': // before punctuation it would escape it; at a line's end it would break the line
                if (i + 1 == n || next == QLatin1Char('\n') || isAsciiPunct(next))
                    escape(i);
                break;
            case '<': // raw HTML starts with a letter, '/', '!' or '?'
                if ((next.unicode() < 128 && next.isLetter()) || next == QLatin1Char('/') || next == QLatin1Char('!') ||
                    next == QLatin1Char('?'))
                    escape(i);
                break;
            case '[':
                if (m_o.brackets || m_text.indexOf(QLatin1String("]("), i) >= 0)
                    escape(i);
                break;
            case ']':
                if (m_o.brackets)
                    escape(i);
                break;
            case '|':
                if (m_o.pipes)
                    escape(i);
                break;
            case '&':
                if (matchesAt(entity(), m_text, i, &end))
                    escape(i);
                break;
            case '$': // two can make a math span on GitHub
                if (dollars >= 2)
                    escape(i);
                break;
            default:
                break;
            }
        }
        if (m_o.headingEnd)
            markHeadingEnd();
    }

    void markHeadingEnd()
    {
        int i = static_cast<int>(m_text.size());
        while (i > 0 && m_text.at(i - 1) == QLatin1Char('#'))
            --i;
        if (i < m_text.size() && (i == 0 || m_text.at(i - 1).isSpace()) && free(i))
            escape(i);
    }

    struct Run
    {
        int from, to;
        bool canOpen, canClose;
    };

    // Escapes runs of '*', '_' or '~' only where an opener and a later closer could pair up.
    void markDelimiterRuns(QChar marker)
    {
        const int n = static_cast<int>(m_text.size());
        std::vector<Run> runs;
        const bool wrapped = m_o.wrappedIn == marker;
        if (wrapped)
            runs.push_back({-1, -1, true, false});
        for (int i = 0; i < n;) {
            if (m_text.at(i) != marker || !free(i)) {
                ++i;
                continue;
            }
            int to = i;
            while (to < n && m_text.at(to) == marker && free(to))
                ++to;
            const QChar before = i == 0 && wrapped ? marker : outputAt(i - 1);
            const QChar after = to == n && wrapped ? marker : outputAt(to);
            const bool left = !isMdSpace(after) && (!isPunct(after) || isMdSpace(before) || isPunct(before));
            const bool right = !isMdSpace(before) && (!isPunct(before) || isMdSpace(after) || isPunct(after));
            bool canOpen = left, canClose = right;
            if (marker == QLatin1Char('_')) {
                canOpen = left && (!right || isPunct(before));
                canClose = right && (!left || isPunct(after));
            } else if (marker == QLatin1Char('~')) { // md4c only asks for no blank on the inner side
                canOpen = !isMdSpace(after);
                canClose = !isMdSpace(before);
            }
            // Next to our own delimiter it would merge with it.
            if (wrapped && (i == 0 || to == n))
                canOpen = canClose = true;
            runs.push_back({i, to, canOpen, canClose});
            i = to;
        }
        if (wrapped)
            runs.push_back({-1, -1, false, true});
        for (size_t r = 0; r < runs.size(); ++r) {
            if (runs[r].from < 0)
                continue;
            bool pairs = false;
            for (size_t o = 0; o < runs.size() && !pairs; ++o)
                pairs = (o < r && runs[o].canOpen && runs[r].canClose) || (o > r && runs[r].canOpen && runs[o].canClose);
            if (pairs) {
                for (int i = runs[r].from; i < runs[r].to; ++i)
                    escape(i);
            }
        }
    }

    QString m_text;
    Options m_o;
    std::vector<bool> m_escape; // a backslash goes before this character
    std::vector<bool> m_kept;   // part of markup the author typed, written as it is
};

QStringList trimmedLines(const QString& text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = normalized.trimmed().split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = line.trimmed(); // leading blanks would make an indented code block, trailing ones a hard break
    return lines;
}

// Paragraphs (runs of non-empty lines), each escaped as one unit.
QList<QStringList> paragraphs(const QString& text)
{
    QList<QStringList> out;
    QStringList current;
    for (const QString& line : trimmedLines(text)) {
        if (!line.isEmpty()) {
            current << line;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    Options o;
    o.lineStarts = true;
    for (QStringList& p : out)
        p = Unit(p.join(QLatin1Char('\n')), o).render(QStringLiteral("\n")).split(QLatin1Char('\n'));
    return out;
}

// Most cells and lines need nothing escaped: skip the split and the scan (100k-row exports).
bool plain(const QString& text, const Options& o)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace() || o.lineStarts || o.firstLineStart)
        return text.isEmpty();
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        switch (c.unicode()) {
        case '\\': case '`': case '*': case '_': case '~': case '[': case ']': case '<': case '>': case '|':
        case '&': case '$': case '#': case '!': case '\n': case '\r':
            return true;
        default:
            return false;
        }
    });
}

QString oneLine(const QString& text, const Options& o)
{
    if (plain(text, o))
        return text;
    QStringList lines = trimmedLines(text);
    lines.removeAll(QString());
    return Unit(lines.join(QLatin1Char(' ')), o).render(QString());
}

QString withBreaks(const QString& text, Options o)
{
    if (plain(text, o))
        return text;
    o.htmlBreaks = true;
    return Unit(trimmedLines(text).join(QLatin1Char('\n')), o).render(QStringLiteral("<br>"));
}
} // namespace

QString Markdown::inlineText(const QString& text)
{
    return oneLine(text, Options());
}

QString Markdown::inlineWithBreaks(const QString& text)
{
    return withBreaks(text, Options());
}

QString Markdown::heading(const QString& text)
{
    Options o;
    o.headingEnd = true;
    return oneLine(text, o);
}

QString Markdown::linkText(const QString& text)
{
    Options o;
    o.brackets = true;
    return oneLine(text, o);
}

QString Markdown::emphasized(const QString& text, const QString& marker)
{
    Options o;
    o.wrappedIn = marker.at(0);
    const QString inner = oneLine(text, o);
    return inner.isEmpty() ? QString() : marker + inner + marker;
}

QString Markdown::listItem(const QString& text)
{
    Options o;
    o.firstLineStart = true;
    return withBreaks(text, o);
}

QString Markdown::block(const QString& text)
{
    QStringList out;
    for (const QStringList& p : paragraphs(text)) {
        if (!out.isEmpty())
            out << QString();
        out << p;
    }
    return out.join(QLatin1Char('\n'));
}

QString Markdown::quote(const QString& text)
{
    QStringList out;
    for (const QStringList& p : paragraphs(text)) {
        if (!out.isEmpty())
            out << QStringLiteral(">");
        for (int i = 0; i < p.size(); ++i)
            out << QStringLiteral("> ") + p.at(i) + (i + 1 < p.size() ? QStringLiteral("\\") : QString());
    }
    return out.join(QLatin1Char('\n'));
}

QString Markdown::cell(const QString& text)
{
    Options o;
    o.pipes = true;
    return withBreaks(text, o);
}

namespace {
template<typename Cells>
void appendRow(QString& out, const Cells& cells)
{
    out += QLatin1Char('|');
    for (const QString& c : cells) {
        out += QLatin1Char(' ');
        out += Markdown::cell(c);
        out += QLatin1String(" |");
    }
}
} // namespace

QString Markdown::tableRow(const QStringList& cells)
{
    QString row;
    row.reserve(128);
    appendRow(row, cells);
    return row;
}

void Markdown::appendTableRow(QString& out, std::initializer_list<QString> cells)
{
    appendRow(out, cells);
}

QString Markdown::tableHeader(const QStringList& headings)
{
    QStringList rule;
    for (int i = 0; i < headings.size(); ++i)
        rule.append(QStringLiteral("---"));
    return tableRow(headings) + QLatin1String("\n| ") + rule.join(QLatin1String(" | ")) + QLatin1String(" |");
}

QString Markdown::linkDestination(const QString& relativePath)
{
    // Percent-encoding everything but unreserved characters and '/' reads back exactly in any Markdown reader,
    // and resolves to the file as a URL ('#', '?' and '%' in a name included).
    return QString::fromLatin1(QUrl::toPercentEncoding(relativePath, "/"));
}
