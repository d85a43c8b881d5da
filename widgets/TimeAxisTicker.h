#pragma once

#include <qcustomplot.h>

// Time axis labels that never repeat: the format follows the tick step (minutes, seconds or
// milliseconds; the date once the view spans days), and steps are ones a clock shows (no 2.5 min).
class TimeAxisTicker final : public QCPAxisTickerDateTime
{
public:
    TimeAxisTicker();

protected:
    double getTickStep(const QCPRange& range) override;
    QVector<QString> createLabelVector(const QVector<double>& ticks, const QLocale& locale, QChar formatChar,
                                       int precision) override;

private:
    double m_step = 60;
    double m_span = 3600;
};
