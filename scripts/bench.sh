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
  if [ "$name" = bench_shared ]; then
    # Against a throw-away PostgreSQL (never the machine's own), with room for 50 seats' connections.
    pg_virtualenv -t -v 15 -o max_connections=400 env QT_QPA_PLATFORM=offscreen "$b" \
      --json "build/bench-results/$name.json" || missed+=("$name")
    continue
  fi
  QT_QPA_PLATFORM=offscreen "$b" --json "build/bench-results/$name.json" || missed+=("$name")
done
echo "== bench_responsiveness --shared"
pg_virtualenv -t -v 15 env QT_QPA_PLATFORM=offscreen build/tests/bench/bench_responsiveness --shared \
  --json build/bench-results/bench_responsiveness-shared.json || missed+=("bench_responsiveness --shared")
if [ ${#missed[@]} -gt 0 ]; then
  echo "missed a target or failed: ${missed[*]}" >&2
  exit 1
fi
