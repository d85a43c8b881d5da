#include "PrometheusDecoder.h"

#include <charconv>
#include <cmath>
#include <chrono>
#include <limits>
#include <memory>
#include <mutex>
#include <simdjson.h>
#include <string_view>
#include <sys/mman.h>

namespace {
// The DOM API dispatches at run time to the best kernel the processor has (On Demand would be fixed
// at compile time to the portable fallback).
using namespace simdjson;

constexpr qsizetype ReusedParserBytes = 1024 * 1024;

// A large answer's parser touches several times the body in fresh memory (tape, strings, structural
// indexes); in 2 MiB pages that is hundreds of page faults instead of tens of thousands. Only a hint:
// where the kernel has no transparent huge pages, nothing changes.
void adviseHugePages(void* memory, size_t bytes)
{
    constexpr uintptr_t Page = 4096;
    const uintptr_t begin = (reinterpret_cast<uintptr_t>(memory) + Page - 1) & ~(Page - 1);
    const uintptr_t end = (reinterpret_cast<uintptr_t>(memory) + bytes) & ~(Page - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
}

// Sizes a fresh parser for the body and advises its buffers before the parse first touches them. If it
// cannot, the parse tries again and reports the failure.
void prepareLargeParser(dom::parser& parser, size_t bodyBytes)
{
    if (parser.allocate(bodyBytes) != SUCCESS)
        return;
    // simdjson 3's sizes for these buffers (dom_parser_implementation::set_capacity, document::allocate).
    adviseHugePages(parser.doc.tape.get(), (bodyBytes + 3) * sizeof(uint64_t));
    adviseHugePages(parser.doc.string_buf.get(), 5 * bodyBytes / 3);
    adviseHugePages(parser.implementation->structural_indexes.get(), bodyBytes * sizeof(uint32_t));
}

// Panels refresh the same large queries every few seconds. A fresh parser per answer spends most of its
// time faulting in fresh pages (measured: 110-130 ms against 35-55 ms warm for a 27 MB answer), so one
// large parser stays warm while large answers keep coming, and goes once none came for a while.
class WarmLargeParser
{
public:
    // Its memory is about four times the body: past this, an answer's parser goes back at once.
    static constexpr size_t MaxKeptBodyBytes = 32 * 1024 * 1024;
    static constexpr std::chrono::seconds KeptWhileIdle{60};

    // The warm parser if no other thread holds it, else a fresh one.
    std::unique_ptr<dom::parser> take(size_t bodyBytes)
    {
        std::unique_ptr<dom::parser> parser;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            parser = std::move(m_parser);
        }
        if (!parser || parser->capacity() < bodyBytes) {
            parser = std::make_unique<dom::parser>();
            prepareLargeParser(*parser, bodyBytes);
        }
        return parser;
    }

    void giveBack(std::unique_ptr<dom::parser> parser, size_t bodyBytes)
    {
        if (bodyBytes > MaxKeptBodyBytes)
            return;
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_parser = std::move(parser);
        m_lastUse = std::chrono::steady_clock::now();
    }

    // Called on every decode: large answers stopped coming, so their memory goes back.
    void releaseIfIdle()
    {
        std::unique_ptr<dom::parser> idle;
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_parser && std::chrono::steady_clock::now() - m_lastUse > KeptWhileIdle)
            idle = std::move(m_parser);
    }

private:
    std::mutex m_mutex;
    std::unique_ptr<dom::parser> m_parser;
    std::chrono::steady_clock::time_point m_lastUse;
};

WarmLargeParser& warmLargeParser()
{
    static WarmLargeParser instance;
    return instance;
}

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

// A well-formed answer of the wrong shape; its message is meant for people.
struct ShapeError
{
    QString message;
};

double value(dom::element text)
{
    const std::string_view s = text.get_string();
    bool ok = false;
    const double v = PrometheusDecoder::parseValue(s.data(), s.data() + s.size(), &ok);
    if (!ok)
        throw ShapeError{PrometheusDecoder::tr("the sample value \"%1\" is not a number").arg(qstr(s.substr(0, 40)))};
    return v;
}

// [ <time>, "<value>" ] into the two vectors.
void readSample(dom::array pair, std::vector<double>& times, std::vector<double>& values)
{
    if (pair.size() != 2)
        throw simdjson_error(INCORRECT_TYPE);
    auto it = pair.begin();
    times.push_back((*it).get_double());
    ++it;
    values.push_back(value(*it));
}

QString typeInWords(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::ARRAY:
        return PrometheusDecoder::tr("a list");
    case dom::element_type::OBJECT:
        return PrometheusDecoder::tr("an object");
    case dom::element_type::STRING:
        return PrometheusDecoder::tr("a string");
    case dom::element_type::NULL_VALUE:
        return PrometheusDecoder::tr("null");
    case dom::element_type::BOOL:
        return PrometheusDecoder::tr("true or false");
    default:
        return PrometheusDecoder::tr("a number");
    }
}

