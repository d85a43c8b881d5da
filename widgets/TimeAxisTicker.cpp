#include "TimeAxisTicker.h"

#include <QSet>
#include <cmath>

TimeAxisTicker::TimeAxisTicker()
{
    setDateTimeSpec(Qt::LocalTime);
    setTickCount(6);
}

double TimeAxisTicker::getTickStep(const QCPRange& range)
{
    double step = QCPAxisTickerDateTime::getTickStep(range);
    // 2.5 s and 2.5 min would put ticks at half seconds and half minutes.
    if (step == 2.5 || step == 150)
        step = step * 0.8;
    m_step = step;
    m_span = range.size();
    return step;
}

QVector<QString> TimeAxisTicker::createLabelVector(const QVector<double>& ticks, const QLocale& locale,
                                                   QChar formatChar, int precision)
{
    auto whole = [this](double unit) { return std::abs(std::remainder(m_step, unit)) < 1e-6; };
    QString time = whole(60) ? QStringLiteral("HH:mm") : whole(1) ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm:ss.zzz");
    QStringList formats;
    if (m_step >= 86400 - 1)
        formats << QStringLiteral("MM-dd");
    else if (m_span > 86'000)
        formats << QStringLiteral("MM-dd\n") + time;
    else
        formats << time;
    // Should two ticks still read the same (a step the cases above miss), show more of the time.
    formats << QStringLiteral("HH:mm:ss") << QStringLiteral("HH:mm:ss.zzz") << QStringLiteral("MM-dd\nHH:mm:ss.zzz");
    QVector<QString> labels;
    for (const QString& format : std::as_const(formats)) {
        mDateTimeFormat = format;
        labels = QCPAxisTickerDateTime::createLabelVector(ticks, locale, formatChar, precision);
        if (QSet<QString>(labels.cbegin(), labels.cend()).size() == labels.size())
            break;
    }
    return labels;
}
