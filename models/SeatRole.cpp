#include "SeatRole.h"

const QStringList& SeatRole::keys()
{
    static const QStringList list{QStringLiteral("commander"), QStringLiteral("deputy"), QStringLiteral("scribe"),
                                  QStringLiteral("comms"), QStringLiteral("observer"), QStringLiteral("wall")};
    return list;
}

QString SeatRole::title(const QString& key)
{
    if (key == QLatin1String("commander"))
        return tr("Incident commander");
    if (key == QLatin1String("deputy"))
        return tr("Deputy");
    if (key == QLatin1String("scribe"))
        return tr("Scribe");
    if (key == QLatin1String("comms"))
        return tr("Communications");
    if (key == QLatin1String("observer"))
        return tr("Observer");
    if (key == QLatin1String("wall"))
        return tr("War-room wall");
    return key;
}
