#include "TimeOffset.h"

#include <QtMath>

namespace {
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

// One decimal, without a trailing ".0".
QString oneDecimal(qint64 numerator, qint64 unit)
{
    const qint64 tenths = (numerator * 10 + unit / 2) / unit;
    if (tenths % 10 == 0)
        return QString::number(tenths / 10);
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}
} // namespace

QString TimeOffset::format(qint64 offsetMs)
{
    const QString sign = offsetMs < 0 ? QStringLiteral("T-") : QStringLiteral("T+");
    const qint64 seconds = qAbs(offsetMs) / 1000; // a clock shows whole seconds gone by
    const qint64 days = seconds / 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((seconds / 3600) % 24)
                              .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return days == 0 ? sign + clock : sign + QStringLiteral("%1d ").arg(days) + clock;
}

QString TimeOffset::formatDuration(qint64 durationMs)
{
    const qint64 magnitude = qAbs(durationMs);
    const QString sign = durationMs < 0 ? QStringLiteral("-") : QString();
    if (magnitude < HourMs)
        return sign + oneDecimal(magnitude, MinuteMs) + QLatin1Char('m');
    if (magnitude < DayMs) {
        const qint64 minutes = (magnitude + MinuteMs / 2) / MinuteMs;
        return sign + QStringLiteral("%1h %2m").arg(minutes / 60).arg(minutes % 60);
    }
    const qint64 hours = (magnitude + HourMs / 2) / HourMs;
    return sign + QStringLiteral("%1d %2h").arg(hours / 24).arg(hours % 24);
}
