#include "TimelineView.h"

#include "TimelineFilterModel.h"
#include "TimelineModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

TimelineView::TimelineView(TimelineModel* model, QWidget* parent)
    : QWidget(parent)
    , m_filter(new TimelineFilterModel(this))
    , m_table(new QTableView(this))
{
    m_filter->setSourceModel(model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row height keeps 100,000 events as fast as 10.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TimelineModel::Text, QHeaderView::Stretch);
    header->resizeSection(TimelineModel::Offset, 70);
    header->resizeSection(TimelineModel::Time, 75);
    header->resizeSection(TimelineModel::Phase, 150);
    header->resizeSection(TimelineModel::Kind, 100);
    header->resizeSection(TimelineModel::Author, 130);
    m_table->setAccessibleName(tr("Timeline"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    for (EventKind kind : EventKindInfo::all()) {
        auto* button = new QToolButton(this);
        button->setText(EventKindInfo::label(kind));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setToolTip(tr("Show or hide %1 events").arg(EventKindInfo::label(kind)));
        connect(button, &QToolButton::toggled, this, [this, kind](bool on) { m_filter->setKindVisible(kind, on); });
        filters->addWidget(button);
    }
    filters->addStretch();

    // Follow the newest event unless the user scrolled up to read.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int, int last) {
        QScrollBar* bar = m_table->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2 || last == m_filter->rowCount() - 1)
            m_table->scrollToBottom();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT editRequested(index.data(TimelineModel::EventIdRole).toLongLong());
    });
    auto* edit = new QAction(tr("Edit event…"), m_table);
    edit->setShortcut(Qt::Key_F2);
    edit->setShortcutContext(Qt::WidgetShortcut);
    connect(edit, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedEventId())
            Q_EMIT editRequested(id);
    });
    m_table->addAction(edit);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table);
}

qint64 TimelineView::selectedEventId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(TimelineModel::EventIdRole).toLongLong() : 0;
}
