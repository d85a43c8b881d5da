#include "StoreLocation.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace {
// libpq's keywords that may follow "?" (others are refused rather than silently ignored).
const QStringList& knownOptions()
{
    static const QStringList options{QStringLiteral("sslmode"),        QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),        QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs"), QStringLiteral("options")};
    return options;
}
} // namespace

bool StoreLocation::isServerUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString StoreLocation::masked(const QString& text)
{
    if (!isServerUrl(text))
        return text;
    QUrl url(text);
    if (!url.isValid()) {
        // Still hide whatever sits between "://" and "@": it may be user:password.
        const int scheme = text.indexOf(QLatin1String("://")) + 3;
        const int at = text.lastIndexOf(QLatin1Char('@'));
        return at > scheme ? text.left(scheme) + QStringLiteral("***") + text.mid(at) : text;
    }
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        query.addQueryItem(QStringLiteral("password"), QStringLiteral("***"));
        url.setQuery(query);
    }
    return url.toString();
}

StoreLocation StoreLocation::parse(const QString& text, QString* error)
{
    StoreLocation location;
    location.m_display = masked(text);
    if (!isServerUrl(text)) {
        location.m_text = text;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    auto refuse = [&](const QString& why) {
        if (error)
            *error = tr("The store URL %1 cannot be used: %2. Write it as "
                        "postgresql://user@host:5432/database (the password from PGPASSWORD or ~/.pgpass).")
                         .arg(location.m_display, why);
        return StoreLocation();
    };
    if (!url.isValid())
        return refuse(tr("it is not a valid URL"));
    if (url.host().isEmpty())
        return refuse(tr("it names no host"));
    const QString database = url.path().mid(1);
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        return refuse(tr("it names no database after the host"));
    const QUrlQuery query(url);
    for (const auto& item : query.queryItems()) {
        if (item.first != QLatin1String("password") && !knownOptions().contains(item.first))
            return refuse(tr("the option \"%1\" is not one the console passes on (%2)")
                              .arg(item.first, knownOptions().join(QStringLiteral(", "))));
    }
    location.m_kind = Kind::PostgreSQL;
    location.m_text = text;
    return location;
}

void StoreLocation::configure(QSqlDatabase& database) const
{
    const QUrl url(m_text);
    const QUrlQuery query(url);
    database.setHostName(url.host());
    database.setPort(url.port(5432));
    database.setDatabaseName(url.path().mid(1));
    database.setUserName(url.userName());
    QString password = url.password();
    if (password.isEmpty())
        password = query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    if (!password.isEmpty())
        database.setPassword(password); // otherwise libpq reads PGPASSWORD or ~/.pgpass itself
    // Keepalives (idle) and the user timeout (a write unacknowledged) find a vanished server in seconds,
    // not the kernel's hours.
    QStringList options{QStringLiteral("connect_timeout=3"), QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=5"), QStringLiteral("keepalives_interval=2"),
                        QStringLiteral("keepalives_count=3"), QStringLiteral("tcp_user_timeout=5000"),
                        QStringLiteral("application_name=incident-console")};
    for (const auto& item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("password"))
            continue;
        options.removeIf([&](const QString& o) { return o.startsWith(item.first + QLatin1Char('=')); });
        options << item.first + QLatin1Char('=') + item.second;
    }
    database.setConnectOptions(options.join(QLatin1Char(';')));
}
