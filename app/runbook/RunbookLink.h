#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where an alert's runbook_url (Prometheus' annotation) points: a file (absolute, file://, or a name in
// the runbook folder) or an http(s) URL to fetch through the network layer. Anything else is refused
// with the reason.
class RunbookLink
{
    Q_DECLARE_TR_FUNCTIONS(RunbookLink)
public:
    struct Target
    {
        QString localPath; // set for a file
        QUrl remote;       // set for http(s)
        QString problem;   // set when neither
    };

    static Target resolve(const QString& link, const QString& folder);
    // The fetched page as a runbook's text: Markdown or plain text, never an HTML page; empty with *why.
    static bool isMarkdownAnswer(const QByteArray& contentType, const QByteArray& body, QString* why);
};
