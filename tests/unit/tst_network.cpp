#include "BackgroundThread.h"
#include "FaultServer.h"
#include "network/Network.h"
#include "network/PrometheusClient.h"
#include "network/WebhookPoster.h"
#include "Redactor.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <sys/resource.h>

Q_DECLARE_METATYPE(HttpOutcome)

namespace {
// Waits for the result of one request; an empty result when none came in time.
HttpResult waitFor(HttpReply* reply, int timeoutMs)
{
    QSignalSpy spy(reply, &HttpReply::finished);
    if (!reply->isFinished())
        spy.wait(timeoutMs);
    return reply->isFinished() ? reply->result() : HttpResult();
}
} // namespace

// The network layer against a loopback server that stalls, resets, lies and floods.
class TestNetwork final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Background threads yield to the UI thread: their nice value is raised, the caller's untouched.
    void backgroundThreadsRunBelowTheUi()
    {
        QThread thread;
        BackgroundThread::start(thread);
        auto* inThread = new QObject;
        inThread->moveToThread(&thread);
        int niceThere = -100;
        QMetaObject::invokeMethod(inThread, [&niceThere] { niceThere = getpriority(PRIO_PROCESS, 0); },
                                  Qt::BlockingQueuedConnection);
        inThread->deleteLater();
        thread.quit();
        thread.wait();
        QCOMPARE(niceThere, getpriority(PRIO_PROCESS, 0) + 5);
    }

    void faultsEndClassifiedWithinTheirDeadline_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("deadlineMs");
        QTest::addColumn<HttpOutcome>("outcome");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("ok") << "/ok" << 5000 << HttpOutcome::Ok << "answered 200";
        QTest::newRow("stall before headers") << "/stall-headers" << 800 << HttpOutcome::Timeout << "did not answer";
        QTest::newRow("stall mid-body") << "/stall-body" << 800 << HttpOutcome::Timeout << "did not answer";
        QTest::newRow("connection reset") << "/reset" << 5000 << HttpOutcome::ConnectionLost << "closed";
        QTest::newRow("html 502") << "/html502" << 5000 << HttpOutcome::HttpError << "HTML page";
        QTest::newRow("malformed json") << "/malformed" << 5000 << HttpOutcome::Malformed << "truncated";
        QTest::newRow("truncated body") << "/truncated" << 5000 << HttpOutcome::ConnectionLost << "bytes of the body";
        QTest::newRow("200 MB announced") << "/huge-announced" << 5000 << HttpOutcome::TooLarge << "more than";
        QTest::newRow("200 MB streamed") << "/huge-streamed" << 8000 << HttpOutcome::TooLarge << "more than";
        QTest::newRow("empty 200") << "/json" << 5000 << HttpOutcome::Ok << "answered with an empty body";
        QTest::newRow("bad chunk size") << "/bad-chunk-size" << 5000 << HttpOutcome::Malformed << "broke the HTTP chunked encoding";
        QTest::newRow("not found") << "/status/404" << 5000 << HttpOutcome::HttpError << "HTTP 404";
        for (const char* type : {"bad_data", "timeout", "canceled", "execution", "unavailable", "not_found", "internal"})
            QTest::newRow(qPrintable(QStringLiteral("errorType %1").arg(type)))
                << QStringLiteral("/error/%1").arg(type) << 5000 << HttpOutcome::HttpError
                << QStringLiteral("(%1): planted %1 error").arg(type);
    }
    void faultsEndClassifiedWithinTheirDeadline()
    {
        QFETCH(QString, path);
        QFETCH(int, deadlineMs);
        QFETCH(HttpOutcome, outcome);
        QFETCH(QString, mentions);
        FaultServer server;
        Network network;
        HttpRequest request = PrometheusClient::instantQuery(QUrl(server.base()), QStringLiteral("up"), 0, {}, deadlineMs);
        request.url.setPath(path);
        request.url.setQuery(QString());
        request.maxBodyBytes = 16 * 1024 * 1024;
        QElapsedTimer clock;
        clock.start();
        HttpReply* reply = network.send(request, this);
        const HttpResult result = waitFor(reply, deadlineMs + 1000);
        QVERIFY2(reply->isFinished(), "no result within the deadline plus one second");
        delete reply;
        QVERIFY(clock.elapsed() <= deadlineMs + 1000);
        QCOMPARE(result.outcome, outcome);
        const QString words = PrometheusClient::problem(result).isEmpty() ? result.describe()
                                                                           : PrometheusClient::problem(result);
        QVERIFY2(words.contains(mentions), qPrintable(words));
        QVERIFY(words.contains(server.base()) || words.contains(QLatin1String("Prometheus")));
        QTRY_COMPARE(Network::liveReplies(), 0);
    }

    // A child process runs the requests and reports how much its peak resident set grew meanwhile.
    void bodyCapBoundsPeakMemory_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("capMiB");
        QTest::addColumn<int>("parallel");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<qint64>("points");
        QTest::addColumn<int>("limitMiB");
        // Reading holds the cap per request, plus Qt's buffers and the client itself: 68-95 MiB most runs.
        // A chunked answer from a loopback firehose sometimes peaks near 210 MiB: Qt's HTTP thread reads the
        // whole 200 MB before the cap's abort reaches it (its read buffer limit is not applied to chunked
        // bodies). The limits allow that and still fail the old code: 266-359, 228-513 and 447-848 MiB.
        QTest::newRow("200 MB chunked") << "/huge-chunked" << 64 << 1 << "plain" << "too-large" << 0LL << 64 + 176;
        QTest::newRow("200 MB until close") << "/huge-streamed" << 64 << 1 << "plain" << "too-large" << 0LL << 64 + 112;
        QTest::newRow("200 MB four at once") << "/huge-chunked" << 32 << 4 << "plain" << "too-large" << 0LL << 4 * 32 + 240;
        // 56 MB of query_range answer, 2.55 million samples (39 MiB of doubles): the body, the doubles and
        // simdjson's document (about 3 times the body), nothing more (277-281 MiB seen; room for load).
        // Before: 303-319 MiB, and 227 MiB still held afterwards, which the check below catches.
        QTest::newRow("56 MB Prometheus matrix") << "/prom-matrix?series=232&points=11000" << 64 << 1 << "prometheus"
                                                 << "ok" << 2'552'000LL << 56 + 39 + 240;
    }
    void bodyCapBoundsPeakMemory()
    {
        QFETCH(QString, path);
        QFETCH(int, capMiB);
        QFETCH(int, parallel);
        QFETCH(QString, mode);
        QFETCH(QString, outcome);
        QFETCH(qint64, points);
        QFETCH(int, limitMiB);
        FaultServer server;
        QProcess probe;
        probe.start(QStringLiteral(NET_PROBE), {server.base() + path, QString::number(qint64(capMiB) * 1024 * 1024),
                                               QString::number(parallel), mode});
        QTRY_VERIFY_WITH_TIMEOUT(probe.state() == QProcess::NotRunning, 60'000);
        const QString report = QString::fromUtf8(probe.readAllStandardOutput());
        QCOMPARE(probe.exitCode(), 0);
        QCOMPARE(report.count(QStringLiteral("outcome ") + outcome + QLatin1Char(' ')), parallel);
        if (points > 0)
            QVERIFY2(report.contains(QStringLiteral(" points %1 ").arg(points)), qPrintable(report));
        const qint64 growthKiB = QRegularExpression(QStringLiteral("hwm_growth_kib (\\d+)")).match(report).captured(1).toLongLong();
        qInfo("peak RSS growth: %lld MiB (limit %d MiB)", growthKiB / 1024, limitMiB);
        QVERIFY2(growthKiB > 0 && growthKiB < qint64(limitMiB) * 1024, qPrintable(report));
        if (mode != QLatin1String("prometheus"))
            return;
        // Once the samples are gone, so is the decoder's memory (a parser kept per thread held it).
        const qint64 heldKiB = QRegularExpression(QStringLiteral("rss_held_kib (-?\\d+)")).match(report).captured(1).toLongLong();
        qInfo("held afterwards: %lld MiB", heldKiB / 1024);
        QVERIFY2(heldKiB < 32 * 1024, qPrintable(report));
    }

    void cancelEndsARunningRequest()
    {
        FaultServer server;
        Network network;
        HttpRequest request;
        request.url = QUrl(server.base() + QStringLiteral("/stall-headers"));
        const std::unique_ptr<HttpReply> reply(network.send(request, nullptr));
        QTRY_COMPARE(server.requests.size(), 1);
        reply->cancel();
        const HttpResult result = waitFor(reply.get(), 2000);
        QCOMPARE(result.outcome, HttpOutcome::Cancelled);
        QTRY_COMPARE(Network::liveReplies(), 0);
    }

    // Issue 16: a reply is the request. Deleting it aborts the request (the server sees the connection
    // closed), and nothing is delivered afterwards, to it or anyone else.
    void deletingAReplyAbortsItsRequest()
    {
        FaultServer server;
        Network network;
        HttpRequest request;
        request.url = QUrl(server.base() + QStringLiteral("/stall-headers"));
        int arrived = 0;
        auto* reply = network.send(request, this);
        connect(reply, &HttpReply::finished, this, [&arrived] { ++arrived; });
        HttpReply* other = network.send(request, this); // the same server, kept: it must not hear of the first
        QSignalSpy otherDone(other, &HttpReply::finished);
        QTRY_COMPARE(server.requests.size(), 2);
        delete reply;
        QTRY_COMPARE(server.dropped, 1);
        other->cancel();
        QVERIFY(otherDone.wait(2000));
        QCOMPARE(otherDone.size(), 1);
        QCOMPARE(otherDone.first().at(0).value<HttpResult>().outcome, HttpOutcome::Cancelled);
        QTRY_COMPARE(Network::liveReplies(), 0);
        QCOMPARE(arrived, 0);
        delete other;
    }

    // Replies deleted at every moment of their request, including while the result is on its way to
    // them: nothing is delivered to a deleted reply, and nothing is left running.
    void repliesDeletedWhileTheirResultIsInFlight()
    {
        Network network;
        HttpRequest refused; // answered on the worker alone, so it can finish while this thread is busy
        refused.url = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        int arrived = 0;
        for (int i = 0; i < 200; ++i) {
            HttpReply* reply = network.send(refused, this);
            connect(reply, &HttpReply::finished, this, [&arrived] { ++arrived; });
            QElapsedTimer busy; // no event loop meanwhile: the worker's result may be posted already
            busy.start();
            while (busy.nsecsElapsed() < (i % 20) * 100'000) {
            }
            delete reply;
        }
        HttpReply* last = network.send(refused, this);
        QSignalSpy lastDone(last, &HttpReply::finished);
        QVERIFY(lastDone.wait(5000));
        QTRY_COMPARE(Network::liveReplies(), 0);
        QCOMPARE(arrived, 0);
        delete last;
    }

    void aSlowServerDoesNotStarveOthers()
    {
        FaultServer slow;
        FaultServer fast;
        Network::Options options;
        options.maxPerOrigin = 2;
        Network network(options);
        QList<HttpReply*> stalled;
        for (int i = 0; i < 3; ++i) {
            HttpRequest r;
            r.url = QUrl(slow.base() + QStringLiteral("/stall-headers"));
            r.deadlineMs = i < 2 ? 1500 : 800; // the queued one runs out while the others still hold the slots
            stalled << network.send(r, this);
        }
        HttpRequest quick;
        quick.url = QUrl(fast.base() + QStringLiteral("/ok"));
        QElapsedTimer clock;
        clock.start();
        const HttpResult ok = waitFor(network.send(quick, this), 3000);
        QCOMPARE(ok.outcome, HttpOutcome::Ok);
        QVERIFY2(clock.elapsed() < 1000, "the fast server waited behind the slow one");
        const HttpResult queued = waitFor(stalled.at(2), 3000);
        qDeleteAll(stalled);
        QCOMPARE(queued.outcome, HttpOutcome::Timeout);
        QCOMPARE(slow.requests.size(), 2); // the third never got a connection
        QTRY_COMPARE(Network::liveReplies(), 0);
    }

    void credentialsComeFromTheEnvironmentAndStayHome()
    {
        FaultServer home;
        FaultServer elsewhere;
        qputenv("IC_TEST_TOKEN", "canary-3f9a1c");
        Network network;

        HttpRequest echo;
        echo.url = QUrl(home.base() + QStringLiteral("/echo"));
        echo.bearerTokenEnv = QStringLiteral("IC_TEST_TOKEN");
        const HttpResult same = waitFor(network.send(echo, this), 3000);
        QCOMPARE(same.outcome, HttpOutcome::Ok);
        QCOMPARE(home.requests.last().headers.value("authorization"), QByteArray("Bearer canary-3f9a1c"));
        QVERIFY2(!same.body.contains("canary-3f9a1c"), same.body.constData()); // echoed back, but masked
        QVERIFY(same.body.contains(Redactor::Mask));

        HttpRequest away = echo;
        away.url = QUrl(home.base() + QStringLiteral("/redirect?to=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(elsewhere.base() + QStringLiteral("/echo"))));
        const HttpResult redirected = waitFor(network.send(away, this), 3000);
        QCOMPARE(redirected.outcome, HttpOutcome::Ok);
        QCOMPARE(elsewhere.requests.size(), 1);
        QVERIFY(!elsewhere.requests.last().headers.contains("authorization"));
        QCOMPARE(redirected.finalUrl.port(), elsewhere.serverPort());

        HttpRequest unset = echo;
        unset.bearerTokenEnv = QStringLiteral("IC_TEST_TOKEN_NOT_SET");
        const HttpResult missing = waitFor(network.send(unset, this), 3000);
        QCOMPARE(missing.outcome, HttpOutcome::Failed);
        QVERIFY(missing.describe().contains(QLatin1String("IC_TEST_TOKEN_NOT_SET")));
    }

    // A decoder's complaint may quote the answer; a server that echoes the token there gets it masked.
    void decoderErrorsNeverQuoteASecret()
    {
        FaultServer server;
        qputenv("IC_TEST_TOKEN", "canary-3f9a1c");
        server.routes.insert("/api/v1/query", R"({"status":"success","data":{"resultType":"vector","result":[)"
                                              R"({"metric":{},"value":[1766625240,"canary-3f9a1c"]}]}})");
        Network network;
        PrometheusAuth auth;
        auth.bearerTokenEnv = QStringLiteral("IC_TEST_TOKEN");
        const HttpRequest query = PrometheusClient::instantQuery(QUrl(server.base()), QStringLiteral("up"), 1766625240, auth, 3000);
        const HttpResult result = waitFor(network.send(query, this), 3000);
        QCOMPARE(result.outcome, HttpOutcome::Malformed);
        QVERIFY2(result.detail.contains(QStringLiteral("not a number")), qPrintable(result.detail));
        QVERIFY2(!result.detail.contains(QStringLiteral("canary-3f9a1c")), qPrintable(result.detail));
        QVERIFY2(!result.describe().contains(QStringLiteral("canary-3f9a1c")), qPrintable(result.describe()));
    }

    void webhookPosts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("deadlineMs");
        QTest::addColumn<HttpOutcome>("outcome");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("accepted") << "/echo" << 3000 << HttpOutcome::Ok << "Posted to the webhook at 127.0.0.1";
        QTest::newRow("4xx with a message") << "/status/400" << 3000 << HttpOutcome::HttpError << "HTTP 400 (server says no)";
        QTest::newRow("timeout") << "/stall-headers" << 700 << HttpOutcome::Timeout << "did not answer within";
    }
    void webhookPosts()
    {
        QFETCH(QString, path);
        QFETCH(int, deadlineMs);
        QFETCH(HttpOutcome, outcome);
        QFETCH(QString, mentions);
        FaultServer server;
        Network network;
        const QUrl url(server.base() + path + QStringLiteral("?token=secret-hook-path"));
        const HttpResult result = waitFor(network.send(WebhookPoster::request(url, QStringLiteral("[SEV-2] 결제 | \"quoted\""), deadlineMs), this),
                                          deadlineMs + 1000);
        QCOMPARE(result.outcome, outcome);
        const QString words = WebhookPoster::describe(result);
        QVERIFY2(words.contains(mentions), qPrintable(words));
        QVERIFY(!words.contains(QStringLiteral("secret-hook-path"))); // the URL is a secret: only its host is named
        QCOMPARE(server.requests.last().method, QByteArray("POST"));
        QCOMPARE(server.requests.last().headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(server.requests.last().body).object().value("text").toString(),
                 QStringLiteral("[SEV-2] 결제 | \"quoted\""));
    }

    void refusedAndUnknownHosts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<HttpOutcome>("outcome");
        QTest::newRow("nothing listening") << "http://127.0.0.1:1/" << HttpOutcome::Refused;
        QTest::newRow("no such host") << "http://no-such-host.invalid/" << HttpOutcome::Dns;
    }
    void refusedAndUnknownHosts()
    {
        QFETCH(QString, url);
        QFETCH(HttpOutcome, outcome);
        Network network;
        HttpRequest r;
        r.url = QUrl(url);
        r.deadlineMs = 4000;
        const HttpResult result = waitFor(network.send(r, this), 5000);
        QCOMPARE(result.outcome, outcome);
    }
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
