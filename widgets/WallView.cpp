#include "WallView.h"

#include "Clock.h"
#include "ElidingLabel.h"
#include "FiringAlerts.h"
#include "Incident.h"
#include "Sparkline.h"
#include "TimeOffset.h"
#include "UpdateCadence.h"
#include "WallList.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace {
constexpr int TileCount = 6;
constexpr int EventRowsOffered = 60; // more than fit even on the tallest wall
constexpr double TrendSeconds = 15 * 60; // what a tile's line shows: the last quarter of an hour
const QColor Background(0x10, 0x14, 0x18);
const QColor Panel(0x1E, 0x24, 0x2B);
const QColor Text(0xFF, 0xFF, 0xFF);
const QColor Muted(0xC8, 0xD0, 0xD8);
const QColor Alarm(0xFF, 0x8A, 0x80); // light red: readable on the dark background
const QColor Untrusted(0x45, 0x3A, 0x5A); // stale or failing: neither healthy green nor an alert colour
const QColor Trend(0x8F, 0xD3, 0xFF);
const QColor CurrentPhase(0x33, 0x40, 0x4D); // where the team is: a lighter cell

// Banner and badge colours chosen for at least 7:1 against their text.
QPair<QColor, QColor> severityColors(Severity s)
{
    switch (s) {
    case Severity::Sev1:
        return {QColor(0x8E, 0x00, 0x00), Text};
    case Severity::Sev2:
        return {QColor(0xFF, 0xB7, 0x4D), QColor(0x00, 0x00, 0x00)};
    case Severity::Sev3:
        return {QColor(0xFF, 0xEB, 0x3B), QColor(0x00, 0x00, 0x00)};
    }
    return {Panel, Text};
}

QPair<QColor, QColor> stateColors(MetricState s)
{
    switch (s) {
    case MetricState::Critical:
        return {QColor(0x8E, 0x00, 0x00), Text};
    case MetricState::Warning:
        return {QColor(0xFF, 0xB3, 0x00), QColor(0x00, 0x00, 0x00)};
    case MetricState::Normal:
        return {QColor(0x1B, 0x5E, 0x20), Text};
    case MetricState::NoData:
        break;
    }
    return {Panel, Muted};
}

QPair<QColor, QColor> levelColors(ThresholdLevel level)
{
    return stateColors(level == ThresholdLevel::Critical ? MetricState::Critical : MetricState::Warning);
}

double luminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

void setPixelSize(QWidget* widget, int pixels, bool bold)
{
    QFont f = widget->font();
    f.setPixelSize(pixels);
    f.setBold(bold);
    widget->setFont(f);
}

