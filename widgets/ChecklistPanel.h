#pragma once

#include <QWidget>

class ChecklistModel;
class QLabel;
class QTreeView;

// The response checklist: phases with progress bars, items with check boxes (Space toggles).
class ChecklistPanel final : public QWidget
{
    Q_OBJECT
public:
    ChecklistPanel(ChecklistModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    void setTitle(const QString& title);

private:
    QLabel* m_title;
    QTreeView* m_view;
};
