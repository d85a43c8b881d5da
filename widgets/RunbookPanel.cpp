#include "RunbookPanel.h"

#include "Clock.h"
#include "SessionVariables.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTimer>
#include <QUrl>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// "GET /api/v1/targets?state=unhealthy · prometheus:9090": the path first, so a narrow column wraps
// between words and still says what the action asks (a long URL is one unbreakable word).
QString shortRequest(const HttpAction& action)
{
    const QUrl url(QString(action.url).replace(QLatin1String("$$"), QLatin1String("$")));
    if (!url.isValid() || url.host().isEmpty() || action.url.startsWith(QLatin1String("${")))
        return action.method + QLatin1Char(' ') + action.url;
    const QString where = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    const QString path = url.path(QUrl::PrettyDecoded).isEmpty() ? QStringLiteral("/") : url.path(QUrl::PrettyDecoded);
    const QString query = url.hasQuery() ? QLatin1Char('?') + url.query(QUrl::PrettyDecoded) : QString();
    return QStringLiteral("%1 %2%3 · %4").arg(action.method, path, query, where);
}

enum Column { Step, Control, Result, ColumnCount };
constexpr int SectionRole = Qt::UserRole + 1;
constexpr int StepRole = Qt::UserRole + 2;
constexpr int VariablesRole = Qt::UserRole + 3; // on the "Needs $X" row below an action
const QColor MissingColour(0x8A, 0x1C, 0x1C);

// Rich text's default block margins would make every paragraph a band of blank space; tables get rules.
QString readable(QString html)
{
    html.replace(QLatin1String("<table>"), QLatin1String("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"));
    return QStringLiteral("<style>p, ul, ol, table, pre, blockquote { margin-top: 3px; margin-bottom: 3px; }</style>") + html;
}

QString sourceText(SessionVariables::Source source)
{
    switch (source) {
    case SessionVariables::Environment:
        return RunbookPanel::tr("set in the environment");
    case SessionVariables::Session:
        return RunbookPanel::tr("given for this session");
    case SessionVariables::Missing:
        break;
    }
    return RunbookPanel::tr("NOT SET");
}
} // namespace

RunbookPanel::RunbookPanel(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_title(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_tree(new QTreeWidget(this))
    , m_details(new QPlainTextEdit(this))
    , m_timer(new QTimer(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(30);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long an action may take before it ends as a timeout"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Step"), QString(), tr("Result")});
    m_tree->header()->setSectionResizeMode(Step, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Control, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Result, QHeaderView::Stretch);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    connect(m_tree->header(), &QHeaderView::sectionResized, this, &RunbookPanel::fitTexts);
    m_tree->viewport()->installEventFilter(this); // a scroll bar coming or going changes the width too
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RunbookPanel::showDetails);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a step to read its request and its whole result here."));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (m_filling || column != Step || !item->data(Step, StepRole).isValid() ||
            item->data(Step, VariablesRole).isValid())
            return;
        Q_EMIT checkToggled(item->data(Step, SectionRole).toInt(), item->data(Step, StepRole).toInt(),
                            item->checkState(Step) == Qt::Checked);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(new QLabel(tr("Timeout per action:"), this));
    top->addWidget(m_timeout);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_warnings);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_timer, &QTimer::timeout, this, &RunbookPanel::tick);
    m_timer->start(200);
    setRunbook(Runbook());
}

int RunbookPanel::timeoutMs() const
{
    return m_timeout->value() * 1000;
}

void RunbookPanel::setVariables(const SessionVariables* variables)
{
    if (m_variables)
        disconnect(m_variables, nullptr, this, nullptr);
    m_variables = variables;
    if (m_variables)
        connect(m_variables, &SessionVariables::changed, this, &RunbookPanel::refreshVariables);
    refreshVariables();
}

