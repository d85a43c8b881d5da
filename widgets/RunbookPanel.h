#pragma once

#include "Runbook.h"

#include <QHash>
#include <QPair>
#include <QWidget>

class Clock;
class SessionVariables;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// A runbook as the team wrote it: its prose and diagrams as text between the steps, items to check,
// HTTP actions to run (the variables each needs, set or not, shown before it runs; elapsed time and a
// cancel button while it runs; the whole result below), other commands to copy. It shows; the window
// decides what runs.
class RunbookPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookPanel(const Clock& clock, QWidget* parent = nullptr);

    void setRunbook(const Runbook& runbook);
    const Runbook& runbook() const { return m_runbook; }
    int timeoutMs() const;
    void setVariables(const SessionVariables* variables); // where set/unset is read; null: the environment

    void setRunning(int section, int step, quint64 runId);
    // details: the whole result, shown below the steps when the step is selected (summary if empty).
    void setResult(int section, int step, const QString& summary, bool ok, const QString& details = QString());
    void setChecked(int section, int step, bool checked);
    QList<QPair<QString, QString>> checkedSteps() const; // (section title, item text), to keep over a reload
    bool isRunning() const { return !m_running.isEmpty(); }

    QTreeWidget* tree() const { return m_tree; }
    QTreeWidgetItem* itemFor(int section, int step) const;
    QTreeWidgetItem* variablesItemFor(int section, int step) const; // the "Needs $X" row of an action
    QList<QWidget*> textWidgets() const { return m_textWidgets; }  // prose and diagrams, in order
    QString detailsText() const;                                   // what the details view shows now
    void clickRun(int section, int step);    // as the Run button does
    void clickCancel(int section, int step); // as the Cancel button does

Q_SIGNALS:
    void checkToggled(int section, int step, bool checked);
    void runRequested(int section, int step);
    void cancelRequested(quint64 runId);
    void variablesRequested(int section, int step); // give values for this session

private:
    struct Running
    {
        quint64 id;
        qint64 startedMs;
    };
    void tick();
    void refreshVariables();
    void fitTexts();
    void showDetails(QTreeWidgetItem* item);
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    static quint64 key(int section, int step) { return (quint64(section) << 32) | quint32(step); }

    const Clock& m_clock;
    Runbook m_runbook;
    QLabel* m_title;
    QLabel* m_warnings;
    QSpinBox* m_timeout;
    QTreeWidget* m_tree;
    QPlainTextEdit* m_details;
    QTimer* m_timer;
    const SessionVariables* m_variables = nullptr;
    QHash<quint64, Running> m_running;
    QHash<quint64, QString> m_results; // whole results, for the details view
    QList<QWidget*> m_textWidgets;
    QList<QTreeWidgetItem*> m_textItems;
    bool m_filling = false;
};
