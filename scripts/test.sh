#!/usr/bin/env bash
# Command 2: install what is missing, build with warnings as errors, run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --tests
scripts/build.sh -DIC_WERROR=ON
FUZZ_SECONDS="${FUZZ_SECONDS:-20}" scripts/fuzz.sh
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j2
