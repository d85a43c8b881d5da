#pragma once

#include <QWidget>

class QLineEdit;

// One line to record what just happened; Enter records it.
class NoteBar final : public QWidget
{
    Q_OBJECT
public:
    explicit NoteBar(QWidget* parent = nullptr);

    QLineEdit* edit() const { return m_edit; }
    void focusNote();

Q_SIGNALS:
    void noteSubmitted(const QString& text);

private:
    QLineEdit* m_edit;
};
