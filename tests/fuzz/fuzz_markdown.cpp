// Any text written into the post-mortem (a table cell, paragraphs, a heading) must read back as typed:
// md4c sees no HTML, entity or math, and the same text (typed code and links aside).
#include "Markdown.h"
#include "MarkdownProbe.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {
QStringList lines(const QString& text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList out = t.trimmed().split(QLatin1Char('\n'));
    for (QString& line : out)
        line = line.trimmed();
    return out;
}

// Code spans change spacing and links show only their text: compare what is left.
QString comparable(QString text, bool typedCode)
{
    if (!typedCode)
        return text.simplified();
    text.remove(QLatin1Char('`'));
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

void expect(const MarkdownProbe& probe, const QString& seen, const QString& typed, const char* where,
            const QString& markdown)
{
    // Inside a bare URL GitHub reads nothing but md4c still finds emphasis and math: nothing to compare.
    if (typed.contains(QLatin1String("www."), Qt::CaseInsensitive) || typed.contains(QLatin1String("://")))
        return;
    if (!probe.links.isEmpty() || !probe.images.isEmpty()) // a typed link's text is Markdown as typed
        return;
    const bool typedCode = typed.contains(QLatin1Char('`'));
    if (probe.rawHtmlOtherThanBr == 0 && probe.entities == 0 && probe.mathSpans == 0 &&
        comparable(seen, typedCode) == comparable(typed, typedCode))
        return;
    fprintf(stderr, "%s: typed [%s]\nseen [%s]\nmarkdown [%s]\n", where, qPrintable(typed), qPrintable(seen),
            qPrintable(markdown));
    __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // md4c turns NUL into U+FFFD; other control characters are not text a person types.
    text.removeIf([](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') && c != QLatin1Char('\t'); });
    const QStringList typedLines = lines(text);

    const QString table = QStringLiteral("| h |\n| --- |\n| ") + Markdown::cell(text) + QStringLiteral(" |\n");
    const MarkdownProbe inCell = MarkdownProbe::parse(table);
    if (inCell.tables.size() != 1 || inCell.tables.at(0).rows.size() != 2 || inCell.tables.at(0).rows.at(1).size() != 1)
        expect(inCell, QStringLiteral("(table broken)"), text, "cell", table);
    else
        expect(inCell, inCell.tables.at(0).rows.at(1).at(0), typedLines.join(QLatin1Char('\n')), "cell", table);

    const QString heading = QStringLiteral("# ") + Markdown::heading(text) + QLatin1Char('\n');
    const MarkdownProbe inHeading = MarkdownProbe::parse(heading);
    QStringList words = typedLines;
    words.removeAll(QString());
    expect(inHeading, inHeading.headings.value(0), words.join(QLatin1Char(' ')), "heading", heading);

    const QString block = Markdown::block(text);
    const MarkdownProbe inBlock = MarkdownProbe::parse(block);
    QString paragraphs = typedLines.join(QLatin1Char('\n'));
    while (paragraphs.contains(QLatin1String("\n\n\n")))
        paragraphs.replace(QLatin1String("\n\n\n"), QLatin1String("\n\n"));
    if (!inBlock.headings.isEmpty() || !inBlock.tables.isEmpty() || !inBlock.listItems.isEmpty() || !inBlock.quotes.isEmpty())
        expect(inBlock, QStringLiteral("(a block other than paragraphs)"), text, "block", block);
    expect(inBlock, inBlock.paragraphs.join(QStringLiteral("\n\n")), paragraphs, "block", block);
    return 0;
}
