#pragma once

#include "Runbook.h"

#include <QCoreApplication>
#include <QUrl>
#include <optional>

// What the runner refuses, in one place: "runbook check" and Open runbook say it when the file is
// read, ActionRunner says it again when the request is sent (a variable may still hold a file: URL).
class RunbookRules
{
    Q_DECLARE_TR_FUNCTIONS(RunbookRules)
public:
    // The URL to send once variables are expanded: http or https with a host, else nullopt with *why.
    // Messages quote the URL as written, never an expanded value.
    static std::optional<QUrl> urlToSend(const QString& expanded, const QString& asWritten, QString* why);
    // Why the runner would refuse the action whatever the environment holds; empty when it would not.
    // (Missing variables are not a refusal here: the check lists them.)
    static QString refusal(const HttpAction& action);
    // Each HTTP step the runner would refuse becomes a copy command, with an error that says why.
    static void apply(Runbook& runbook);
    // The runbook as the console uses it: read by RunbookImporter, the rules applied.
    static Runbook open(const QString& path);
    static Runbook openText(const QByteArray& text, const QString& source); // fetched from an http(s) runbook_url
};
