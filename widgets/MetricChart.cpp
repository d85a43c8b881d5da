#include "MetricChart.h"

#include "ChartMarkers.h"
#include "DensityPlot.h"
#include "MarkerItem.h"
#include "TimeAxisTicker.h"
#include "UiTurns.h"

#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>
#include <future>
#include <qcustomplot.h>

namespace {
const QList<QColor>& seriesColors()
{
    static const QList<QColor> colors = {QColor(0x15, 0x65, 0xC0), QColor(0x2E, 0x7D, 0x32), QColor(0x6A, 0x1B, 0x9A),
                                         QColor(0x00, 0x83, 0x8F), QColor(0xAD, 0x14, 0x57), QColor(0x45, 0x5A, 0x64),
                                         QColor(0x9E, 0x9D, 0x24), QColor(0x5D, 0x40, 0x37)};
    return colors;
}

QColor bandColor(ThresholdLevel level)
{
    return level == ThresholdLevel::Critical ? QColor(229, 57, 53, 46) : QColor(255, 179, 0, 46);
}

QColor stateColor(MetricState state)
{
    switch (state) {
    case MetricState::Critical:
        return QColor(0xC6, 0x28, 0x28);
    case MetricState::Warning:
        return QColor(0xB2, 0x6A, 0x00);
    case MetricState::Normal:
        return QColor(0x2E, 0x7D, 0x32);
    case MetricState::NoData:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}
} // namespace

struct MetricChart::Private
{
    QCustomPlot* plot = nullptr;
    QCPTextElement* title = nullptr;
    QCPTextElement* readout = nullptr;
    QCPItemText* problem = nullptr;
    QList<QCPAbstractItem*> thresholdItems;
    MarkerItem* markerItem = nullptr;
    const ChartMarkers* markers = nullptr;
    ChartMarkers ownMarkers;
    const MetricPanelData* panel = nullptr;
    QTimer frame;
    double from = 0;
    double to = 1;
    double readoutTime = std::numeric_limits<double>::infinity();
    bool stale = false;
    bool dataDirty = false;
    bool markersDirty = false;
    bool onScreen = true;
    bool settingRange = false;
    int replots = 0;
    int markerRedraws = 0;
    DensityPlot* lines = nullptr;
    QList<QCPGraph*> legendEntries; // empty graphs that only name the lines in the legend
};

MetricChart::MetricChart(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->plot = new QCustomPlot(this);
    d->plot->setAntialiasedElements(QCP::aePlottables | QCP::aeItems);
    d->plot->setNoAntialiasingOnDrag(true);
    // One paint buffer: no second layer buffer to clear and blend on every replot.
    d->plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    d->plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    d->plot->axisRect()->setRangeDrag(Qt::Horizontal);
    d->plot->axisRect()->setRangeZoom(Qt::Horizontal);
    d->plot->setMinimumHeight(220);
    d->plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new TimeAxisTicker));
    // The title row holds the value badge at its right end: above the data, never over the newest of it.
    d->plot->plotLayout()->insertRow(0);
    auto* head = new QCPLayoutGrid;
    d->plot->plotLayout()->addElement(0, 0, head);
    d->title = new QCPTextElement(d->plot, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    head->addElement(0, 0, d->title);
    d->readout = new QCPTextElement(d->plot, QString(), QFont(font().family(), font().pointSize() + 3, QFont::Bold));
    d->readout->setTextFlags(Qt::AlignRight | Qt::AlignVCenter);
    d->readout->setMargins(QMargins(6, 2, 8, 2));
    head->addElement(0, 1, d->readout);
    head->setColumnStretchFactors({1.0, 0.01});
    head->setColumnSpacing(8);
    d->plot->legend->setVisible(false);
    d->plot->legend->setFont(QFont(font().family(), font().pointSize() - 1));
    d->plot->legend->setBrush(QColor(255, 255, 255, 210));
    d->plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    d->problem = new QCPItemText(d->plot);
    d->problem->setLayer(QStringLiteral("overlay"));

    // One item for all markers, on a buffered layer of its own (while any are in view) so that a new
    // event redraws the markers alone, not the data, axes and text. On top, so the plot keeps one other
    // buffer; the item keeps the legend and the problem text clear.
    d->plot->addLayer(QStringLiteral("markers"), d->plot->layer(QStringLiteral("overlay")), QCustomPlot::limAbove);
    d->plot->layer(QStringLiteral("markers"))->setMode(QCPLayer::lmBuffered);
    d->markerItem = new MarkerItem(d->plot, d->problem);
    d->markerItem->setLayer(QStringLiteral("markers"));
    d->problem->position->setType(QCPItemPosition::ptAxisRectRatio);
    d->problem->position->setCoords(0.5, 0.55);
    d->problem->setPositionAlignment(Qt::AlignCenter);
    d->problem->setTextAlignment(Qt::AlignCenter);
    d->problem->setColor(QColor(0x8A, 0x1C, 0x1C));
    d->problem->setBrush(QColor(0xFD, 0xEC, 0xEA, 235));
    d->problem->setPadding(QMargins(8, 6, 8, 6));
    d->problem->setVisible(false);

    d->frame.setSingleShot(true);
    d->frame.setInterval(16); // one frame: many batches, one replot
    // Hidden charts, or ones scrolled out of view, wait until they are seen again.
    // Charts due in the same frame take turns, one replot per pass of the event loop.
    connect(&d->frame, &QTimer::timeout, this,
            [this] { UiTurns::instance().request(this, [this] { drawPending(); }); });
    connect(d->plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this](const QCPRange& range) {
        if (d->settingRange)
            return;
        d->from = range.lower;
        d->to = range.upper;
        Q_EMIT rangeChangedByUser(range.lower, range.upper);
        refresh();
    });
    d->plot->setMouseTracking(true);
    connect(d->plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const QString text = markerTextAt(qRound(event->position().x()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, d->plot);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->plot);
}

