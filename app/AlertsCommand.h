#pragma once

#include "AlertmanagerAlert.h"

#include <QCoreApplication>
#include <optional>

// The Alertmanager verbs of the command line: "alerts [--json]" lists what fires; "new --from-alert" and
// "attach" find one alert by its fingerprint. Each asks Alertmanager once and waits for the answer.
class AlertsCommand
{
    Q_DECLARE_TR_FUNCTIONS(AlertsCommand)
public:
    static std::optional<QList<AmAlert>> fetch(const AlertmanagerSource& source, int* total, QString* error,
                                               int cap = AlertmanagerJson::DefaultCap);
    static std::optional<AmAlert> find(const AlertmanagerSource& source, const QString& fingerprint, QString* error);
    static QByteArray json(const QList<AmAlert>& alerts);
    static QStringList cells(const AmAlert& alert, const AlertSeverityMap& severities); // one table row
    static QStringList header();
    static QString notConfigured();
};
