#pragma once

#include "Runbook.h"

#include <QString>

// A runbook's prose as HTML for the panel, rendered by md4c's own HTML renderer. Raw HTML in the file
// stays text, and images become their alt text: a label never loads a file a runbook names.
namespace ProseHtml {
QString of(const QString& markdown);
void render(Runbook& runbook); // fills every prose text's html
} // namespace ProseHtml
