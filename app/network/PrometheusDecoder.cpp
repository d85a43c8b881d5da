#include "PrometheusDecoder.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <simdjson.h>
#include <string_view>

namespace {
// The DOM API dispatches at run time to the best kernel the processor has (On Demand would be fixed
// at compile time to the portable fallback).
using namespace simdjson;

constexpr qsizetype ReusedParserBytes = 1024 * 1024;

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool looksLikeHtml(const QByteArray& body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith('<') && (head.contains("<html") || head.contains("<!doctype") || head.contains("<body") ||
                                    head.contains("<head") || head.contains("<title"));
}

double value(dom::element text)
{
    const std::string_view s = text.get_string();
    bool ok = false;
    const double v = PrometheusDecoder::parseValue(s.data(), s.data() + s.size(), &ok);
    if (!ok)
        throw simdjson_error(NUMBER_ERROR);
    return v;
}

// [ <time>, "<value>" ] into the two vectors.
void readSample(dom::array pair, std::vector<double>& times, std::vector<double>& values)
{
    auto it = pair.begin();
    times.push_back((*it).get_double());
    ++it;
    values.push_back(value(*it));
}

void readResult(dom::element result, PromResponse& out)
{
    if (!result.is_array())
        return;
    const dom::array items = result.get_array();
    // A scalar result is [time, "value"]; matrix and vector results are arrays of objects.
    if (items.size() == 2 && !items.at(0).is_object()) {
        PromSeries scalar;
        readSample(items, scalar.times, scalar.values);
        out.series.append(std::move(scalar));
        return;
    }
    for (dom::element item : items) {
        PromSeries series;
        for (dom::key_value_pair field : item.get_object()) {
            if (field.key == "metric") {
                for (dom::key_value_pair label : field.value.get_object())
                    series.labels.insert(qstr(label.key), qstr(label.value.get_string()));
            } else if (field.key == "values") {
                const dom::array samples = field.value.get_array();
                series.times.reserve(samples.size());
                series.values.reserve(samples.size());
                for (dom::element sample : samples)
                    readSample(sample.get_array(), series.times, series.values);
            } else if (field.key == "value") {
                readSample(field.value.get_array(), series.times, series.values);
            }
        }
        out.series.append(std::move(series));
    }
}
} // namespace

double PrometheusDecoder::parseValue(const char* begin, const char* end, bool* ok)
{
    *ok = true;
    const std::string_view text(begin, static_cast<size_t>(end - begin));
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    *ok = ec == std::errc() && ptr == end;
    return value;
}

PromResponse PrometheusDecoder::decode(const QByteArray& body, QString* error)
{
    PromResponse out;
    if (looksLikeHtml(body)) {
        *error = tr("the server answered with an HTML page instead of Prometheus JSON (a proxy's error page?)");
        return out;
    }
    // Small answers reuse one parser per thread; a large one gets its own, whose memory (several times
    // the body) goes back when the answer is decoded instead of staying with the thread.
    thread_local dom::parser reused;
    dom::parser own;
    dom::parser& parser = body.size() <= ReusedParserBytes ? reused : own;
    try {
        // Bodies read from the network usually have room past their end; then simdjson needs no copy.
        const bool padded = body.capacity() - body.size() >= static_cast<qsizetype>(SIMDJSON_PADDING);
        const dom::element doc = parser.parse(body.constData(), static_cast<size_t>(body.size()), !padded);
        for (dom::key_value_pair field : doc.get_object()) {
            if (field.key == "status") {
                out.success = std::string_view(field.value.get_string()) == "success";
            } else if (field.key == "errorType") {
                out.errorType = qstr(field.value.get_string());
            } else if (field.key == "error") {
                out.error = qstr(field.value.get_string());
            } else if (field.key == "warnings") {
                for (dom::element w : field.value.get_array())
                    out.warnings << qstr(w.get_string());
            } else if (field.key == "data") {
                for (dom::key_value_pair dataField : field.value.get_object()) {
                    if (dataField.key == "resultType")
                        out.resultType = qstr(dataField.value.get_string());
                    else if (dataField.key == "result")
                        readResult(dataField.value, out);
                }
            }
        }
    } catch (const simdjson_error& e) {
        // JSON that opens but never closes was cut off in transit; anything else is simply not JSON.
        const QByteArray trimmed = body.trimmed();
        const bool truncated = (trimmed.startsWith('{') && !trimmed.endsWith('}')) ||
                               (trimmed.startsWith('[') && !trimmed.endsWith(']')) || e.error() == UNCLOSED_STRING;
        if (truncated)
            *error = tr("the JSON ends early: the answer looks truncated (%1)").arg(QString::fromUtf8(e.what()));
        else
            *error = tr("not valid Prometheus JSON (%1)").arg(QString::fromUtf8(e.what()));
        return PromResponse();
    }
    if (out.success == false && out.errorType.isEmpty() && out.error.isEmpty())
        *error = tr("the JSON has no \"status\"; this does not look like a Prometheus API answer");
    return out;
}
