#include "ProseHtml.h"

#include <QRegularExpression>
#include <md4c-html.h>

namespace {
void append(const MD_CHAR* text, MD_SIZE size, void* out)
{
    static_cast<QByteArray*>(out)->append(text, static_cast<qsizetype>(size));
}
} // namespace

QString ProseHtml::of(const QString& markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray html;
    if (md_html(utf8.constData(), static_cast<MD_SIZE>(utf8.size()), append, &html,
                MD_DIALECT_GITHUB | MD_FLAG_NOHTML, 0) != 0)
        return markdown.toHtmlEscaped();
    // md4c writes <img src="..." alt="..."> with its attributes escaped, so the alt text is all between quotes.
    static const QRegularExpression image(QStringLiteral("<img src=\"[^\"]*\" alt=\"([^\"]*)\"[^>]*>"));
    return QString::fromUtf8(html).replace(image, QStringLiteral("\\1")).trimmed();
}

void ProseHtml::render(Runbook& runbook)
{
    for (RunbookSection& section : runbook.sections)
        for (RunbookText& text : section.texts)
            if (text.kind == RunbookText::Prose)
                text.html = of(text.markdown);
}
