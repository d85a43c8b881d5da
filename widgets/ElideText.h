#pragma once

#include <QString>

class QFontMetrics;

// Shortening text to a width without cutting a word in half.
namespace ElideText {
// The text if it fits; else its longest run of whole words that fits with "…"; a first word wider
// than the space on its own is elided by character, as nothing better is left.
QString atWordBoundary(const QString& text, const QFontMetrics& metrics, int width);
} // namespace ElideText
