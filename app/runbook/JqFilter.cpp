#include "JqFilter.h"

#include <QRegularExpression>

bool JqFilter::isAllowed(const QString& program, QString* why)
{
    // jq reads "$ ENV" as "$ENV": whitespace or a comment may sit after the dollar.
    static const QRegularExpression forbidden(
        QStringLiteral("\\$(?:\\s|#[^\\n]*\\n)*(?:ENV|__loc__|__prog_args)\\b|"
                       "(?<![.\\w$\"])(?:env|inputs?|debug|stderr|input_filename|halt|halt_error|import|include|"
                       "modulemeta|get_search_list|input_line_number)\\b"));
    // Loops, recursion and regular expressions may run until the worker is killed at its time limit. (A key
    // such as .test is fine: only the functions are refused.)
    static const QRegularExpression unbounded(
        QStringLiteral("(?<![.\\w$\"])(?:until|while|repeat|range|recurse|recurse_down|def|test|match|capture|scan|"
                       "splits|sub|gsub)\\b"));
    const QRegularExpressionMatch loop = unbounded.match(program);
    if (loop.hasMatch()) {
        *why = tr("the jq program uses \"%1\", which may run without end; only paths, indexes, slices and filters "
                  "are run")
                   .arg(loop.captured(0));
        return false;
    }
    const QRegularExpressionMatch m = forbidden.match(program);
    if (m.hasMatch()) {
        *why = tr("the jq program uses \"%1\", which could read more than the answer; only paths, indexes, "
                  "slices and filters are run")
                   .arg(m.captured(0));
        return false;
    }
    return true;
}
