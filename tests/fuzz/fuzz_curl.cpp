// Any text as a shell block: splitting, word reading and the curl reader must hold up.
#include "CurlCommand.h"
#include "ShellWords.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const ShellWords::Command& command : ShellWords::commands(text, 1)) {
        const ShellWords::Parsed parsed = ShellWords::parse(command.text);
        QString error;
        if (auto action = CurlCommand::read(parsed, &error)) {
            if (action->url.isEmpty() || action->method.isEmpty())
                __builtin_trap();
            QStringList missing;
            ShellWords::expand(action->url, [](const QString&) { return QStringLiteral("x"); }, &missing);
            action->display();
        }
    }
    return 0;
}
