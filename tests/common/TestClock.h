#pragma once

#include "Clock.h"

// A clock the test moves by hand: no sleeping for time to pass.
class TestClock final : public Clock
{
public:
    explicit TestClock(qint64 startMs = 1766625240000) // 2025-12-25T01:14:00Z
        : m_now(startMs)
    {
    }
    qint64 nowMs() const override { return m_now; }
    void advanceMinutes(double minutes) { m_now += static_cast<qint64>(minutes * 60'000.0); }
    void setMs(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};
