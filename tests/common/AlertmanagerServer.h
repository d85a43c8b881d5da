#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real Alertmanager (Debian's prometheus-alertmanager) on a free loopback port, with a throw-away
// config (grouped by alertname and service; a critical alert inhibits warnings of its service) and
// storage path. Alerts are posted through its API v2 with a plain socket, not the layer under test.
class AlertmanagerServer
{
public:
    AlertmanagerServer();
    ~AlertmanagerServer();

    bool start(QString* error); // waits until it answers /-/ready
    void stop();
    bool restart(QString* error); // same port and storage: silences survive, alerts are forgotten
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    static QString binary();

    // POST /api/v2/alerts; returns the HTTP status.
    int post(const QJsonArray& alerts);
    // One alert: labels as "name=value" pairs; endsAtMs 0 = firing, else resolved at that time.
    int postAlert(const QStringList& labels, const QString& summary = {}, qint64 startsAtMs = 0, qint64 endsAtMs = 0);
    QByteArray get(const QByteArray& path); // the body of a GET

private:
    int request(const QByteArray& method, const QByteArray& path, const QByteArray& body, QByteArray* answer);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
