// Any bytes as a Prometheus answer: the decoder must not crash, and whatever it accepts must be a real
// answer (a success with series of matching times and values, or an error envelope), never garbage.
#include "network/PrometheusDecoder.h"

#include <cstddef>
#include <cstdint>

namespace {
PromResponse decode(const uint8_t* data, size_t size, qsizetype room, QString* error)
{
    QByteArray body;
    body.reserve(static_cast<qsizetype>(size) + room); // with room past the end, and without
    body.append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    return PrometheusDecoder::decode(body, error);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const PromResponse r = decode(data, size, 0, &error);
    QString paddedError;
    const PromResponse padded = decode(data, size, 64, &paddedError);
    if (error != paddedError || r.series.size() != padded.series.size())
        __builtin_trap();
    if (!error.isEmpty()) {
        if (!r.series.isEmpty())
            __builtin_trap(); // a failed decode passes nothing on as data
        return 0;
    }
    if (!r.success && r.errorType.isEmpty() && r.error.isEmpty())
        __builtin_trap();
    if (r.success && r.resultType != QLatin1String("matrix") && r.resultType != QLatin1String("vector") &&
        r.resultType != QLatin1String("scalar"))
        __builtin_trap();
    for (const PromSeries& s : r.series) {
        if (s.times.size() != s.values.size())
            __builtin_trap();
    }
    return 0;
}
