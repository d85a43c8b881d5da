#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

// Where the incidents live, as --db names it: a SQLite file, or a shared PostgreSQL database given as
// postgresql://user[:password]@host[:port]/database[?option=value...]. Without a password in the URL,
// libpq finds one itself (PGPASSWORD, ~/.pgpass). Only display() may be shown: it never has the password.
class StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(StoreLocation)
public:
    enum class Kind { SQLite, PostgreSQL };

    static bool isServerUrl(const QString& text);
    // Parses text; an URL that cannot be used leaves a sentence in *error (its password masked).
    static StoreLocation parse(const QString& text, QString* error = nullptr);

    Kind kind() const { return m_kind; }
    bool isShared() const { return m_kind == Kind::PostgreSQL; }
    bool isValid() const { return !m_text.isEmpty(); }
    QString text() const { return m_text; }       // as given: may hold a password, for this process only
    QString display() const { return m_display; } // for messages, logs, settings and the window
    // The connection's parameters for Qt's QPSQL driver (PostgreSQL only).
    void configure(QSqlDatabase& database) const;
    // The display form of any text that may be a server URL (for messages about other locations).
    static QString masked(const QString& text);

private:
    Kind m_kind = Kind::SQLite;
    QString m_text;
    QString m_display;
};
