#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A runbook's curl command as a request to make. Texts are templates (ShellWords): ${NAME} is taken
// from the environment only when the request is sent.
struct HttpAction
{
    QString method = QStringLiteral("GET");
    QString url;
    QList<QPair<QString, QString>> headers;
    QString body;
    QString user;            // -u user:password
    QString jq;              // the extraction after "| jq", "." for a bare jq
    QStringList variables;   // environment variables it needs
    QStringList flags;       // understood and harmless: -s -S -f -i
    int timeoutMs = 0;           // curl -m, wget --timeout, -TimeoutSec; 0: the console's own
    bool followRedirects = false; // curl -L; wget and PowerShell follow by default
    bool insecure = false;        // curl -k: the server's certificate is not checked, and the request says so
    QStringList warnings;    // unknown flags, ignored pipe stages: shown, never guessed

    // The request as people may see it: variables as ${NAME}, Authorization values masked.
    QString display() const;
    // "Name: value" per header as display() shows them: a literal Authorization credential masked.
    QStringList shownHeaders() const;
    bool isMutating() const { return method != QLatin1String("GET") && method != QLatin1String("HEAD"); }
};

// A success criterion like seed 000's "(target: <10/min)" on an extracted value.
struct Criterion
{
    QString op; // < <= > >=
    double value = 0;
    QString text;
    bool passes(double v) const;
};
