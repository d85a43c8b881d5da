#include "FencedBlock.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace {
using Dialect = HttpCommand::Dialect;

// A line of a drawing: box-drawing or arrow glyphs, box corners (+--, --+), box sides (| ... |) or a
// spaced arrow (A --> B). Commands have none of these shapes.
bool isDrawingLine(const QString& line)
{
    static const QRegularExpression ascii(QStringLiteral(
        "\\+[-=]{2,}|[-=]{2,}\\+|^\\s*\\|.*\\|\\s*$|\\s(?:-+|=+)>(?:\\s|$)|(?:^|\\s)<(?:-+|=+)\\s|^\\s*[|v^]\\s*$"));
    const bool glyphs = std::any_of(line.cbegin(), line.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x2500 && u <= 0x259F) || (u >= 0x2190 && u <= 0x21FF && u != 0x2192) || u == 0x25B6 ||
               u == 0x25BC || u == 0x25B2 || u == 0x25C0;
    });
    return glyphs || ascii.match(line).hasMatch();
}

bool isPowerShellLanguage(const QString& l)
{
    return l == QLatin1String("powershell") || l == QLatin1String("pwsh") || l == QLatin1String("ps1") ||
           l == QLatin1String("ps") || l == QLatin1String("posh");
}

bool isCmdLanguage(const QString& l)
{
    return l == QLatin1String("cmd") || l == QLatin1String("bat") || l == QLatin1String("batch") || l == QLatin1String("dos");
}

// Text outside quotes and after no comment mark: what a shell would read as words.
QString unquoted(const QString& line)
{
    QString out;
    QChar quote;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            quote = c;
        else if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace()))
            break;
        else
            out += c;
    }
    return out;
}

bool hasHangul(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F);
    });
}

// A sentence, a list of steps, a timeline, a question: read by people, never run.
bool isProseLine(const QString& line)
{
    const QString t = line.trimmed();
    static const QRegularExpression shape(QStringLiteral(
        "^(?:\\d+[.)]\\s|[-*•·]\\s|[A-Za-z][.)]\\s|(?:Q|A|Q\\d+|A\\d+)\\s*[:.)]|\\d{1,2}:\\d{2}(?::\\d{2})?\\b|"
        "(?:→|->|=>|⇒|└|├|ㄴ)|\\[\\d{1,2}:\\d{2}\\]|(?:Step|STEP|단계)\\s*\\d+)"));
    if (shape.match(t).hasMatch())
        return true;
    const QString words_ = unquoted(t);
    // Hangul outside quotes, or "name : value" (a list of thresholds, a glossary): read, never run.
    static const QRegularExpression spacedColon(QStringLiteral("\\S\\s+:\\s"));
    if (hasHangul(words_) || spacedColon.match(words_).hasMatch())
        return true;
    const QStringList words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QRegularExpression sentenceEnd(QStringLiteral("[.?!:]$"));
    const bool flags = std::any_of(words.cbegin(), words.cend(), [](const QString& w) { return w.startsWith(QLatin1Char('-')); });
    return words.size() >= 4 && !flags && sentenceEnd.match(t).hasMatch() && !t.contains(QLatin1Char('|')) &&
           !t.contains(QLatin1Char('$')) && !t.contains(QLatin1Char('='));
}

