#pragma once

#include <cstddef>
#include <vector>

// Bins a sorted series into the pixel columns of a chart, keeping per column the first, last, lowest
// and highest value: whatever the number of points, every spike stays visible and the work to draw
// it is bounded by the chart's width.
namespace Decimator {
struct Column
{
    int x = 0;           // pixel column; -1 and width hold the neighbours just outside the range
    int count = 0;       // real (non-NaN) points in the column
    bool gap = false;    // a NaN (or ±Inf) in the column: the line breaks here
    double first = 0;
    double last = 0;
    double min = 0;
    double max = 0;
};

void columns(const double* times, const double* values, size_t count, double from, double to, int width,
             std::vector<Column>& out);
} // namespace Decimator
