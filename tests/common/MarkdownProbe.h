#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Parses Markdown with md4c (GitHub dialect, plus $math$ as GitHub renders it) and reports what a reader would see.
struct MarkdownProbe
{
    struct Table
    {
        QList<QStringList> rows; // header row first; cell text as rendered, <br> as "\n"
    };
    struct Link
    {
        QString destination; // as md4c reads it: escapes resolved, percent-encoding kept
        QString text;        // link text, or an image's alt text
    };
    QList<Table> tables;
    QStringList headings;   // "## Impact" -> "Impact"
    QStringList paragraphs; // text of every paragraph, soft breaks as "\n" (as " " inside a quote)
    QStringList listItems;  // text of every list item, its paragraphs apart by a blank line
    QStringList quotes;     // text of every block quote: hard breaks "\n", soft breaks " " (as GitHub shows a file)
    QList<Link> links;      // links and autolinks (bare URLs too)
    QList<Link> images;
    int rawHtmlOtherThanBr = 0;
    int entities = 0;    // entity and numeric character references
    int mathSpans = 0;   // $...$ read as math
    bool ok = false;
    // Code spans appear in the text between backticks, as an author types them.

    static MarkdownProbe parse(const QString& markdown);
};
