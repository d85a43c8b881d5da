#include "Decimator.h"

#include <algorithm>
#include <cmath>

void Decimator::minMax(const double* times, const double* values, size_t count, double from, double to,
                       int columns, std::vector<double>& outTimes, std::vector<double>& outValues)
{
    outTimes.clear();
    outValues.clear();
    if (count == 0 || columns <= 0 || !(to > from))
        return;
    // One point beyond each edge keeps the line running to the border of the chart.
    size_t begin = static_cast<size_t>(std::lower_bound(times, times + count, from) - times);
    size_t end = static_cast<size_t>(std::upper_bound(times, times + count, to) - times);
    if (begin > 0)
        --begin;
    if (end < count)
        ++end;
    const size_t visible = end - begin;
    outTimes.reserve(std::min(visible, static_cast<size_t>(columns) * 4 + 2));
    outValues.reserve(outTimes.capacity());
    if (visible <= static_cast<size_t>(columns) * 4) {
        outTimes.assign(times + begin, times + end);
        outValues.assign(values + begin, values + end);
        return;
    }
    const double scale = columns / (to - from);
    size_t i = begin;
    while (i < end) {
        const double column = std::floor((times[i] - from) * scale);
        size_t first = i, last = i, low = i, high = i;
        bool gap = false;
        size_t gapAt = i;
        for (; i < end && std::floor((times[i] - from) * scale) == column; ++i) {
            const double v = values[i];
            last = i;
            if (std::isnan(v)) {
                if (!gap)
                    gapAt = i;
                gap = true;
                continue;
            }
            if (std::isnan(values[low]) || v < values[low])
                low = i;
            if (std::isnan(values[high]) || v > values[high])
                high = i;
        }
        size_t picks[5] = {first, low, high, last, gap ? gapAt : last};
        std::sort(picks, picks + 5);
        size_t previous = static_cast<size_t>(-1);
        for (size_t p : picks) {
            if (p == previous)
                continue;
            previous = p;
            outTimes.push_back(times[p]);
            outValues.push_back(values[p]);
        }
    }
}
