#pragma once

#include <QWidget>

class QTableView;
class TimelineFilterModel;
class TimelineModel;

// The timeline table with a filter by kind; double-click (or F2) asks to edit an event.
class TimelineView final : public QWidget
{
    Q_OBJECT
public:
    TimelineView(TimelineModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    TimelineFilterModel* filter() const { return m_filter; }
    qint64 selectedEventId() const;

Q_SIGNALS:
    void editRequested(qint64 eventId);

private:
    TimelineFilterModel* m_filter;
    QTableView* m_table;
};
