#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Parses Markdown with md4c (GitHub dialect) and reports what a reader would see.
struct MarkdownProbe
{
    struct Table
    {
        QList<QStringList> rows; // header row first; cell text as rendered, <br> as "\n"
    };
    QList<Table> tables;
    QStringList headings;   // "## Impact" -> "Impact"
    QStringList paragraphs; // text of every paragraph, soft breaks as "\n"
    QStringList listItems;  // text of every list item
    int rawHtmlOtherThanBr = 0;
    bool ok = false;

    static MarkdownProbe parse(const QString& markdown);
};