MetricChart::~MetricChart() = default;

QString MetricChart::readoutText() const
{
    return d->readout->text();
}

QWidget* MetricChart::plotWidget() const
{
    return d->plot;
}

int MetricChart::replotCount() const
{
    return d->replots;
}

int MetricChart::markerRedrawCount() const
{
    return d->markerRedraws;
}

int MetricChart::markerLinesDrawn() const
{
    return d->markerItem->linesDrawn();
}

int MetricChart::plotItemCount() const
{
    return d->plot->itemCount();
}

QRect MetricChart::readoutRect() const
{
    return d->readout->outerRect();
}

QRect MetricChart::dataRect() const
{
    return d->plot->axisRect()->rect();
}

std::pair<double, double> MetricChart::valueRange() const
{
    return {d->plot->yAxis->range().lower, d->plot->yAxis->range().upper};
}

QStringList MetricChart::timeTickLabels() const
{
    return d->plot->xAxis->tickVectorLabels().toList();
}

QStringList MetricChart::valueTickLabels() const
{
    return d->plot->yAxis->tickVectorLabels().toList();
}

void MetricChart::setPanel(const MetricPanelData* panel)
{
    d->panel = panel;
    d->plot->yAxis->setLabel(panel ? panel->definition.unit : QString());
    refresh();
}

void MetricChart::setTimeRange(double fromSec, double toSec)
{
    if (fromSec == d->from && toSec == d->to)
        return;
    d->from = fromSec;
    d->to = toSec;
    refresh();
}

void MetricChart::setMarkers(const ChartMarkers* markers)
{
    d->markers = markers;
    d->markerItem->setMarkers(markers);
    d->markersDirty = true;
    if (!d->frame.isActive())
        d->frame.start();
}

