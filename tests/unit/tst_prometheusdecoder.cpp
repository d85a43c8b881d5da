#include "network/PrometheusClient.h"
#include "network/PrometheusDecoder.h"

#include <QTest>
#include <future>
#include <cmath>

class TestPrometheusDecoder final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrixWithSpecialValues()
    {
        const QByteArray body = R"({"status":"success","warnings":["range truncated"],"data":{"resultType":"matrix","result":[
            {"metric":{"__name__":"kafka_consumer_lag","topic":"coupon-issue-requests"},
             "values":[[1766625240,"4700"],[1766625255.5,"NaN"],[1766625270,"+Inf"],[1766625285,"-Inf"],[1766625300,"6.85e3"]]},
            {"metric":{"topic":"other"},"values":[[1766625240,"0"]]}]}})";
        QString error;
        const PromResponse r = PrometheusDecoder::decode(body, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(r.success);
        QCOMPARE(r.resultType, QStringLiteral("matrix"));
        QCOMPARE(r.warnings, QStringList{"range truncated"});
        QCOMPARE(r.series.size(), 2);
        const PromSeries& lag = r.series.at(0);
        QCOMPARE(lag.labels.value("topic"), QStringLiteral("coupon-issue-requests"));
        QCOMPARE(lag.times.size(), size_t(5));
        QCOMPARE(lag.times.at(1), 1766625255.5);
        QCOMPARE(lag.values.at(0), 4700.0);
        QVERIFY(std::isnan(lag.values.at(1))); // a gap, never 0
        QVERIFY(std::isinf(lag.values.at(2)) && lag.values.at(2) > 0);
        QVERIFY(std::isinf(lag.values.at(3)) && lag.values.at(3) < 0);
        QCOMPARE(lag.values.at(4), 6850.0);
    }

    // Answers past 1 MiB get a parser of their own, sized and prepared before the parse: same result.
    void largeAnswersDecodeLikeSmallOnes_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<bool>("cut");
        QTest::newRow("small, reused parser") << 100 << false;
        QTest::newRow("large, own parser") << 120'000 << false;
        QTest::newRow("large and cut off") << 120'000 << true;
    }
    void largeAnswersDecodeLikeSmallOnes()
    {
        QFETCH(int, points);
        QFETCH(bool, cut);
        QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"topic":"a"},"values":[)";
        for (int i = 0; i < points; ++i)
            body += (i ? "," : "") + QByteArray("[") + QByteArray::number(1766625240 + i) + ",\"" +
                    (i % 1000 == 7 ? QByteArray("NaN") : QByteArray::number(i * 0.25, 'f', 2)) + "\"]";
        body += "]}]}}";
        if (cut)
            body.chop(body.size() / 3);
        QVERIFY(points < 1000 || body.size() > 1024 * 1024 || cut);
        QString error;
        const PromResponse r = PrometheusDecoder::decode(body, &error);
        if (cut) {
            QVERIFY2(error.contains(QStringLiteral("truncated")), qPrintable(error));
            QVERIFY(r.series.isEmpty());
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.series.size(), 1);
        const PromSeries& s = r.series.at(0);
        QCOMPARE(s.times.size(), size_t(points));
        QCOMPARE(s.times.back(), 1766625240.0 + points - 1);
        QCOMPARE(s.values.at(5), 1.25);
        QVERIFY(std::isnan(s.values.at(7)));
        QCOMPARE(s.values.back(), (points - 1) * 0.25);
    }

    // The warm large parser is shared: answers of growing size, and several decoded at once on other
    // threads, each come out whole and their own.
    void largeAnswersShareOneWarmParserSafely()
    {
        const auto bodyOf = [](int points, int topic) {
            QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":"
                              "{\"topic\":\"" + QByteArray::number(topic) + "\"},\"values\":[";
            for (int i = 0; i < points; ++i)
                body += (i ? "," : "") + QByteArray("[") + QByteArray::number(1766625240 + i) + ",\"" +
                        QByteArray::number(topic * 1000 + i) + "\"]";
            return body + "]}]}}";
        };
        const auto check = [&](int points, int topic) {
            QString error;
            const PromResponse r = PrometheusDecoder::decode(bodyOf(points, topic), &error);
            return error.isEmpty() && r.series.size() == 1 && r.series.at(0).values.size() == size_t(points) &&
                   r.series.at(0).labels.value("topic") == QString::number(topic) &&
                   r.series.at(0).values.back() == topic * 1000.0 + points - 1;
        };
        QVERIFY(check(60'000, 1));
        QVERIFY(check(120'000, 2)); // larger than the warm parser's capacity
        QVERIFY(check(60'000, 3));
        std::vector<std::future<bool>> running;
        for (int t = 0; t < 4; ++t)
            running.push_back(std::async(std::launch::async, [&check, t] { return check(50'000 + 10'000 * t, 10 + t); }));
        for (std::future<bool>& f : running)
            QVERIFY(f.get());
    }

    void vectorAndScalar_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("series");
        QTest::addColumn<double>("first");
        QTest::newRow("vector") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"job":"a"},"value":[1,"3.5"]},{"metric":{"job":"b"},"value":[1,"2"]}]}})")
                                << 2 << 3.5;
        QTest::newRow("scalar") << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1766625240.1,"42"]}})")
                                << 1 << 42.0;
        QTest::newRow("empty result") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[]}})")
                                      << 0 << 0.0;
        QTest::newRow("keys in another order") << QByteArray(R"({"data":{"result":[{"value":[1,"7"],"metric":{}}],"resultType":"vector"},"status":"success"})")
                                               << 1 << 7.0;
    }
    void vectorAndScalar()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, series);
        QFETCH(double, first);
        QString error;
        const PromResponse r = PrometheusDecoder::decode(body, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.series.size(), series);
        if (series > 0)
            QCOMPARE(r.series.at(0).values.at(0), first);
    }

    void errorsAreWords_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("html from a proxy") << QByteArray("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>") << "HTML page";
        QTest::newRow("truncated") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],)") << "truncated";
        QTest::newRow("not json") << QByteArray("upstream connect error") << "not valid Prometheus JSON";
        QTest::newRow("value not a number") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"abc"]}]}})") << "the sample value \"abc\" is not a number";
        QTest::newRow("other json") << QByteArray(R"({"hello":"world"})") << "does not look like a Prometheus";
        QTest::newRow("empty body") << QByteArray() << "the answer is empty";
        QTest::newRow("only blanks") << QByteArray(" \r\n") << "the answer is empty";
        QTest::newRow("result is an object") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":{}}})") << "'result' is an object, expected a list of series";
        QTest::newRow("result missing") << QByteArray(R"({"status":"success","data":{"resultType":"vector"}})") << "'data' has no 'result'";
        QTest::newRow("no data") << QByteArray(R"({"status":"success"})") << "has no 'data'";
        QTest::newRow("trailing garbage") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}}xyz)") << "extra data after the JSON document";
        QTest::newRow("two documents") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}} {"status":"success"})") << "extra data after the JSON document";
        QTest::newRow("string result") << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1766625240,"hello"]}})") << "resultType 'string' is not a series";
        QTest::newRow("string result, keys reversed") << QByteArray(R"({"status":"success","data":{"result":[1,"hello"],"resultType":"string"}})") << "resultType 'string' is not a series";
        QTest::newRow("unknown result type") << QByteArray(R"({"status":"success","data":{"resultType":"table","result":[]}})") << "resultType 'table' is unknown";
        QTest::newRow("sample without value") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1]]}]}})") << "not shaped like a Prometheus answer";
        QTest::newRow("a bare list") << QByteArray("[1,2]") << "not a Prometheus API object";
    }
    void errorsAreWords()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        QString error;
        const PromResponse r = PrometheusDecoder::decode(body, &error);
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(r.series.isEmpty()); // nothing half-read is passed on as data
    }

    void errorEnvelope()
    {
        QString error;
        const PromResponse r = PrometheusDecoder::decode(
            R"({"status":"error","errorType":"bad_data","error":"1:6: parse error: unexpected right parenthesis ')'"})", &error);
        QVERIFY(error.isEmpty());
        QVERIFY(!r.success);
        QCOMPARE(r.describeError(), QStringLiteral("Prometheus rejected the query (bad_data): 1:6: parse error: "
                                                   "unexpected right parenthesis ')'. Check the panel's PromQL."));
    }

    void stepKeepsUnderThePointLimit_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<double>("minStep");
        QTest::addColumn<double>("step");
        QTest::newRow("15 minutes at 15 s") << 900.0 << 15.0 << 15.0;
        QTest::newRow("24 hours at 1 s") << 86400.0 << 1.0 << 8.0;
        QTest::newRow("exactly the limit") << 10999.0 << 1.0 << 1.0;
        QTest::newRow("one over the limit") << 11000.0 << 1.0 << 2.0;
        QTest::newRow("30 days") << 2592000.0 << 15.0 << 236.0;
        QTest::newRow("fractional min step") << 60.0 << 0.5 << 1.0;
    }
    void stepKeepsUnderThePointLimit()
    {
        QFETCH(double, span);
        QFETCH(double, minStep);
        QFETCH(double, step);
        const double chosen = PrometheusClient::chooseStep(1000, 1000 + span, minStep);
        QCOMPARE(chosen, step);
        QVERIFY(span / chosen + 1 <= PrometheusClient::MaxPointsPerSeries);
    }

    void queryIsEncoded()
    {
        const HttpRequest r = PrometheusClient::rangeQuery(QUrl("http://127.0.0.1:9090/prom/"),
                                                           QStringLiteral("rate(a[5m]) + on(job) b{x=\"y&z\"}"), 100,
                                                           200, 15, {}, 1000);
        QCOMPARE(r.url.path(), QStringLiteral("/prom/api/v1/query_range"));
        const QString query = r.url.query(QUrl::FullyEncoded);
        QVERIFY2(query.contains(QStringLiteral("%2B")), qPrintable(query)); // '+' must not become a space
        QVERIFY(query.contains(QStringLiteral("y%26z")));
        QVERIFY(query.contains(QStringLiteral("step=15.000")));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusDecoder)
#include "tst_prometheusdecoder.moc"
