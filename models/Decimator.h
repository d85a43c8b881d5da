#pragma once

#include <cstddef>
#include <vector>

// Reduces a sorted series to what a chart of the given width can show, without losing any spike:
// per pixel column the first, lowest, highest and last point (M4), in time order. A column holding a
// NaN keeps a NaN so the line breaks there.
namespace Decimator {
void minMax(const double* times, const double* values, size_t count, double from, double to, int columns,
            std::vector<double>& outTimes, std::vector<double>& outValues);
}