void MetricChart::setMarkers(const QList<ChartMarker>& markers)
{
    d->ownMarkers.reset(markers);
    setMarkers(&d->ownMarkers);
}

void MetricChart::markerChanged(double atSec)
{
    // A marker out of view changes nothing on screen; the next range change draws it.
    if (atSec < d->from || atSec > d->to)
        return;
    d->markersDirty = true;
    if (!d->frame.isActive())
        d->frame.start();
}

void MetricChart::setStale(bool stale)
{
    if (stale == d->stale)
        return;
    d->stale = stale;
    refresh();
}

void MetricChart::setReadoutTime(double timeSec)
{
    d->readoutTime = timeSec;
    refresh();
}

void MetricChart::refresh()
{
    d->dataDirty = true;
    if (!d->frame.isActive())
        d->frame.start();
}

void MetricChart::drawPending()
{
    d->frame.stop();
    // Hidden charts, or ones scrolled out of view, wait until they are seen again.
    if (!isVisible() || !d->onScreen)
        return;
    if (d->dataDirty)
        replotNow();
    else if (d->markersDirty)
        redrawMarkers();
}

void MetricChart::redrawMarkers()
{
    if (d->markerItem->layer()->mode() != QCPLayer::lmBuffered) {
        replotNow(); // the first markers in view: the layer gets its buffer with the full replot
        return;
    }
    d->markersDirty = false;
    d->markerItem->layer()->replot();
    d->plot->repaint(); // now, as a full replot would: the frame is painted when this returns
    ++d->markerRedraws;
}

QString MetricChart::markerTextAt(int x) const
{
    if (!d->markers)
        return {};
    const QCPAxis* axis = d->plot->xAxis;
    const double a = axis->pixelToCoord(x - 4);
    const double b = axis->pixelToCoord(x + 4);
    const auto [first, last] = d->markers->within(qMin(a, b), qMax(a, b));
    // Thousands of events can share a few pixels: a tooltip is read, not scrolled.
    constexpr size_t shown = 12;
    QStringList lines;
    for (size_t i = first; i < last && i < first + shown; ++i)
        lines << d->markers->all()[i].label;
    if (last - first > shown)
        lines << tr("… and %n more", nullptr, static_cast<int>(last - first - shown));
    return lines.join(QLatin1Char('\n'));
}

void MetricChart::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if ((d->dataDirty || d->markersDirty) && !d->frame.isActive())
        d->frame.start();
}

void MetricChart::setOnScreen(bool onScreen)
{
    d->onScreen = onScreen;
    if (onScreen && (d->dataDirty || d->markersDirty) && !d->frame.isActive())
        d->frame.start();
}

