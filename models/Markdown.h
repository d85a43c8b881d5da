#pragma once

#include <QString>
#include <QStringList>
#include <initializer_list>

// Escaping so that any text (pipes, newlines, '<', Korean) reads in GitHub-flavoured Markdown as it was typed,
// with a backslash only where Markdown would misread it. Inline code, links, autolinks and bare URLs that an
// author typed are kept as typed.
namespace Markdown {
QString inlineText(const QString& text);       // mid-line: newlines become spaces
QString inlineWithBreaks(const QString& text); // mid-line: newlines become <br>
QString heading(const QString& text);          // an ATX heading's text: a trailing '#' run stays text
QString linkText(const QString& text);         // the text between '[' and ']' (an image's alt text)
QString emphasized(const QString& text, const QString& marker); // "**text**" with nothing inside closing it
QString listItem(const QString& text);         // the start of a list item: block markers escaped, newlines become <br>
QString block(const QString& text);            // paragraphs: line structure kept, nothing becomes a block
QString quote(const QString& text);            // a block quote that keeps every line (hard breaks)
QString cell(const QString& text);             // a table cell: '|' escaped, newlines become <br>
QString tableRow(const QStringList& cells);    // "| a | b |"
void appendTableRow(QString& out, std::initializer_list<QString> cells);
QString tableHeader(const QStringList& headings);
QString linkDestination(const QString& relativePath); // a relative file path as a URL any reader resolves back
} // namespace Markdown
