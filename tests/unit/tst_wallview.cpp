#include "ElideText.h"
#include "ElidingLabel.h"
#include "FiringAlerts.h"
#include "Fixtures.h"
#include "Incident.h"
#include "Language.h"
#include "Sparkline.h"
#include "TestClock.h"
#include "TimeOffset.h"
#include "WallList.h"
#include "WallView.h"

#include <QDir>
#include <QRegularExpression>
#include <QFontInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <memory>

namespace {
constexpr qint64 NowMs = 45 * 60'000; // T+45m with no update yet: SEV-1 overdue

QList<MetricPanelData> panels(qint64 fetchedMs)
{
    QList<MetricPanelData> list;
    const QList<QPair<double, QString>> values = {{6850, "Kafka consumer lag"}, {20, "DB pool active"}, {0.2, "5xx rate"}};
    for (const auto& [value, title] : values) {
        MetricPanelData p;
        p.definition.title = title;
        p.definition.unit = QStringLiteral("msgs");
        p.definition.thresholds = {Threshold{ThresholdLevel::Warning, true, 5000, -1, {}},
                                   Threshold{ThresholdLevel::Critical, true, 19.5, -1, {}}};
        MetricSeries s(QStringLiteral("{}"), title);
        s.merge({1}, {value});
        p.series = {s};
        p.lastSuccessMs = fetchedMs;
        list << p;
    }
    return list;
}

// The colour behind a label: its own when it fills its background, else its nearest painted ancestor's.
QColor backgroundOf(const QWidget* w)
{
    for (; w; w = w->parentWidget()) {
        if (w->autoFillBackground())
            return w->palette().color(QPalette::Window);
    }
    return Qt::white;
}

QString text(const QString& language, const char* en, const char* ko)
{
    return language == QLatin1String("ko") ? QString::fromUtf8(ko) : QString::fromUtf8(en);
}

// A busy incident as a war room sees it: long title, seven panels (one stale, one never reached),
// three alerts firing, forty events, the first phase done.
struct BusyWall
{
    TestClock clock;
    std::unique_ptr<Incident> incident;
    QList<MetricPanelData> metrics;
    FiringAlerts alerts;
    std::unique_ptr<WallView> wall;

