#include "MetricsController.h"

#include "Clock.h"
#include "LogCategories.h"
#include "PromResponse.h"
#include "UiTurns.h"
#include "network/Network.h"
#include "network/PrometheusClient.h"

#include <QTimer>
#include <algorithm>
#include <cmath>

namespace {
// One line per transition: which panel, rule and series, and the value that moved it.
void logTransitions(const QList<AlertTransition>& transitions)
{
    for (const AlertTransition& t : transitions)
        qCInfo(lcAlerts, "%s: %s on \"%s\", series %s, value %g", t.firing ? "firing" : "resolved",
               qUtf8Printable(t.threshold.ruleId()), qUtf8Printable(t.panelTitle), qUtf8Printable(t.seriesLegend),
               t.value);
}
} // namespace

MetricsController::MetricsController(Network& network, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{
}

MetricsController::~MetricsController()
{
    stop();
}

void MetricsController::setProfile(const DashboardProfile& profile)
{
    stop();
    m_window.reset();
    m_profile = profile;
    m_panels.clear();
    m_loadedFrom.clear();
    m_wantedFrom.clear();
    m_answeredTo.clear();
    m_alerts.reset();
    m_firing.clear();
    qDeleteAll(m_timers);
    m_timers.clear();
    for (int i = 0; i < profile.panels.size(); ++i) {
        MetricPanelData panel;
        panel.definition = profile.panels.at(i);
        m_panels.append(panel);
        m_loadedFrom.append(0);
        m_wantedFrom.append(0);
        m_answeredTo.append(0);
        auto* timer = new QTimer(this);
        timer->setInterval(panel.definition.refreshMs);
        connect(timer, &QTimer::timeout, this, [this, i, timer] {
            if (timer->interval() != m_panels.at(i).definition.refreshMs)
                timer->start(m_panels.at(i).definition.refreshMs); // from its phase on, at its own rate
            fetch(i);
        });
        m_timers.append(timer);
    }
    Q_EMIT panelsReset();
}

void MetricsController::start()
{
    m_running = true;
    if (m_window)
        return; // a past incident's window is fetched once, never polled
    for (int i = 0; i < m_timers.size(); ++i) {
        // Each panel's polls are offset by a share of its interval: Prometheus, the decoder and the store
        // get a steady trickle of requests instead of every panel at the same instant.
        const int every = m_panels.at(i).definition.refreshMs;
        m_timers.at(i)->start(every + every * i / int(m_timers.size()));
        fetch(i);
    }
}

void MetricsController::stop()
{
    m_running = false;
    halt();
}

bool MetricsController::isPolling() const
{
    return std::any_of(m_timers.cbegin(), m_timers.cend(), [](const QTimer* t) { return t->isActive(); });
}

int MetricsController::msUntilNextPoll(int index) const
{
    return m_timers.at(index)->remainingTime();
}

void MetricsController::halt()
{
    for (QTimer* t : std::as_const(m_timers))
        t->stop();
    const QList<HttpReply*> replies = m_inFlight.keys();
    m_inFlight.clear();
    UiTurns::instance().cancel(this); // answers to a halted poll are not shown
    qDeleteAll(replies); // deleting a reply aborts its request; no answer arrives afterwards
}

void MetricsController::resetPanel(int index)
{
    MetricPanelData& panel = m_panels[index];
    panel.series.clear();
    panel.problem.clear();
    panel.lastSuccessMs = 0;
    m_loadedFrom[index] = 0;
    m_wantedFrom[index] = 0;
}

void MetricsController::showWindow(double fromSec, double toSec, const QList<MetricPanelData>& kept)
{
    halt();
    m_window = std::make_pair(fromSec, toSec);
    m_alerts.reset(); // history is not news: no alert reaches the timeline from it
    for (int i = 0; i < m_panels.size(); ++i) {
        resetPanel(i);
        for (const MetricPanelData& k : kept) {
            if (k.definition.id == m_panels.at(i).definition.id)
                m_panels[i].series = k.series;
        }
        Q_EMIT panelUpdated(i);
        fetch(i);
    }
}

void MetricsController::followLive()
{
    if (!m_window)
        return;
    halt();
    m_window.reset();
    for (int i = 0; i < m_panels.size(); ++i) {
        resetPanel(i);
        Q_EMIT panelUpdated(i);
    }
    if (m_running)
        start();
}

void MetricsController::ensureLoadedFrom(double fromSec)
{
    if (m_window) {
        if (fromSec < m_window->first) {
            m_window->first = fromSec;
            for (int i = 0; i < m_panels.size(); ++i)
                fetch(i);
        }
        return;
    }
    for (int i = 0; i < m_panels.size(); ++i) {
        if (m_loadedFrom.at(i) > 0 && fromSec < m_loadedFrom.at(i)) {
            m_wantedFrom[i] = fromSec;
            fetch(i);
        }
    }
}

void MetricsController::fetch(int index)
{
    for (const Pending& p : std::as_const(m_inFlight)) {
        if (p.panel == index)
            return; // one request per panel at a time: a slow Prometheus is not asked again and again
    }
    const double now = m_clock.nowMs() / 1000.0;
    MetricPanelData& panel = m_panels[index];
    const double minStep = qMax(1.0, panel.definition.refreshMs / 1000.0);
    if (m_window) {
        const auto [from, to] = *m_window;
        const double step = PrometheusClient::chooseStep(from, to, minStep);
        request(index, std::floor(from / step) * step, to, step, true);
        return;
    }
    double lastTime = -1;
    for (const MetricSeries& s : std::as_const(panel.series))
        lastTime = qMax(lastTime, s.lastTime());
    const double wanted = m_wantedFrom.at(index) > 0 ? m_wantedFrom.at(index) : now - m_windowSec;
    if (m_loadedFrom.at(index) == 0 || wanted < m_loadedFrom.at(index) || lastTime < 0) {
        const double from = qMin(wanted, now - m_windowSec);
        const double step = PrometheusClient::chooseStep(from, now, minStep);
        request(index, std::floor(from / step) * step, now, step, true);
        return;
    }
    // Only what is new, from one step before the last sample (late samples land there).
    const double step = panel.stepSec;
    request(index, std::floor((lastTime - step) / step) * step, now, step, false);
}

void MetricsController::request(int index, double from, double to, double step, bool full)
{
    const PanelDefinition& def = m_panels.at(index).definition;
    const PrometheusAuth auth{m_profile.bearerTokenEnv, m_profile.basicUserEnv, m_profile.basicPasswordEnv};
    const QUrl base = def.prometheus.isValid() && !def.prometheus.isEmpty() ? def.prometheus : m_profile.prometheus;
    HttpReply* reply = m_network.send(PrometheusClient::rangeQuery(base, def.query, from, to, step, auth,
                                                                   qMin(m_profile.deadlineMs, def.refreshMs * 2)),
                                      this);
    const Pending pending{index, full, from, to, step};
    m_inFlight.insert(reply, pending);
    // Answers take turns with each other and with the charts' replots: twenty panels answering at once
    // never hold the UI thread for all twenty.
    connect(reply, &HttpReply::finished, this, [this, reply, pending](const HttpResult& result) {
        UiTurns::instance().queue(this, [this, reply, pending, result] {
            if (m_inFlight.contains(reply))
                onResult(reply, pending, result);
        });
    });
    if (full)
        m_panels[index].stepSec = step;
}

void MetricsController::onResult(HttpReply* reply, const Pending& pending, const HttpResult& result)
{
    m_inFlight.remove(reply);
    reply->deleteLater();
    if (pending.panel >= m_panels.size())
        return;
    MetricPanelData& panel = m_panels[pending.panel];
    const QString before = panel.problem;
    panel.problem = PrometheusClient::problem(result);
    // The kept samples are the past incident's record: a Prometheus that no longer answers takes nothing away.
    if (m_window && !panel.series.isEmpty())
        panel.problem.clear();
    // Logged when it changes, not at every refresh of a panel that keeps failing.
    if (panel.problem != before && !panel.problem.isEmpty())
        qCWarning(lcMetrics, "panel \"%s\": %s", qUtf8Printable(panel.definition.title), qUtf8Printable(panel.problem));
    else if (panel.problem != before)
        qCInfo(lcMetrics, "panel \"%s\" answers again", qUtf8Printable(panel.definition.title));
    const PromResponse response = PrometheusClient::response(result);
    if (!result.ok() || !response.success) {
        Q_EMIT panelUpdated(pending.panel);
        return;
    }
    panel.lastSuccessMs = m_clock.nowMs();
    if (pending.full && !m_window) {
        panel.series.clear();
        m_loadedFrom[pending.panel] = pending.from;
        m_wantedFrom[pending.panel] = 0;
        m_answeredTo[pending.panel] = pending.to;
    }
    m_answeredTo[pending.panel] = qMax(m_answeredTo.at(pending.panel), pending.to);
    QList<MetricSeries> batch;
    for (const PromSeries& s : response.series) {
        const QString key = MetricSeries::keyOf(s.labels);
        const QString legend = PromResponseText::legend(panel.definition.legend, s.labels);
        MetricSeries* series = panel.find(key);
        if (!series) {
            panel.series.append(MetricSeries(key, legend, s.labels));
            series = &panel.series.last();
        }
        series->merge(s.times, s.values);
        if (m_window)
            continue; // shown, not recorded again and not alerted on
        MetricSeries arrived(key, legend, s.labels);
        arrived.merge(s.times, s.values);
        batch.append(std::move(arrived));
    }
    // Evaluated on the query's own grid, as Prometheus' rule engine evaluates at each evaluation time;
    // a past incident's window is history, never alerted on.
    const QList<AlertTransition> transitions =
        m_window ? QList<AlertTransition>()
                 : m_alerts.evaluate(panel.definition, batch, pending.from, pending.to, pending.step);
    m_firing.apply(transitions); // before panelUpdated: the wall reads the firing alerts then
    Q_EMIT panelUpdated(pending.panel);
    if (!batch.isEmpty())
        Q_EMIT samplesArrived(panel.definition, batch);
    logTransitions(transitions);
    if (!transitions.isEmpty())
        Q_EMIT alertTransitions(transitions, panel.definition.unit);
}

void MetricsController::restoreAlerts(const QList<TimelineEvent>& recorded)
{
    m_alerts.reset();
    m_firing.clear();
    for (const TimelineEvent& e : recorded) {
        if (e.kind == EventKind::Alert && e.alert.isSet())
            m_alerts.restore(e.alert, e.atMs); // in time order: the last one of each alert wins
    }
    m_firing.apply(transitionsOf(m_alerts.firing())); // the wall shows what still fires at once
    if (m_window)
        return; // a past incident's window is history, never alerted on
    for (int i = 0; i < m_panels.size(); ++i) {
        const MetricPanelData& panel = m_panels.at(i);
        if (m_loadedFrom.at(i) <= 0 || panel.stepSec <= 0)
            continue; // nothing answered yet
        // The grid the answers covered, up to the newest: a series gone by then gives no result there.
        const QList<AlertTransition> transitions =
            m_alerts.evaluate(panel.definition, panel.series, m_loadedFrom.at(i), m_answeredTo.at(i), panel.stepSec);
        m_firing.apply(transitions);
        logTransitions(transitions);
        if (!transitions.isEmpty())
            Q_EMIT alertTransitions(transitions, panel.definition.unit);
    }
}

QList<AlertTransition> MetricsController::transitionsOf(const QList<AlertRef>& firing)
{
    QList<AlertTransition> out;
    for (const AlertRef& ref : firing) {
        for (MetricPanelData& panel : m_panels) {
            if (panel.definition.id != ref.panelId)
                continue;
            for (const Threshold& t : panel.definition.thresholds) {
                if (t.ruleId() != ref.rule)
                    continue;
                AlertTransition a;
                a.panelId = ref.panelId;
                a.panelTitle = panel.definition.title;
                const MetricSeries* series = panel.find(ref.seriesKey);
                a.seriesLegend = series ? series->legend() : ref.seriesKey;
                a.seriesKey = ref.seriesKey;
                a.threshold = t;
                a.firing = true;
                a.startSec = ref.startMs / 1000.0;
                a.atSec = a.startSec;
                a.value = qQNaN();
                out << a;
            }
        }
    }
    return out;
}
