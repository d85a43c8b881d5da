#include "ChecklistPanel.h"

#include "ChecklistModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// Draws a phase's "done/total" cell as a progress bar.
class PhaseProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!index.data(ChecklistModel::IsPhaseRole).toBool() || index.column() != ChecklistModel::Checked) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data(ChecklistModel::ProgressRole).toInt();
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};
} // namespace

ChecklistPanel::ChecklistPanel(ChecklistModel* model, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_view(new QTreeView(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setModel(model);
    m_view->setItemDelegate(new PhaseProgressDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ChecklistModel::Item, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ChecklistModel::Checked, QHeaderView::Fixed);
    m_view->header()->resizeSection(ChecklistModel::Checked, 90);
    m_view->setAccessibleName(tr("Response checklist"));
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    m_view->expandAll();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view);
}

void ChecklistPanel::setTitle(const QString& title)
{
    m_title->setText(title);
}