// 14:59 under an hour, 1:02:03 under a day, 3d 4h beyond (seconds no longer matter, the width does).
QString countdownText(qint64 seconds)
{
    const auto two = [](qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(two(seconds % 60));
    if (seconds < 86'400)
        return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(two((seconds / 60) % 60), two(seconds % 60));
    return QStringLiteral("%1d %2h").arg(seconds / 86'400).arg((seconds / 3600) % 24);
}

const MetricSeries* seriesNamed(const MetricPanelData& panel, const QString& legend)
{
    for (const MetricSeries& s : panel.series) {
        if (s.legend() == legend)
            return &s;
    }
    return panel.series.isEmpty() ? nullptr : &panel.series.first();
}
} // namespace

double WallView::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

WallView::WallView(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Incident Console — war room"));
    setToolTip(tr("Read-only wall view · Esc leaves")); // for whoever put it up; the room needs the space
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Background);
    setPalette(p);
    setFocusPolicy(Qt::StrongFocus);

    auto* layout = new QVBoxLayout(this);
    // Above everything, so a lost connection never passes for a calm incident.
    m_connection = makeLabel(Qt::AlignCenter);
    m_connection->setWordWrap(true);
    paint(m_connection, QColor(0xff, 0xc1, 0x07), QColor(0x10, 0x10, 0x10));
    m_connection->hide();
    layout->addWidget(m_connection);
    layout->addWidget(createBanner());
    layout->addLayout(createClocks());
    layout->addLayout(createTiles());
    m_phaseRow = new QHBoxLayout;
    layout->addLayout(m_phaseRow);
    layout->addLayout(createLower(), 1); // the rest of the screen: as many events as fit

    connect(m_timer, &QTimer::timeout, this, &WallView::refresh);
    m_timer->start(1000);
    applySizes();
    refresh();
}

QWidget* WallView::createBanner()
{
    m_banner = new QWidget(this);
    m_banner->setAutoFillBackground(true);
    auto* row = new QHBoxLayout(m_banner);
    m_severity = makeLabel();
    m_severity->setParent(m_banner);
    m_title = makeElidingLabel(m_banner);
    m_status = makeLabel(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setParent(m_banner);
    row->addWidget(m_severity);
    row->addWidget(m_title, 1);
    row->addWidget(m_status);
    return m_banner;
}

QLayout* WallView::createClocks()
{
    // One row as tall as the numbers: T+ speaks for itself, the other two carry their words beside them.
    auto* clocks = new QHBoxLayout;
    m_tplus = makeLabel();
    m_commanderCaption = makeElidingLabel(this, Qt::AlignCenter);
    m_commander = makeElidingLabel(this, Qt::AlignCenter);
    m_countdownCaption = makeLabel(Qt::AlignRight | Qt::AlignVCenter);
    m_countdownCaption->setWordWrap(true);
    m_countdown = makeLabel(Qt::AlignRight | Qt::AlignVCenter);
    auto* commander = new QVBoxLayout;
    commander->setSpacing(0);
    commander->addStretch();
    commander->addWidget(m_commanderCaption);
    commander->addWidget(m_commander);
    commander->addStretch();
    clocks->addWidget(m_tplus);
    clocks->addLayout(commander, 1);
    clocks->addWidget(m_countdownCaption);
    clocks->addWidget(m_countdown);
    return clocks;
}

QLayout* WallView::createTiles()
{
    auto* tiles = new QGridLayout;
    for (int i = 0; i < TileCount; ++i) {
        Tile t;
        t.frame = new QWidget(this);
        t.frame->setAutoFillBackground(true);
        paint(t.frame, Panel, Text);
        auto* box = new QVBoxLayout(t.frame);
        box->setSpacing(0);
        t.title = makeElidingLabel(t.frame);
        t.value = makeLabel();
        t.value->setParent(t.frame);
        t.value->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        t.trend = new Sparkline(t.frame);
        t.state = makeElidingLabel(t.frame);
        t.valueRow = new QHBoxLayout;
        t.valueRow->addWidget(t.value);
        t.valueRow->addWidget(t.trend, 1);
        box->addWidget(t.title);
        box->addLayout(t.valueRow);
        box->addWidget(t.state);
        tiles->addWidget(t.frame, i / 3, i % 3);
        m_tiles << t;
    }
    for (int column = 0; column < 3; ++column)
        tiles->setColumnStretch(column, 1);
    return tiles;
}

QLayout* WallView::createLower()
{
    m_lower = new QHBoxLayout;
    m_alerts = new WallList(WallList::Keep::First, this);
    m_events = new WallList(WallList::Keep::Newest, this);
    m_lower->addWidget(m_alerts, 1);
    m_lower->addWidget(m_events, 1);
    return m_lower;
}

QLabel* WallView::makeLabel(Qt::Alignment alignment)
{
    auto* label = new QLabel(this);
    label->setAlignment(alignment);
    label->setAutoFillBackground(true); // every label carries its own colours: contrast can be checked
    label->setTextFormat(Qt::PlainText);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    paint(label, Background, Text);
    return label;
}

ElidingLabel* WallView::makeElidingLabel(QWidget* parent, Qt::Alignment alignment)
{
    auto* label = new ElidingLabel(parent);
    label->setAlignment(alignment);
    label->setAutoFillBackground(true);
    paint(label, parent == this ? Background : Panel, Text);
    return label;
}

void WallView::paint(QWidget* widget, const QColor& background, const QColor& foreground)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, foreground);
    widget->setPalette(p);
}

QList<QLabel*> WallView::numberLabels() const
{
    QList<QLabel*> labels{m_tplus, m_countdown};
    for (const Tile& t : m_tiles) {
        if (!t.frame->isHidden())
            labels << t.value;
    }
    return labels;
}

QList<QLabel*> WallView::textLabels() const
{
    const QList<QLabel*> numbers = numberLabels();
    QList<QLabel*> labels;
    for (QLabel* label : findChildren<QLabel*>()) {
        if (label->isVisible() && !label->text().isEmpty() && !numbers.contains(label))
            labels << label;
    }
    return labels;
}

