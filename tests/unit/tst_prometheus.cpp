#include "FaultServer.h"
#include "PrometheusServer.h"
#include "network/Network.h"
#include "network/PrometheusClient.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

// The network layer and decoder against a real Prometheus on loopback, scraping a small exporter.
class TestPrometheus final : public QObject
{
    Q_OBJECT
private:
    FaultServer m_exporter;
    std::unique_ptr<PrometheusServer> m_prometheus;
    Network m_network;

    HttpResult run(const HttpRequest& request)
    {
        const std::unique_ptr<HttpReply> reply(m_network.send(request, nullptr));
        QSignalSpy spy(reply.get(), &HttpReply::finished);
        return spy.wait(request.deadlineMs + 1000) ? reply->result() : HttpResult();
    }
    double now() const { return QDateTime::currentMSecsSinceEpoch() / 1000.0; }

private Q_SLOTS:
    void initTestCase()
    {
        m_exporter.routes.insert("/metrics", "# TYPE kafka_consumer_lag gauge\n"
                                             "kafka_consumer_lag{topic=\"coupon-issue-requests\"} 6850\n"
                                             "kafka_consumer_lag{topic=\"orders\"} NaN\n"
                                             "# TYPE hikaricp_connections_active gauge\n"
                                             "hikaricp_connections_active 20\n");
        m_prometheus = std::make_unique<PrometheusServer>(
            QStringList{QStringLiteral("127.0.0.1:%1").arg(m_exporter.serverPort())});
        QString error;
        QVERIFY2(m_prometheus->start(&error), qPrintable(error));
        // Wait for the first scrape of the exporter to land.
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                const HttpResult r = run(PrometheusClient::instantQuery(QUrl(m_prometheus->base()),
                                                                        QStringLiteral("hikaricp_connections_active"),
                                                                        now(), {}, 2000));
                return r.ok() && !PrometheusClient::response(r).series.isEmpty();
            }(),
            30'000);
    }

    void instantVector()
    {
        const HttpResult r = run(PrometheusClient::instantQuery(QUrl(m_prometheus->base()),
                                                                QStringLiteral("kafka_consumer_lag"), now(), {}, 5000));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const PromResponse p = PrometheusClient::response(r);
        QCOMPARE(p.resultType, QStringLiteral("vector"));
        QCOMPARE(p.series.size(), 2);
        for (const PromSeries& s : p.series) {
            if (s.labels.value("topic") == QLatin1String("orders"))
                QVERIFY(std::isnan(s.values.at(0))); // NaN stays NaN
            else
                QCOMPARE(s.values.at(0), 6850.0);
            QCOMPARE(s.labels.value("job"), QStringLiteral("test"));
        }
    }

    void rangeMatrixAndScalar()
    {
        const double end = now();
        const double start = end - 600;
        const double step = PrometheusClient::chooseStep(start, end, 1);
        const HttpResult r = run(PrometheusClient::rangeQuery(
            QUrl(m_prometheus->base()), QStringLiteral("hikaricp_connections_active * 2"), start, end, step, {}, 5000));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const PromResponse p = PrometheusClient::response(r);
        QCOMPARE(p.resultType, QStringLiteral("matrix"));
        QCOMPARE(p.series.size(), 1);
        QVERIFY(!p.series.at(0).values.empty());
        QCOMPARE(p.series.at(0).values.back(), 40.0);
        QVERIFY(p.series.at(0).times.back() <= end);

        const HttpResult scalar = run(PrometheusClient::instantQuery(QUrl(m_prometheus->base()),
                                                                     QStringLiteral("scalar(hikaricp_connections_active)"),
                                                                     now(), {}, 5000));
        QCOMPARE(PrometheusClient::response(scalar).resultType, QStringLiteral("scalar"));
        QCOMPARE(PrometheusClient::response(scalar).series.at(0).values.at(0), 20.0);
    }

    void badQueryIsExplained()
    {
        const HttpResult r = run(PrometheusClient::instantQuery(QUrl(m_prometheus->base()), QStringLiteral("rate(up[5m]"),
                                                                now(), {}, 5000));
        QCOMPARE(r.outcome, HttpOutcome::HttpError);
        QCOMPARE(r.status, 400);
        const QString words = PrometheusClient::problem(r);
        QVERIFY2(words.startsWith(QStringLiteral("Prometheus rejected the query (bad_data)")), qPrintable(words));
    }

    void emptyResultIsExplained()
    {
        const HttpResult r = run(PrometheusClient::instantQuery(QUrl(m_prometheus->base()),
                                                                QStringLiteral("no_such_metric_anywhere"), now(), {}, 5000));
        QVERIFY(r.ok());
        QVERIFY(PrometheusClient::problem(r).contains(QStringLiteral("No series matched")));
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
