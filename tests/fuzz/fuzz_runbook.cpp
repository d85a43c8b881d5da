// Any bytes as a runbook: the importer must neither crash nor hang, and must say what it could not read.
#include "runbook/RunbookImporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Runbook runbook = RunbookImporter::importText(bytes, QStringLiteral("fuzz.md"));
    for (const RunbookSection& section : runbook.sections) {
        for (const RunbookStep& step : section.steps) {
            if (step.kind == RunbookStep::Http && step.action.url.isEmpty())
                __builtin_trap(); // an HTTP action always has a URL
        }
    }
    return 0;
}
