#pragma once

#include <QString>
#include <QStringList>

// Escaping so that any text (pipes, newlines, backticks, '<', Korean) stays literal in GitHub-flavoured Markdown.
namespace Markdown {
QString inlineText(const QString& text);    // one line: newlines become spaces
QString block(const QString& text);         // paragraphs: line structure kept, nothing becomes markup
QString cell(const QString& text);          // a table cell: newlines become <br>
QString tableRow(const QStringList& cells); // "| a | b |"
QString tableHeader(const QStringList& headings);
} // namespace Markdown
