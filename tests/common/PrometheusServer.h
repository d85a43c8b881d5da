#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A real Prometheus (Debian's package) on a free loopback port, scraping itself and the given targets
// every second. Stops with the object.
class PrometheusServer
{
public:
    explicit PrometheusServer(const QStringList& extraTargets = {});
    ~PrometheusServer();

    // Before start(): serve an existing TSDB (blocks backfilled with promtool) and load rule files.
    void setStoragePath(const QString& path) { m_storage = path; }
    void setRuleFiles(const QStringList& files) { m_ruleFiles = files; }
    void setAlertmanager(const QString& hostPort) { m_alertmanager = hostPort; } // where firing alerts go

    bool start(QString* error); // waits until it answers /-/ready
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    static QString binary();
    static QString promtool();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QStringList m_targets;
    QString m_storage;
    QStringList m_ruleFiles;
    QString m_alertmanager;
    quint16 m_port = 0;
};
