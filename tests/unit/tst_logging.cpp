#include "FaultServer.h"
#include "LogCategories.h"
#include "Logging.h"
#include "MetricsController.h"
#include "TestClock.h"
#include "network/HttpCall.h"
#include "network/Network.h"
#include "runbook/ActionRunner.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <algorithm>

namespace {
const QByteArray Canary = "canary-7d41e0b95a3c";

// Every form a leaked secret could take in a file.
QList<QByteArray> forms()
{
    return {Canary, QUrl::toPercentEncoding(QString::fromLatin1(Canary)), Canary.toBase64(),
            Canary.toBase64(QByteArray::OmitTrailingEquals), ("Bearer " + Canary).toBase64()};
}

// No form of the canary anywhere in the text.
bool holdsNoSecret(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    const QList<QByteArray> all = forms();
    return std::none_of(all.cbegin(), all.cend(), [&bytes](const QByteArray& form) { return bytes.contains(form); });
}

QString read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The console's log in a data folder, wherever the platform puts it below.
QString logBelow(const QString& dataHome)
{
    QDirIterator it(dataHome, {QStringLiteral("incident-console.log")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}
} // namespace

// The module categories reach the log file with their names, one module can be turned up alone, and
// what the network and runbook layers log never holds a secret.
class TestLogging final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString logText() const { return read(Logging::logFilePath()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Logging::start(m_dir.filePath(QStringLiteral("logs")));
        QVERIFY(!Logging::logFilePath().isEmpty());
    }

    void cleanup() { Logging::setLevels({}); }

    void messageReachesTheFileWithItsCategory()
    {
        qCInfo(lcNetwork, "marker %d", 4711);
        qCWarning(lcStore, "marker %d", 4712);
        const QString log = logText();
        QVERIFY2(log.contains(QStringLiteral("[info] [ic.network] marker 4711")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("[warning] [ic.store] marker 4712")), qPrintable(log));
    }

    void controlCharactersStayOnOneLine()
    {
        qCInfo(lcApp, "title \x1b]0;pwned\x07 and\nsecond line");
        const QString log = logText();
        QVERIFY2(log.contains(QStringLiteral("[ic.app] title \\u001b]0;pwned\\u0007 and\\nsecond line")), qPrintable(log));
        QVERIFY(!log.contains(QChar(0x1b)));
    }

    void requestOutcomeIsLogged()
    {
        FaultServer server;
        QNetworkAccessManager manager;
        HttpRequest request;
        request.url = QUrl(server.base() + QStringLiteral("/status/502"));
        QElapsedTimer submitted;
        submitted.start();
        HttpCall call(manager, 1, request, submitted);
        QSignalSpy done(&call, &HttpCall::done);
        call.start();
        QTRY_COMPARE(done.size(), 1);
        const QString line = QStringLiteral("[ic.network] GET %1/status/502: http-error HTTP 502 in ").arg(server.base());
        QVERIFY2(logText().contains(line), qPrintable(logText()));
    }

    void levelTurnsUpOneModule_data()
    {
        QTest::addColumn<QString>("levels");
        QTest::addColumn<bool>("networkDebug");
        QTest::addColumn<bool>("storeDebug");
        QTest::addColumn<bool>("storeInfo");
        QTest::addColumn<bool>("storeWarning");
        QTest::newRow("default: info and above") << QString() << false << false << true << true;
        QTest::newRow("one module") << QStringLiteral("ic.network=debug") << true << false << true << true;
        QTest::newRow("every module") << QStringLiteral("debug") << true << true << true << true;
        QTest::newRow("quieter, one module up") << QStringLiteral("warning,ic.network=debug") << true << false << false << true;
        QTest::newRow("the module wins in any order") << QStringLiteral("ic.network=debug, warning") << true << false << false << true;
        QTest::newRow("errors only") << QStringLiteral("error") << false << false << false << false;
        QTest::newRow("upper case") << QStringLiteral("IC.NETWORK=DEBUG") << true << false << true << true;
    }

    void levelTurnsUpOneModule()
    {
        QFETCH(QString, levels);
        QFETCH(bool, networkDebug);
        QFETCH(bool, storeDebug);
        QFETCH(bool, storeInfo);
        QFETCH(bool, storeWarning);
        QVERIFY(Logging::setLevels(levels));
        QCOMPARE(lcNetwork().isDebugEnabled(), networkDebug);
        QCOMPARE(lcStore().isDebugEnabled(), storeDebug);
        QCOMPARE(lcStore().isInfoEnabled(), storeInfo);
        QCOMPARE(lcStore().isWarningEnabled(), storeWarning);
        QVERIFY(lcStore().isCriticalEnabled());
        // And in the file: what the levels let through, and nothing else.
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        qCDebug(lcNetwork, "debug of %s", qUtf8Printable(tag));
        qCDebug(lcStore, "debug of %s", qUtf8Printable(tag));
        const QString log = logText();
        QCOMPARE(log.contains(QStringLiteral("[debug] [ic.network] debug of ") + tag), networkDebug);
        QCOMPARE(log.contains(QStringLiteral("[debug] [ic.store] debug of ") + tag), storeDebug);
    }

    void unknownLevelsAreRefused_data()
    {
        QTest::addColumn<QString>("levels");
        QTest::addColumn<QString>("named");
        QTest::newRow("no such level") << QStringLiteral("verbose") << QStringLiteral("verbose");
        QTest::newRow("no such level for a module") << QStringLiteral("ic.network=loud") << QStringLiteral("ic.network=loud");
        QTest::newRow("a rule smuggled in") << QStringLiteral("ic.store.debug=true") << QStringLiteral("ic.store.debug=true");
        QTest::newRow("a line break in the name") << QStringLiteral("ic.net\nwork=debug") << QStringLiteral("ic.net");
        QTest::newRow("no module") << QStringLiteral("=debug") << QStringLiteral("=debug");
        QTest::newRow("one good, one bad") << QStringLiteral("debug,ic.store=lots") << QStringLiteral("ic.store=lots");
    }

    void unknownLevelsAreRefused()
    {
        QFETCH(QString, levels);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!Logging::rulesFor(levels, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    // Through the console itself: --log-level and QT_LOGGING_RULES turn the store's debug lines on.
    void commandLineTurnsUpOneModule_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("rules"); // QT_LOGGING_RULES
        QTest::addColumn<bool>("storeDebug");
        QTest::newRow("default") << QStringList{"list"} << QString() << false;
        QTest::newRow("--log-level ic.store=debug") << QStringList{"--log-level", "ic.store=debug", "list"} << QString() << true;
        QTest::newRow("--log-level=debug") << QStringList{"--log-level=debug", "list"} << QString() << true;
        QTest::newRow("another module") << QStringList{"--log-level", "ic.network=debug", "list"} << QString() << false;
        QTest::newRow("QT_LOGGING_RULES") << QStringList{"list"} << QStringLiteral("ic.store.debug=true") << true;
    }

    void commandLineTurnsUpOneModule()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, rules);
        QFETCH(bool, storeDebug);
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        if (!rules.isEmpty())
            env.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
        QProcess console;
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(INCIDENT_CONSOLE),
                      QStringList{"--db", dir.filePath(QStringLiteral("incidents.sqlite"))} + args);
        QVERIFY(console.waitForFinished(30'000));
        QVERIFY2(console.exitCode() == 0, console.readAllStandardError().constData());
        const QString log = read(logBelow(dir.filePath(QStringLiteral("data"))));
        QVERIFY2(log.contains(QStringLiteral("[info] [ic.store] store ")), qPrintable(log));
        QCOMPARE(log.contains(QStringLiteral("[debug] [ic.store] opening store ")), storeDebug);
    }

    // A verb says what went wrong in its own words; the log line with the details goes to the file only.
    void commandLineKeepsStderrForItsOwnWords()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        QProcess console;
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(INCIDENT_CONSOLE), {"--db", dir.filePath(QStringLiteral("absent/incidents.sqlite")), "list"});
        QVERIFY(console.waitForFinished(30'000));
        QVERIFY(console.exitCode() != 0);
        const QByteArray err = console.readAllStandardError();
        QVERIFY2(err.contains("cannot be opened") && !err.contains("[ic.store]"), err.constData());
        const QString log = read(logBelow(dir.filePath(QStringLiteral("data"))));
        QVERIFY2(log.contains(QStringLiteral("[warning] [ic.store] store ")) && log.contains(QStringLiteral("creating it failed")),
                 qPrintable(log));
    }

    void commandLineRefusesAnUnknownLevel()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        QProcess console;
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(INCIDENT_CONSOLE), {"--db", dir.filePath(QStringLiteral("incidents.sqlite")),
                                                          "--log-level", "loud", "list"});
        QVERIFY(console.waitForFinished(30'000));
        QVERIFY(console.exitCode() != 0);
        const QByteArray err = console.readAllStandardError();
        QVERIFY2(err.contains("\"loud\" is not a log level"), err.constData());
    }

    // Each request is logged, at debug too, and none of its secrets is: not in the query, the user
    // part, a header, a redirect's target or a path a session value filled in.
    void secretsNeverReachTheLog_data()
    {
        QTest::addColumn<QString>("url"); // {base}: http://127.0.0.1:PORT, {host}: 127.0.0.1:PORT
        QTest::addColumn<QString>("bearerEnv");
        QTest::addColumn<QString>("logged"); // what the log says of it
        const QString token = QString::fromLatin1(Canary);
        QTest::newRow("token in the query") << QStringLiteral("{base}/status/502?token=") + token << QString()
                                            << QStringLiteral("GET {base}/status/502: http-error HTTP 502 in ");
        QTest::newRow("password in the URL") << QStringLiteral("http://ops:") + token + QStringLiteral("@{host}/ok")
                                             << QString() << QStringLiteral("GET {base}/ok: ok HTTP 200 in ");
        QTest::newRow("bearer token from the environment") << QStringLiteral("{base}/echo") << QStringLiteral("IC_LOG_TOKEN")
                                                           << QStringLiteral("GET {base}/echo: ok HTTP 200 in ");
        QTest::newRow("redirect to a URL with a token")
            << QStringLiteral("{base}/redirect?to={base}/status/503%3Ftoken=") + token
            << QString() << QStringLiteral("GET {base}/status/503: http-error HTTP 503 in ");
        QTest::newRow("session value in the path")
            << QStringLiteral("{base}/echo/${IC_LOG_SESSION}/x") << QString()
            << QStringLiteral("GET {base}/echo/") + QString::fromUtf8(Redactor::Mask) + QStringLiteral("/x: http-error HTTP 404 in ");
    }

    void secretsNeverReachTheLog()
    {
        QFETCH(QString, url);
        QFETCH(QString, bearerEnv);
        QFETCH(QString, logged);
        QTemporaryDir dir;
        Logging::start(dir.filePath(QStringLiteral("logs")));
        Logging::setLevels(QStringLiteral("ic.network=debug")); // successes too
        qputenv("IC_LOG_TOKEN", Canary);
        FaultServer server;
        const auto filled = [&server](QString text) {
            return text.replace(QStringLiteral("{base}"), server.base()).replace(QStringLiteral("{host}"), server.base().mid(7));
        };
        // As a runbook step's request, its variable given for this session only (not in the environment).
        RunbookStep step;
        step.kind = RunbookStep::Http;
        step.text = QStringLiteral("read the stats");
        step.action.url = filled(url);
        if (url.contains(QLatin1String("${IC_LOG_SESSION}")))
            step.action.variables = {QStringLiteral("IC_LOG_SESSION")};
        const VariableLookup session = [](const QString& name) {
            return name == QLatin1String("IC_LOG_SESSION") ? QString::fromLatin1(Canary) : QString();
        };
        QString error;
        std::optional<HttpRequest> request = ActionRunner::requestFor(step, 5000, &error, session);
        QVERIFY2(request, qPrintable(error));
        request->maxRedirects = 5;
        request->bearerTokenEnv = bearerEnv;
        QNetworkAccessManager manager;
        QElapsedTimer submitted;
        submitted.start();
        HttpCall call(manager, 1, *request, submitted);
        QSignalSpy done(&call, &HttpCall::done);
        call.start();
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(!server.requests.isEmpty());
        const QString log = read(Logging::logFilePath());
        QVERIFY2(log.contains(QStringLiteral("[ic.network] ") + filled(logged)), qPrintable(log));
        QVERIFY2(holdsNoSecret(log), qPrintable(log));
        Logging::start(m_dir.filePath(QStringLiteral("logs")));
    }

    // A runbook run says which step started and how it ended, by name, and nothing it sent.
    void runbookRunIsLoggedByStepName()
    {
        QTemporaryDir dir;
        Logging::start(dir.filePath(QStringLiteral("logs")));
        qputenv("IC_LOG_TOKEN", Canary);
        FaultServer server;
        RunbookStep step;
        step.kind = RunbookStep::Http;
        step.text = QStringLiteral("read the stats");
        step.line = 7;
        step.action.url = server.base() + QStringLiteral("/echo?key=${IC_LOG_TOKEN}");
        step.action.variables = {QStringLiteral("IC_LOG_TOKEN")};
        step.action.headers.append({QStringLiteral("Authorization"), QStringLiteral("Bearer ${IC_LOG_TOKEN}")});
        Network network;
        ActionRunner runner(network);
        QSignalSpy finished(&runner, &ActionRunner::finished);
        QString error;
        QVERIFY2(runner.start(step, 5000, &error) != 0, qPrintable(error));
        QTRY_COMPARE(finished.size(), 1);
        const QString log = read(Logging::logFilePath());
        QVERIFY2(log.contains(QStringLiteral("[ic.runbook] step \"read the stats\" (line 7) started: GET")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("[ic.runbook] step \"read the stats\" (line 7) ended: ok HTTP 200 in ")),
                 qPrintable(log));
        QVERIFY2(holdsNoSecret(log), qPrintable(log));
        Logging::start(m_dir.filePath(QStringLiteral("logs")));
    }

    // A panel that keeps failing is one line, its recovery another; an alert's transition is one line.
    void panelProblemsAndAlertsAreLoggedWhenTheyChange()
    {
        QTemporaryDir dir;
        Logging::start(dir.filePath(QStringLiteral("logs")));
        FaultServer server;
        const double t0 = 1'766'625'240;
        server.routes.insert("/api/v1/query_range",
                             R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"topic":"orders"},)"
                             R"("values":[[)" + QByteArray::number(t0, 'f', 0) + R"(,"6900"]]}]}})");
        DashboardProfile profile;
        profile.prometheus = QUrl(server.base());
        PanelDefinition lag;
        lag.id = QStringLiteral("lag");
        lag.title = QStringLiteral("Consumer lag");
        lag.query = QStringLiteral("kafka_consumer_lag");
        lag.legend = QStringLiteral("{{topic}}");
        lag.thresholds = {Threshold{ThresholdLevel::Warning, true, 5000, 0, QStringLiteral("LagHigh")}};
        PanelDefinition down = lag;
        down.id = QStringLiteral("down");
        down.title = QStringLiteral("Behind a broken proxy");
        down.thresholds.clear();
        down.prometheus = QUrl(server.base() + QStringLiteral("/down"));
        profile.panels = {lag, down};
        Network network;
        TestClock clock{static_cast<qint64>((t0 + 10) * 1000)};
        MetricsController metrics(network, clock);
        metrics.setProfile(profile);
        QSignalSpy updated(&metrics, &MetricsController::panelUpdated);
        const auto fetched = [&](int panel) {
            const qsizetype before = updated.size();
            metrics.fetch(panel);
            return QTest::qWaitFor([&] { return updated.size() > before; }, 5000);
        };

        QVERIFY(fetched(0));
        QVERIFY(fetched(1));
        QVERIFY(fetched(1)); // still failing: no second line
        server.routes.insert("/down/api/v1/query_range", server.routes.value("/api/v1/query_range"));
        QVERIFY(fetched(1));
        const QString log = read(Logging::logFilePath());
        QVERIFY2(log.contains(QStringLiteral("[info] [ic.alerts] firing: LagHigh > 5000 on \"Consumer lag\", series orders, value 6900")),
                 qPrintable(log));
        QCOMPARE(log.count(QStringLiteral("[warning] [ic.metrics] panel \"Behind a broken proxy\": ")), 1);
        QCOMPARE(log.count(QStringLiteral("[info] [ic.metrics] panel \"Behind a broken proxy\" answers again")), 1);
        QVERIFY2(!log.contains(QStringLiteral("[ic.metrics] panel \"Consumer lag\"")), qPrintable(log));
        Logging::start(m_dir.filePath(QStringLiteral("logs")));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
