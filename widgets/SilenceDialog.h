#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// Confirms a silence before it is made: the matchers it will use, for how long, and the comment that
// tells Alertmanager's other users who silenced it and for which incident.
class SilenceDialog final : public QDialog
{
    Q_OBJECT
public:
    SilenceDialog(const QString& alertName, const QStringList& matchers, const QString& comment,
                  QWidget* parent = nullptr);

    qint64 durationMs() const;
    QString comment() const;
    QComboBox* durationBox() const { return m_duration; }
    QLineEdit* commentEdit() const { return m_comment; }

private:
    QComboBox* m_duration;
    QLineEdit* m_comment;
};
