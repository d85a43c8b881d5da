#include "EditEventDialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QVBoxLayout>

EditEventDialog::EditEventDialog(const QString& text, const QDateTime& at, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(text, this))
    , m_at(new QDateTimeEdit(at, this))
{
    setWindowTitle(tr("Edit event"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_at->setCalendarPopup(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&When"), m_at);
    form->addRow(tr("&Text"), m_text);
    auto* hint = new QLabel(tr("The earlier text and time are kept in the store as a revision. Ctrl+Enter saves."), this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter adds a line to the text; Ctrl+Enter saves, also from inside the text.
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        new QShortcut(key, this, this, &QDialog::accept);
    m_text->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(520, 260);
}

bool EditEventDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString EditEventDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QDateTime EditEventDialog::at() const
{
    return m_at->dateTime();
}
