#pragma once

#include "AlertmanagerAlert.h"
#include "HttpTypes.h"

#include <QCoreApplication>

// Builds Alertmanager API v2 requests (decoded on the worker) and puts their outcomes into words that
// name the URL and say what to do.
class AlertmanagerClient
{
    Q_DECLARE_TR_FUNCTIONS(AlertmanagerClient)
public:
    static constexpr int DeadlineMs = 5'000;
    static constexpr qint64 MaxAnswerBytes = 64 * 1024 * 1024; // 10,000 alerts with long annotations fit
    static HttpRequest groups(const AlertmanagerSource& source, int cap = AlertmanagerJson::DefaultCap);
    static HttpRequest alerts(const AlertmanagerSource& source, int cap = AlertmanagerJson::DefaultCap);
    // The same source pointed elsewhere: credentials and headers stay only with the origin they were given for.
    static AlertmanagerSource withUrl(const AlertmanagerSource& source, const QUrl& url);
    static HttpRequest status(const AlertmanagerSource& source); // its start time tells a restart
    // A silence on the alert's exact labels; comment says who and for which incident.
    static HttpRequest silence(const AlertmanagerSource& source, const AmAlert& alert, qint64 startsMs, qint64 endsMs,
                               const QString& createdBy, const QString& comment);
    static HttpRequest expireSilence(const AlertmanagerSource& source, const QString& silenceId);
    static QStringList matchers(const AmAlert& alert); // name="value", as the silence will match

    // Empty when the answer is good; else one sentence naming the URL and what to do.
    static QString problem(const HttpResult& result);
    // The same for a list of alerts or groups, whose answer must also have been read: an empty 200 is
    // not "no alerts".
    static QString listProblem(const HttpResult& result);
    static AmSnapshot snapshot(const HttpResult& result) { return result.decoded.value<AmSnapshot>(); }
    static QList<AmAlert> alertList(const HttpResult& result, int* total);
    static qint64 startedMs(const HttpResult& result); // status: when this Alertmanager started
    static QString silenceId(const HttpResult& result);
};

Q_DECLARE_METATYPE(AmSnapshot)
