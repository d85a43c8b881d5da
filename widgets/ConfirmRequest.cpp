#include "ConfirmRequest.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <optional>

namespace {
std::optional<ConfirmRequest::Answer>& nextAnswer()
{
    static std::optional<ConfirmRequest::Answer> answer;
    return answer;
}
} // namespace

ConfirmRequest::ConfirmRequest(const QString& title, const QString& request, const QList<Variable>& variables,
                               bool changesServer, Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_variables(variables)
    , m_heading(new QLabel(this))
    , m_request(request)
{
    setWindowTitle(purpose == ValuesOnly ? tr("Values for this session") : tr("Send this request?"));
    QStringList why{title};
    if (purpose == Send && changesServer)
        why << tr("This request changes something on the server. Check it, then send it.");
    const bool anyMissing = std::any_of(variables.cbegin(), variables.cend(),
                                        [](const Variable& v) { return v.source == SessionVariables::Missing; });
    if (anyMissing)
        why << tr("It needs a value that is not set. A value you give here is kept in memory for this session "
                  "only: never stored, logged or exported.");
    m_heading->setText(why.join(QLatin1Char('\n')));
    m_heading->setWordWrap(true);
    auto* text = new QPlainTextEdit(request, this);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(text, 1);
    if (!variables.isEmpty()) {
        auto* box = new QGroupBox(tr("Variables"), this);
        auto* form = new QFormLayout(box);
        for (const Variable& v : variables) {
            auto* state = new QLabel(box);
            auto* edit = new QLineEdit(box);
            edit->setEchoMode(QLineEdit::Password); // a token typed here is never shown
            edit->setPlaceholderText(v.source == SessionVariables::Missing ? tr("value for this session")
                                                                           : tr("keep the current value"));
            connect(edit, &QLineEdit::textChanged, this, &ConfirmRequest::update);
            auto* row = new QHBoxLayout;
            row->addWidget(state);
            row->addWidget(edit, 1);
            form->addRow(QLatin1Char('$') + v.name, row);
            m_edits.insert(v.name, edit);
            m_states.insert(v.name, state);
        }
        layout->addWidget(box);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(purpose == ValuesOnly ? tr("Keep for this session") : tr("Send"),
                                QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // changing things takes a deliberate click
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(680, 420);
    update();
}

void ConfirmRequest::update()
{
    for (const Variable& v : std::as_const(m_variables)) {
        const bool typed = !m_edits.value(v.name)->text().isEmpty();
        QLabel* state = m_states.value(v.name);
        if (typed) {
            state->setText(tr("given for this session"));
            state->setStyleSheet(QString());
        } else if (v.source == SessionVariables::Missing) {
            state->setText(tr("NOT SET"));
            state->setStyleSheet(QStringLiteral("color: #8a1c1c; font-weight: bold;"));
        } else {
            state->setText(v.source == SessionVariables::Session ? tr("given for this session")
                                                                 : tr("set in the environment"));
            state->setStyleSheet(QString());
        }
    }
    m_send->setEnabled(canSend());
}

bool ConfirmRequest::canSend() const
{
    return std::all_of(m_variables.cbegin(), m_variables.cend(), [this](const Variable& v) {
        return v.source != SessionVariables::Missing || !m_edits.value(v.name)->text().isEmpty();
    });
}

QHash<QString, QString> ConfirmRequest::values() const
{
    QHash<QString, QString> out;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        if (!it.value()->text().isEmpty())
            out.insert(it.key(), it.value()->text());
    return out;
}

void ConfirmRequest::setValue(const QString& name, const QString& value)
{
    if (QLineEdit* edit = m_edits.value(name))
        edit->setText(value);
}

QString ConfirmRequest::shownText() const
{
    QStringList lines{m_heading->text(), m_request};
    for (const Variable& v : m_variables)
        lines << QLatin1Char('$') + v.name + QStringLiteral(": ") + m_states.value(v.name)->text();
    return lines.join(QLatin1Char('\n'));
}

ConfirmRequest::Answer ConfirmRequest::ask(QWidget* parent, const QString& title, const QString& request,
                                           const QList<Variable>& variables, bool changesServer, Purpose purpose)
{
    if (auto& queued = nextAnswer()) {
        const Answer answer = *queued;
        queued.reset();
        return answer;
    }
    ConfirmRequest dialog(title, request, variables, changesServer, purpose, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return {true, dialog.values()};
}

void ConfirmRequest::setNextAnswer(bool send, const QHash<QString, QString>& values)
{
    nextAnswer() = Answer{send, values};
}
