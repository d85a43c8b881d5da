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
    // From an alert: its summary, its SEV by the team's mapping, when it began, and where it came from.
    void prefill(const QString& title, Severity severity, const QDateTime& started, const QString& origin);
    QLabel* originLabel() const { return m_origin; }

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
    QLabel* m_origin;
    QDateTime m_now;
};
