#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads shell text the way a runbook reader means it, without ever running it: splits a code block
// into logical commands (continuations, multi-line quotes, if/for/while blocks, here-documents) and a
// command into words. A word's text is a template: ${NAME} marks an environment variable to take at
// send time, $$ a literal dollar.
class ShellWords
{
    Q_DECLARE_TR_FUNCTIONS(ShellWords)
public:
    struct Command
    {
        QString text;     // as written, continuations joined
        int line = 0;     // where it starts in the file (1-based)
        QString label;    // the comment line just above it, if any
        bool compound = false; // if/for/while/case block or here-document: copy it whole
        QString error;    // e.g. an unterminated quote; the command cannot be read
    };

    struct Parsed
    {
        QList<QStringList> pipeline; // words of each stage, as templates
        QString assignedTo;          // NAME for NAME=$(...)
        QStringList variables;       // environment variables the words refer to
        bool substitution = false;   // $(...), `...` or ${X:-y} inside: the console cannot evaluate it
        bool control = false;        // ; && || & > < : more than one simple command
        QString error;
    };

    static QList<Command> commands(const QString& block, int firstLine);
    // The length of the name ([A-Za-z_][A-Za-z0-9_]*) that starts at from; 0 for none. A scan, not a
    // regular expression: PCRE checks the whole subject's UTF-16 on every call, quadratic on long text.
    static int nameLengthAt(QStringView text, qsizetype from);
    static Parsed parse(const QString& command);
    // ${NAME} to the value found by lookup, $$ to $. Names lookup cannot find are listed in *missing.
    static QString expand(const QString& word, const std::function<QString(const QString&)>& lookup,
                          QStringList* missing);
};
