#include "WallView.h"

#include <QDateTime>

#include "Clock.h"
#include "Incident.h"
#include "TimeOffset.h"
#include "UpdateCadence.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace {
constexpr int TileCount = 6;
constexpr int EventCount = 5;
const QColor Background(0x10, 0x14, 0x18);
const QColor Panel(0x1E, 0x24, 0x2B);
const QColor Text(0xFF, 0xFF, 0xFF);
const QColor Muted(0xC8, 0xD0, 0xD8);
const QColor Alarm(0xFF, 0x8A, 0x80); // light red: readable on the dark background
const QColor Untrusted(0x45, 0x3A, 0x5A); // stale or failing: neither healthy green nor an alert colour

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

double luminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
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
    , m_banner(makeLabel(Qt::AlignCenter))
    , m_clockCaption(makeLabel())
    , m_tplus(makeLabel())
    , m_countdownCaption(makeLabel(Qt::AlignRight | Qt::AlignVCenter))
    , m_countdown(makeLabel(Qt::AlignRight | Qt::AlignVCenter))
    , m_hint(makeLabel(Qt::AlignRight | Qt::AlignVCenter))
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Incident Console — war room"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Background);
    setPalette(p);
    setFocusPolicy(Qt::StrongFocus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_banner);

    auto* clocks = new QGridLayout;
    clocks->addWidget(m_clockCaption, 0, 0);
    clocks->addWidget(m_tplus, 1, 0);
    clocks->addWidget(m_countdownCaption, 0, 1);
    clocks->addWidget(m_countdown, 1, 1);
    layout->addLayout(clocks);

    auto* tiles = new QGridLayout;
    for (int i = 0; i < TileCount; ++i) {
        Tile t;
        t.frame = new QWidget(this);
        t.frame->setAutoFillBackground(true);
        QPalette framePalette = t.frame->palette();
        framePalette.setColor(QPalette::Window, Panel);
        t.frame->setPalette(framePalette);
        auto* box = new QVBoxLayout(t.frame);
        t.title = makeLabel();
        t.value = makeLabel();
        t.state = makeLabel();
        t.title->setParent(t.frame);
        t.value->setParent(t.frame);
        t.state->setParent(t.frame);
        box->addWidget(t.title);
        box->addWidget(t.value);
        box->addWidget(t.state);
        tiles->addWidget(t.frame, i / 3, i % 3);
        m_tiles << t;
    }
    for (int column = 0; column < 3; ++column)
        tiles->setColumnStretch(column, 1);
    layout->addLayout(tiles);

    auto* lower = new QGridLayout;
    for (int i = 0; i < 5; ++i) {
        m_phases << makeLabel();
        lower->addWidget(m_phases.last(), i, 0);
    }
    for (int i = 0; i < EventCount; ++i) {
        m_events << makeLabel();
        lower->addWidget(m_events.last(), i, 1);
    }
    lower->setColumnStretch(1, 3);
    lower->setColumnStretch(0, 1);
    layout->addLayout(lower);
    layout->addStretch();
    layout->addWidget(m_hint);
    m_hint->setText(tr("Read-only wall view · Esc leaves"));

    connect(m_timer, &QTimer::timeout, this, &WallView::refresh);
    m_timer->start(1000);
    applySizes();
    refresh();
}

QLabel* WallView::makeLabel(Qt::Alignment alignment)
{
    auto* label = new QLabel(this);
    label->setAlignment(alignment);
    label->setAutoFillBackground(true); // every label carries its own colours: contrast can be checked
    label->setTextFormat(Qt::PlainText);
    // Text never widens the wall beyond the screen; long lines are elided instead.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    paint(label, Background, Text);
    return label;
}

void WallView::paint(QLabel* label, const QColor& background, const QColor& foreground)
{
    QPalette p = label->palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, foreground);
    label->setPalette(p);
}

QList<QLabel*> WallView::numberLabels() const
{
    QList<QLabel*> labels{m_tplus, m_countdown};
    for (const Tile& t : m_tiles) {
        if (t.frame->isVisible())
            labels << t.value;
    }
    return labels;
}

QList<QLabel*> WallView::textLabels() const
{
    QList<QLabel*> labels{m_banner, m_clockCaption, m_countdownCaption, m_hint};
    for (const Tile& t : m_tiles) {
        if (t.frame->isVisible())
            labels << t.title << t.state;
    }
    for (QLabel* l : m_phases + m_events) {
        if (!l->text().isEmpty())
            labels << l;
    }
    return labels;
}

