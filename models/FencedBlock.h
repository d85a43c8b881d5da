#pragma once

#include "HttpCommand.h"

#include <QList>
#include <QString>
#include <optional>

// A fenced block of a runbook classified by what it holds, whatever its info string: runs of
// command lines (prompts "$ ", "PS> ", "> " dropped), checklist lines, and text (prose, a
// diagram, configuration, a command's output) that is shown, never offered as a button.
class FencedBlock
{
public:
    struct Check
    {
        QString text;
        bool checked = false;
    };

    struct Part
    {
        enum Kind { Commands, CheckItem, Text };
        Kind kind = Text;
        int line = 0;     // of its first line in the file
        QString text;     // Commands: the lines, prompts removed, others blank; Text: as written
        HttpCommand::Dialect dialect = HttpCommand::Dialect::Shell;
        Check check;      // CheckItem
    };

    // language: the info string's first word, lower case ("" for none).
    static QList<Part> read(const QString& code, const QString& language, int firstLine);
    static bool isDiagram(const QString& block);
    // "□ item", "☐ item", "✅ item", "✓ item", "☑ item", "[ ] item", "[x] item": a checklist line.
    static std::optional<Check> checkLine(const QString& line);
    static bool isShellLanguage(const QString& language); // bash, console, powershell, cmd...
    static bool isPlainLanguage(const QString& language); // none, text, txt, plaintext
};
