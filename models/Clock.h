#pragma once

#include <QDateTime>

// Time source injected everywhere so T+ offsets, cadences and durations are testable without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }

    static const Clock& system();
};