QList<Sparkline*> WallView::sparklines() const
{
    QList<Sparkline*> lines;
    for (const Tile& t : m_tiles) {
        if (!t.frame->isHidden())
            lines << t.trend;
    }
    return lines;
}

QList<QLabel*> WallView::phaseLabels() const
{
    QList<QLabel*> labels;
    for (const Phase& p : m_phases)
        labels << p.name << p.progress;
    return labels;
}

void WallView::setIncident(Incident* incident)
{
    if (m_incident)
        m_incident->disconnect(this);
    m_incident = incident;
    if (m_incident) {
        connect(m_incident, &Incident::eventInserted, this, &WallView::refresh);
        connect(m_incident, &Incident::eventChanged, this, &WallView::refresh);
        connect(m_incident, &Incident::headerChanged, this, &WallView::refresh);
        connect(m_incident, &Incident::checklistChanged, this, &WallView::refresh);
    }
    refresh();
}

void WallView::setPanels(const QList<MetricPanelData>* panels)
{
    m_panels = panels;
    refresh();
}

void WallView::setAlerts(const FiringAlerts* alerts)
{
    m_firing = alerts;
    refresh();
}

void WallView::applySizes()
{
    // Everything follows the screen's height, so a 4K wall looks like a 1080p one, only sharper.
    const double scale = qMax(480, height()) / 1080.0;
    const int text = static_cast<int>(std::ceil(TextPixelsAt1080 * scale));
    const int number = static_cast<int>(std::ceil(NumberPixelsAt1080 * scale));
    const int heading = static_cast<int>(std::ceil(52 * scale));
    const int gap = qRound(8 * scale);
    layout()->setContentsMargins(qRound(24 * scale), qRound(12 * scale), qRound(24 * scale), qRound(12 * scale));
    layout()->setSpacing(gap);
    m_banner->layout()->setContentsMargins(qRound(20 * scale), qRound(2 * scale), qRound(20 * scale), qRound(2 * scale));
    m_banner->layout()->setSpacing(qRound(32 * scale));
    for (QWidget* w : {static_cast<QWidget*>(m_severity), static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_status)})
        setPixelSize(w, heading, true);
    setPixelSize(m_connection, text, true);
    setPixelSize(m_commanderCaption, text, false);
    setPixelSize(m_commander, text, true);
    setPixelSize(m_countdownCaption, text, false);
    m_countdownCaption->setFixedWidth(8 * text); // two lines at most beside the countdown
    setPixelSize(m_tplus, number, true);
    setPixelSize(m_countdown, number, true);
    for (const Tile& t : m_tiles) {
        t.frame->layout()->setContentsMargins(gap, gap / 2, gap, gap);
        setPixelSize(t.title, text, false);
        setPixelSize(t.value, number, true);
        setPixelSize(t.state, text, true);
        t.state->setMargin(0);
        t.state->setIndent(gap);
        t.valueRow->setSpacing(2 * gap);
    }
    m_phaseRow->setSpacing(gap);
    for (const Phase& p : m_phases) {
        p.cell->layout()->setContentsMargins(gap, 0, gap, 0);
        p.cell->layout()->setSpacing(2 * gap);
        setPixelSize(p.name, text, p.name->font().bold()); // bold marks the current phase
        setPixelSize(p.progress, text, p.progress->font().bold());
    }
    setPixelSize(m_alerts, text, false);
    setPixelSize(m_events, text, false);
}

void WallView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applySizes();
}

void WallView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WallView::setConnectionLost(qint64 sinceMs)
{
    m_connectionLostMs = sinceMs;
    m_connection->setVisible(sinceMs != 0);
    if (sinceMs != 0)
        m_connection->setText(tr("Connection to the shared store lost since %1 — what is shown may be out of date")
                                  .arg(QDateTime::fromMSecsSinceEpoch(sinceMs).toString(QStringLiteral("HH:mm:ss"))));
}

void WallView::refresh()
{
    const qint64 now = m_clock.nowMs();
    refreshHeader(now);
    refreshTiles(now);
    refreshPhases();
    refreshAlerts();
    refreshEvents();
}

