#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

// Headless verbs (list, new, note, check, status, sev, export, demo) for scripting an incident from a shell.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static bool isVerb(const QString& word);
    static bool wantsHeadless(int argc, char** argv);
    static bool drawsCharts(int argc, char** argv); // needs widgets, though no window opens
    static bool writesNothing(int argc, char** argv); // "runbook check": no log file, no data folder
    struct GlobalOptions
    {
        QString storePath;
        QString language;
        QString author;
        qint64 openIncident = 0; // 0: the one open last time
        QString dashboardProfile; // empty: the one chosen last time, or the shipped one
        bool wall = false;        // open the war-room wall view full screen instead of the workstation
        QString role;             // this seat's role in the incident (commander, deputy, scribe, comms, observer, wall)
        QString alertmanager;     // --alertmanager URL; empty: the profile's, else the one set in the console
    };
    // Parses the command line; with no verb, hands the global options to openWindow.
    static int run(int argc, char** argv, const std::function<int(const GlobalOptions&)>& openWindow);
};
