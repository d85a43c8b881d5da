#pragma once

#include "IncidentStatus.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

// A status as of a moment the commander names ("mitigated at 01:41, when the rollback finished"),
// so the key times and the time to mitigate are the real ones, not when somebody clicked.
class StatusAsOfDialog final : public QDialog
{
    Q_OBJECT
public:
    StatusAsOfDialog(IncidentStatus proposed, qint64 startedMs, const QDateTime& now, QWidget* parent = nullptr);

    IncidentStatus status() const;
    QDateTime moment() const;
    void setMoment(const QDateTime& moment);

    QComboBox* statusBox() const { return m_status; }
    QLabel* offsetLabel() const { return m_offset; }
    QPushButton* okButton() const { return m_ok; }

private:
    void check();

    qint64 m_startedMs;
    QDateTime m_now;
    QComboBox* m_status;
    QDateTimeEdit* m_moment;
    QLabel* m_offset;
    QPushButton* m_ok;
};
