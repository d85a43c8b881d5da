// Any text as a fenced block of any kind: the block's reading (prompts, checklist lines, prose), the
// shell and PowerShell splitting, and every request reader (curl, wget, HTTPie, Invoke-RestMethod)
// must hold up, and what they give must be well formed.
#include "FencedBlock.h"
#include "HttpCommand.h"
#include "ShellWords.h"

#include <cstddef>
#include <cstdint>

namespace {
void checkAction(const HttpCommand::Reading& r)
{
    if (!r.action)
        return;
    if (r.action->url.isEmpty() || r.action->method.isEmpty() || !r.isRequest)
        __builtin_trap();
    QStringList missing;
    ShellWords::expand(r.action->url, [](const QString&) { return QStringLiteral("x"); }, &missing);
    r.action->display();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The first byte picks the info string, as teams label their fences.
    static const char* const languages[] = {"", "bash", "console", "powershell", "cmd", "text", "yaml", "pwsh"};
    const char* language = size > 0 ? languages[data[0] % 8] : "";
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data) + (size > 0 ? 1 : 0),
                                           static_cast<qsizetype>(size > 0 ? size - 1 : 0));
    const int lines = static_cast<int>(text.count(QLatin1Char('\n'))) + 1;
    for (const FencedBlock::Part& part : FencedBlock::read(text, QString::fromLatin1(language), 5)) {
        if (part.line < 5 || part.line > 5 + lines)
            __builtin_trap();
        if (part.kind == FencedBlock::Part::CheckItem && part.check.text.isEmpty())
            __builtin_trap();
        if (part.kind != FencedBlock::Part::Commands)
            continue;
        for (const ShellWords::Command& command : HttpCommand::commands(part.text, part.line, part.dialect))
            checkAction(HttpCommand::read(command.text, part.dialect));
    }
    // The same text as one command in every dialect.
    for (HttpCommand::Dialect d : {HttpCommand::Dialect::Shell, HttpCommand::Dialect::PowerShell, HttpCommand::Dialect::Cmd})
        checkAction(HttpCommand::read(text, d));
    return 0;
}
