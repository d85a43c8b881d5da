#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class TimelineFilterModel;
class TimelineModel;

// The timeline table with filters by kind and by words, and the whole of the chosen event below;
// double-click (or F2) asks to edit an event.
class TimelineView final : public QWidget
{
    Q_OBJECT
public:
    TimelineView(TimelineModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    TimelineFilterModel* filter() const { return m_filter; }
    QLineEdit* searchField() const { return m_search; }
    QTextBrowser* detailsView() const { return m_details; }
    QString countText() const;
    qint64 selectedEventId() const;

Q_SIGNALS:
    void editRequested(qint64 eventId);
    void runbookRequested(qint64 eventId); // the runbook of the alert this event records

private:
    void showDetails();
    void updateCount();

    TimelineFilterModel* m_filter;
    QTableView* m_table;
    QLineEdit* m_search;
    QLabel* m_count;
    QTextBrowser* m_details;
};