const QSet<QString>& knownPrograms()
{
    static const QSet<QString> names = [] {
        QSet<QString> s;
        for (const char* n :
             {"curl", "curl.exe", "wget", "http", "https", "xh", "kubectl", "k", "oc", "helm", "gcloud", "gsutil", "bq",
              "aws", "az", "eksctl", "doctl", "docker", "docker-compose", "podman", "crictl", "systemctl", "journalctl",
              "service", "ssh", "scp", "rsync", "psql", "pg_dump", "pg_restore", "pg_ctl", "pg_ctlcluster", "mysql",
              "mysqladmin", "mysqldump", "redis-cli", "mongo", "mongosh", "kafka-topics", "kafka-topics.sh",
              "kafka-consumer-groups", "kafka-consumer-groups.sh", "kafka-console-consumer", "kcat", "kafkacat",
              "cqlsh", "nodetool", "etcdctl", "vault", "consul", "nomad", "terraform", "ansible", "ansible-playbook",
              "argocd", "flux", "istioctl", "linkerd", "promtool", "amtool", "cat", "tail", "head", "less", "grep",
              "egrep", "zgrep", "awk", "sed", "jq", "yq", "ls", "cd", "cp", "mv", "rm", "mkdir", "chmod", "chown", "ps",
              "top", "htop", "kill", "pkill", "killall", "df", "du", "free", "uptime", "netstat", "ss", "lsof", "dig",
              "nslookup", "host", "ping", "traceroute", "mtr", "nc", "telnet", "openssl", "git", "make", "export",
              "echo", "printf", "sleep", "sudo", "tar", "gzip", "find", "xargs", "watch", "date", "iostat", "vmstat",
              "sar", "dmesg", "crontab", "python", "python3", "node", "java", "jcmd", "jstack", "jmap", "npm", "pip",
              "apt", "apt-get", "yum", "dnf", "nginx", "stern", "kubectx", "kubens", "nvidia-smi", "iptables", "ip",
              "ifconfig", "logrotate", "truncate", "sort", "uniq", "wc", "cut", "tr", "tee", "source", "set", "unset",
              "irm", "iwr", "nginx", "haproxy", "certbot", "keytool", "ab", "hey", "wrk", "rclone", "s3cmd", "mc",
              "velero", "k9s", "skaffold", "gh", "glab", "sqlcmd", "bcp", "net", "sc", "ipconfig", "tasklist",
              "taskkill", "nssm", "schtasks", "where", "type", "dir", "copy", "del", "rmdir", "findstr", "reg",
              "netsh", "wsl", "choco", "winget", "REM", "rem"})
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    return names;
}

// Starts with what only a command starts with: a known program, a path, an assignment, a cmdlet.
bool startsLikeCommand(const QString& t)
{
    const QString first = t.section(QLatin1Char(' '), 0, 0);
    static const QRegularExpression path(QStringLiteral("^(?:\\./|/|~/|\\.\\\\|[A-Za-z]:\\\\)\\S+$"));
    static const QRegularExpression assignment(
        QStringLiteral("^(?:[A-Za-z_][A-Za-z0-9_]*=\\S|\\$[A-Za-z_][A-Za-z0-9_:]*\\s*=\\s*\\S)"));
    static const QRegularExpression cmdlet(QStringLiteral("^[A-Z][a-z]+-[A-Z][A-Za-z]+$"));
    return knownPrograms().contains(first) || path.match(first).hasMatch() || assignment.match(t).hasMatch() ||
           cmdlet.match(first).hasMatch();
}

// A line a shell would run: a known program, a path, an assignment, a PowerShell cmdlet, or a
// lower-case word with options after it.
bool looksLikeCommand(const QString& line)
{
    const QString t = line.trimmed();
    if (isProseLine(t))
        return false;
    const QString first = t.section(QLatin1Char(' '), 0, 0);
    static const QRegularExpression path(QStringLiteral("^(?:\\./|/|~/|\\.\\\\|[A-Za-z]:\\\\)\\S+$"));
    // NAME=value (a shell's, no spaces) or $name = value (PowerShell's).
    static const QRegularExpression assignment(
        QStringLiteral("^(?:[A-Za-z_][A-Za-z0-9_]*=\\S|\\$[A-Za-z_][A-Za-z0-9_:]*\\s*=\\s*\\S)"));
    static const QRegularExpression cmdlet(QStringLiteral("^[A-Z][a-z]+-[A-Z][A-Za-z]+$"));
    static const QRegularExpression program(QStringLiteral("^[a-z][a-z0-9._-]*$"));
    static const QRegularExpression option(QStringLiteral("\\s--?[A-Za-z]"));
    return knownPrograms().contains(first) || path.match(first).hasMatch() || assignment.match(t).hasMatch() ||
           cmdlet.match(first).hasMatch() || (program.match(first).hasMatch() && option.match(t).hasMatch());
}

struct Prompt
{
    QString rest;
    bool powershell = false;
};

// "$ cmd", "user@host:~$ cmd", "PS> cmd", "PS C:\> cmd", "C:\> cmd", "> cmd", and "# cmd" in a console block.
std::optional<Prompt> promptOf(const QString& line, bool console)
{
    static const QRegularExpression ps(QStringLiteral("^\\s*PS(?:\\s+[^>]*)?>\\s?(.*)$"));
    static const QRegularExpression sh(QStringLiteral("^\\s*(?:[\\w.-]+@[\\w.-]+(?::[^$#\\s]*)?\\s*)?\\$\\s+(.*)$"));
    static const QRegularExpression cmd(QStringLiteral("^\\s*[A-Za-z]:\\\\[^>]*>\\s?(.*)$"));
    static const QRegularExpression gt(QStringLiteral("^\\s*>\\s+(.*)$"));
    static const QRegularExpression root(QStringLiteral("^\\s*#\\s+(.*)$"));
    if (const auto m = ps.match(line); m.hasMatch())
        return Prompt{m.captured(1), true};
    if (const auto m = sh.match(line); m.hasMatch())
        return Prompt{m.captured(1), false};
    if (const auto m = cmd.match(line); m.hasMatch())
        return Prompt{m.captured(1), false};
    if (const auto m = gt.match(line); m.hasMatch() && looksLikeCommand(m.captured(1)))
        return Prompt{m.captured(1), false};
    if (const auto m = root.match(line); console && m.hasMatch() && looksLikeCommand(m.captured(1)))
        return Prompt{m.captured(1), false};
    return std::nullopt;
}

// Follows one command line by line (quotes, braces, continuation marks) without reading it again:
// a command of 40,000 quoted lines costs 40,000 lines, not their square.
class CommandScan
{
public:
    explicit CommandScan(Dialect dialect)
        : m_dialect(dialect)
    {
    }

    void feed(const QString& line)
    {
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (!m_quote.isNull()) {
                if (c == QLatin1Char('\\') && m_quote == QLatin1Char('"') && m_dialect == Dialect::Shell)
                    ++i;
                else if (c == m_quote)
                    m_quote = QChar();
            } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                m_quote = c;
            } else if (c == QLatin1Char('\\') && m_dialect == Dialect::Shell) {
                ++i;
            } else if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace())) {
                break;
            } else if (c == QLatin1Char('{') || c == QLatin1Char('(')) {
                ++m_depth;
            } else if (c == QLatin1Char('}') || c == QLatin1Char(')')) {
                --m_depth;
            }
        }
        m_last = line.trimmed();
    }

    // The command goes on below: a continuation mark, an open pipe or quote, an open brace or table.
    bool continues() const
    {
        const QString& t = m_last;
        if (t.endsWith(QLatin1Char('\\')) || t.endsWith(QLatin1Char('|')) || t.endsWith(QLatin1String("&&")) ||
            t.endsWith(QLatin1String("||")) || (m_dialect == Dialect::PowerShell && t.endsWith(QLatin1Char('`'))) ||
            (m_dialect == Dialect::Cmd && t.endsWith(QLatin1Char('^'))))
            return true;
        return !m_quote.isNull() || m_depth > 0;
    }

