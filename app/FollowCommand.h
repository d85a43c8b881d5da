#pragma once

#include <QCoreApplication>

class IncidentService;

// "follow --incident ID [--json]": the incident's events, then each new one as any seat records it,
// one per line, flushed; ends cleanly on SIGINT or SIGTERM. For scripts, chat bridges, a text-only wall.
class FollowCommand
{
    Q_DECLARE_TR_FUNCTIONS(FollowCommand)
public:
    // The service has the incident open; its store's location is followed. Returns the exit code.
    static int run(IncidentService& service, bool json);
};
