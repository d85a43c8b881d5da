#pragma once

#include "IncidentData.h"
#include "Severity.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

// One alert as Alertmanager's API v2 reports it.
struct AmAlert
{
    enum class State { Active, Suppressed, Unprocessed };
    QString fingerprint;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    qint64 startsMs = 0;
    qint64 endsMs = 0;
    qint64 updatedMs = 0;
    State state = State::Active;
    QStringList silencedBy;
    QStringList inhibitedBy;

    QString name() const { return labels.value(QStringLiteral("alertname")); }
    QString summary() const; // the summary annotation, else the alert's name
    QString severityLabel() const { return labels.value(QStringLiteral("severity")); }
    QString runbookUrl() const { return annotations.value(QStringLiteral("runbook_url")); }
    bool isSilenced() const { return !silencedBy.isEmpty(); }
    bool isInhibited() const { return !inhibitedBy.isEmpty() && silencedBy.isEmpty(); }
    int triageSection() const { return isSilenced() ? 1 : isInhibited() ? 2 : 0; } // firing, silenced, inhibited
    // The alert in an incident's timeline: its label set (as JSON) is its identity, as Alertmanager's
    // fingerprint is a hash of it.
    AlertRef ref(bool firing) const;
    static bool isAlertmanagerRef(const AlertRef& ref) { return ref.panelId == SourcePanel; }
    static constexpr const char* SourcePanel = "alertmanager";
};

struct AmGroup
{
    QMap<QString, QString> labels; // what Alertmanager grouped by
    QString receiver;
    QList<AmAlert> alerts;
    size_t contentHash = 0; // of its alerts' words and times (AmSnapshot::seal)
    QString key() const; // stable across refreshes: receiver and group labels
};

// What one refresh read: the groups, and whether the list was cut short.
struct AmSnapshot
{
    QList<AmGroup> groups;
    int totalAlerts = 0; // as Alertmanager reported them
    int keptAlerts = 0;  // in groups; fewer than totalAlerts when capped
    bool capped() const { return keptAlerts < totalAlerts; }
    // Sealed on the network worker: what the panel would otherwise compute on the UI thread each second.
    size_t layoutHash = 0;   // groups, their alerts and each alert's section: the same hash, the same tree
    int distinct[3] = {};    // alerts per section (firing, silenced, inhibited), each counted once
    bool sealed = false;
    void seal();
    const AmAlert* find(const QString& fingerprint) const;
    QList<AmAlert> alerts() const;
};

// Alertmanager's JSON (API v2) into values, on the network worker. Errors say what was wrong.
class AlertmanagerJson
{
    Q_DECLARE_TR_FUNCTIONS(AlertmanagerJson)
public:
    static constexpr int DefaultCap = 10'000;
    static std::optional<AmSnapshot> parseGroups(const QByteArray& body, int cap, QString* error);
    static std::optional<QList<AmAlert>> parseAlerts(const QByteArray& body, int cap, int* total, QString* error);
    static QString parseSilenceId(const QByteArray& body, QString* error);
    static qint64 parseTime(const QString& rfc3339); // 0 when it is not a time
};

// A label value (severity) to a SEV; teams replace the mapping in their dashboard profile.
class AlertSeverityMap
{
public:
    AlertSeverityMap(); // critical, page → SEV-1; error, high, major → SEV-2; warning, … → SEV-3
    void set(const QString& label, Severity severity) { m_map.insert(label.toLower(), severity); }
    Severity severityOf(const AmAlert& alert) const;
    const QMap<QString, Severity>& entries() const { return m_map; }

private:
    QMap<QString, Severity> m_map;
    Severity m_otherwise = Severity::Sev2;
};

// Which Alertmanager to ask and how: from --alertmanager, the dashboard profile or the settings.
struct AlertmanagerSource
{
    QUrl url;
    QString bearerTokenEnv; // names of environment variables, read at send time
    QString basicUserEnv;
    QString basicPasswordEnv;
    QList<QPair<QString, QString>> headers; // e.g. X-Scope-OrgID for a multi-tenant Alertmanager
    AlertSeverityMap severities;
    int refreshMs = 1000;
    bool isSet() const { return url.isValid() && !url.isEmpty(); }
};