private:
    Dialect m_dialect;
    QChar m_quote;
    int m_depth = 0;
    QString m_last;
};

bool isComment(const QString& trimmed, Dialect dialect)
{
    if (dialect == Dialect::Cmd)
        return trimmed.startsWith(QLatin1String("REM "), Qt::CaseInsensitive) || trimmed.startsWith(QLatin1String("::"));
    return trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1String("<#"));
}
} // namespace

bool FencedBlock::isShellLanguage(const QString& l)
{
    static const QStringList names = {QStringLiteral("bash"), QStringLiteral("sh"), QStringLiteral("shell"),
                                      QStringLiteral("zsh"), QStringLiteral("ksh"), QStringLiteral("fish"),
                                      QStringLiteral("console"), QStringLiteral("shell-session"), QStringLiteral("sh-session"),
                                      QStringLiteral("terminal")};
    return names.contains(l) || isPowerShellLanguage(l) || isCmdLanguage(l);
}

bool FencedBlock::isPlainLanguage(const QString& l)
{
    return l.isEmpty() || l == QLatin1String("text") || l == QLatin1String("txt") || l == QLatin1String("plaintext") ||
           l == QLatin1String("plain") || l == QLatin1String("none") || l == QLatin1String("nohighlight");
}

bool FencedBlock::isDiagram(const QString& block)
{
    int lines = 0;
    int drawing = 0;
    for (const QString& line : block.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        ++lines;
        drawing += isDrawingLine(line) ? 1 : 0;
    }
    return drawing >= 2 && drawing * 2 >= lines;
}

std::optional<FencedBlock::Check> FencedBlock::checkLine(const QString& line)
{
    static const QRegularExpression marker(
        QStringLiteral("^\\s*(?:[-*+]\\s+)?(?:(□|☐|⬜|✅|✓|✔|☑|☒|✔️)|\\[([ xX✓])\\])\\s*(\\S.*)$"));
    const QRegularExpressionMatch m = marker.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString glyph = m.captured(1);
    const QString box = m.captured(2);
    // ☑ and [x] are ticked boxes; ✅ and ✓ mark what is to be verified, as runbooks use them.
    const bool checked = glyph == QStringLiteral("☑") || glyph == QStringLiteral("☒") ||
                         (!box.isEmpty() && box != QLatin1String(" "));
    return Check{m.captured(3).trimmed(), checked};
}

