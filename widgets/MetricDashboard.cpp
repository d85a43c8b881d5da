#include "MetricDashboard.h"

#include "Clock.h"
#include "MetricChart.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

MetricDashboard::MetricDashboard(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_grid(new QGridLayout)
    , m_source(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_presets(new QButtonGroup(this))
    , m_liveButton(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    auto* bar = new QHBoxLayout;
    const QList<QPair<QString, int>> spans = {{tr("15 m"), 900}, {tr("1 h"), 3600}, {tr("6 h"), 21600}, {tr("24 h"), 86400}};
    for (int i = 0; i < spans.size(); ++i) {
        auto* button = new QToolButton(this);
        button->setText(spans.at(i).first);
        button->setCheckable(true);
        button->setToolTip(tr("Show the last %1 (key %2)").arg(spans.at(i).first).arg(i + 1));
        m_presets->addButton(button, spans.at(i).second);
        bar->addWidget(button);
        auto* key = new QShortcut(QKeySequence(Qt::Key_1 + i), this, this, [this, s = spans.at(i).second] { setSpan(s); },
                                  Qt::WidgetWithChildrenShortcut);
        Q_UNUSED(key)
    }
    m_presets->button(3600)->setChecked(true);
    connect(m_presets, &QButtonGroup::idClicked, this, &MetricDashboard::setSpan);
    m_liveButton->setText(tr("● Live"));
    m_liveButton->setCheckable(true);
    m_liveButton->setChecked(true);
    m_liveButton->setToolTip(tr("Follow the newest data (L or End). Drag or scroll a chart to look back; "
                                "+ and - zoom, ← and → pan."));
    connect(m_liveButton, &QToolButton::clicked, this, &MetricDashboard::goLive);
    bar->addSpacing(12);
    bar->addWidget(m_liveButton);
    bar->addSpacing(12);
    bar->addWidget(m_source, 1);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto shortcut = [this](QKeySequence key, auto slot) {
        new QShortcut(key, this, this, slot, Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::Key_L), [this] { goLive(); });
    shortcut(QKeySequence(Qt::Key_End), [this] { goLive(); });
    shortcut(QKeySequence(Qt::Key_Plus), [this] { zoom(0.5); });
    shortcut(QKeySequence(Qt::Key_Equal), [this] { zoom(0.5); });
    shortcut(QKeySequence(Qt::Key_Minus), [this] { zoom(2.0); });
    shortcut(QKeySequence(Qt::Key_Left), [this] { pan(-0.25); });
    shortcut(QKeySequence(Qt::Key_Right), [this] { pan(0.25); });

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_empty);
    contentLayout->addLayout(m_grid);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    m_scroll = scroll;
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &MetricDashboard::updateOnScreen);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    setFocusPolicy(Qt::StrongFocus);

    connect(m_timer, &QTimer::timeout, this, &MetricDashboard::tick);
    m_timer->start(1000);
    applyRange(m_clock.nowMs() / 1000.0 - m_span, m_clock.nowMs() / 1000.0, true);
}

void MetricDashboard::setPanels(const QList<MetricPanelData>* panels)
{
    qDeleteAll(m_charts);
    m_charts.clear();
    m_panels = panels;
    const int count = panels ? static_cast<int>(panels->size()) : 0;
    m_empty->setVisible(count == 0);
    m_empty->setText(tr("No dashboard profile is loaded. Open one with Metrics → Open dashboard profile…"));
    for (int i = 0; i < count; ++i) {
        auto* chart = new MetricChart(this);
        chart->setPanel(&panels->at(i));
        chart->setTimeRange(m_from, m_to);
        connect(chart, &MetricChart::rangeChangedByUser, this,
                [this](double from, double to) { applyRange(from, to, false); });
        m_grid->addWidget(chart, i / 2, i % 2);
        m_charts << chart;
    }
}

void MetricDashboard::panelUpdated(int index)
{
    if (index < 0 || index >= m_charts.size())
        return;
    m_charts.at(index)->setStale(m_panels->at(index).isStale(m_clock.nowMs()));
    m_charts.at(index)->refresh();
}

void MetricDashboard::setMarkers(const QList<ChartMarker>& markers)
{
    for (MetricChart* chart : std::as_const(m_charts))
        chart->setMarkers(markers);
}

void MetricDashboard::setSourceText(const QString& text)
{
    m_source->setText(text);
}

void MetricDashboard::setSpan(int seconds)
{
    m_span = seconds;
    if (QAbstractButton* b = m_presets->button(seconds))
        b->setChecked(true);
    const double end = m_live ? m_clock.nowMs() / 1000.0 : m_to;
    applyRange(end - seconds, end, m_live);
}

void MetricDashboard::goLive()
{
    const double now = m_clock.nowMs() / 1000.0;
    applyRange(now - m_span, now, true);
}

void MetricDashboard::zoom(double factor)
{
    const double center = m_live ? m_to : (m_from + m_to) / 2;
    const double half = (m_to - m_from) * factor / 2;
    m_span = half * 2;
    applyRange(m_live ? m_to - m_span : center - half, m_live ? m_to : center + half, m_live);
}

void MetricDashboard::pan(double fraction)
{
    const double shift = (m_to - m_from) * fraction;
    applyRange(m_from + shift, m_to + shift, false);
}

void MetricDashboard::applyRange(double from, double to, bool live)
{
    m_live = live;
    m_liveButton->setChecked(live);
    const bool older = from < m_from;
    m_from = from;
    m_to = to;
    m_span = to - from;
    for (MetricChart* chart : std::as_const(m_charts))
        chart->setTimeRange(from, to);
    if (older)
        Q_EMIT rangeWanted(from);
}

void MetricDashboard::updateOnScreen()
{
    const QRect viewport = m_scroll->viewport()->rect();
    for (MetricChart* chart : std::as_const(m_charts))
        chart->setOnScreen(QRect(chart->mapTo(m_scroll->viewport(), QPoint(0, 0)), chart->size()).intersects(viewport));
}

void MetricDashboard::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateOnScreen();
}

void MetricDashboard::tick()
{
    updateOnScreen(); // layouts settle after resizes; once a second is soon enough
    if (m_live) {
        const double now = m_clock.nowMs() / 1000.0;
        applyRange(now - m_span, now, true);
    }
    for (int i = 0; i < m_charts.size(); ++i)
        m_charts.at(i)->setStale(m_panels->at(i).isStale(m_clock.nowMs()));
}