void MetricChart::replotNow()
{
    d->frame.stop();
    d->dataDirty = false;
    d->markersDirty = false;
    UiTurns::instance().cancel(this);
    const MetricPanelData* panel = d->panel;
    d->settingRange = true;
    d->plot->xAxis->setRange(d->from, d->to);
    d->settingRange = false;
    // One column per device pixel: a high-density screen gets its own detail, not an upscaled image.
    if (!qFuzzyCompare(d->plot->bufferDevicePixelRatio(), d->plot->devicePixelRatioF()))
        d->plot->setBufferDevicePixelRatio(d->plot->devicePixelRatioF()); // moved to another screen
    const double columnScale = d->plot->bufferDevicePixelRatio();
    const int columns = qMax(1, qRound(d->plot->axisRect()->width() * columnScale));
    const int seriesCount = panel ? static_cast<int>(panel->series.size()) : 0;
    if (!d->lines) {
        d->lines = new DensityPlot(d->plot->xAxis, d->plot->yAxis);
        d->lines->removeFromLegend();
    }
    d->lines->setColumnScale(columnScale);
    while (d->legendEntries.size() > seriesCount)
        d->plot->removeGraph(d->legendEntries.takeLast());
    d->lines->lines().resize(static_cast<size_t>(seriesCount));
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    size_t points = 0;
    for (int i = 0; i < seriesCount; ++i) {
        const MetricSeries& s = panel->series.at(i);
        if (i >= d->legendEntries.size())
            d->legendEntries << d->plot->addGraph();
        QCPGraph* entry = d->legendEntries.at(i);
        const QColor color = seriesColors().at(i % seriesColors().size());
        if (entry->name() != s.legend()) {
            entry->setName(s.legend());
            entry->setPen(QPen(color, 2));
        }
        DensityPlot::Line& line = d->lines->lines()[static_cast<size_t>(i)];
        line.series = &s;
        line.color = color;
        points += s.size();
    }
    // One pass over the points: the per-column summary that is drawn also gives the value range.
    auto bin = [this, panel, columns](int i) {
        const MetricSeries& s = panel->series.at(i);
        Decimator::columns(s.times().data(), s.values().data(), s.size(), d->from, d->to, columns,
                           d->lines->lines()[static_cast<size_t>(i)].columns);
    };
    // Binning reads every point: from a few hundred thousand on, a second core bins every other series.
    constexpr size_t SecondCoreFrom = 200'000;
    std::future<void> secondCore;
    if (points >= SecondCoreFrom && seriesCount > 1)
        secondCore = std::async(std::launch::async, [&bin, seriesCount] {
            for (int i = 1; i < seriesCount; i += 2)
                bin(i);
        });
    for (int i = 0; i < seriesCount; i += secondCore.valid() ? 2 : 1)
        bin(i);
    if (secondCore.valid())
        secondCore.get();
    for (int i = 0; i < seriesCount; ++i) {
        for (const Decimator::Column& c : d->lines->lines()[static_cast<size_t>(i)].columns) {
            if (c.count == 0)
                continue;
            if (std::isfinite(c.min))
                low = std::min(low, c.min);
            if (std::isfinite(c.max))
                high = std::max(high, c.max);
        }
    }
    d->plot->legend->setVisible(seriesCount > 1);

    // The value axis shows the data and the thresholds near it.
    const bool hasData = low <= high;
    const bool nonNegative = !hasData || low >= 0;
    if (!hasData) {
        low = 0;
        high = 1;
    }
    // A flat series (stuck at 0, say) gets a span a person can read, centred on its value, and shows
    // where it stands against every threshold.
    const double magnitude = qMax(std::abs(low), std::abs(high));
    const double minimumSpan = magnitude > 0 ? magnitude * 0.02 : 1.0;
    const bool flat = high - low < minimumSpan;
    if (flat) {
        const double middle = (low + high) / 2;
        low = middle - minimumSpan / 2;
        high = middle + minimumSpan / 2;
        if (nonNegative && low < 0) { // a count stuck at 0 sits on the axis' floor
            high -= low;
            low = 0;
        }
    }
    const double span = high - low;
    if (panel) {
        for (const Threshold& t : panel->definition.thresholds) {
            if (!hasData || flat || (t.value >= low - span && t.value <= high + span)) {
                low = std::min(low, t.value);
                high = std::max(high, t.value);
            }
        }
    }
    const double pad = (high - low) * 0.08;
    // Never a negative count on the axis, but a sliver below 0 so a series at 0 is not hidden by the axis line.
    const double floor = -(high - low) * 0.03;
    d->plot->yAxis->setRange(nonNegative && low - pad < floor ? floor : low - pad, high + pad);

    for (QCPAbstractItem* item : std::as_const(d->thresholdItems))
        d->plot->removeItem(item);
    d->thresholdItems.clear();
    if (panel) {
        const QCPRange y = d->plot->yAxis->range();
        // Bands over an empty chart would only alarm.
        for (const Threshold& t : hasData ? panel->definition.thresholds : QList<Threshold>()) {
            auto* band = new QCPItemRect(d->plot);
            band->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
            band->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
            const double top = t.above ? qMax(y.upper, t.value) : t.value;
            const double bottom = t.above ? t.value : qMin(y.lower, t.value);
            band->topLeft->setCoords(0, top);
            band->bottomRight->setCoords(1, bottom);
            band->setPen(Qt::NoPen);
            band->setBrush(bandColor(t.level));
            band->setLayer(QStringLiteral("background"));
            // Axis-aligned: antialiasing would only move the fill off Qt's fast rectangle path (2-3 ms).
            band->setAntialiased(false);
            auto* line = new QCPItemStraightLine(d->plot);
            line->point1->setCoords(d->from, t.value);
            line->point2->setCoords(d->to, t.value);
            QColor edge = bandColor(t.level);
            edge.setAlpha(200);
            line->setPen(QPen(edge, 1, Qt::DashLine));
            line->setAntialiased(false); // horizontal

            d->thresholdItems << band << line;
        }
        QString legend;
        const double latest = std::isinf(d->readoutTime) ? panel->latestValue(&legend)
                                                         : panel->valueAt(d->readoutTime, &legend);
        const MetricState state = panel->definition.stateOf(latest);
        // Stale or failing data is never called normal: the badge says what it is, in grey.
        const bool untrusted = d->stale || !panel->problem.isEmpty();
        d->readout->setText(MetricStateInfo::formatValue(latest, panel->definition.unit) + QStringLiteral(" · ") +
                            (untrusted ? tr("stale") : MetricStateInfo::label(state)));
        d->readout->setTextColor(untrusted ? stateColor(MetricState::NoData) : stateColor(state));
        QString title = panel->definition.title;
        if (d->stale)
            title += tr("  — stale");
        // A centred title wider than the chart would lose both ends; elide it instead.
        const QFontMetrics titleMetrics(d->title->font());
        const int badge = QFontMetrics(d->readout->font()).horizontalAdvance(d->readout->text()) + 30;
        d->title->setText(titleMetrics.elidedText(title, Qt::ElideRight, qMax(80, d->plot->width() - badge - 24)));
        d->title->setTextColor(d->stale ? QColor(0x8A, 0x1C, 0x1C) : seriesColors().constFirst().darker(160));
        d->problem->setVisible(!panel->problem.isEmpty());
        // QCPItemText does not wrap: break long messages by hand to the chart's width.
        const int perLine = qMax(20, d->plot->axisRect()->width() / qMax(1, QFontMetrics(font()).averageCharWidth()) - 4);
        QString wrapped;
        int lineLength = 0;
        for (const QString& word : panel->problem.split(QLatin1Char(' '))) {
            if (lineLength > 0 && lineLength + word.size() > perLine) {
                wrapped += QLatin1Char('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                wrapped += QLatin1Char(' ');
                ++lineLength;
            }
            wrapped += word;
            lineLength += static_cast<int>(word.size());
        }
        d->problem->setText(wrapped);
    }
    // The markers' own buffer (so that a new event redraws the markers alone) costs a full-size clear
    // and blend on every replot: it is kept only while markers are in view.
    const auto [firstMarker, endMarker] = d->markers ? d->markers->within(d->from, d->to) : std::pair<size_t, size_t>();
    d->markerItem->layer()->setMode(endMarker > firstMarker ? QCPLayer::lmBuffered : QCPLayer::lmLogical);
    d->plot->replot(QCustomPlot::rpImmediateRefresh);
    ++d->replots;
}

bool MetricChart::savePng(const QString& path, int width, int height)
{
    resize(width, height);
    d->plot->resize(width, height);
    // A chart never shown has no laid-out plot rect: lay it out at the image's size before binning,
    // or every point falls into one column at the axis.
    d->plot->setViewport(QRect(0, 0, width, height));
    d->plot->replot(QCustomPlot::rpImmediateRefresh);
    replotNow();
    return d->plot->savePng(path, width, height);
}
