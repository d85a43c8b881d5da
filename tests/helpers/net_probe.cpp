// Usage: net_probe URL MAX_BODY_BYTES PARALLEL [prometheus]
// Sends PARALLEL requests for URL through Network and prints, per request, its outcome, body size and
// decoded points, then how much the peak resident set (VmHWM) grew while they ran and how much more
// memory (VmRSS) stays in use once the results are gone, in KiB.
// A child process, so the peak it reports is the client's alone, not the test server's.
#include "network/Network.h"
#include "network/PrometheusClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>

namespace {
qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression line(QStringLiteral("^%1:\\s+(\\d+) kB$").arg(QLatin1String(field)),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QUrl url(QString::fromLocal8Bit(argv[1]));
    const qint64 maxBody = QByteArray(argv[2]).toLongLong();
    const int parallel = QByteArray(argv[3]).toInt();
    const bool prometheus = argc > 4 && QByteArray(argv[4]) == "prometheus";

    Network network;
    int left = parallel;
    QList<HttpReply*> replies;
    auto report = [&](const HttpResult& r) {
        qsizetype points = 0;
        for (const PromSeries& s : PrometheusClient::response(r).series)
            points += static_cast<qsizetype>(s.values.size());
        std::printf("outcome %s body %lld points %lld problem %s\n", qPrintable(HttpOutcomeInfo::key(r.outcome)),
                    static_cast<long long>(r.body.size()), static_cast<long long>(points),
                    qPrintable(prometheus ? PrometheusClient::problem(r) : r.describe()));
        if (--left == 0)
            app.quit();
    };
    const qint64 before = statusKiB("VmHWM");
    const qint64 rssBefore = statusKiB("VmRSS");
    for (int i = 0; i < parallel; ++i) {
        HttpRequest request = prometheus ? PrometheusClient::instantQuery(url, QStringLiteral("up"), 0, {}, 60'000)
                                         : HttpRequest();
        request.url = url;
        request.deadlineMs = 60'000;
        request.maxBodyBytes = maxBody;
        replies << network.send(request, &app);
        QObject::connect(replies.last(), &HttpReply::finished, &app, report);
    }
    app.exec();
    qDeleteAll(replies); // a reply keeps its result: the samples' memory goes back before rss_held is read
    std::printf("hwm_growth_kib %lld\n", static_cast<long long>(statusKiB("VmHWM") - before));
    std::printf("rss_held_kib %lld\n", static_cast<long long>(statusKiB("VmRSS") - rssBefore));
    return 0;
}
