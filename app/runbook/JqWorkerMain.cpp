// incident-console-jq: runs one jq program on one answer in a process of its own, so that libjq's
// assertions, crashes and endless programs cannot take the console with them (JqRunner starts it
// with CPU-time and memory limits and kills it after its wall-clock limit).
// In:  one line {"program": "..."}, then the answer's bytes up to the end of the input.
// Out: one JSON object {"kind": "ok"|"compile"|"input"|"runtime"|"request", "text": "..."}; for "ok"
//      the outputs one per line, strings raw (like jq -r), everything else as compact JSON.
extern "C" {
#include <jq.h>
#include <jv.h>
}

#include <algorithm>
#include <climits>
#include <cstdio>
#include <string>

namespace {
constexpr std::size_t MaxOutputBytes = 1024 * 1024; // more than any timeline line needs
constexpr int MaxOutputs = 1000;

std::string textOf(jv value) // consumes value
{
    jv text = jv_get_kind(value) == JV_KIND_STRING ? jv_copy(value) : jv_dump_string(jv_copy(value), 0);
    std::string out(jv_string_value(text), static_cast<std::size_t>(jv_string_length_bytes(jv_copy(text))));
    jv_free(text);
    jv_free(value);
    return out;
}

void collectError(void* data, jv message)
{
    auto* errors = static_cast<std::string*>(data);
    if (!errors->empty())
        *errors += "; ";
    *errors += jv_is_valid(message) ? textOf(message) : (jv_free(message), std::string("unknown error"));
}

int answer(const char* kind, const std::string& text)
{
    jv object = jv_object_set(jv_object(), jv_string("kind"), jv_string(kind));
    object = jv_object_set(object, jv_string("text"), jv_string_sized(text.data(), static_cast<int>(text.size())));
    jv dumped = jv_dump_string(object, 0);
    std::fwrite(jv_string_value(dumped), 1, static_cast<std::size_t>(jv_string_length_bytes(jv_copy(dumped))), stdout);
    jv_free(dumped);
    std::fflush(stdout);
    return 0;
}

std::string readAll(std::FILE* in)
{
    std::string data;
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0)
        data.append(buffer, n);
    return data;
}
} // namespace

int main()
{
    const std::string request = readAll(stdin);
    const std::size_t newline = request.find('\n');
    if (newline == std::string::npos || request.size() - newline - 1 > static_cast<std::size_t>(INT_MAX))
        return answer("request", "the request has no program line or is too large");
    jv header = jv_parse_sized(request.data(), static_cast<int>(newline));
    if (jv_get_kind(header) != JV_KIND_OBJECT) {
        jv_free(header);
        return answer("request", "the program line is not a JSON object");
    }
    jv program = jv_object_get(header, jv_string("program"));
    if (jv_get_kind(program) != JV_KIND_STRING) {
        jv_free(program);
        return answer("request", "the program is not a string");
    }
    const std::string source = textOf(program);

    jq_state* jq = jq_init();
    if (!jq)
        return answer("runtime", "jq could not start");
    std::string errors;
    jq_set_error_cb(jq, collectError, &errors);
    if (!jq_compile(jq, source.c_str())) {
        jq_teardown(&jq);
        return answer("compile", errors);
    }
    jv input = jv_parse_sized(request.data() + newline + 1, static_cast<int>(request.size() - newline - 1));
    if (!jv_is_valid(input)) {
        jv message = jv_invalid_get_msg(input);
        std::string text = jv_get_kind(message) == JV_KIND_STRING ? textOf(message) : (jv_free(message), std::string());
        // jq quotes the whole input after "(while parsing": a proxy's HTML page must not become the message.
        text = text.substr(0, text.find(" (while parsing")).substr(0, 200);
        jq_teardown(&jq);
        return answer("input", text);
    }
    jq_start(jq, input, 0);
    std::string outputs;
    int count = 0;
    jv result;
    while (jv_is_valid(result = jq_next(jq))) {
        if (count++ > 0)
            outputs += '\n';
        outputs += textOf(result);
        if (count >= MaxOutputs || outputs.size() >= MaxOutputBytes) {
            outputs.resize(std::min(outputs.size(), MaxOutputBytes));
            result = jv_invalid(); // enough to show; the rest is not needed
            break;
        }
    }
    if (jv_invalid_has_msg(jv_copy(result))) {
        jv message = jv_invalid_get_msg(result);
        const std::string text = jv_get_kind(message) == JV_KIND_STRING ? textOf(message) : (jv_free(message), std::string("unknown error"));
        jq_teardown(&jq);
        return answer("runtime", text);
    }
    jv_free(result);
    jq_teardown(&jq);
    return answer("ok", outputs);
}
