#!/usr/bin/env bash
# Benchmarks, apart from the tests: builds, then runs every program under tests/bench.
# Writes JSON results into build/bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --tests
scripts/build.sh
mkdir -p build/bench-results
missed=()
for b in build/tests/bench/bench_*; do
  [ -f "$b" ] && [ -x "$b" ] || continue
  name=$(basename "$b")
  echo "== $name"
  # A missed target (exit 1) is reported after every bench has run.
  QT_QPA_PLATFORM=offscreen "$b" --json "build/bench-results/$name.json" || missed+=("$name")
done
if [ ${#missed[@]} -gt 0 ]; then
  echo "missed a target or failed: ${missed[*]}" >&2
  exit 1
fi
