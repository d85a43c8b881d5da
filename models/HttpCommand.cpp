#include "HttpCommand.h"

#include "CurlCommand.h"
#include "HttpieCommand.h"
#include "PowerShellCommand.h"
#include "ShellWords.h"
#include "WgetCommand.h"

#include <QRegularExpression>

namespace {
// cmd.exe: %NAME% is a variable, ^ at a line's end continues it.
QString cmdAsShell(QString command)
{
    static const QRegularExpression percent(QStringLiteral("%([A-Za-z_][A-Za-z0-9_]*)%"));
    command.replace(percent, QStringLiteral("${\\1}"));
    static const QRegularExpression caret(QStringLiteral("\\^\\s*\\n"));
    return command.replace(caret, QStringLiteral(" "));
}
} // namespace

HttpCommand::Reading HttpCommand::read(const QString& command, Dialect dialect)
{
    Reading r;
    // Invoke-RestMethod wherever it is written: a powershell block, "PS> " in a console block.
    if (PowerShellCommand::isRequest(command)) {
        r.isRequest = true;
        r.firstWord = command.trimmed().section(QLatin1Char(' '), 0, 0);
        r.action = PowerShellCommand::read(PowerShellCommand::joined(command), &r.why);
        r.simple = true;
        return r;
    }
    const QString shell = dialect == Dialect::PowerShell ? PowerShellCommand::withShellVariables(PowerShellCommand::joined(command))
                          : dialect == Dialect::Cmd      ? cmdAsShell(command)
                                                         : command;
    const ShellWords::Parsed parsed = ShellWords::parse(shell);
    r.assignedTo = parsed.assignedTo;
    r.firstWord = parsed.pipeline.value(0).value(0);
    r.compoundShell = parsed.control || parsed.substitution;
    r.simple = parsed.pipeline.size() == 1 && !parsed.control;
    if (!parsed.error.isEmpty()) {
        r.why = parsed.error;
        return r;
    }
    if (CurlCommand::isCurl(parsed)) {
        r.isRequest = true;
        r.action = CurlCommand::read(parsed, &r.why);
    } else if (WgetCommand::isWget(parsed)) {
        r.isRequest = true;
        r.action = WgetCommand::read(parsed, &r.why);
    } else if (HttpieCommand::isHttpie(parsed)) {
        r.isRequest = true;
        r.action = HttpieCommand::read(parsed, &r.why);
    }
    return r;
}
