#pragma once

#include <QString>

// What the console remembers between runs (QSettings), in one place.
namespace AppSettings {
QString language(); // "en" or "ko"; defaults to the system's language
void setLanguage(const QString& language);
qint64 lastIncident(const QString& storePath);
void setLastIncident(const QString& storePath, qint64 incidentId);
QString author(); // who the console records as the owner of events
void setAuthor(const QString& author);
// Where the incidents live when neither --db nor IC_DB says: a SQLite path or a postgresql:// URL.
QString storeLocation();
QString dashboardProfile(); // empty: the user's default or the shipped one
void setDashboardProfile(const QString& path);
QString alertmanager(); // the Alertmanager URL set in the console; empty: none
void setAlertmanager(const QString& url);
} // namespace AppSettings
