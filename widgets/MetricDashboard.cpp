#include "MetricDashboard.h"

#include "Clock.h"
#include "IncidentMarkers.h"
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
#include <cmath>
#include <limits>

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
    // The buttons show the window as it is: none lit once a zoom or pan leaves every preset.
    m_presets->setExclusive(false);
    connect(m_presets, &QButtonGroup::idClicked, this, &MetricDashboard::setSpan);
    m_liveButton->setCheckable(true);
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
        chart->setMarkers(m_markers ? &m_markers->markers() : nullptr);
        if (isFixedWindow())
            chart->setReadoutTime(m_fixedReadout);
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
    m_charts.at(index)->setStale(!isFixedWindow() && m_panels->at(index).isStale(m_clock.nowMs()));
    m_charts.at(index)->refresh();
}

void MetricDashboard::setMarkers(const IncidentMarkers* markers)
{
    if (m_markers)
        disconnect(m_markers, nullptr, this, nullptr);
    m_markers = markers;
    for (MetricChart* chart : std::as_const(m_charts))
        chart->setMarkers(markers ? &markers->markers() : nullptr);
    if (!markers)
        return;
    // One event changes one marker: each chart redraws it only if it is in view.
    connect(markers, &IncidentMarkers::changed, this, [this](double atSec) {
        for (MetricChart* chart : std::as_const(m_charts))
            chart->markerChanged(atSec);
    });
    connect(markers, &IncidentMarkers::reset, this, [this] {
        for (MetricChart* chart : std::as_const(m_charts))
            chart->setMarkers(&m_markers->markers());
    });
}

void MetricDashboard::setSourceText(const QString& text)
{
    m_source->setText(text);
}

double MetricDashboard::anchor() const
{
    return isFixedWindow() ? m_fixedTo : m_clock.nowMs() / 1000.0;
}

void MetricDashboard::setSpan(int seconds)
{
    // A preset is the last N minutes: of now, or of the past incident's window.
    applyRange(anchor() - seconds, anchor(), true);
}

void MetricDashboard::goLive()
{
    if (isFixedWindow())
        applyRange(m_fixedFrom, m_fixedTo, true);
    else
        applyRange(anchor() - m_span, anchor(), true);
}

void MetricDashboard::showFixedWindow(double fromSec, double toSec, double readoutSec)
{
    if (!isFixedWindow())
        m_liveSpan = m_span;
    m_fixedFrom = fromSec;
    m_fixedTo = toSec;
    m_fixedReadout = readoutSec;
    for (MetricChart* chart : std::as_const(m_charts)) {
        chart->setReadoutTime(readoutSec);
        chart->setStale(false); // old data is what a past incident shows, not a sign of trouble
    }
    applyRange(fromSec, toSec, true);
}

void MetricDashboard::followNow()
{
    if (!isFixedWindow())
        return;
    m_fixedFrom = m_fixedTo = 0;
    for (MetricChart* chart : std::as_const(m_charts))
        chart->setReadoutTime(std::numeric_limits<double>::infinity());
    const double now = anchor();
    applyRange(now - m_liveSpan, now, true);
}

int MetricDashboard::checkedPreset() const
{
    return m_presets->checkedId() > 0 ? m_presets->checkedId() : 0;
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
    m_liveButton->setText(isFixedWindow() ? tr("● Incident window") : tr("● Live"));
    m_liveButton->setToolTip(isFixedWindow()
                                 ? tr("Back to the incident's own time window (L or End). Drag or scroll a chart to "
                                      "look around; + and - zoom, ← and → pan.")
                                 : tr("Follow the newest data (L or End). Drag or scroll a chart to look back; "
                                      "+ and - zoom, ← and → pan."));
    // Lit only while the window is that preset: following, and as long.
    for (QAbstractButton* button : m_presets->buttons())
        button->setChecked(live && std::abs(to - from - m_presets->id(button)) < 0.5);
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
    if (isFixedWindow())
        return; // a past incident's window stays where it is, and its old data is not stale
    if (m_live) {
        const double now = m_clock.nowMs() / 1000.0;
        applyRange(now - m_span, now, true);
    }
    for (int i = 0; i < m_charts.size(); ++i)
        m_charts.at(i)->setStale(m_panels->at(i).isStale(m_clock.nowMs()));
}
