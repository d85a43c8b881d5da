// Any bytes as a runbook: the importer must neither crash nor hang, and must say what it could not read.
#include "CurlCommand.h"
#include "runbook/ProseHtml.h"
#include "runbook/RunbookImporter.h"

#include <cstddef>
#include <cstdint>

namespace {
// Lines as md4c ends them: \n, \r\n or a lone \r.
int lineCount(const QByteArray& bytes)
{
    int lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n')))
            ++lines;
    }
    return lines;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Runbook runbook = RunbookImporter::importText(bytes, QStringLiteral("fuzz.md"));
    const int lines = lineCount(bytes);
    for (const RunbookSection& section : runbook.sections) {
        for (const RunbookStep& step : section.steps) {
            if (step.kind == RunbookStep::Http && step.action.url.isEmpty())
                __builtin_trap(); // an HTTP action always has a URL
            if (step.kind == RunbookStep::Http && !CurlCommand::foreignScheme(step.action.url).isEmpty())
                __builtin_trap(); // only http and https are requests; file: or qrc: never is
            if (step.line < 0 || step.line > lines)
                __builtin_trap(); // every line number is one of the file's lines, whatever its line endings
        }
    }
    for (const RunbookSection& section : runbook.sections) {
        for (const RunbookText& text : section.texts) {
            if (text.line < 1 || text.line > lines || text.markdown.trimmed().isEmpty())
                __builtin_trap(); // prose and diagrams come from the file's own lines
            if (text.kind == RunbookText::Prose && ProseHtml::of(text.markdown).contains(QLatin1String("<img")))
                __builtin_trap(); // the panel never loads a file a runbook names
        }
    }
    for (const RunbookWarning& warning : runbook.warnings) {
        if (warning.line < 0 || warning.line > lines || warning.message.isEmpty())
            __builtin_trap();
    }
    return 0;
}
