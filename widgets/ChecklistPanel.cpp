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
// Wraps long items to the column's width and draws a phase's "done/total" as a progress bar.
class ChecklistDelegate final : public QStyledItemDelegate
{
public:
    explicit ChecklistDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != ChecklistModel::Item)
            return size;
        // Room left for the text once indentation and the check box are taken.
        const int indent = m_view->indentation() * (index.parent().isValid() ? 2 : 1);
        const int width = m_view->header()->sectionSize(ChecklistModel::Item) - indent - 28;
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, qMax(width, 80), 10'000),
                                                           Qt::TextWordWrap, index.data().toString());
        size.setHeight(qMax(size.height(), text.height() + 6));
        return size;
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!index.data(ChecklistModel::IsPhaseRole).toBool() || index.column() != ChecklistModel::Checked) {
            QStyleOptionViewItem wrapped = option;
            wrapped.features |= QStyleOptionViewItem::WrapText;
            wrapped.textElideMode = Qt::ElideNone;
            QStyledItemDelegate::paint(painter, wrapped, index);
            return;
        }
        const int progress = index.data(ChecklistModel::ProgressRole).toInt();
        const QRect bar = option.rect.adjusted(3, 3, -3, -3);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xE0, 0xE0, 0xE0));
        painter->drawRoundedRect(bar, 3, 3);
        QRect done = bar;
        done.setWidth(bar.width() * progress / 100);
        painter->setBrush(progress == 100 ? QColor(0xA5, 0xD6, 0xA7) : QColor(0x90, 0xCA, 0xF9));
        painter->drawRoundedRect(done, 3, 3);
        painter->setPen(QColor(0x21, 0x21, 0x21)); // dark on light fills reads at any progress
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(bar, Qt::AlignCenter, index.data().toString());
        painter->restore();
    }

private:
    QTreeView* m_view;
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
    m_view->setItemDelegate(new ChecklistDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ChecklistModel::Item, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ChecklistModel::Checked, QHeaderView::Fixed);
    m_view->header()->resizeSection(ChecklistModel::Checked, 90);
    m_view->setAccessibleName(tr("Response checklist"));
    // Wrapped rows change height with the column's width.
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [this] { m_view->doItemsLayout(); });
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
