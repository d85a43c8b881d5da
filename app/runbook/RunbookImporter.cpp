#include "RunbookImporter.h"

#include "BoundedFile.h"
#include "CurlCommand.h"
#include "ShellWords.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <md4c.h>

namespace {
const QStringList& shellLanguages()
{
    static const QStringList languages = {QString(), QStringLiteral("bash"), QStringLiteral("sh"),
                                          QStringLiteral("shell"), QStringLiteral("zsh"), QStringLiteral("console")};
    return languages;
}

// A line of a drawing: box-drawing or arrow glyphs, box corners (+--, --+), box sides (| ... |) or a
// spaced arrow (A --> B). Commands have none of these shapes.
bool isDrawingLine(const QString& line)
{
    static const QRegularExpression ascii(QStringLiteral(
        "\\+[-=]{2,}|[-=]{2,}\\+|^\\s*\\|.*\\|\\s*$|\\s(?:-+|=+)>(?:\\s|$)|(?:^|\\s)<(?:-+|=+)\\s|^\\s*[|v^]\\s*$"));
    const bool glyphs = std::any_of(line.cbegin(), line.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x2500 && u <= 0x259F) || (u >= 0x2190 && u <= 0x21FF) || u == 0x25B6 || u == 0x25BC ||
               u == 0x25B2 || u == 0x25C0;
    });
    return glyphs || ascii.match(line).hasMatch();
}

// A fenced block that draws (an architecture, a flow): at least two drawing lines, half of its lines.
bool isDiagram(const QString& block)
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

bool isChecklistHeading(const QString& title)
{
    return title.contains(QStringLiteral("체크리스트")) || title.contains(QLatin1String("checklist"), Qt::CaseInsensitive);
}

class Reader
{
public:
    Reader(const QByteArray& text, Runbook& runbook)
        : m_text(text)
        , m_runbook(runbook)
    {
        // Lines end as md4c ends them: \n, \r\n, or a lone \r (old Mac files).
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text.at(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text.at(i + 1) != '\n')))
                m_lineStarts.push_back(i + 1);
        }
    }

    static int enterBlock(MD_BLOCKTYPE type, void* detail, void* self) { return static_cast<Reader*>(self)->enter(type, detail); }
    static int leaveBlock(MD_BLOCKTYPE type, void*, void* self) { return static_cast<Reader*>(self)->leave(type); }
    static int span(MD_SPANTYPE, void*, void*) { return 0; }
    static int text(MD_TEXTTYPE type, const MD_CHAR* chars, MD_SIZE size, void* self)
    {
        return static_cast<Reader*>(self)->onText(type, chars, size);
    }

