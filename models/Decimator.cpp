#include "Decimator.h"

#include <algorithm>
#include <cmath>

void Decimator::columns(const double* times, const double* values, size_t count, double from, double to, int width,
                        std::vector<Column>& out)
{
    out.clear();
    if (count == 0 || width <= 0 || !(to > from))
        return;
    // One point beyond each edge keeps the line running to the border of the chart.
    size_t begin = static_cast<size_t>(std::lower_bound(times, times + count, from) - times);
    size_t end = static_cast<size_t>(std::upper_bound(times, times + count, to) - times);
    if (begin > 0)
        --begin;
    if (end < count)
        ++end;
    const double scale = width / (to - from);
    size_t i = begin;
    while (i < end) {
        const int x = std::clamp(static_cast<int>(std::floor((times[i] - from) * scale)), -1, width);
        const double boundary = from + (x + 1) / scale;
        // The column takes every point before its time boundary, read in one pass (a binary search for
        // the boundary cost more than the column itself: a third of a 1e6-point replot).
        Column c;
        c.x = x;
        size_t k = i;
        do {
            const double v = values[k];
            if (!std::isfinite(v)) { // NaN is a gap; so is ±Inf, which no chart can draw
                c.gap = true;
            } else if (c.count++ == 0) {
                c.first = c.last = c.min = c.max = v;
            } else {
                c.min = v < c.min ? v : c.min;
                c.max = v > c.max ? v : c.max;
                c.last = v;
            }
            ++k;
        } while (k < end && (x >= width || times[k] < boundary));
        const size_t stop = k;
        out.push_back(c);
        i = stop;
    }
}
