#include "MarkdownProbe.h"

#include <md4c.h>

namespace {
struct State
{
    MarkdownProbe* probe = nullptr;
    QString text;
    bool inCell = false, inHeading = false, inParagraph = false, inItem = false;
    int quoteDepth = 0;
    QString quoteText;
    QStringList row;
    QList<qsizetype> spanStarts; // where the text of an open code span, link or image starts
    QList<MarkdownProbe::Link> openLinks;
};

QString entityText(const QString& e)
{
    if (e == QLatin1String("&amp;"))
        return QStringLiteral("&");
    if (e == QLatin1String("&lt;"))
        return QStringLiteral("<");
    if (e == QLatin1String("&gt;"))
        return QStringLiteral(">");
    if (e == QLatin1String("&quot;"))
        return QStringLiteral("\"");
    if (e.startsWith(QLatin1String("&#x")) || e.startsWith(QLatin1String("&#X")))
        return QString(QChar(e.mid(3, e.size() - 4).toUInt(nullptr, 16)));
    if (e.startsWith(QLatin1String("&#")))
        return QString(QChar(e.mid(2, e.size() - 3).toUInt()));
    return e;
}

QString attribute(const MD_ATTRIBUTE& a)
{
    QString out;
    for (int i = 0; a.substr_offsets[i] < a.size; ++i) {
        const QString piece = QString::fromUtf8(a.text + a.substr_offsets[i],
                                                static_cast<qsizetype>(a.substr_offsets[i + 1] - a.substr_offsets[i]));
        out += a.substr_types[i] == MD_TEXT_ENTITY ? entityText(piece) : piece;
    }
    return out;
}

int enterBlock(MD_BLOCKTYPE type, void*, void* userdata)
{
    auto* s = static_cast<State*>(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE:
        if (s->quoteDepth++ == 0)
            s->quoteText.clear();
        break;
    case MD_BLOCK_TABLE:
        s->probe->tables.append(MarkdownProbe::Table());
        break;
    case MD_BLOCK_TR:
        s->row.clear();
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        s->inCell = true;
        s->text.clear();
        break;
    case MD_BLOCK_H:
        s->inHeading = true;
        s->text.clear();
        break;
    case MD_BLOCK_P:
        s->inParagraph = true;
        if (!s->inItem)
            s->text.clear();
        else if (!s->text.isEmpty())
            s->text += QStringLiteral("\n\n"); // the next paragraph of a list item
        break;
    case MD_BLOCK_LI:
        s->inItem = true;
        s->text.clear();
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void*, void* userdata)
{
    auto* s = static_cast<State*>(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE:
        if (--s->quoteDepth == 0)
            s->probe->quotes.append(s->quoteText);
        break;
    case MD_BLOCK_TR:
        s->probe->tables.last().rows.append(s->row);
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        s->inCell = false;
        s->row.append(s->text);
        break;
    case MD_BLOCK_H:
        s->inHeading = false;
        s->probe->headings.append(s->text);
        break;
    case MD_BLOCK_P:
        s->inParagraph = false;
        if (!s->inCell && !s->inItem)
            s->probe->paragraphs.append(s->text);
        if (s->quoteDepth > 0)
            s->quoteText += (s->quoteText.isEmpty() ? QString() : QStringLiteral("\n\n")) + s->text;
        break;
    case MD_BLOCK_LI:
        s->inItem = false;
        s->probe->listItems.append(s->text);
        break;
    default:
        break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void* detail, void* userdata)
{
    auto* s = static_cast<State*>(userdata);
    switch (type) {
    case MD_SPAN_CODE:
        s->spanStarts.append(s->text.size());
        break;
    case MD_SPAN_A:
        s->spanStarts.append(s->text.size());
        s->openLinks.append({attribute(static_cast<MD_SPAN_A_DETAIL*>(detail)->href), QString()});
        break;
    case MD_SPAN_IMG:
        s->spanStarts.append(s->text.size());
        s->openLinks.append({attribute(static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src), QString()});
        break;
    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY:
        ++s->probe->mathSpans;
        break;
    default:
        break;
    }
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void*, void* userdata)
{
    auto* s = static_cast<State*>(userdata);
    switch (type) {
    case MD_SPAN_CODE: {
        if (s->spanStarts.isEmpty())
            break; // md4c can leave a span it never entered (links nested in an image's text): nothing to read
        const qsizetype from = s->spanStarts.takeLast();
        const QString code = s->text.mid(from);
        int longest = 0;
        for (int run = 0, i = 0; i < code.size(); ++i) {
            run = code.at(i) == QLatin1Char('`') ? run + 1 : 0;
            longest = qMax(longest, run);
        }
        const QString ticks(longest + 1, QLatin1Char('`'));
        s->text = s->text.left(from) + ticks + code + ticks;
        break;
    }
    case MD_SPAN_A:
    case MD_SPAN_IMG: {
        if (s->openLinks.isEmpty() || s->spanStarts.isEmpty())
            break; // as above
        MarkdownProbe::Link link = s->openLinks.takeLast();
        link.text = s->text.mid(s->spanStarts.takeLast());
        (type == MD_SPAN_A ? s->probe->links : s->probe->images).append(link);
        break;
    }
    default:
        break;
    }
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR* chars, MD_SIZE size, void* userdata)
{
    auto* s = static_cast<State*>(userdata);
    const QString t = QString::fromUtf8(chars, static_cast<qsizetype>(size));
    switch (type) {
    case MD_TEXT_HTML:
        if (t.compare(QLatin1String("<br>"), Qt::CaseInsensitive) == 0)
            s->text += QLatin1Char('\n');
        else
            ++s->probe->rawHtmlOtherThanBr;
        break;
    case MD_TEXT_SOFTBR:
        s->text += s->quoteDepth > 0 ? QLatin1Char(' ') : QLatin1Char('\n');
        break;
    case MD_TEXT_BR:
        s->text += QLatin1Char('\n');
        break;
    case MD_TEXT_ENTITY:
        ++s->probe->entities;
        s->text += entityText(t);
        break;
    case MD_TEXT_NULLCHAR:
        break;
    default:
        s->text += t;
        break;
    }
    return 0;
}
} // namespace

MarkdownProbe MarkdownProbe::parse(const QString& markdown)
{
    MarkdownProbe probe;
    State state;
    state.probe = &probe;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_LATEXMATHSPANS;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;
    const QByteArray utf8 = markdown.toUtf8();
    probe.ok = md_parse(utf8.constData(), static_cast<MD_SIZE>(utf8.size()), &parser, &state) == 0;
    return probe;
}