void WallView::refreshHeader(qint64 now)
{
    m_commanderCaption->setFullText(tr("Incident commander"));
    paint(m_commanderCaption, Background, Muted);
    if (!m_incident) {
        for (QWidget* w : {static_cast<QWidget*>(m_banner), static_cast<QWidget*>(m_severity),
                           static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_status)})
            paint(w, Panel, Text);
        m_severity->clear();
        m_status->clear();
        m_title->setFullText(tr("No incident open"));
        m_tplus->setText(QStringLiteral("—"));
        m_commander->setFullText(QStringLiteral("—"));
        m_countdownCaption->setText(tr("No status updates due"));
        paint(m_countdownCaption, Background, Muted);
        m_countdown->setText(QStringLiteral("—"));
        paint(m_countdown, Background, Text);
        return;
    }
    const IncidentData& d = m_incident->data();
    const auto [bannerBack, bannerText] = severityColors(d.severity);
    for (QWidget* w : {static_cast<QWidget*>(m_banner), static_cast<QWidget*>(m_severity),
                       static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_status)})
        paint(w, bannerBack, bannerText);
    m_severity->setText(SeverityInfo::label(d.severity));
    m_title->setFullText(d.title.simplified());
    m_status->setText(IncidentStatusInfo::label(d.status));

    const qint64 end = d.resolvedMs != 0 ? d.resolvedMs : now;
    m_tplus->setText(TimeOffset::format(qMax<qint64>(0, end - d.startedMs)));
    m_commander->setFullText(d.commander.trimmed().isEmpty() ? tr("Not named") : d.commander.simplified());
    paint(m_commander, Background, d.commander.trimmed().isEmpty() ? Alarm : Text);

    const int cadence = SeverityInfo::updateCadenceMinutes(d.severity);
    const UpdateCadence::State state = UpdateCadence::state(d, cadence, now);
    const qint64 remaining = UpdateCadence::nextDueMs(d, cadence) - now;
    const qint64 s = qAbs(remaining) / 1000;
    const bool late = state == UpdateCadence::State::Due || state == UpdateCadence::State::Overdue ||
                      state == UpdateCadence::State::LongOverdue;
    m_countdownCaption->setText(state == UpdateCadence::State::None ? tr("No status updates due")
                                    : late ? tr("Status update OVERDUE by")
                                           : tr("Next status update in"));
    m_countdown->setText(state == UpdateCadence::State::None ? QStringLiteral("—") : countdownText(s));
    paint(m_countdown, Background, late ? Alarm : Text);
    paint(m_countdownCaption, Background, late ? Alarm : Muted);
}

void WallView::refreshTiles(qint64 now)
{
    // The most severe panels first: what the room must see.
    QList<const MetricPanelData*> shown;
    if (m_panels && m_incident) {
        for (const MetricPanelData& p : *m_panels)
            shown << &p;
    }
    // Data that cannot be trusted is never shown as healthy: stale or failing panels say so.
    auto untrusted = [now](const MetricPanelData& p) { return p.isStale(now) || !p.problem.isEmpty(); };
    std::stable_sort(shown.begin(), shown.end(), [&untrusted](const MetricPanelData* a, const MetricPanelData* b) {
        auto rank = [&untrusted](const MetricPanelData* p) {
            const MetricState s = p->state();
            return s == MetricState::Critical ? 0 : s == MetricState::Warning || untrusted(*p) ? 1 : s == MetricState::Normal ? 2 : 3;
        };
        return rank(a) < rank(b);
    });
    for (int i = 0; i < m_tiles.size(); ++i) {
        const Tile& t = m_tiles.at(i);
        t.frame->setVisible(i < shown.size());
        if (i >= shown.size())
            continue;
        const MetricPanelData& panel = *shown.at(i);
        QString legend;
        const double value = panel.latestValue(&legend);
        const MetricState metricState = panel.definition.stateOf(value);
        paint(t.title, Panel, Muted);
        t.title->setFullText(panel.definition.unit.isEmpty()
                                 ? panel.definition.title
                                 : panel.definition.title + QStringLiteral(" (") + panel.definition.unit + QLatin1Char(')'));
        t.value->setText(MetricStateInfo::formatValue(value, QString()));
        if (const MetricSeries* series = seriesNamed(panel, legend); series && !series->isEmpty())
            t.trend->setSamples(*series, series->lastTime() - TrendSeconds, series->lastTime());
        else
            t.trend->clear();
        if (untrusted(panel)) {
            paint(t.value, Panel, Muted); // the last value, dimmed: what it was, not what it is
            t.trend->setColor(Muted);
            paint(t.state, Untrusted, Text);
            t.state->setFullText(panel.lastSuccessMs == 0
                                     ? tr("NO DATA")
                                     : tr("STALE SINCE %1").arg(QDateTime::fromMSecsSinceEpoch(panel.lastSuccessMs).toString(QStringLiteral("HH:mm"))));
            continue;
        }
        paint(t.value, Panel, Text);
        t.trend->setColor(Trend);
        const auto [stateBack, stateText] = stateColors(metricState);
        paint(t.state, stateBack, stateText);
        t.state->setFullText(MetricStateInfo::label(metricState).toUpper());
    }
}