    explicit BusyWall(const QString& language, qint64 nowMs = NowMs, qint64 updatedAgoMs = -1)
        : clock(nowMs)
    {
        IncidentData data = Fixtures::incident(0);
        data.severity = Severity::Sev1;
        data.title = text(language, "Checkout API 5xx after the v42 deploy: EU customers cannot pay with saved cards",
                          "체크아웃 API 5xx 오류: v42 배포 후 EU 고객이 저장된 카드로 결제할 수 없음");
        data.commander = text(language, "Jiwoo Park", "박지우");
        for (int i = 0; i < 40; ++i) {
            const QString what = i % 3 == 0 ? text(language, "Rolled back checkout to v41 and watched the error rate for ten minutes before calling it",
                                                   "체크아웃을 v41로 롤백하고 10분 동안 오류율을 지켜봄")
                                            : i % 3 == 1 ? text(language, "Note: DB pool at 20/20", "메모: DB 풀 20/20")
                                                         : text(language, "Checked: page the owning team", "확인: 담당 팀 호출");
            data.events << Fixtures::event(i + 1, i * 60'000, EventKind::Note, what + QStringLiteral(" #%1").arg(i + 1));
        }
        if (updatedAgoMs >= 0)
            data.events << Fixtures::event(99, nowMs - updatedAgoMs, EventKind::StatusUpdate, QStringLiteral("Status update sent #41"));
        incident = std::make_unique<Incident>(data, language);
        for (const ChecklistItem& item : incident->checklist().phases.first().items)
            incident->setChecked(item.id, 60'000);

        const double now = nowMs / 1000.0;
        const QList<std::tuple<const char*, const char*, const char*, double>> rows = {
            {"Kafka consumer lag", "Kafka 컨슈머 지연", "msgs", 6850},
            {"DB pool active connections", "DB 풀 활성 연결", "conns", 20},
            {"Checkout 5xx rate", "체크아웃 5xx 비율", "%", 4.8},
            {"p99 latency", "p99 지연 시간", "ms", 1240},
            {"Coupon issue requests", "쿠폰 발급 요청", "req/min", 310},
            {"Redis memory", "Redis 메모리", "%", 71},
            {"Pod restarts", "파드 재시작", "", 3},
        };
        for (int i = 0; i < rows.size(); ++i) {
            const auto& [en, ko, unit, last] = rows.at(i);
            MetricPanelData p;
            p.definition.id = QStringLiteral("panel-%1").arg(i);
            p.definition.title = text(language, en, ko);
            p.definition.unit = QString::fromUtf8(unit);
            // Mostly critical; one warning, one normal (which the six tiles leave out).
            const double warning = i == 4 ? last * 2 : last * 0.8;
            const double critical = i == 4 || i == 5 ? last * 3 : last * 0.9;
            p.definition.thresholds = {Threshold{ThresholdLevel::Warning, true, warning, 60'000, QStringLiteral("Warn%1").arg(i)},
                                       Threshold{ThresholdLevel::Critical, true, critical, 60'000, {}}};
            MetricSeries s(QStringLiteral("{}"), QString());
            std::vector<double> times, values;
            for (int k = 0; k < 60; ++k) {
                times.push_back(now - 15 * 60 + k * 15);
                values.push_back(last * (0.5 + 0.5 * k / 59.0) + (k % 7) * last * 0.02);
            }
            s.merge(times, values);
            p.series = {s};
            p.lastSuccessMs = nowMs;
            if (i == 3)
                p.lastSuccessMs = nowMs - 10 * 60'000; // Prometheus gone for ten minutes
            if (i == 6) {
                p.series.clear(); // never reached
                p.lastSuccessMs = 0;
            }
            metrics << p;
        }
        alerts.apply({{QStringLiteral("panel-0"), metrics.at(0).definition.title, QStringLiteral("coupon-issue-requests"),
                       Threshold{ThresholdLevel::Critical, true, 6000, 60'000, QStringLiteral("KafkaConsumerLagHigh")}, true,
                       now - 600, 6850},
                      {QStringLiteral("panel-1"), metrics.at(1).definition.title, QString(),
                       Threshold{ThresholdLevel::Warning, true, 18, 60'000, QStringLiteral("DbPoolSaturated")}, true, now - 300, 20},
                      {QStringLiteral("panel-2"), metrics.at(2).definition.title, QString(),
                       Threshold{ThresholdLevel::Critical, true, 2, 60'000, QStringLiteral("CheckoutErrorsHigh")}, true, now - 200, 4.8}});
        wall = std::make_unique<WallView>(clock);
        wall->setIncident(incident.get());
        wall->setPanels(&metrics);
        wall->setAlerts(&alerts);
    }

    bool show(const QSize& screen)
    {
        wall->resize(screen);
        wall->show();
        if (!QTest::qWaitForWindowExposed(wall.get()))
            return false;
        wall->refresh();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // what the event loop does next
        wall->grab(); // lay out and paint at this size
        return true;
    }
};

// Where a label's text does not fit the rectangle it is given, in words; empty when it fits.
QString overflowOf(const QLabel* label)
{
    const QRect room = label->contentsRect().adjusted(label->margin() + qMax(0, label->indent()), label->margin(),
                                                      -label->margin(), -label->margin());
    const int flags = label->wordWrap() ? Qt::TextWordWrap : Qt::TextSingleLine;
    const QRect need = QFontMetrics(label->font()).boundingRect(QRect(0, 0, room.width(), QWIDGETSIZE_MAX),
                                                                Qt::AlignLeft | flags, label->text());
    if (need.width() <= room.width() && need.height() <= room.height())
        return {};
    return QStringLiteral("'%1' needs %2x%3 px, has %4x%5").arg(label->text()).arg(need.width()).arg(need.height())
        .arg(room.width()).arg(room.height());
}

// Written out for a person to look at with IC_WALL_PNG_DIR=/tmp/wall tst_wallview; a no-op otherwise.
bool saveForAPerson(QWidget& wall, const QString& name)
{
    const QString dir = qEnvironmentVariable("IC_WALL_PNG_DIR");
    return dir.isEmpty() || (QDir().mkpath(dir) && wall.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

bool sameLanguageAfterwards()
{
    return Language::install(QStringLiteral("en"));
}
} // namespace

// Readable from across the room: sizes, fit and contrast at 1080p, 4K and 1600x900, in English and Korean.
class TestWallView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QVERIFY(sameLanguageAfterwards()); }

    void readableAcrossTheRoom_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<qint64>("updatedAgoMs"); // -1: never
        QTest::addColumn<QString>("countdown");
        for (const char* language : {"en", "ko"}) {
            for (const QSize& screen : {QSize(1920, 1080), QSize(3840, 2160), QSize(1600, 900)}) {
                const QString name = QStringLiteral("%1x%2 %3").arg(screen.width()).arg(screen.height()).arg(language);
                QTest::newRow(qPrintable(name)) << screen << QString::fromLatin1(language) << NowMs << qint64(-1) << "30:00";
            }
        }
        // The widest clocks: an incident open for days, its updates stopped at the start or still coming.
        const qint64 days = 12 * 86'400'000LL + 23 * 3'600'000LL + NowMs;
        QTest::newRow("1600x900 ko, day 12, no update") << QSize(1600, 900) << "ko" << days << qint64(-1) << "12d 23h";
        QTest::newRow("1920x1080 en, day 12, updated 5 min ago")
            << QSize(1920, 1080) << "en" << days << qint64(5 * 60'000) << "10:00";
    }
    void readableAcrossTheRoom()
    {
        QFETCH(QSize, screen);
        QFETCH(QString, language);
        QFETCH(qint64, elapsedMs);
        QFETCH(qint64, updatedAgoMs);
        QFETCH(QString, countdown);
        QVERIFY(Language::install(language));
        BusyWall busy(language, elapsedMs, updatedAgoMs);
        WallView& wall = *busy.wall;
        QVERIFY(busy.show(screen));
        QVERIFY(saveForAPerson(wall, QStringLiteral("wall-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[ ,]+")), QStringLiteral("-")))));

        // Nothing overflows: the wall is the screen, every widget inside its parent and the wall, every
        // label's text inside its rect.
        QCOMPARE(wall.size(), screen);
        const QRect wallRect = wall.rect();
        for (QWidget* w : wall.findChildren<QWidget*>()) {
            if (!w->isVisible())
                continue;
            const QRect onWall(w->mapTo(&wall, QPoint(0, 0)), w->size());
            QVERIFY2(wallRect.contains(onWall), qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 is off the wall")
                                                               .arg(w->metaObject()->className()).arg(onWall.x()).arg(onWall.y())
                                                               .arg(onWall.width()).arg(onWall.height())));
            QVERIFY2(w->parentWidget()->rect().contains(w->geometry()), w->metaObject()->className());
            if (auto* label = qobject_cast<QLabel*>(w)) {
                const QString overflow = overflowOf(label);
                QVERIFY2(overflow.isEmpty(), qPrintable(overflow));
            }
        }

        // Text heights follow the screen: 40 px at 1080 lines for words, 96 px for numbers.
        const double scale = screen.height() / 1080.0;
        const int minText = static_cast<int>(std::floor(40 * scale));
        const int minNumber = static_cast<int>(std::floor(96 * scale));
        QCOMPARE(wall.numberLabels().size(), 2 + 6); // clock, countdown, six tiles
        for (QLabel* label : wall.numberLabels()) {
            const int pixels = QFontInfo(label->font()).pixelSize();
            QVERIFY2(pixels >= minNumber, qPrintable(QStringLiteral("%1: %2 px").arg(label->text()).arg(pixels)));
            const int digits = QFontMetrics(label->font()).tightBoundingRect(QStringLiteral("0123456789")).height();
            QVERIFY2(digits >= std::floor(0.7 * 96 * scale), qPrintable(QStringLiteral("%1: digits %2 px").arg(label->text()).arg(digits)));
        }
        QVERIFY(wall.textLabels().size() > 20);
        for (QLabel* label : wall.textLabels()) {
            const int pixels = QFontInfo(label->font()).pixelSize();
            QVERIFY2(pixels >= minText, qPrintable(QStringLiteral("%1: %2 px").arg(label->text()).arg(pixels)));
        }
        for (QLabel* label : wall.numberLabels() + wall.textLabels()) {
            const double ratio = WallView::contrastRatio(label->palette().color(QPalette::WindowText), backgroundOf(label));
            QVERIFY2(ratio >= 7.0, qPrintable(QStringLiteral("%1: %2:1").arg(label->text()).arg(ratio, 0, 'f', 2)));
        }

        // The title is never cut inside a word; the whole of it stays the label's accessible name.
        const QString title = busy.incident->data().title;
        const ElidingLabel* shownTitle = wall.titleLabel();
        QCOMPARE(shownTitle->accessibleName(), title);
        if (shownTitle->text() != title) {
            QVERIFY(shownTitle->text().endsWith(QStringLiteral("…")));
            const QString kept = shownTitle->text().chopped(1);
            QVERIFY2(kept.size() > title.size() / 3, qPrintable(shownTitle->text()));
            QVERIFY(title.startsWith(kept));
            QVERIFY2(!title.at(kept.size()).isLetterOrNumber(), qPrintable(shownTitle->text() + " cuts a word"));
            QCOMPARE(shownTitle->toolTip(), title);
        }

        // The clock, the commander, the overdue update.
        QCOMPARE(wall.clockLabel()->text(), TimeOffset::format(elapsedMs));
        QCOMPARE(wall.countdownLabel()->text(), countdown); // SEV-1: due at T+15m
        if (updatedAgoMs < 0) // overdue: in red
            QCOMPARE(wall.countdownLabel()->palette().color(QPalette::WindowText), QColor(0xFF, 0x8A, 0x80));
        bool commanderShown = false;
        for (QLabel* label : wall.textLabels())
            commanderShown = commanderShown || label->text() == busy.incident->data().commander;
        QVERIFY(commanderShown);

        // Every phase whole on screen, the last one included.
        const QList<QLabel*> phases = wall.phaseLabels();
        QCOMPARE(phases.size(), 2 * busy.incident->checklist().phases.size());
        for (QLabel* label : phases)
            QVERIFY2(label->isVisible() && !label->text().isEmpty(), qPrintable(label->text()));

        // A trend line in every tile that has samples; the one never reached has none.
        QCOMPARE(wall.sparklines().size(), 6);
        int trends = 0;
        for (Sparkline* line : wall.sparklines()) {
            QVERIFY(line->width() >= 2 * minText);
            QVERIFY(line->height() >= minText);
            trends += line->sampleCount() >= 60 ? 1 : 0;
        }
        QCOMPARE(trends, 5);

        // The alerts firing, critical first, all three of them.
        const QList<ElidingLabel*> alertRows = wall.alertList()->shownLabels();
        QCOMPARE(alertRows.size(), 3);
        const QStringList names{"KafkaConsumerLagHigh", "CheckoutErrorsHigh", "DbPoolSaturated"};
        for (int i = 0; i < names.size(); ++i)
            QVERIFY2(alertRows.at(i)->text().contains(names.at(i)), qPrintable(alertRows.at(i)->text())); // on screen, not only in the tooltip

        // The events fill the rest of the screen with whole rows, the newest last: no empty bottom.
        WallList* events = wall.eventList();
        QVERIFY(events->shownRows() >= 4);
        QVERIFY2(events->height() - events->shownRows() * events->rowPitch() < events->rowPitch(),
                 qPrintable(QStringLiteral("%1 rows of %2 px in %3 px").arg(events->shownRows()).arg(events->rowPitch()).arg(events->height())));
        QVERIFY(events->mapTo(&wall, QPoint(0, events->height())).y() >= screen.height() - 40 * scale);
        QCOMPARE(events->shownLabels().last()->fullText(), busy.incident->data().events.last().text);

    }

    // The same wall at twice the lines has every text twice as tall: it reads the same from the same place.
    void sizesFollowTheScreenHeight()
    {
        BusyWall small(QStringLiteral("en"));
        BusyWall large(QStringLiteral("en"));
        QVERIFY(small.show(QSize(1920, 1080)));
        QVERIFY(large.show(QSize(3840, 2160)));
        const QList<QLabel*> a = small.wall->numberLabels() + small.wall->textLabels();
        const QList<QLabel*> b = large.wall->numberLabels() + large.wall->textLabels();
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            const int at1080 = QFontInfo(a.at(i)->font()).pixelSize();
            const int at2160 = QFontInfo(b.at(i)->font()).pixelSize();
            QVERIFY2(qAbs(at2160 - 2 * at1080) <= 1, qPrintable(QStringLiteral("%1: %2 px, then %3 px").arg(a.at(i)->text()).arg(at1080).arg(at2160)));
        }
    }

    // No alert firing: the left column is not left empty while the events are cut short.
    void withoutAlertsTheEventsTakeTheRoom()
    {
        BusyWall busy(QStringLiteral("en"));
        busy.alerts.clear();
        QVERIFY(busy.show(QSize(1920, 1080)));
        const QList<ElidingLabel*> rows = busy.wall->alertList()->shownLabels();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->text(), QStringLiteral("No alerts firing"));
        QVERIFY2(busy.wall->eventList()->width() >= 1920 * 2 / 3, qPrintable(QString::number(busy.wall->eventList()->width())));
        QVERIFY(busy.wall->alertList()->width() >= QFontMetrics(rows.first()->font()).horizontalAdvance(rows.first()->text()));
        QVERIFY(saveForAPerson(*busy.wall, QStringLiteral("wall-no-alerts")));
    }

    void elidesAtWordBoundaries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("widthInChars"); // in widths of 'x'
        QTest::addColumn<QString>("expected");
        QTest::newRow("fits") << "Checkout API 5xx" << 40 << "Checkout API 5xx";
        QTest::newRow("cut after a whole word") << "Checkout API 5xx after the deploy" << 22 << "Checkout API 5xx after…";
        QTest::newRow("bug: no word cut in half") << "Checkout unavailable" << 15 << "Checkout…";
        QTest::newRow("punctuation stays outside") << "Checkout, payments and coupons" << 14 << "Checkout…";
        QTest::newRow("Korean words") << "체크아웃 API 오류 발생 중" << 12 << "체크아웃 API…";
    }
    void elidesAtWordBoundaries()
    {
        QFETCH(QString, text);
        QFETCH(int, widthInChars);
        QFETCH(QString, expected);
        QFont font;
        font.setPixelSize(20);
        const QFontMetrics metrics(font);
        const int width = widthInChars * metrics.horizontalAdvance(QLatin1Char('x'));
        const QString shown = ElideText::atWordBoundary(text, metrics, width);
        QCOMPARE(shown, expected);
        QVERIFY(metrics.horizontalAdvance(shown) <= width);
    }

    void aWordWiderThanTheRoomIsStillElided()
    {
        QFont font;
        font.setPixelSize(20);
        const QFontMetrics metrics(font);
        const QString shown = ElideText::atWordBoundary(QStringLiteral("KafkaConsumerLagHighOnEveryPartition"), metrics, 100);
        QVERIFY(shown.endsWith(QStringLiteral("…")));
        QVERIFY(metrics.horizontalAdvance(shown) <= 100);
    }

    // The wall's list of alerts follows the evaluator's transitions; an alert is its panel, series and rule.
    void firingAlertsFollowTransitions_data()
    {
        QTest::addColumn<QList<AlertTransition>>("transitions");
        QTest::addColumn<QStringList>("firing");
        const Threshold lagWarn{ThresholdLevel::Warning, true, 5000, 60'000, QStringLiteral("LagHigh")};
        const Threshold lagCrit{ThresholdLevel::Critical, true, 9000, 60'000, QStringLiteral("LagCritical")};
        auto t = [](const Threshold& rule, const char* series, bool firing, double at) {
            return AlertTransition{QStringLiteral("lag"), QStringLiteral("Kafka lag"), QString::fromLatin1(series), rule, firing, at, 1};
        };
        QTest::newRow("one fires") << QList<AlertTransition>{t(lagWarn, "a", true, 10)} << QStringList{"LagHigh a"};
        QTest::newRow("fires then resolves") << QList<AlertTransition>{t(lagWarn, "a", true, 10), t(lagWarn, "a", false, 20)} << QStringList{};
        QTest::newRow("resolved series is not another's")
            << QList<AlertTransition>{t(lagWarn, "a", true, 10), t(lagWarn, "b", true, 11), t(lagWarn, "a", false, 20)}
            << QStringList{"LagHigh b"};
        QTest::newRow("critical first, then the oldest")
            << QList<AlertTransition>{t(lagWarn, "b", true, 5), t(lagWarn, "a", true, 10), t(lagCrit, "a", true, 30)}
            << QStringList{"LagCritical a", "LagHigh b", "LagHigh a"};
        QTest::newRow("re-fire after resolution")
            << QList<AlertTransition>{t(lagWarn, "a", true, 10), t(lagWarn, "a", false, 20), t(lagWarn, "a", true, 30)}
            << QStringList{"LagHigh a"};
    }
    void firingAlertsFollowTransitions()
    {
        QFETCH(QList<AlertTransition>, transitions);
        QFETCH(QStringList, firing);
        FiringAlerts alerts;
        alerts.apply(transitions);
        QStringList names;
        for (const AlertTransition& a : alerts.list())
            names << a.threshold.name + QLatin1Char(' ') + a.seriesLegend;
        QCOMPARE(names, firing);
    }

    // Prometheus down, never reached, or failing: the tile says so and is never green "NORMAL".
    void untrustedDataIsNeverShownAsHealthy_data()
    {
        QTest::addColumn<qint64>("fetchedAgoMs");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("says");
        QTest::newRow("Prometheus down for 10 minutes") << qint64(600'000) << QString() << "STALE SINCE";
        QTest::newRow("never reached") << qint64(-1) << QString() << "NO DATA";
        QTest::newRow("answering with errors") << qint64(0) << QStringLiteral("HTML 502 from the proxy") << "STALE SINCE";
    }
    void untrustedDataIsNeverShownAsHealthy()
    {
        QFETCH(qint64, fetchedAgoMs);
        QFETCH(QString, problem);
        QFETCH(QString, says);
        TestClock clock(45 * 60'000);
        Incident incident(Fixtures::incident(0), QStringLiteral("en"));
        QList<MetricPanelData> metrics = panels(fetchedAgoMs < 0 ? 0 : clock.nowMs() - fetchedAgoMs);
        for (MetricPanelData& p : metrics)
            p.problem = problem;
        WallView wall(clock);
        wall.setIncident(&incident);
        wall.setPanels(&metrics);
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        wall.refresh();
        int untrusted = 0;
        for (QLabel* label : wall.textLabels()) {
            QVERIFY2(label->text() != QLatin1String("NORMAL"), "stale data shown as normal");
            if (label->text().startsWith(says)) {
                ++untrusted;
                QVERIFY(backgroundOf(label) != QColor(0x1B, 0x5E, 0x20)); // not the healthy green
                QVERIFY(WallView::contrastRatio(label->palette().color(QPalette::WindowText), backgroundOf(label)) >= 7.0);
            }
        }
        QCOMPARE(untrusted, 3);
    }

    // A wall that lost the shared store says so above everything, readable, and stops saying it once back.
    void aLostConnectionIsNeverCalm()
    {
        TestClock clock(45 * 60'000);
        Incident incident(Fixtures::incident(0), QStringLiteral("en"));
        WallView wall(clock);
        wall.setIncident(&incident);
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QVERIFY(!wall.connectionLabel()->isVisible());
        const qint64 lostAt = QDateTime(QDate(2026, 11, 22), QTime(14, 2, 5)).toMSecsSinceEpoch();
        wall.setConnectionLost(lostAt);
        QVERIFY(wall.connectionLabel()->isVisible());
        QVERIFY2(wall.connectionLabel()->text().contains(QStringLiteral("14:02:05")), qPrintable(wall.connectionLabel()->text()));
        QVERIFY(wall.connectionLabel()->mapTo(&wall, QPoint(0, 0)).y() < wall.titleLabel()->mapTo(&wall, QPoint(0, 0)).y());
        QVERIFY(WallView::contrastRatio(wall.connectionLabel()->palette().color(QPalette::WindowText),
                                        backgroundOf(wall.connectionLabel())) >= 7.0);
        QVERIFY(QFontInfo(wall.connectionLabel()->font()).pixelSize() >= WallView::TextPixelsAt1080);
        wall.setConnectionLost(0);
        QVERIFY(!wall.connectionLabel()->isVisible());
    }

    void escapeLeavesAndNothingNeedsAMouse()
    {
        TestClock clock;
        WallView wall(clock);
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QVERIFY(saveForAPerson(wall, QStringLiteral("wall-no-incident")));
        for (QWidget* child : wall.findChildren<QWidget*>())
            QCOMPARE(child->focusPolicy(), Qt::NoFocus); // nothing to click or tab to
        QTest::keyClick(&wall, Qt::Key_Escape);
        QVERIFY(!wall.isVisible());
    }

    void contrastOfKnownPairs_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("same colour") << QColor(0x80, 0x80, 0x80) << QColor(0x80, 0x80, 0x80) << 1.0;
        QTest::newRow("WCAG example #767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    }
    void contrastOfKnownPairs()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        QVERIFY(qAbs(WallView::contrastRatio(a, b) - ratio) < 0.01);
    }
};

QTEST_MAIN(TestWallView)
#include "tst_wallview.moc"
