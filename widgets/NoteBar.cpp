#include "NoteBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

NoteBar::NoteBar(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setPlaceholderText(tr("Add a note to the timeline (Ctrl+N from anywhere), Enter to record"));
    m_edit->setClearButtonEnabled(true);
    auto* record = new QPushButton(tr("Record note"), this);
    auto* label = new QLabel(tr("&Note:"), this);
    label->setBuddy(m_edit);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(record);
    auto submit = [this] {
        if (!m_edit->text().trimmed().isEmpty())
            Q_EMIT noteSubmitted(m_edit->text());
    };
    connect(m_edit, &QLineEdit::returnPressed, this, submit);
    connect(record, &QPushButton::clicked, this, submit);
}

void NoteBar::focusNote()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}
