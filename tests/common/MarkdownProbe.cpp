#include "MarkdownProbe.h"

#include <md4c.h>

namespace {
struct State
{
    MarkdownProbe* probe = nullptr;
    QString text;
    bool inCell = false, inHeading = false, inParagraph = false, inItem = false;
    QStringList row;
};

int enterBlock(MD_BLOCKTYPE type, void*, void* userdata)
{
    auto* s = static_cast<State*>(userdata);
    switch (type) {
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

int span(MD_SPANTYPE, void*, void*)
{
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
    case MD_TEXT_BR:
        s->text += QLatin1Char('\n');
        break;
    case MD_TEXT_ENTITY:
        if (t == QLatin1String("&amp;"))
            s->text += QLatin1Char('&');
        else if (t == QLatin1String("&lt;"))
            s->text += QLatin1Char('<');
        else if (t == QLatin1String("&gt;"))
            s->text += QLatin1Char('>');
        else
            s->text += t;
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
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = span;
    parser.leave_span = span;
    parser.text = text;
    const QByteArray utf8 = markdown.toUtf8();
    probe.ok = md_parse(utf8.constData(), static_cast<MD_SIZE>(utf8.size()), &parser, &state) == 0;
    return probe;
}
