#include "TerminalText.h"

QString TerminalText::printable(const QString& text, Layout layout)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool layoutChar = u == u'\n' || u == u'\t';
        const bool control = u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f);
        // Bidirectional overrides and isolates reorder what the reader sees (Trojan Source).
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        const bool lineSeparator = u == 0x2028 || u == 0x2029; // a line break the terminal may honour
        if ((control && !(layoutChar && layout == Layout::KeepLines)) || bidi || lineSeparator) {
            if (u == u'\n')
                out += QLatin1String("\\n");
            else if (u == u'\t')
                out += QLatin1String("\\t");
            else if (u == u'\r')
                out += QLatin1String("\\r");
            else
                out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}
