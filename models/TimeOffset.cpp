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
    const qint64 seconds = qAbs(offsetMs) / 1000; // a clock shows whole seconds gone by
    const qint64 days = seconds / 86400;
    // By hand, not QString::arg: every row of a 100k-event export carries one.
    QString out;
    out.reserve(16);
    out += offsetMs < 0 ? QLatin1String("T-") : QLatin1String("T+");
    if (days > 0) {
        out += QString::number(days);
        out += QLatin1String("d ");
    }
    const auto two = [&out](qint64 n) {
        out += QLatin1Char(char('0' + n / 10));
        out += QLatin1Char(char('0' + n % 10));
    };
    out += QString::number((seconds / 3600) % 24);
    out += QLatin1Char(':');
    two((seconds / 60) % 60);
    out += QLatin1Char(':');
    two(seconds % 60);
    return out;
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
