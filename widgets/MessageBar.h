#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

// A coloured bar above the work: a message that wraps and can be selected, and buttons beside it.
// Never a dialog: it must not block the commander.
class MessageBar : public QWidget
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget* parent = nullptr);

    QToolButton* addButton(const QString& text, const QString& toolTip = QString());
    void showMessage(const QString& text, const QString& styleSheet);
    QString text() const; // empty while hidden

private:
    QLabel* m_label;
    QHBoxLayout* m_layout;
};
