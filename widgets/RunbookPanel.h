#pragma once

#include "Runbook.h"

#include <QHash>
#include <QWidget>

class Clock;
class QLabel;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// A runbook as a checklist with buttons: check items, run HTTP actions (with elapsed time and a
// cancel button while they run), copy other commands. It shows; the window decides what runs.
class RunbookPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookPanel(const Clock& clock, QWidget* parent = nullptr);

    void setRunbook(const Runbook& runbook);
    const Runbook& runbook() const { return m_runbook; }
    int timeoutMs() const;

    void setRunning(int section, int step, quint64 runId);
    void setResult(int section, int step, const QString& summary, bool ok);
    void setChecked(int section, int step, bool checked);

    QTreeWidget* tree() const { return m_tree; }
    QTreeWidgetItem* itemFor(int section, int step) const;
    void clickRun(int section, int step);    // as the Run button does
    void clickCancel(int section, int step); // as the Cancel button does

Q_SIGNALS:
    void checkToggled(int section, int step, bool checked);
    void runRequested(int section, int step);
    void cancelRequested(quint64 runId);

private:
    struct Running
    {
        quint64 id;
        qint64 startedMs;
    };
    void tick();
    static quint64 key(int section, int step) { return (quint64(section) << 32) | quint32(step); }

    const Clock& m_clock;
    Runbook m_runbook;
    QLabel* m_title;
    QLabel* m_warnings;
    QSpinBox* m_timeout;
    QTreeWidget* m_tree;
    QTimer* m_timer;
    QHash<quint64, Running> m_running;
    bool m_filling = false;
};
