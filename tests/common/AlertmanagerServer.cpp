#include "AlertmanagerServer.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

AlertmanagerServer::AlertmanagerServer() = default;

AlertmanagerServer::~AlertmanagerServer()
{
    stop();
}

QString AlertmanagerServer::binary()
{
    return QStandardPaths::findExecutable(QStringLiteral("prometheus-alertmanager"));
}

void AlertmanagerServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool AlertmanagerServer::start(QString* error)
{
    if (binary().isEmpty()) {
        *error = QStringLiteral("prometheus-alertmanager is not installed (Debian package prometheus-alertmanager)");
        return false;
    }
    if (m_port == 0)
        m_port = freePort();
    QFile config(m_dir.filePath(QStringLiteral("alertmanager.yml")));
    config.open(QIODevice::WriteOnly);
    config.write("route:\n  receiver: 'null'\n  group_by: ['alertname', 'service']\n  group_wait: 1s\n"
                 "  group_interval: 1s\nreceivers:\n  - name: 'null'\n"
                 "inhibit_rules:\n  - source_matchers: [severity=\"critical\"]\n"
                 "    target_matchers: [severity=\"warning\"]\n    equal: [service]\n");
    config.close();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(binary(), {QStringLiteral("--config.file=") + config.fileName(),
                               QStringLiteral("--storage.path=") + m_dir.filePath(QStringLiteral("data")),
                               QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                               QStringLiteral("--cluster.listen-address="), QStringLiteral("--log.level=warn")});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("alertmanager did not start: ") + m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        QByteArray answer;
        if (request("GET", "/-/ready", {}, &answer) == 200)
            return true;
        if (m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("alertmanager exited with code %1").arg(m_process.exitCode());
            return false;
        }
        QTest::qWait(100); // readiness is a condition polled for, not a time slept
    }
    *error = QStringLiteral("alertmanager did not become ready within 30 s");
    return false;
}

bool AlertmanagerServer::restart(QString* error)
{
    stop();
    return start(error);
}

int AlertmanagerServer::request(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                                QByteArray* answer)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(1000))
        return 0;
    QByteArray head = method + ' ' + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n";
    if (!body.isEmpty())
        head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    socket.write(head + "\r\n" + body);
    QByteArray all;
    while (socket.waitForReadyRead(3000))
        all += socket.readAll();
    const qsizetype split = all.indexOf("\r\n\r\n");
    *answer = split < 0 ? QByteArray() : all.mid(split + 4);
    return all.startsWith("HTTP/") ? all.mid(9, 3).toInt() : 0;
}

int AlertmanagerServer::post(const QJsonArray& alerts)
{
    QByteArray answer;
    return request("POST", "/api/v2/alerts", QJsonDocument(alerts).toJson(QJsonDocument::Compact), &answer);
}

int AlertmanagerServer::postAlert(const QStringList& labels, const QString& summary, qint64 startsAtMs, qint64 endsAtMs)
{
    QJsonObject labelObject;
    for (const QString& pair : labels)
        labelObject.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    QJsonObject alert{{QStringLiteral("labels"), labelObject}};
    if (!summary.isEmpty())
        alert.insert(QStringLiteral("annotations"), QJsonObject{{QStringLiteral("summary"), summary}});
    if (startsAtMs > 0)
        alert.insert(QStringLiteral("startsAt"), rfc3339(startsAtMs));
    if (endsAtMs > 0)
        alert.insert(QStringLiteral("endsAt"), rfc3339(endsAtMs));
    return post(QJsonArray{alert});
}

QByteArray AlertmanagerServer::get(const QByteArray& path)
{
    QByteArray answer;
    request("GET", path, {}, &answer);
    return answer;
}
