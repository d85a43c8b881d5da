#include "PostmortemEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QList<QStringList> rows(const QTableWidget* table)
{
    QList<QStringList> out;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList row;
        bool any = false;
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem* item = table->item(r, c);
            row.append(item ? item->text().trimmed() : QString());
            any = any || !row.constLast().isEmpty();
        }
        if (any)
            out.append(row);
    }
    return out;
}

void setRows(QTableWidget* table, const QList<QStringList>& data)
{
    table->setRowCount(0);
    for (const QStringList& row : data) {
        const int r = table->rowCount();
        table->insertRow(r);
        for (int c = 0; c < row.size() && c < table->columnCount(); ++c)
            table->setItem(r, c, new QTableWidgetItem(row.at(c)));
    }
}

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList out;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}
} // namespace

PostmortemEditor::PostmortemEditor(QWidget* parent)
    : QWidget(parent)
    , m_debounce(new QTimer(this))
    , m_form(new QFormLayout)
    , m_summary(new QLineEdit(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(800);
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT saveRequested(fields()); });

    m_summary->setPlaceholderText(tr("What happened, to whom, for how long, in one sentence"));
    connect(m_summary, &QLineEdit::textEdited, this, &PostmortemEditor::changed);
    m_form->addRow(tr("One-line summary"), m_summary);
    m_impact = addText(tr("Impact"), tr("Users, endpoints, business; how much and for how long"));
    m_detection = addText(tr("Detection"), tr("Alerts, dashboards, people; time to detect"));
    m_whys = addTable(tr("5 Whys"), {tr("Why?"), tr("Because")});
    m_rootCause = addText(tr("Root cause"), tr("The cause that, once removed, prevents a recurrence"));
    m_factors = addTable(tr("Contributing factors"), {tr("Factor"), tr("Description"), tr("Impact")});
    m_mitigation = addText(tr("Mitigation and recovery"), tr("The steps that stopped the impact, with times"));
    m_actions = addTable(tr("Action items"), {tr("Action item"), tr("Owner"), tr("Priority"), tr("Due"), tr("Status")});
    m_wentWell = addText(tr("What went well"), tr("One lesson per line"));
    m_wentWrong = addText(tr("What went wrong"), tr("One lesson per line"));
    m_lucky = addText(tr("Where we got lucky"), tr("One lesson per line"));

    // Scenario write-ups (seed 004): each field lands in its post-mortem section on export.
    m_scenarioPicker = new QComboBox(this);
    auto* add = new QPushButton(tr("Add write-up"), this);
    connect(add, &QPushButton::clicked, this,
            [this] { addScenario(m_scenarioPicker->currentData().toString()); });
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_scenarioPicker, 1);
    pickRow->addWidget(add);
    m_scenarioList = new QVBoxLayout;
    auto* scenarios = new QVBoxLayout;
    scenarios->addLayout(pickRow);
    scenarios->addLayout(m_scenarioList);
    m_form->addRow(tr("Scenario write-ups"), scenarios);

    auto* content = new QWidget;
    content->setLayout(m_form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QPlainTextEdit* PostmortemEditor::addText(const QString& label, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(70);
    edit->setMaximumHeight(140);
    connect(edit, &QPlainTextEdit::textChanged, this, &PostmortemEditor::changed);
    m_form->addRow(label, edit);
    return edit;
}

QTableWidget* PostmortemEditor::addTable(const QString& label, const QStringList& columns)
{
    auto* table = new QTableWidget(0, static_cast<int>(columns.size()), this);
    table->setHorizontalHeaderLabels(columns);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setMinimumHeight(110);
    connect(table, &QTableWidget::itemChanged, this, &PostmortemEditor::changed);
    auto* add = new QPushButton(tr("Add row"), this);
    auto* remove = new QPushButton(tr("Remove row"), this);
    connect(add, &QPushButton::clicked, this, [table] {
        table->insertRow(table->rowCount());
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this, table] {
        if (table->currentRow() >= 0) {
            table->removeRow(table->currentRow());
            changed();
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* box = new QVBoxLayout;
    box->addWidget(table);
    box->addLayout(buttons);
    m_form->addRow(label, box);
    return table;
}

void PostmortemEditor::setScenarioTemplates(const QList<ScenarioTemplate>& templates)
{
    m_scenarioTemplates = templates;
    m_scenarioPicker->clear();
    for (const ScenarioTemplate& t : templates)
        m_scenarioPicker->addItem(t.title, t.id);
}

void PostmortemEditor::addScenario(const QString& templateId)
{
    for (const ScenarioTemplate& t : std::as_const(m_scenarioTemplates)) {
        if (t.id != templateId)
            continue;
        ScenarioWriteUp writeUp{t.id, t.title, {}};
        for (const TemplateField& f : t.fields)
            writeUp.entries.append({f.section, f.label, QString()});
        addScenarioWriteUp(writeUp);
        changed();
        return;
    }
}

void PostmortemEditor::addScenarioWriteUp(const ScenarioWriteUp& writeUp)
{
    auto* box = new QGroupBox(writeUp.title, this);
    auto* form = new QFormLayout(box);
    ScenarioForm entry{box, writeUp, {}};
    for (const ScenarioEntry& e : writeUp.entries) {
        auto* edit = new QPlainTextEdit(e.text, box);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(60);
        connect(edit, &QPlainTextEdit::textChanged, this, &PostmortemEditor::changed);
        form->addRow(e.label, edit);
        entry.edits << edit;
    }
    auto* remove = new QPushButton(tr("Remove this write-up"), box);
    connect(remove, &QPushButton::clicked, this, [this, box] {
        for (int i = 0; i < m_scenarioForms.size(); ++i) {
            if (m_scenarioForms.at(i).box == box) {
                m_scenarioForms.removeAt(i);
                box->deleteLater();
                changed();
                return;
            }
        }
    });
    form->addRow(QString(), remove);
    m_scenarioList->addWidget(box);
    m_scenarioForms << entry;
}

void PostmortemEditor::changed()
{
    if (!m_loading)
        m_debounce->start();
}

void PostmortemEditor::setEnabledForIncident(bool enabled)
{
    setEnabled(enabled);
}

bool PostmortemEditor::hasUnsavedEdits() const
{
    return m_debounce->isActive();
}

void PostmortemEditor::setFields(const PostmortemFields& f)
{
    m_debounce->stop();
    m_loading = true;
    m_summary->setText(f.summary);
    m_summary->setCursorPosition(0); // show the start of a long summary
    m_impact->setPlainText(f.impact);
    m_detection->setPlainText(f.detection);
    m_rootCause->setPlainText(f.rootCause);
    m_mitigation->setPlainText(f.mitigation);
    QList<QStringList> whys, factors, actions;
    for (const FiveWhy& w : f.whys)
        whys.append({w.question, w.answer});
    for (const ContributingFactor& c : f.factors)
        factors.append({c.factor, c.description, c.impact});
    for (const ActionItem& a : f.actionItems)
        actions.append({a.text, a.owner, a.priority, a.due, a.status});
    setRows(m_whys, whys);
    setRows(m_factors, factors);
    setRows(m_actions, actions);
    m_wentWell->setPlainText(f.wentWell.join(QLatin1Char('\n')));
    m_wentWrong->setPlainText(f.wentWrong.join(QLatin1Char('\n')));
    m_lucky->setPlainText(f.lucky.join(QLatin1Char('\n')));
    for (const ScenarioForm& form : std::as_const(m_scenarioForms))
        delete form.box;
    m_scenarioForms.clear();
    for (const ScenarioWriteUp& w : f.scenarios)
        addScenarioWriteUp(w);
    m_loading = false;
}

PostmortemFields PostmortemEditor::fields() const
{
    PostmortemFields f;
    f.summary = m_summary->text().trimmed();
    f.impact = m_impact->toPlainText().trimmed();
    f.detection = m_detection->toPlainText().trimmed();
    f.rootCause = m_rootCause->toPlainText().trimmed();
    f.mitigation = m_mitigation->toPlainText().trimmed();
    for (const QStringList& r : rows(m_whys))
        f.whys.append({r.value(0), r.value(1)});
    for (const QStringList& r : rows(m_factors))
        f.factors.append({r.value(0), r.value(1), r.value(2)});
    for (const QStringList& r : rows(m_actions))
        f.actionItems.append({r.value(0), r.value(1), r.value(2), r.value(3), r.value(4)});
    f.wentWell = lines(m_wentWell);
    f.wentWrong = lines(m_wentWrong);
    f.lucky = lines(m_lucky);
    for (const ScenarioForm& form : m_scenarioForms) {
        ScenarioWriteUp w = form.writeUp;
        for (int i = 0; i < w.entries.size() && i < form.edits.size(); ++i)
            w.entries[i].text = form.edits.at(i)->toPlainText().trimmed();
        f.scenarios << w;
    }
    return f;
}
