#!/usr/bin/env bash
# Command 1: install what is missing, build, start the console on the embedded SQLite store.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
exec build/app/incident-console "$@"
