#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

MessageBar::MessageBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_label, 1);
    hide();
}

QToolButton* MessageBar::addButton(const QString& text, const QString& toolTip)
{
    auto* button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    m_layout->addWidget(button);
    return button;
}

void MessageBar::showMessage(const QString& text, const QString& styleSheet)
{
    setStyleSheet(styleSheet);
    m_label->setText(text);
    show();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}