void readSeries(dom::array items, PromResponse& out)
{
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

// data: {"resultType": ..., "result": ...}, whatever the order of its keys.
void readData(dom::element data, PromResponse& out)
{
    if (!data.is_object())
        throw ShapeError{PrometheusDecoder::tr("'data' is %1, expected an object with 'resultType' and 'result'")
                             .arg(typeInWords(data))};
    const dom::object fields = data.get_object();
    dom::element type;
    dom::element result;
    if (fields["resultType"].get(type) != SUCCESS || !type.is_string())
        throw ShapeError{PrometheusDecoder::tr("'data' has no 'resultType'")};
    out.resultType = qstr(type.get_string());
    if (out.resultType == QLatin1String("string"))
        throw ShapeError{PrometheusDecoder::tr("the resultType 'string' is not a series; use a query that returns "
                                               "numbers (a range query returns a matrix)")};
    if (out.resultType != QLatin1String("matrix") && out.resultType != QLatin1String("vector") &&
        out.resultType != QLatin1String("scalar"))
        throw ShapeError{PrometheusDecoder::tr("the resultType '%1' is unknown; expected matrix, vector or scalar")
                             .arg(out.resultType)};
    if (fields["result"].get(result) != SUCCESS)
        throw ShapeError{PrometheusDecoder::tr("'data' has no 'result'")};
    if (!result.is_array())
        throw ShapeError{PrometheusDecoder::tr("'result' is %1, expected a list of series").arg(typeInWords(result))};
    if (out.resultType == QLatin1String("scalar")) { // [time, "value"]
        PromSeries scalar;
        readSample(result.get_array(), scalar.times, scalar.values);
        out.series.append(std::move(scalar));
        return;
    }
    readSeries(result.get_array(), out);
}

// Why a body simdjson refused is not a Prometheus answer, in words.
QString syntaxProblem(dom::parser& parser, const QByteArray& body, bool padded, error_code e, bool* truncated)
{
    // A complete document followed by more bytes (simdjson calls it a tape error): two answers run together,
    // or garbage from a proxy. The same parser reads it again as a stream of documents.
    if (e == TAPE_ERROR) {
        padded_string copy;
        if (!padded)
            copy = padded_string(body.constData(), static_cast<size_t>(body.size()));
        const auto* bytes = reinterpret_cast<const uint8_t*>(padded ? body.constData() : copy.data());
        dom::document_stream documents;
        const size_t size = static_cast<size_t>(body.size());
        if (parser.parse_many(bytes, size, qMax<size_t>(size, 64)).get(documents) == SUCCESS) {
            for (auto document : documents) {
                if (document.error() == SUCCESS)
                    return PrometheusDecoder::tr("the answer has extra data after the JSON document (something "
                                                 "between Prometheus and the console added to it)");
                break;
            }
        }
    }
    // JSON that opens but never closes was cut off in transit; anything else is simply not JSON.
    const QByteArray trimmed = body.trimmed();
    const bool cut = (trimmed.startsWith('{') && !trimmed.endsWith('}')) ||
                           (trimmed.startsWith('[') && !trimmed.endsWith(']')) || e == UNCLOSED_STRING;
    *truncated = cut;
    if (cut)
        return PrometheusDecoder::tr("the JSON ends early: the answer looks truncated (%1)")
            .arg(QString::fromUtf8(error_message(e)));
    return PrometheusDecoder::tr("not valid Prometheus JSON (%1)").arg(QString::fromUtf8(error_message(e)));
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
    if (body.trimmed().isEmpty()) {
        *error = tr("the answer is empty; check that the URL points at Prometheus itself");
        return out;
    }
    if (looksLikeHtml(body)) {
        *error = tr("the server answered with an HTML page instead of Prometheus JSON (a proxy's error page?)");
        return out;
    }
    // Small answers reuse one parser per thread; large ones share one warm parser (see WarmLargeParser).
    const size_t bodyBytes = static_cast<size_t>(body.size());
    warmLargeParser().releaseIfIdle();
    thread_local dom::parser reused;
    std::unique_ptr<dom::parser> large;
    if (body.size() > ReusedParserBytes)
        large = warmLargeParser().take(bodyBytes);
    dom::parser& parser = large ? *large : reused;
    struct GiveBack
    {
        std::unique_ptr<dom::parser>& parser;
        size_t bytes;
        ~GiveBack()
        {
            if (parser)
                warmLargeParser().giveBack(std::move(parser), bytes);
        }
    } giveBack{large, bodyBytes};
    bool hasData = false;
    bool padded = false;
    try {
        // Bodies read from the network usually have room past their end; then simdjson needs no copy.
        padded = body.capacity() - body.size() >= static_cast<qsizetype>(SIMDJSON_PADDING);
        dom::element doc;
        if (const error_code e = parser.parse(body.constData(), static_cast<size_t>(body.size()), !padded).get(doc)) {
            PromResponse failed;
            *error = syntaxProblem(parser, body, padded, e, &failed.truncated);
            return failed;
        }
        if (!doc.is_object()) {
            *error = tr("the answer is %1, not a Prometheus API object").arg(typeInWords(doc));
            return PromResponse();
        }
        dom::element data;
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
                data = field.value;
                hasData = true;
            }
        }
        if (out.success && !hasData) {
            *error = tr("the answer says success but has no 'data'");
            return PromResponse();
        }
        if (out.success)
            readData(data, out);
    } catch (const ShapeError& e) {
        *error = e.message;
        return PromResponse();
    } catch (const simdjson_error& e) {
        // Valid JSON, but a field holds the wrong kind of value.
        *error = tr("the JSON is not shaped like a Prometheus answer (%1)").arg(QString::fromUtf8(e.what()));
        return PromResponse();
    }
    if (out.success == false && out.errorType.isEmpty() && out.error.isEmpty())
        *error = tr("the JSON has no \"status\"; this does not look like a Prometheus API answer");
    return out;
}