private:
    struct Item
    {
        QString text;
        int line = 0;
        bool task = false;
        bool checked = false;
        bool parent = false; // holds a nested list
    };

    int lineOf(const char* p) const
    {
        // md4c hands indentation and line breaks from its own strings: those have no line.
        if (p < m_text.constData() || p >= m_text.constData() + m_text.size())
            return 0;
        const qsizetype offset = p - m_text.constData();
        return static_cast<int>(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset) - m_lineStarts.begin());
    }

    RunbookSection& section()
    {
        if (m_runbook.sections.isEmpty())
            m_runbook.sections.append(RunbookSection{QFileInfo(m_runbook.path).completeBaseName(), 1, 1, {}, {}});
        return m_runbook.sections.last();
    }

    void warn(int line, const QString& message, bool error = false) { m_runbook.warnings.append({line, message, error}); }

    int stepCount() const
    {
        int n = 0;
        for (const RunbookSection& s : m_runbook.sections)
            n += static_cast<int>(s.steps.size());
        return n;
    }

    // Prose is read per top-level block: one that gave no step and no section is shown as written.
    void enterTopLevel()
    {
        m_block = Block{stepCount(), static_cast<int>(m_runbook.sections.size()), 0, 0};
    }

    void leaveTopLevel(MD_BLOCKTYPE type)
    {
        const bool prose = type == MD_BLOCK_P || type == MD_BLOCK_UL || type == MD_BLOCK_OL ||
                           type == MD_BLOCK_QUOTE || type == MD_BLOCK_TABLE;
        if (!prose || m_block.firstLine == 0 || stepCount() != m_block.steps ||
            m_runbook.sections.size() != m_block.sections)
            return;
        const qsizetype from = m_lineStarts.at(static_cast<size_t>(m_block.firstLine - 1));
        const qsizetype to = static_cast<size_t>(m_block.lastLine) < m_lineStarts.size()
                                 ? m_lineStarts.at(static_cast<size_t>(m_block.lastLine))
                                 : m_text.size();
        const QString markdown = QString::fromUtf8(m_text.mid(from, to - from)).trimmed();
        if (!markdown.isEmpty())
            section().texts.append({RunbookText::Prose, m_block.firstLine, markdown, {}});
    }

    int enter(MD_BLOCKTYPE type, void* detail)
    {
        if (++m_depth == 2)
            enterTopLevel();
        switch (type) {
        case MD_BLOCK_H:
            m_heading = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
            m_buffer.clear();
            m_bufferLine = 0;
            break;
        case MD_BLOCK_P:
            if (m_items.isEmpty()) {
                m_buffer.clear();
                m_bufferLine = 0;
            }
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            m_lists.append({type == MD_BLOCK_OL, 0, {}});
            // A list inside an item makes that item a heading for what follows.
            if (!m_items.isEmpty() && !m_items.last().parent) {
                m_items.last().parent = true;
                if (m_inChecklist) {
                    const Item& parent = m_items.last();
                    m_runbook.sections.append(RunbookSection{parent.text.trimmed(), section().level + 1, parent.line, {}, {}});
                }
            }
            break;
        case MD_BLOCK_LI: {
            const auto* li = static_cast<MD_BLOCK_LI_DETAIL*>(detail);
            Item item;
            item.task = li->is_task;
            item.checked = li->is_task && (li->task_mark == 'x' || li->task_mark == 'X');
            m_items.append(item);
            break;
        }
        case MD_BLOCK_CODE: {
            const auto* code = static_cast<MD_BLOCK_CODE_DETAIL*>(detail);
            m_codeLanguage = QString::fromUtf8(code->lang.text, static_cast<qsizetype>(code->lang.size)).toLower();
            m_code.clear();
            m_codeLine = 0;
            m_inCode = true;
            break;
        }
        default:
            break;
        }
        return 0;
    }

    int leave(MD_BLOCKTYPE type)
    {
        closeBlock(type);
        if (m_depth-- == 2)
            leaveTopLevel(type);
        return 0;
    }

    void closeBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_H: {
            const QString title = m_buffer.simplified();
            if (m_runbook.title.isEmpty() && m_heading == 1)
                m_runbook.title = title;
            m_runbook.sections.append(RunbookSection{title, m_heading, m_bufferLine, {}, {}});
            m_inChecklist = isChecklistHeading(title);
            m_label = title;
            m_heading = 0;
            break;
        }
        case MD_BLOCK_P: {
            if (!m_items.isEmpty())
                break; // an item's paragraph: the item collects it
            const QString text = m_buffer.trimmed();
            if (text.startsWith(QStringLiteral("□")))
                addCheck(text.mid(1).trimmed(), m_bufferLine, false);
            else if (!text.isEmpty())
                m_label = text.section(QLatin1Char('\n'), 0, 0).left(160);
            break;
        }
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: {
            const List list = m_lists.takeLast();
            // "1. Triage" alone in its list, bullets below: in a checklist it names the items that follow.
            if (list.items == 1 && list.deferred.size() == 1) {
                const Item& title = list.deferred.first();
                m_runbook.sections.append(RunbookSection{title.text.trimmed(), section().level + 1, title.line, {}, {}});
            } else {
                for (const Item& item : list.deferred)
                    addCheck(item.text.trimmed(), item.line, false);
            }
            break;
        }
        case MD_BLOCK_LI: {
            const Item item = m_items.takeLast();
            const QString text = item.text.trimmed();
            if (!m_lists.isEmpty())
                ++m_lists.last().items;
            if (m_inChecklist && !item.task && !item.parent && !text.startsWith(QStringLiteral("□")) &&
                !m_lists.isEmpty() && m_lists.last().ordered) {
                m_lists.last().deferred.append(item);
                break;
            }
            if (item.task)
                addCheck(text, item.line, item.checked);
            else if (text.startsWith(QStringLiteral("□")))
                addCheck(text.mid(1).trimmed(), item.line, false);
            else if (m_inChecklist && !item.parent && !text.isEmpty())
                addCheck(text, item.line, false);
            break;
        }
        case MD_BLOCK_CODE:
            m_inCode = false;
            addCode();
            break;
        default:
            break;
        }
    }

    int onText(MD_TEXTTYPE type, const MD_CHAR* chars, MD_SIZE size)
    {
        const QString t = QString::fromUtf8(chars, static_cast<qsizetype>(size));
        const int line = type == MD_TEXT_BR || type == MD_TEXT_SOFTBR ? 0 : lineOf(chars);
        if (line > 0) {
            m_block.firstLine = m_block.firstLine == 0 ? line : std::min(m_block.firstLine, line);
            m_block.lastLine = std::max(m_block.lastLine, line);
        }
        if (m_inCode) {
            // The block's first line: blank lines before the first text come from md4c's own strings.
            if (m_codeLine == 0 && line > 0)
                m_codeLine = line - static_cast<int>(m_code.count(QLatin1Char('\n')));
            m_code += t;
            return 0;
        }
        const QString piece = type == MD_TEXT_SOFTBR || type == MD_TEXT_BR ? QStringLiteral("\n") : t;
        if (!m_items.isEmpty() && !m_items.last().parent && m_heading == 0) {
            Item& item = m_items.last();
            if (item.line == 0)
                item.line = line;
            item.text += piece;
            return 0;
        }
        if (m_bufferLine == 0)
            m_bufferLine = line;
        m_buffer += piece;
        return 0;
    }

    void addCheck(const QString& text, int line, bool checked)
    {
        RunbookStep step;
        step.kind = RunbookStep::Check;
        step.text = text;
        step.line = line;
        step.checkedInFile = checked;
        section().steps.append(step);
    }

    void addCopy(const QString& label, const QString& command, int line)
    {
        RunbookStep step;
        step.kind = RunbookStep::Copy;
        step.text = label;
        step.command = command;
        step.line = line;
        section().steps.append(step);
    }

    void addPreformatted()
    {
        // Inside a list or quote the block's own prose carries it; on its own it is shown as written.
        QString text = m_code;
        while (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        if (m_depth == 2 && !text.trimmed().isEmpty())
            section().texts.append({RunbookText::Preformatted, m_codeLine, text, {}});
    }

    void addCode()
    {
        const QString label = m_label;
        if (isDiagram(m_code)) {
            addPreformatted(); // a drawing is read, never run or copied line by line
            return;
        }
        if (m_codeLanguage == QLatin1String("sql")) {
            addCopy(label, m_code.trimmed(), m_codeLine);
            return;
        }
        if (!shellLanguages().contains(m_codeLanguage)) {
            addPreformatted(); // YAML, JSON, Java...: reference material, not commands
            return;
        }
        for (const ShellWords::Command& c : ShellWords::commands(m_code, m_codeLine)) {
            const QString stepLabel = c.label.isEmpty() ? label : c.label;
            if (!c.error.isEmpty()) {
                warn(c.line, RunbookImporter::tr("%1; the command is skipped").arg(c.error), true);
                continue;
            }
            if (c.compound) {
                addCopy(stepLabel, c.text, c.line);
                continue;
            }
            const ShellWords::Parsed parsed = ShellWords::parse(c.text);
            const QString first = parsed.pipeline.value(0).value(0);
            if (first == QLatin1String("echo")) {
                attachCriterion(c.text);
                continue;
            }
            if (first == QLatin1String("sleep") || first == QLatin1String("chmod") || first.isEmpty())
                continue;
            if (!parsed.error.isEmpty()) {
                warn(c.line, RunbookImporter::tr("%1; the command is skipped").arg(parsed.error), true);
                continue;
            }
            if (CurlCommand::isCurl(parsed)) {
                QString why;
                if (auto action = CurlCommand::read(parsed, &why)) {
                    RunbookStep step;
                    step.kind = RunbookStep::Http;
                    step.text = stepLabel;
                    step.line = c.line;
                    step.command = c.text;
                    step.action = *action;
                    step.assignedTo = parsed.assignedTo;
                    for (const QString& w : action->warnings)
                        warn(c.line, w);
                    section().steps.append(step);
                    continue;
                }
                warn(c.line, RunbookImporter::tr("this curl command is offered for copying only: %1").arg(why));
            }
            addCopy(stepLabel, c.text, c.line);
        }
    }

    // echo "...$NAME... (target: <10/min)": a success criterion for the action that set NAME.
    void attachCriterion(const QString& echo)
    {
        static const QRegularExpression target(QStringLiteral("target:\\s*(<=|>=|<|>)\\s*([0-9]+(?:\\.[0-9]+)?)"));
        const QRegularExpressionMatch m = target.match(echo);
        if (!m.hasMatch())
            return;
        // The most recent action that set the variable the echo prints.
        for (auto section = m_runbook.sections.rbegin(); section != m_runbook.sections.rend(); ++section) {
            for (auto step = section->steps.rbegin(); step != section->steps.rend(); ++step) {
                if (step->kind == RunbookStep::Http && !step->assignedTo.isEmpty() &&
                    (echo.contains(QLatin1Char('$') + step->assignedTo) ||
                     echo.contains(QStringLiteral("${") + step->assignedTo + QLatin1Char('}')))) {
                    step->hasCriterion = true;
                    step->criterion = Criterion{m.captured(1), m.captured(2).toDouble(), m.captured(0)};
                    return;
                }
            }
        }
    }

    struct List
    {
        bool ordered = false;
        int items = 0;
        QList<Item> deferred; // ordered checklist items: steps, or the title of what follows
    };

    struct Block
    {
        int steps = 0;
        int sections = 0;
        int firstLine = 0;
        int lastLine = 0;
    };

    const QByteArray& m_text;
    Runbook& m_runbook;
    int m_depth = 0;
    Block m_block;
    QList<List> m_lists;
    std::vector<qsizetype> m_lineStarts;
    QList<Item> m_items;
    QString m_buffer;
    int m_bufferLine = 0;
    int m_heading = 0;
    QString m_label;
    bool m_inChecklist = false;
    bool m_inCode = false;
    QString m_code;
    QString m_codeLanguage;
    int m_codeLine = 0;
};
} // namespace

