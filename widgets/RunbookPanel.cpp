#include "RunbookPanel.h"

#include "Clock.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { Step, Control, Result, ColumnCount };
constexpr int SectionRole = Qt::UserRole + 1;
constexpr int StepRole = Qt::UserRole + 2;
} // namespace

RunbookPanel::RunbookPanel(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_title(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_tree(new QTreeWidget(this))
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
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (m_filling || column != Step || !item->data(Step, StepRole).isValid())
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
    layout->addWidget(m_tree, 1);
    connect(m_timer, &QTimer::timeout, this, &RunbookPanel::tick);
    m_timer->start(200);
    setRunbook(Runbook());
}

int RunbookPanel::timeoutMs() const
{
    return m_timeout->value() * 1000;
}

void RunbookPanel::setRunbook(const Runbook& runbook)
{
    m_runbook = runbook;
    m_running.clear();
    m_filling = true;
    m_tree->clear();
    m_title->setText(runbook.path.isEmpty() ? tr("No runbook open: pick one on the left or use Incident → Open runbook…")
                                            : runbook.title);
    QStringList warnings;
    for (const RunbookWarning& w : runbook.warnings)
        warnings << (w.line > 0 ? tr("%1, line %2: %3").arg(runbook.path).arg(w.line).arg(w.message) : w.message);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    for (int s = 0; s < runbook.sections.size(); ++s) {
        const RunbookSection& section = runbook.sections.at(s);
        if (section.steps.isEmpty())
            continue;
        auto* heading = new QTreeWidgetItem(m_tree, {section.title});
        QFont font = heading->font(Step);
        font.setBold(true);
        heading->setFont(Step, font);
        for (int i = 0; i < section.steps.size(); ++i) {
            const RunbookStep& step = section.steps.at(i);
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
                if (step.hasCriterion)
                    item->setText(Result, tr("success when %1").arg(step.criterion.text));
                break;
            }
            case RunbookStep::Copy: {
                item->setText(Step, step.text.isEmpty() ? step.command.left(80) : step.text);
                item->setToolTip(Step, step.command);
                auto* copy = new QPushButton(tr("Copy"), m_tree);
                copy->setToolTip(tr("Copy the command to run it yourself; the console never runs it"));
                connect(copy, &QPushButton::clicked, this, [command = step.command] {
                    QApplication::clipboard()->setText(command);
                });
                m_tree->setItemWidget(item, Control, copy);
                item->setText(Result, step.command.section(QLatin1Char('\n'), 0, 0).left(100));
                break;
            }
            }
        }
    }
    m_tree->expandAll();
    m_filling = false;
}

QTreeWidgetItem* RunbookPanel::itemFor(int section, int step) const
{
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem* heading = m_tree->topLevelItem(t);
        for (int c = 0; c < heading->childCount(); ++c) {
            QTreeWidgetItem* item = heading->child(c);
            if (item->data(Step, SectionRole).toInt() == section && item->data(Step, StepRole).toInt() == step)
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

void RunbookPanel::setResult(int section, int step, const QString& summary, bool ok)
{
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
    item->setForeground(Result, ok ? QColor(0x1B, 0x5E, 0x20) : QColor(0x8A, 0x1C, 0x1C));
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