void WallView::setIncident(Incident* incident)
{
    if (m_incident)
        m_incident->disconnect(this);
    m_incident = incident;
    if (m_incident) {
        connect(m_incident, &Incident::eventInserted, this, &WallView::refresh);
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

void WallView::applySizes()
{
    // Sized from the screen's height: 1080 lines give a clock of ~108 px, body text of 30 px.
    const int h = qMax(600, height());
    auto sized = [](QLabel* label, int pixels, bool bold) {
        QFont f = label->font();
        f.setPixelSize(pixels);
        f.setBold(bold);
        label->setFont(f);
    };
    const int body = qMax(28, h * 28 / 1000);
    const int number = qMax(100, h * 100 / 1000); // digits about 0.72 em: at least 72 px tall
    sized(m_banner, qMax(40, h * 46 / 1000), true);
    sized(m_clockCaption, body, false);
    sized(m_countdownCaption, body, false);
    sized(m_tplus, number, true);
    sized(m_countdown, number, true);
    sized(m_hint, body, false);
    for (const Tile& t : m_tiles) {
        sized(t.title, body, false);
        sized(t.value, number, true);
        sized(t.state, body, true);
    }
    for (QLabel* l : m_phases + m_events)
        sized(l, body, false);
}

void WallView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applySizes();
    QTimer::singleShot(0, this, &WallView::refresh); // elide to the new widths once laid out
}

void WallView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WallView::refresh()
{
    const qint64 now = m_clock.nowMs();
    if (!m_incident) {
        paint(m_banner, Panel, Text);
        m_banner->setText(tr("No incident open"));
        m_tplus->setText(QStringLiteral("—"));
        m_countdown->setText(QStringLiteral("—"));
        for (const Tile& t : m_tiles)
            t.frame->setVisible(false);
        return;
    }
    const IncidentData& d = m_incident->data();
    const auto [bannerBack, bannerText] = severityColors(d.severity);
    paint(m_banner, bannerBack, bannerText);
    const QString banner = QStringLiteral("%1  ·  %2  ·  %3")
                               .arg(SeverityInfo::label(d.severity), d.title, IncidentStatusInfo::label(d.status));
    m_banner->setText(m_banner->fontMetrics().elidedText(banner, Qt::ElideMiddle, qMax(200, m_banner->width() - 16)));

    const qint64 end = d.resolvedMs != 0 ? d.resolvedMs : now;
    m_clockCaption->setText(tr("Since the start"));
    m_tplus->setText(TimeOffset::format(qMax<qint64>(0, end - d.startedMs)));

    const int cadence = SeverityInfo::updateCadenceMinutes(d.severity);
    const UpdateCadence::State state = UpdateCadence::state(d, cadence, now);
    const qint64 remaining = UpdateCadence::nextDueMs(d, cadence) - now;
    const qint64 s = qAbs(remaining) / 1000;
    const bool late = state == UpdateCadence::State::Due || state == UpdateCadence::State::Overdue ||
                      state == UpdateCadence::State::LongOverdue;
    m_countdownCaption->setText(state == UpdateCadence::State::None ? tr("No status updates due")
                                : late ? tr("Status update OVERDUE by")
                                       : tr("Next status update in"));
    m_countdown->setText(state == UpdateCadence::State::None
                             ? QStringLiteral("—")
                             : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
    paint(m_countdown, Background, late ? Alarm : Text);
    paint(m_countdownCaption, Background, late ? Alarm : Muted);

    // The most severe panels first: what the room must see.
    QList<const MetricPanelData*> shown;
    if (m_panels) {
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
        const double value = panel.latestValue();
        const MetricState metricState = panel.definition.stateOf(value);
        paint(t.title, Panel, Muted);
        const QString title = panel.definition.unit.isEmpty()
                                  ? panel.definition.title
                                  : panel.definition.title + QStringLiteral(" (") + panel.definition.unit + QLatin1Char(')');
        t.title->setText(t.title->fontMetrics().elidedText(title, Qt::ElideRight, qMax(100, t.frame->width() - 24)));
        t.title->setToolTip(title);
        t.value->setText(MetricStateInfo::formatValue(value, QString()));
        if (untrusted(panel)) {
            paint(t.value, Panel, Muted); // the last value, dimmed: what it was, not what it is
            paint(t.state, Untrusted, Text);
            t.state->setText(panel.lastSuccessMs == 0
                                 ? tr("NO DATA")
                                 : tr("STALE SINCE %1").arg(QDateTime::fromMSecsSinceEpoch(panel.lastSuccessMs).toString(QStringLiteral("HH:mm"))));
            continue;
        }
        paint(t.value, Panel, Text);
        const auto [stateBack, stateText] = stateColors(metricState);
        paint(t.state, stateBack, stateText);
        t.state->setText(MetricStateInfo::label(metricState).toUpper());
    }

    const ChecklistDefinition& checklist = m_incident->checklist();
    for (int i = 0; i < m_phases.size(); ++i) {
        if (i >= checklist.phases.size()) {
            m_phases.at(i)->clear();
            continue;
        }
        const int done = m_incident->checkedCount(i);
        const int total = static_cast<int>(checklist.phases.at(i).items.size());
        paint(m_phases.at(i), Background, done == total ? Muted : Text);
        m_phases.at(i)->setText(QStringLiteral("%1 %2  %3/%4")
                                    .arg(done == total ? QStringLiteral("✔") : QStringLiteral("○"),
                                         checklist.phases.at(i).title)
                                    .arg(done)
                                    .arg(total));
    }
    const QList<TimelineEvent>& events = d.events;
    for (int i = 0; i < m_events.size(); ++i) {
        const qsizetype index = events.size() - m_events.size() + i;
        if (index < 0) {
            m_events.at(i)->clear();
            continue;
        }
        const TimelineEvent& e = events.at(index);
        QString line = QStringLiteral("%1  %2").arg(TimeOffset::format(e.atMs - d.startedMs), e.text.simplified());
        m_events.at(i)->setText(m_events.at(i)->fontMetrics().elidedText(line, Qt::ElideRight,
                                                                         qMax(200, m_events.at(i)->width() - 8)));
    }
}
