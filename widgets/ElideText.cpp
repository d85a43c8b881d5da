#include "ElideText.h"

#include <QFontMetrics>
#include <QTextBoundaryFinder>

QString ElideText::atWordBoundary(const QString& text, const QFontMetrics& metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QString ellipsis = QStringLiteral("…");
    QString best;
    // Unicode word boundaries (UAX #29): Hangul and Latin words end where a reader expects.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    for (qsizetype at = finder.toNextBoundary(); at > 0 && at < text.size(); at = finder.toNextBoundary()) {
        if (!(finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem))
            continue;
        const QString candidate = text.left(at) + ellipsis;
        if (metrics.horizontalAdvance(candidate) > width)
            break;
        best = candidate;
    }
    return best.isEmpty() ? metrics.elidedText(text, Qt::ElideRight, width) : best;
}
