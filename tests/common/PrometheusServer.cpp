#include "PrometheusServer.h"

#include <QDeadlineTimer>
#include <QFile>
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

// A minimal GET without the layer under test.
int httpStatus(quint16 port, const QByteArray& path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(500))
        return 0;
    socket.write("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(1000))
        answer += socket.readAll();
    return answer.startsWith("HTTP/") ? answer.mid(9, 3).toInt() : 0;
}
} // namespace

PrometheusServer::PrometheusServer(const QStringList& extraTargets)
    : m_targets(extraTargets)
{
}

PrometheusServer::~PrometheusServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

QString PrometheusServer::binary()
{
    return QStandardPaths::findExecutable(QStringLiteral("prometheus"));
}

QString PrometheusServer::promtool()
{
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

bool PrometheusServer::start(QString* error)
{
    if (binary().isEmpty()) {
        *error = QStringLiteral("the prometheus binary is not installed (Debian package prometheus)");
        return false;
    }
    m_port = freePort();
    QStringList targets = {QStringLiteral("'127.0.0.1:%1'").arg(m_port)};
    for (const QString& t : std::as_const(m_targets))
        targets << QLatin1Char('\'') + t + QLatin1Char('\'');
    QFile config(m_dir.filePath(QStringLiteral("prometheus.yml")));
    config.open(QIODevice::WriteOnly);
    QStringList rules;
    for (const QString& file : std::as_const(m_ruleFiles))
        rules << QLatin1Char('\'') + file + QLatin1Char('\'');
    config.write(QStringLiteral("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                                "rule_files: [%2]\n"
                                "scrape_configs:\n  - job_name: test\n    static_configs:\n      - targets: [%1]\n")
                     .arg(targets.join(QStringLiteral(", ")), rules.join(QStringLiteral(", ")))
                     .toUtf8());
    if (!m_alertmanager.isEmpty())
        config.write(QStringLiteral("alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: ['%1']\n")
                         .arg(m_alertmanager)
                         .toUtf8());
    config.close();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(binary(), {QStringLiteral("--config.file=") + config.fileName(),
                               QStringLiteral("--storage.tsdb.path=") +
                                   (m_storage.isEmpty() ? m_dir.filePath(QStringLiteral("data")) : m_storage),
                               QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                               QStringLiteral("--log.level=warn"),
                               // Firing alerts go to Alertmanager at once, not after the default minute.
                               QStringLiteral("--rules.alert.resend-delay=1s")});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("prometheus did not start: ") + m_process.errorString();
        return false;
    }
    // Readiness is a condition to wait for, not a time to sleep.
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        if (httpStatus(m_port, "/-/ready") == 200)
            return true;
        if (m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("prometheus exited with code %1").arg(m_process.exitCode());
            return false;
        }
        QTest::qWait(100);
    }
    *error = QStringLiteral("prometheus did not become ready within 30 s");
    return false;
}
