#pragma once

#include <QString>

// Text from the store or a runbook printed on a terminal: control characters (ESC, OSC, BEL, C1, …) are
// shown escaped, so a title cannot move the cursor, retitle the window or hide what follows.
namespace TerminalText {
enum class Layout { KeepLines, OneLine }; // OneLine also escapes tabs and line breaks (table cells)
QString printable(const QString& text, Layout layout = Layout::KeepLines);
} // namespace TerminalText
