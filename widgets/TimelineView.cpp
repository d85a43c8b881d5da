#include "TimelineView.h"

#include "TimelineFilterModel.h"
#include "TimelineModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

TimelineView::TimelineView(TimelineModel* model, QWidget* parent)
    : QWidget(parent)
    , m_filter(new TimelineFilterModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_details(new QTextBrowser(this))
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
    header->resizeSection(TimelineModel::Offset, m_table->fontMetrics().horizontalAdvance(QStringLiteral("T+00d 00:00:00")) + 16);
    header->resizeSection(TimelineModel::Time, m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 16);
    header->resizeSection(TimelineModel::Phase, 130);
    header->resizeSection(TimelineModel::Kind, 100);
    header->resizeSection(TimelineModel::Author, 110);
    m_table->setAccessibleName(tr("Timeline"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    for (EventKind kind : EventKindInfo::all()) {
        auto* button = new QToolButton(this);
        button->setText(EventKindInfo::label(kind));
        button->setCheckable(true);
        button->setChecked(true);
        button->setObjectName(QStringLiteral("kindFilter"));
        // A lit chip is a kind on show; an unlit, struck-through one is hidden.
        button->setStyleSheet(QStringLiteral(
            "QToolButton { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 10px;"
            " color: palette(mid); text-decoration: line-through; }"
            "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border-color: palette(highlight); text-decoration: none; }"));
        const auto describe = [button, kind] {
            button->setToolTip(button->isChecked() ? tr("%1 events are shown; click to hide them").arg(EventKindInfo::label(kind))
                                                   : tr("%1 events are hidden; click to show them").arg(EventKindInfo::label(kind)));
        };
        describe();
        connect(button, &QToolButton::toggled, this, [this, kind, describe](bool on) {
            m_filter->setKindVisible(kind, on);
            describe();
        });
        filters->addWidget(button);
    }
    m_search->setPlaceholderText(tr("Search the timeline (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the timeline"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &TimelineFilterModel::setSearchText);
    auto* find = new QAction(tr("Search the timeline"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    filters->addStretch();
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);

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
    auto* runbook = new QAction(tr("Open the alert's runbook"), m_table);
    runbook->setToolTip(tr("Opens the runbook its rule names in runbook_url"));
    connect(runbook, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedEventId())
            Q_EMIT runbookRequested(id);
    });
    m_table->addAction(runbook);
    // Only an alert names a runbook.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, runbook, [runbook](const QModelIndex& index) {
        runbook->setEnabled(index.data(TimelineModel::KindRole).value<int>() == static_cast<int>(EventKind::Alert));
    });
    runbook->setEnabled(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_details->setAccessibleName(tr("The chosen event, whole"));
    m_details->setPlaceholderText(tr("Choose an event to read all of it and its earlier versions."));
    m_details->setOpenLinks(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &TimelineView::showDetails);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &TimelineView::showDetails);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TimelineView::showDetails);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &TimelineView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TimelineView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TimelineView::updateCount);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(split);
    updateCount();
}

void TimelineView::showDetails()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    m_details->setHtml(index.data(TimelineModel::DetailsRole).toString());
}

QString TimelineView::countText() const
{
    return m_count->text();
}

void TimelineView::updateCount()
{
    const int all = m_filter->sourceModel() ? m_filter->sourceModel()->rowCount() : 0;
    const int shown = m_filter->rowCount();
    m_count->setText(shown == all ? tr("%n event(s)", nullptr, all) : tr("%1 of %n event(s)", nullptr, all).arg(shown));
}

qint64 TimelineView::selectedEventId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(TimelineModel::EventIdRole).toLongLong() : 0;
}
