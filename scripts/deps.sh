#!/usr/bin/env bash
# Installs what the console and its tests need from Debian 12's packages; skips what is present.
set -euo pipefail
packages=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libpq-dev libgl-dev libqt6opengl6-dev libxkbcommon-dev
  libqcustomplot-dev libspdlog-dev libcli11-dev libmd4c-dev libmd4c-html0-dev libsimdjson-dev libyaml-cpp-dev libjq-dev
  fonts-noto-cjk fonts-noto-color-emoji
)
if [ "${1:-}" = "--tests" ]; then
  packages+=(xvfb xauth sqlite3 prometheus prometheus-alertmanager postgresql-15 postgresql-common clang-14 libfuzzer-14-dev libclang-rt-14-dev)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