Runbook RunbookImporter::importFile(const QString& path)
{
    QString error;
    const std::optional<QByteArray> text = BoundedFile::read(path, MaxBytes, &error);
    if (!text) {
        Runbook r;
        r.path = path;
        r.fatal = true;
        r.warnings.append({0, error, true});
        return r;
    }
    return importText(*text, path);
}

Runbook RunbookImporter::importText(const QByteArray& utf8, const QString& path)
{
    Runbook runbook;
    runbook.path = path;
    if (utf8.contains('\0')) {
        runbook.fatal = true;
        runbook.warnings.append({0, tr("%1 is a binary file, not a Markdown runbook").arg(path), true});
        return runbook;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(utf8);
    if (decoder.hasError())
        runbook.warnings.append({0, tr("%1 is not valid UTF-8 text; some characters are shown as �").arg(path)});
    Reader reader(utf8, runbook);
    MD_PARSER parser{};
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = Reader::enterBlock;
    parser.leave_block = Reader::leaveBlock;
    parser.enter_span = Reader::span;
    parser.leave_span = Reader::span;
    parser.text = Reader::text;
    if (md_parse(utf8.constData(), static_cast<MD_SIZE>(utf8.size()), &parser, &reader) != 0) {
        runbook.fatal = true;
        runbook.warnings.append({0, tr("%1 could not be read as Markdown").arg(path), true});
    }
    if (runbook.title.isEmpty())
        runbook.title = QFileInfo(path).completeBaseName();
    Q_UNUSED(decoded)
    return runbook;
}