QList<FencedBlock::Part> FencedBlock::read(const QString& code, const QString& language, int firstLine)
{
    QList<Part> parts;
    QString body = code;
    while (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    if (body.trimmed().isEmpty())
        return parts;
    const bool shell = isShellLanguage(language);
    if ((!shell && !isPlainLanguage(language)) || isDiagram(body)) {
        parts << Part{Part::Text, firstLine, body, Dialect::Shell, {}}; // YAML, JSON, a drawing: read, never run
        return parts;
    }
    const Dialect blockDialect = isPowerShellLanguage(language) ? Dialect::PowerShell
                                 : isCmdLanguage(language)     ? Dialect::Cmd
                                                               : Dialect::Shell;
    const bool console = language == QLatin1String("console") || language.endsWith(QLatin1String("session")) ||
                         language == QLatin1String("terminal");
    const QStringList lines = body.split(QLatin1Char('\n'));
    // Prompts make every other line output, whatever the block is called.
    const bool prompted = std::any_of(lines.cbegin(), lines.cend(), [console](const QString& l) { return promptOf(l, console).has_value(); });
    enum Kind { Blank, Comment, Command, Check, Text };
    QList<Kind> kinds;
    QStringList cleaned;
    QList<Dialect> dialects;
    std::optional<CommandScan> command; // the command being read, for its continuation lines
    Dialect dialect = blockDialect;
    for (const QString& line : lines) {
        const QString t = line.trimmed();
        if (command && command->continues()) {
            // A terminal shows "> " (PowerShell ">> ") before a command's further lines: not part of it.
            static const QRegularExpression continuationPrompt(QStringLiteral("^\\s*>>?(?: |$)"));
            const QString rest = prompted ? QString(line).remove(continuationPrompt) : line;
            command->feed(rest);
            kinds << Command, cleaned << rest, dialects << dialect;
            continue;
        }
        command.reset();
        dialect = blockDialect;
        if (t.isEmpty()) {
            kinds << Blank, cleaned << QString(), dialects << dialect;
        } else if (checkLine(t)) {
            kinds << Check, cleaned << line, dialects << dialect;
        } else if (const auto p = prompted ? promptOf(line, console) : std::nullopt) {
            dialect = p->powershell ? Dialect::PowerShell : blockDialect;
            command.emplace(dialect);
            command->feed(p->rest);
            kinds << Command, cleaned << p->rest, dialects << dialect;
        } else if (prompted) {
            kinds << Text, cleaned << line, dialects << dialect; // a command's output
        } else if (isComment(t, dialect)) {
            kinds << Comment, cleaned << line, dialects << dialect;
        } else if (shell ? startsLikeCommand(t) || !isProseLine(t) : looksLikeCommand(t)) {
            // In a shell block a known program is a command even when it reads like a sentence
            // ("kubectl cp pod:/tmp/heap.hprof .", "grep 오류 app.log").
            command.emplace(dialect);
            command->feed(line);
            kinds << Command, cleaned << line, dialects << dialect;
        } else {
            kinds << Text, cleaned << line, dialects << dialect;
        }
    }
    // A comment goes with what follows it: the label of a command, or part of the text.
    for (int i = static_cast<int>(kinds.size()) - 1, next = Text; i >= 0; --i) {
        if (kinds.at(i) == Comment)
            kinds[i] = next == Command ? Command : Text;
        else if (kinds.at(i) != Blank)
            next = kinds.at(i);
    }
    // Runs of one kind become parts; a command run keeps its line numbers by blanking other lines.
    for (int i = 0; i < kinds.size();) {
        if (kinds.at(i) == Blank) {
            ++i;
            continue;
        }
        const Kind kind = kinds.at(i);
        if (kind == Check) {
            parts << Part{Part::CheckItem, firstLine + i, {}, dialects.at(i), *checkLine(cleaned.at(i))};
            ++i;
            continue;
        }
        int end = i;
        for (int k = i; k < kinds.size() && (kinds.at(k) == kind || kinds.at(k) == Blank); ++k)
            if (kinds.at(k) == kind)
                end = k;
        QStringList run;
        for (int k = i; k <= end; ++k)
            run << (kinds.at(k) == kind ? cleaned.at(k) : QString());
        parts << Part{kind == Command ? Part::Commands : Part::Text, firstLine + i, run.join(QLatin1Char('\n')), dialects.at(i), {}};
        i = end + 1;
    }
    return parts;
}
