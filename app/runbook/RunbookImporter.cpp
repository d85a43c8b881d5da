#include "RunbookImporter.h"

#include "BoundedFile.h"
#include "FencedBlock.h"
#include "HttpCommand.h"
#include "ShellWords.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <md4c.h>

namespace {
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
                           type == MD_BLOCK_QUOTE || type == MD_BLOCK_TABLE || type == MD_BLOCK_HTML; // Notion's <aside> callouts
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
        noteCriterion(markdown, m_block.firstLine);
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
        case MD_BLOCK_TABLE:
            m_inTable = true;
            m_table = Table{};
            break;
        case MD_BLOCK_TR:
            m_table.rows.append(Row{});
            break;
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
            finishSection();
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
            // "□ a" lines, one after the other in one paragraph: each is an item.
            const QStringList lines = text.split(QLatin1Char('\n'));
            if (!text.isEmpty() && std::all_of(lines.cbegin(), lines.cend(), [](const QString& l) { return FencedBlock::checkLine(l).has_value(); })) {
                for (int k = 0; k < lines.size(); ++k) {
                    const FencedBlock::Check check = *FencedBlock::checkLine(lines.at(k));
                    addCheck(check.text, m_bufferLine + k, check.checked);
                }
            } else if (!text.isEmpty()) {
                m_label = text.section(QLatin1Char('\n'), 0, 0).left(160);
            }
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
            const std::optional<FencedBlock::Check> marked = item.task ? std::nullopt : FencedBlock::checkLine(text);
            if (!m_lists.isEmpty())
                ++m_lists.last().items;
            if (m_inChecklist && !item.task && !item.parent && !marked && !m_lists.isEmpty() && m_lists.last().ordered) {
                m_lists.last().deferred.append(item);
                break;
            }
            if (item.task)
                addCheck(text, item.line, item.checked);
            else if (marked)
                addCheck(marked->text, item.line, marked->checked);
            else if (m_inChecklist && !item.parent && !text.isEmpty())
                addCheck(text, item.line, false);
            break;
        }
        case MD_BLOCK_CODE:
            m_inCode = false;
            addCode();
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            m_table.rows.last().cells << m_table.cell.simplified();
            m_table.cell.clear();
            break;
        case MD_BLOCK_TABLE:
            m_inTable = false;
            addTableChecks();
            break;
        default:
            break;
        }
    }

    // A table with a check/확인/완료/done column of boxes: each row below is an item, named by its
    // first cell of text; the row's other cells (owner, criterion) follow in parentheses.
    void addTableChecks()
    {
        static const QRegularExpression checkHeader(
            QStringLiteral("^(?:check(?:ed)?|확인|완료|done|✓|✅|☐|□|체크|ok|status|상태|확인 여부|완료 여부)$"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression box(QStringLiteral("^(?:|\\[[ xX]?\\]|[xXoOvV✓✔✅☑☐□⬜]|yes|no|done|완료|확인|ok)$"),
                                            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression done(QStringLiteral("^(?:\\[[xX]\\]|[xXoOvV✓✔✅☑]|yes|done|완료|확인|ok)$"),
                                             QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression number(QStringLiteral("^\\d+[.)]?$"));
        if (m_table.rows.size() < 2)
            return;
        const QStringList header = m_table.rows.first().cells;
        int column = -1;
        for (int c = 0; c < header.size() && column < 0; ++c) {
            if (!checkHeader.match(QString(header.at(c)).remove(QLatin1Char('*')).trimmed()).hasMatch())
                continue;
            // "| Check | Where | Done |": a column of item texts is not the column of boxes.
            const bool boxes = std::all_of(m_table.rows.cbegin() + 1, m_table.rows.cend(),
                                           [&](const Row& row) { return box.match(row.cells.value(c)).hasMatch(); });
            if (boxes)
                column = c;
        }
        if (column < 0)
            return;
        for (int r = 1; r < m_table.rows.size(); ++r) {
            const Row& row = m_table.rows.at(r);
            QStringList parts;
            for (int c = 0; c < row.cells.size(); ++c)
                if (c != column && !row.cells.at(c).isEmpty() && (!parts.isEmpty() || !number.match(row.cells.at(c)).hasMatch()))
                    parts << row.cells.at(c);
            if (parts.isEmpty())
                continue;
            const QString text = parts.size() == 1 ? parts.first()
                                                   : QStringLiteral("%1 (%2)").arg(parts.first(), parts.mid(1).join(QStringLiteral(", ")));
            addCheck(text, row.line, done.match(row.cells.value(column)).hasMatch());
        }
    }

    // md4c hands "&lt;" and "&#8594;" over as written; the item's text is the character.
    static QString entity(const QString& written)
    {
        static const QHash<QString, QString> named = {
            {QStringLiteral("&lt;"), QStringLiteral("<")},   {QStringLiteral("&gt;"), QStringLiteral(">")},
            {QStringLiteral("&amp;"), QStringLiteral("&")},  {QStringLiteral("&quot;"), QStringLiteral("\"")},
            {QStringLiteral("&apos;"), QStringLiteral("'")}, {QStringLiteral("&nbsp;"), QStringLiteral(" ")}};
        if (written.startsWith(QLatin1String("&#"))) {
            bool ok = false;
            const bool hex = written.size() > 2 && (written.at(2) == QLatin1Char('x') || written.at(2) == QLatin1Char('X'));
            const uint code = written.mid(hex ? 3 : 2).chopped(1).toUInt(&ok, hex ? 16 : 10);
            return ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF) ? QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1) : written;
        }
        return named.value(written, written);
    }

    int onText(MD_TEXTTYPE type, const MD_CHAR* chars, MD_SIZE size)
    {
        const QString written = QString::fromUtf8(chars, static_cast<qsizetype>(size));
        const QString t = type == MD_TEXT_ENTITY ? entity(written) : written;
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
        if (m_inTable && !m_table.rows.isEmpty()) {
            if (m_table.rows.last().line == 0)
                m_table.rows.last().line = line;
            // <br> in a cell (Confluence exports) is a line break of one item's text.
            m_table.cell += type == MD_TEXT_BR || type == MD_TEXT_HTML ? QStringLiteral(" ") : t;
            return 0;
        }
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

    void addPreformatted(const QString& code, int line)
    {
        // Inside a list or quote the block's own prose carries it; on its own it is shown as written.
        QString text = code;
        while (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        if (m_depth == 2 && !text.trimmed().isEmpty())
            section().texts.append({RunbookText::Preformatted, line, text, {}});
        noteCriterion(text, line);
    }

    void addCode()
    {
        const QString label = m_label;
        if (m_codeLanguage == QLatin1String("sql")) {
            addCopy(label, m_code.trimmed(), m_codeLine);
            return;
        }
        for (const FencedBlock::Part& part : FencedBlock::read(m_code, m_codeLanguage, m_codeLine)) {
            switch (part.kind) {
            case FencedBlock::Part::Text:
                addPreformatted(part.text, part.line);
                break;
            case FencedBlock::Part::CheckItem:
                addCheck(part.check.text, part.line, part.check.checked);
                break;
            case FencedBlock::Part::Commands:
                addCommands(part, label);
                break;
            }
        }
    }

    void addCommands(const FencedBlock::Part& part, const QString& label)
    {
        const QList<ShellWords::Command> commands = HttpCommand::commands(part.text, part.line, part.dialect);
        for (const ShellWords::Command& c : commands) {
            const QString stepLabel = c.label.isEmpty() ? label : c.label;
            if (!c.error.isEmpty()) {
                warn(c.line, RunbookImporter::tr("%1; the command is skipped").arg(c.error), true);
                continue;
            }
            if (c.compound) {
                addCopy(stepLabel, c.text, c.line);
                continue;
            }
            const HttpCommand::Reading read = HttpCommand::read(c.text, part.dialect);
            const QString first = read.firstWord.toLower();
            if (read.simple && (first == QLatin1String("echo") || first == QLatin1String("write-host") || first == QLatin1String("write-output"))) {
                attachEcho(c.text, c.line);
                continue;
            }
            // Waiting and permission bits are the shell's chores, not steps; "export X=5" changes a setting: a copy.
            static const QStringList quiet = {QStringLiteral("sleep"), QStringLiteral("start-sleep"), QStringLiteral("chmod")};
            if (first.isEmpty() || quiet.contains(first))
                continue;
            if (!read.isRequest && !read.why.isEmpty() && part.dialect == HttpCommand::Dialect::Shell) {
                warn(c.line, RunbookImporter::tr("%1; the command is skipped").arg(read.why), true);
                continue;
            }
            if (read.isRequest && read.action) {
                RunbookStep step;
                step.kind = RunbookStep::Http;
                step.text = stepLabel;
                step.line = c.line;
                step.command = c.text;
                step.action = *read.action;
                step.assignedTo = read.assignedTo;
                for (const QString& w : read.action->warnings)
                    warn(c.line, w);
                section().steps.append(step);
                // "(target: < 10)" in the comment above it or after it on its line, or in prose just before.
                noteCriterion(c.label, c.line);
                noteCriterion(c.text.section(QStringLiteral(" #"), 1), c.line);
                takePending(section().steps.last());
                continue;
            }
            if (read.isRequest)
                warn(c.line, RunbookImporter::tr("this %1 command is offered for copying only: %2").arg(read.firstWord, read.why));
            addCopy(stepLabel, c.text, c.line);
            section().steps.last().whyCopy = read.isRequest ? read.why : QString();
        }
    }

    static std::optional<Criterion> criterionIn(const QString& text)
    {
        static const QRegularExpression target(QStringLiteral(
            "(?:target|목표|기준|success|성공 기준)\\s*[:：]\\s*(<=|>=|<|>|≤|≥)\\s*([0-9]+(?:\\.[0-9]+)?)"),
            QRegularExpression::CaseInsensitiveOption);
        // Prose is matched as read, not as marked up: "**Target:** &lt; 5", "Target: \\< 5".
        QString plain = text;
        plain.remove(QLatin1Char('*')).remove(QLatin1Char('\\')).remove(QLatin1Char('`'));
        plain.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
        const QRegularExpressionMatch m = target.match(plain);
        if (!m.hasMatch())
            return std::nullopt;
        QString op = m.captured(1);
        op = op == QStringLiteral("≤") ? QStringLiteral("<=") : op == QStringLiteral("≥") ? QStringLiteral(">=") : op;
        return Criterion{op, m.captured(2).toDouble(), m.captured(0)};
    }

    // echo "...$NAME... (target: <10/min)": a success criterion for the action that set NAME.
    void attachEcho(const QString& echo, int line)
    {
        const std::optional<Criterion> criterion = criterionIn(echo);
        if (!criterion)
            return;
        for (auto section = m_runbook.sections.rbegin(); section != m_runbook.sections.rend(); ++section) {
            for (auto step = section->steps.rbegin(); step != section->steps.rend(); ++step) {
                if (step->kind == RunbookStep::Http && !step->assignedTo.isEmpty() &&
                    (echo.contains(QLatin1Char('$') + step->assignedTo) ||
                     echo.contains(QStringLiteral("${") + step->assignedTo + QLatin1Char('}')))) {
                    step->hasCriterion = true;
                    step->criterion = *criterion;
                    return;
                }
            }
        }
        m_unattached.append({line, criterion->text});
    }

    // A criterion in prose or a comment goes to the action right before it in the section, or else
    // to the next action of the section.
    void noteCriterion(const QString& text, int line)
    {
        const std::optional<Criterion> criterion = criterionIn(text);
        if (!criterion)
            return;
        QList<RunbookStep>& steps = section().steps;
        if (!steps.isEmpty() && steps.last().kind == RunbookStep::Http && !steps.last().hasCriterion) {
            steps.last().hasCriterion = true;
            steps.last().criterion = *criterion;
            return;
        }
        m_pending.append({line, criterion->text, *criterion});
    }

    void takePending(RunbookStep& step)
    {
        if (m_pending.isEmpty() || step.hasCriterion)
            return;
        step.hasCriterion = true;
        step.criterion = m_pending.takeFirst().criterion;
    }

public:
    // Criteria that found no action: named, so the author can move them next to one.
    void finishSection()
    {
        for (const Pending& p : std::as_const(m_pending))
            m_unattached.append({p.line, p.text});
        m_pending.clear();
    }

    void finish()
    {
        finishSection();
        for (const auto& [line, text] : std::as_const(m_unattached))
            warn(line, RunbookImporter::tr("the success criterion \"%1\" is next to no HTTP action that gives a value; it is not checked").arg(text));
    }

private:
    struct Row
    {
        int line = 0;
        QStringList cells;
    };

    struct Table
    {
        QList<Row> rows;
        QString cell;
    };

    struct Pending
    {
        int line = 0;
        QString text;
        Criterion criterion;
    };

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
    QList<Pending> m_pending;
    bool m_inTable = false;
    Table m_table;
    QList<QPair<int, QString>> m_unattached;
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
    reader.finish();
    if (runbook.title.isEmpty())
        runbook.title = QFileInfo(path).completeBaseName();
    Q_UNUSED(decoded)
    return runbook;
}
