#pragma once

#include <QCoreApplication>
#include <QStringList>

// The roles a seat can hold in an incident, by key (as stored and as --role takes them), and their names.
class SeatRole
{
    Q_DECLARE_TR_FUNCTIONS(SeatRole)
public:
    static const QStringList& keys(); // commander, deputy, scribe, comms, observer, wall
    static QString title(const QString& key); // "Incident commander", "Scribe", ...; an unknown key as it is
};
