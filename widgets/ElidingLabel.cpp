#include "ElidingLabel.h"

#include "ElideText.h"

#include <QEvent>

ElidingLabel::ElidingLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void ElidingLabel::setFullText(const QString& text)
{
    if (text == m_fullText && !text.isEmpty())
        return;
    m_fullText = text;
    elide();
    updateGeometry();
}

QSize ElidingLabel::sizeHint() const
{
    // The height of the whole text, fallback fonts (Hangul) included, whatever part of it is shown.
    const QRect text = fontMetrics().boundingRect(QRect(0, 0, QWIDGETSIZE_MAX, QWIDGETSIZE_MAX),
                                                  Qt::AlignLeft | Qt::TextSingleLine,
                                                  m_fullText.isEmpty() ? QStringLiteral("Ag") : m_fullText);
    const QMargins m = contentsMargins();
    return {text.width() + m.left() + m.right() + 2 * margin() + qMax(0, indent()), text.height() + m.top() + m.bottom() + 2 * margin()};
}

QSize ElidingLabel::minimumSizeHint() const
{
    return {0, sizeHint().height()};
}

void ElidingLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidingLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        elide();
        updateGeometry();
    }
}

void ElidingLabel::elide()
{
    const QString shown = ElideText::atWordBoundary(m_fullText, fontMetrics(),
                                                    contentsRect().width() - 2 * margin() - qMax(0, indent()));
    if (shown != text())
        setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
    setAccessibleName(m_fullText);
}
