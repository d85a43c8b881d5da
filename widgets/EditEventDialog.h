#pragma once

#include <QDialog>

class QDateTimeEdit;
class QPlainTextEdit;

// Correct an event's text or move it earlier; the store keeps what it said before.
class EditEventDialog final : public QDialog
{
    Q_OBJECT
public:
    EditEventDialog(const QString& text, const QDateTime& at, QWidget* parent = nullptr);

    QString text() const;
    QDateTime at() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPlainTextEdit* m_text;
    QDateTimeEdit* m_at;
};
