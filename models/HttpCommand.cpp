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
    // "$" means nothing to cmd: "$top=5" is sent as written, never taken for a variable.
    command.replace(QLatin1Char('$'), QLatin1String("\\$"));
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
    // curl.exe in PowerShell: "$token" is PowerShell's to expand, not an environment variable.
    const QString unknown = dialect == Dialect::PowerShell ? PowerShellCommand::unknownVariable(command) : QString();
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
    if (r.action && !unknown.isEmpty()) {
        r.action.reset();
        r.why = PowerShellCommand::tr("%1 is %2, which the console cannot know; it sends only what is written out")
                    .arg(PowerShellCommand::tr("a value"), unknown);
    }
    return r;
}

QList<ShellWords::Command> HttpCommand::commands(const QString& block, int firstLine, Dialect dialect)
{
    if (dialect == Dialect::PowerShell)
        return PowerShellCommand::commands(block, firstLine);
    if (dialect == Dialect::Shell)
        return ShellWords::commands(block, firstLine);
    // cmd: a line ending in ^ goes on below; REM and :: are comments, the label of what follows.
    QList<ShellWords::Command> out;
    const QStringList lines = block.split(QLatin1Char('\n'));
    QString label;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.isEmpty()) {
            label.clear();
            continue;
        }
        if (trimmed.startsWith(QLatin1String("REM "), Qt::CaseInsensitive) || trimmed.startsWith(QLatin1String("::"))) {
            label = trimmed.mid(trimmed.startsWith(QLatin1String("::")) ? 2 : 4).trimmed();
            continue;
        }
        ShellWords::Command c;
        c.line = firstLine + i;
        c.label = std::exchange(label, QString());
        c.text = lines.at(i);
        while (c.text.trimmed().endsWith(QLatin1Char('^')) && i + 1 < lines.size())
            c.text += QLatin1Char('\n') + lines.at(++i);
        c.text = c.text.trimmed();
        out << c;
    }
    return out;
}