void RunbookPanel::setRunbook(const Runbook& runbook)
{
    m_runbook = runbook;
    m_running.clear();
    m_results.clear();
    m_textWidgets.clear();
    m_textItems.clear();
    m_filling = true;
    m_tree->clear();
    m_details->clear();
    m_title->setText(runbook.path.isEmpty() ? tr("No runbook open: pick one on the left or use Incident → Open runbook…")
                                            : runbook.title);
    QStringList warnings;
    for (const RunbookWarning& w : runbook.warnings)
        warnings << (w.line > 0 ? tr("%1, line %2: %3").arg(runbook.path).arg(w.line).arg(w.message) : w.message);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    for (int s = 0; s < runbook.sections.size(); ++s) {
        const RunbookSection& section = runbook.sections.at(s);
        if (section.steps.isEmpty() && section.texts.isEmpty())
            continue;
        auto* heading = new QTreeWidgetItem(m_tree, {section.title});
        QFont font = heading->font(Step);
        font.setBold(true);
        heading->setFont(Step, font);
        heading->setFirstColumnSpanned(true);
        // Steps and the text around them, in the order of the file.
        int nextText = 0;
        auto textsBefore = [&](int line) {
            while (nextText < section.texts.size() && (line < 0 || section.texts.at(nextText).line < line)) {
                const RunbookText& text = section.texts.at(nextText++);
                auto* item = new QTreeWidgetItem(heading);
                item->setFirstColumnSpanned(true);
                item->setFlags(Qt::ItemIsEnabled);
                auto* label = new QLabel(m_tree);
                label->setTextInteractionFlags(Qt::TextSelectableByMouse);
                label->setContentsMargins(4, 4, 4, 4);
                label->setAutoFillBackground(false);
                if (text.kind == RunbookText::Preformatted) {
                    label->setTextFormat(Qt::PlainText); // a drawing keeps its columns
                    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
                    label->setText(text.markdown);
                } else {
                    label->setTextFormat(text.html.isEmpty() ? Qt::PlainText : Qt::RichText);
                    label->setWordWrap(true);
                    label->setText(text.html.isEmpty() ? text.markdown : readable(text.html));
                }
                m_tree->setItemWidget(item, Step, label);
                m_textItems << item;
                m_textWidgets << label;
            }
        };
        for (int i = 0; i < section.steps.size(); ++i) {
            const RunbookStep& step = section.steps.at(i);
            textsBefore(step.line);
            auto* item = new QTreeWidgetItem(heading);
            item->setData(Step, SectionRole, s);
            item->setData(Step, StepRole, i);
            switch (step.kind) {
            case RunbookStep::Check:
                item->setText(Step, step.text);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Step, step.checkedInFile ? Qt::Checked : Qt::Unchecked);
                break;
            case RunbookStep::Http: {
                item->setText(Step, step.text.isEmpty() ? step.action.method + QLatin1Char(' ') + step.action.url : step.text);
                item->setToolTip(Step, step.action.display());
                auto* run = new QPushButton(step.action.isMutating() ? tr("Run %1…").arg(step.action.method)
                                                                     : tr("Run %1").arg(step.action.method),
                                            m_tree);
                run->setToolTip(step.action.display());
                connect(run, &QPushButton::clicked, this, [this, s, i] { clickRun(s, i); });
                m_tree->setItemWidget(item, Control, run);
                // What it will ask, before it runs: labels like "Then:" say little, the URL says it.
                const QString request = shortRequest(step.action);
                item->setText(Result, step.hasCriterion ? tr("%1 · success when %2").arg(request, step.criterion.text) : request);
                item->setToolTip(Result, step.action.display());
                item->setForeground(Result, palette().color(QPalette::Disabled, QPalette::Text));
                if (!step.action.variables.isEmpty()) {
                    auto* needs = new QTreeWidgetItem(item);
                    needs->setData(Step, VariablesRole, true);
                    needs->setData(Step, SectionRole, s);
                    needs->setData(Step, StepRole, i);
                    auto* values = new QPushButton(tr("Values…"), m_tree);
                    values->setToolTip(tr("Give values for this session only: kept in memory, never stored or logged"));
                    connect(values, &QPushButton::clicked, this, [this, s, i] { Q_EMIT variablesRequested(s, i); });
                    m_tree->setItemWidget(needs, Control, values);
                }
                break;
            }
            case RunbookStep::Copy: {
                item->setText(Step, step.text.isEmpty() ? step.command.left(80) : step.text);
                item->setToolTip(Step, step.command);
                auto* copy = new QPushButton(tr("Copy"), m_tree);
                copy->setToolTip(step.whyCopy.isEmpty()
                                     ? tr("Copy the command to run it yourself; the console never runs it")
                                     : tr("Copy the command to run it yourself. The console does not send this request: %1").arg(step.whyCopy));
                connect(copy, &QPushButton::clicked, this, [command = step.command] {
                    QApplication::clipboard()->setText(command);
                });
                m_tree->setItemWidget(item, Control, copy);
                item->setText(Result, step.command.section(QLatin1Char('\n'), 0, 0).left(100));
                break;
            }
            }
        }
        textsBefore(-1);
    }
    m_tree->expandAll();
    m_filling = false;
    refreshVariables();
    fitTexts();
}

