#pragma once

#include "Severity.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

// Title, SEV (with its definition), commander and start time of a new incident.
class DeclareIncidentDialog final : public QDialog
{
    Q_OBJECT
public:
    DeclareIncidentDialog(const QDateTime& now, const QString& commander, QWidget* parent = nullptr);

    QString title() const;
    Severity severity() const;
    QString commander() const;
    QDateTime started() const;

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* severityBox() const { return m_severity; }
    QLineEdit* commanderEdit() const { return m_commander; }
    QLabel* problemLabel() const { return m_problem; }

    void accept() override;

private:
    void showDefinition();

    QLineEdit* m_title;
    QComboBox* m_severity;
    QLabel* m_definition;
    QLineEdit* m_commander;
    QDateTimeEdit* m_started;
    QLabel* m_problem;
    QDateTime m_now;
};