void WallView::refreshPhases()
{
    const qsizetype count = m_incident ? m_incident->checklist().phases.size() : 0;
    if (count != m_phases.size()) {
        for (const Phase& p : std::as_const(m_phases))
            delete p.cell;
        m_phases.clear();
        for (qsizetype i = 0; i < count; ++i) {
            Phase p;
            p.cell = new QWidget(this);
            p.cell->setAutoFillBackground(true);
            auto* row = new QHBoxLayout(p.cell);
            p.name = makeElidingLabel(p.cell);
            p.progress = makeLabel(Qt::AlignRight | Qt::AlignVCenter);
            p.progress->setParent(p.cell);
            row->addWidget(p.name, 1);
            row->addWidget(p.progress);
            m_phaseRow->addWidget(p.cell);
            m_phases << p;
        }
        applySizes();
    }
    bool currentFound = false;
    for (qsizetype i = 0; i < count; ++i) {
        const ChecklistPhase& phase = m_incident->checklist().phases.at(i);
        const int done = m_incident->checkedCount(static_cast<int>(i));
        const int total = static_cast<int>(phase.items.size());
        // The first phase not done is where the team is: bright; the rest recede.
        const bool current = done < total && !currentFound;
        currentFound = currentFound || current;
        const QString mark = done == total ? QStringLiteral("✔") : current ? QStringLiteral("▶") : QStringLiteral("○");
        const Phase& p = m_phases.at(i);
        p.name->setFullText(mark + QLatin1Char(' ') + phase.title);
        p.progress->setText(QStringLiteral("%1/%2").arg(done).arg(total));
        const QColor back = current ? CurrentPhase : Panel;
        paint(p.cell, back, Text);
        for (QLabel* label : {static_cast<QLabel*>(p.name), p.progress}) {
            paint(label, back, current ? Text : Muted);
            QFont f = label->font();
            f.setBold(current);
            label->setFont(f);
        }
        // Long names get the room they need, so the short ones are not cut for them.
        m_phaseRow->setStretch(static_cast<int>(i), p.name->sizeHint().width() + p.progress->sizeHint().width());
    }
}

void WallView::refreshAlerts()
{
    const QList<AlertTransition> firing = m_firing && m_incident ? m_firing->list() : QList<AlertTransition>();
    QList<WallList::Row> rows;
    for (const AlertTransition& a : firing) {
        const QString name = a.threshold.name.isEmpty() ? a.panelTitle : a.threshold.name;
        const bool namedSeries = !a.seriesLegend.isEmpty() && a.seriesLegend != QLatin1String("{}");
        const auto [back, fore] = levelColors(a.threshold.level);
        rows << WallList::Row{MetricStateInfo::levelLabel(a.threshold.level).toUpper(),
                              name + (namedSeries ? QStringLiteral(" — ") + a.seriesLegend : QString()), fore, back};
    }
    if (rows.isEmpty())
        rows << WallList::Row{QString(), tr("No alerts firing"), Muted, Background};
    m_alerts->setRows(rows);
    // Alerts get half the width for their long names; with none, the events take most of it.
    m_lower->setStretch(0, 1);
    m_lower->setStretch(1, firing.isEmpty() ? 3 : 1);
}

void WallView::refreshEvents()
{
    QList<WallList::Row> rows;
    if (m_incident) {
        const IncidentData& d = m_incident->data();
        const qsizetype first = qMax<qsizetype>(0, d.events.size() - EventRowsOffered);
        for (qsizetype i = first; i < d.events.size(); ++i) {
            const TimelineEvent& e = d.events.at(i);
            rows << WallList::Row{TimeOffset::format(e.atMs - d.startedMs), e.text.simplified(), Text, Background};
        }
    }
    m_events->setRows(rows);
}

void WallView::showOnScreen(int screenIndex)
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screenIndex >= 0 && screenIndex < screens.size())
        setGeometry(screens.at(screenIndex)->geometry());
    showFullScreen();
    activateWindow();
}