void RunbookPanel::refreshVariables()
{
    const QScopedValueRollback filling(m_filling, true); // new words on a row are not a check
    const SessionVariables environmentOnly;
    const SessionVariables& variables = m_variables ? *m_variables : environmentOnly;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem* heading = m_tree->topLevelItem(t);
        for (int c = 0; c < heading->childCount(); ++c) {
            QTreeWidgetItem* step = heading->child(c);
            QTreeWidgetItem* needs = step->childCount() > 0 ? step->child(0) : nullptr;
            if (!needs || !needs->data(Step, VariablesRole).isValid())
                continue;
            const RunbookStep& s = m_runbook.sections.at(step->data(Step, SectionRole).toInt())
                                       .steps.at(step->data(Step, StepRole).toInt());
            QStringList parts;
            for (const QString& name : s.action.variables)
                parts << tr("$%1 %2").arg(name, sourceText(variables.source(name)));
            const QStringList missing = variables.missing(s.action.variables);
            needs->setText(Step, tr("Needs %1").arg(parts.join(QStringLiteral(" · "))));
            needs->setToolTip(Step, needs->text(Step));
            needs->setForeground(Step, missing.isEmpty() ? m_tree->palette().color(QPalette::Text) : MissingColour);
            needs->setText(Result, missing.isEmpty() ? QString()
                                                     : tr("Give a value (Values…), or Run asks for it: %1")
                                                           .arg(QLatin1Char('$') + missing.join(QStringLiteral(", $"))));
            needs->setForeground(Result, MissingColour);
        }
    }
    showDetails(m_tree->currentItem());
}

void RunbookPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitTexts();
}

bool RunbookPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitTexts();
    return QWidget::eventFilter(watched, event);
}

void RunbookPanel::fitTexts()
{
    // Give each text the height it needs at the width it has, no more (blank bands) and no less (cut).
    const int width = std::max(200, m_tree->viewport()->width() - 2 * m_tree->indentation());
    for (int i = 0; i < m_textItems.size(); ++i) {
        auto* label = static_cast<QLabel*>(m_textWidgets.at(i));
        const int height = label->wordWrap() ? label->heightForWidth(width) : label->sizeHint().height();
        if (m_textItems.at(i)->sizeHint(Step) == QSize(width, height))
            continue;
        label->setFixedHeight(height); // the view takes the larger of the row's hint and the widget's
        m_textItems.at(i)->setSizeHint(Step, QSize(width, height));
    }
}

