#include "JqFilter.h"

#include <QRegularExpression>
#include <QStringList>

extern "C" {
#include <jq.h>
#include <jv.h>
}

namespace {
void collectError(void* data, jv message)
{
    auto* errors = static_cast<QStringList*>(data);
    jv text = jv_is_valid(message) && jv_get_kind(message) == JV_KIND_STRING ? jv_copy(message) : jv_dump_string(jv_copy(message), 0);
    *errors << QString::fromUtf8(jv_string_value(text));
    jv_free(text);
    jv_free(message);
}
} // namespace

bool JqFilter::isAllowed(const QString& program, QString* why)
{
    // jq reads "$ ENV" as "$ENV": whitespace or a comment may sit after the dollar.
    static const QRegularExpression forbidden(
        QStringLiteral("\\$(?:\\s|#[^\\n]*\\n)*(?:ENV|__loc__|__prog_args)\\b|"
                       "(?<![.\\w$\"])(?:env|inputs?|debug|stderr|input_filename|halt|halt_error|import|include|"
                       "modulemeta|get_search_list|input_line_number)\\b"));
    // Loops, recursion and regular expressions could keep the network thread busy for ever. (A key
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

std::optional<QString> JqFilter::run(const QString& program, const QByteArray& json, QString* error)
{
    if (!isAllowed(program, error))
        return std::nullopt;
    jq_state* jq = jq_init();
    if (!jq) {
        *error = tr("jq could not start");
        return std::nullopt;
    }
    QStringList errors;
    jq_set_error_cb(jq, collectError, &errors);
    const QByteArray utf8 = program.toUtf8();
    if (!jq_compile(jq, utf8.constData())) {
        jq_teardown(&jq);
        *error = tr("the jq program \"%1\" is not valid: %2").arg(program, errors.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    jv input = jv_parse_sized(json.constData(), static_cast<int>(json.size()));
    if (!jv_is_valid(input)) {
        jv message = jv_invalid_get_msg(input);
        // jq quotes the whole input after "(while parsing": a proxy's HTML page must not become the message.
        QString text = jv_get_kind(message) == JV_KIND_STRING ? QString::fromUtf8(jv_string_value(message)) : QString();
        text = text.section(QStringLiteral(" (while parsing"), 0, 0).left(200);
        *error = tr("the answer is not JSON (%1)").arg(text);
        jv_free(message);
        jq_teardown(&jq);
        return std::nullopt;
    }
    jq_start(jq, input, 0);
    QStringList outputs;
    jv result;
    while (jv_is_valid(result = jq_next(jq))) {
        if (jv_get_kind(result) == JV_KIND_STRING) {
            outputs << QString::fromUtf8(jv_string_value(result));
            jv_free(result);
        } else {
            jv text = jv_dump_string(result, 0);
            outputs << QString::fromUtf8(jv_string_value(text));
            jv_free(text);
        }
        if (outputs.size() > 1000) {
            result = jv_invalid(); // enough to show; the rest is not needed
            break;
        }
    }
    bool failed = false;
    if (jv_invalid_has_msg(jv_copy(result))) {
        jv message = jv_invalid_get_msg(result);
        *error = tr("jq stopped: %1")
                     .arg(jv_get_kind(message) == JV_KIND_STRING ? QString::fromUtf8(jv_string_value(message))
                                                                 : tr("unknown error"));
        jv_free(message);
        failed = true;
    } else {
        jv_free(result);
    }
    jq_teardown(&jq);
    if (failed)
        return std::nullopt;
    return outputs.join(QLatin1Char('\n'));
}
