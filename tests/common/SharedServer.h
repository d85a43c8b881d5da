#pragma once

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

// The throw-away PostgreSQL that the test command starts with pg_virtualenv (PGHOST, PGPORT, PGUSER set;
// the password in PGPASSWORD, which libpq reads itself). Never the machine's own cluster.
namespace SharedServer {
inline bool available()
{
    return !qEnvironmentVariableIsEmpty("PGPORT") && !qEnvironmentVariableIsEmpty("PG_CLUSTER_CONF_ROOT");
}

inline QString url(const QString& database = QStringLiteral("postgres"))
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGHOST", QStringLiteral("localhost")),
             qEnvironmentVariable("PGPORT"), database);
}

// Runs SQL as the superuser on its own connection (setting up databases, killing backends).
inline bool admin(const QString& sql, const QString& database = QStringLiteral("postgres"))
{
    const QString name = QStringLiteral("admin-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(qEnvironmentVariable("PGHOST", QStringLiteral("localhost")));
        db.setPort(qEnvironmentVariableIntValue("PGPORT"));
        db.setUserName(qEnvironmentVariable("PGUSER"));
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                qWarning("admin SQL failed: %s", qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// pg_ctlcluster VERSION regress ACTION: stop, start, restart (pg_virtualenv's cluster).
inline bool cluster(const QString& action)
{
    QProcess ctl;
    ctl.start(QStringLiteral("pg_ctlcluster"),
              {qEnvironmentVariable("PGVERSION", QStringLiteral("15")), QStringLiteral("regress"), action});
    return ctl.waitForFinished(60'000) && ctl.exitStatus() == QProcess::NormalExit && ctl.exitCode() == 0;
}
} // namespace SharedServer