void RunbookPanel::showDetails(QTreeWidgetItem* item)
{
    if (!item || !item->data(Step, StepRole).isValid()) {
        m_details->clear();
        return;
    }
    const int section = item->data(Step, SectionRole).toInt();
    const int index = item->data(Step, StepRole).toInt();
    const RunbookStep& step = m_runbook.sections.at(section).steps.at(index);
    QStringList lines{step.text};
    if (step.kind == RunbookStep::Copy)
        lines << QString() << step.command;
    if (!step.whyCopy.isEmpty())
        lines << QString() << tr("Not sent by the console: %1").arg(step.whyCopy);
    if (step.kind == RunbookStep::Http) {
        lines << QString() << step.action.display();
        const SessionVariables environmentOnly;
        const SessionVariables& variables = m_variables ? *m_variables : environmentOnly;
        for (const QString& name : step.action.variables)
            lines << tr("$%1: %2").arg(name, sourceText(variables.source(name)));
        const QString result = m_results.value(key(section, index));
        if (!result.isEmpty())
            lines << QString() << result;
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

QString RunbookPanel::detailsText() const
{
    return m_details->toPlainText();
}

QTreeWidgetItem* RunbookPanel::variablesItemFor(int section, int step) const
{
    QTreeWidgetItem* item = itemFor(section, step);
    return item && item->childCount() > 0 ? item->child(0) : nullptr;
}

QList<QPair<QString, QString>> RunbookPanel::checkedSteps() const
{
    QList<QPair<QString, QString>> out;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem* heading = m_tree->topLevelItem(t);
        for (int c = 0; c < heading->childCount(); ++c) {
            QTreeWidgetItem* item = heading->child(c);
            if (item->data(Step, StepRole).isValid() && (item->flags() & Qt::ItemIsUserCheckable) &&
                item->checkState(Step) == Qt::Checked)
                out.append({heading->text(Step), item->text(Step)});
        }
    }
    return out;
}

QTreeWidgetItem* RunbookPanel::itemFor(int section, int step) const
{
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem* heading = m_tree->topLevelItem(t);
        for (int c = 0; c < heading->childCount(); ++c) {
            QTreeWidgetItem* item = heading->child(c);
            if (item->data(Step, StepRole).isValid() && item->data(Step, SectionRole).toInt() == section &&
                item->data(Step, StepRole).toInt() == step)
                return item;
        }
    }
    return nullptr;
}

void RunbookPanel::clickRun(int section, int step)
{
    const auto running = m_running.constFind(key(section, step));
    if (running != m_running.constEnd())
        return;
    if (QTreeWidgetItem* item = itemFor(section, step))
        m_tree->setCurrentItem(item); // the details view follows the action being run
    Q_EMIT runRequested(section, step);
}

void RunbookPanel::clickCancel(int section, int step)
{
    const auto running = m_running.constFind(key(section, step));
    if (running != m_running.constEnd())
        Q_EMIT cancelRequested(running->id);
}

void RunbookPanel::setRunning(int section, int step, quint64 runId)
{
    QTreeWidgetItem* item = itemFor(section, step);
    if (!item)
        return;
    m_running.insert(key(section, step), {runId, m_clock.nowMs()});
    auto* cancel = new QPushButton(tr("Cancel"), m_tree);
    connect(cancel, &QPushButton::clicked, this, [this, section, step] { clickCancel(section, step); });
    m_tree->setItemWidget(item, Control, cancel);
    tick();
}

void RunbookPanel::setResult(int section, int step, const QString& summary, bool ok, const QString& details)
{
    m_results.insert(key(section, step), details.isEmpty() ? summary : details);
    m_running.remove(key(section, step));
    QTreeWidgetItem* item = itemFor(section, step);
    if (!item)
        return;
    const RunbookStep& s = m_runbook.sections.at(section).steps.at(step);
    auto* again = new QPushButton(tr("Run again"), m_tree);
    again->setToolTip(s.action.display());
    connect(again, &QPushButton::clicked, this, [this, section, step] { clickRun(section, step); });
    m_tree->setItemWidget(item, Control, again);
    item->setText(Result, summary);
    item->setToolTip(Result, summary);
    item->setForeground(Result, ok ? QColor(0x1B, 0x5E, 0x20) : MissingColour);
    if (m_tree->currentItem() == item)
        showDetails(item);
}

void RunbookPanel::setChecked(int section, int step, bool checked)
{
    if (QTreeWidgetItem* item = itemFor(section, step)) {
        m_filling = true;
        item->setCheckState(Step, checked ? Qt::Checked : Qt::Unchecked);
        m_filling = false;
    }
}

void RunbookPanel::tick()
{
    const qint64 now = m_clock.nowMs();
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (QTreeWidgetItem* item = itemFor(static_cast<int>(it.key() >> 32), static_cast<int>(it.key() & 0xffffffff)))
            item->setText(Result, tr("running… %1 s").arg((now - it->startedMs) / 1000.0, 0, 'f', 1));
    }
}
