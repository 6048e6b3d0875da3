#!/usr/bin/env bash
# Installs the Debian 12 packages LineDesk needs to build, run and test.
# Idempotent: does nothing when every package is already installed.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqcustomplot-dev libqcustomplot2.1-qt6 qtkeychain-qt6-dev
  libphonenumber-dev libsqlite3-dev libpq-dev
  xvfb xauth poppler-utils postgresql-15 postgresql-client-15 tzdata fonts-dejavu-core sqlite3
  desktop-file-utils appstream dpkg-dev fakeroot lintian
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
# The Debian postgresql package starts a system cluster; the tests use their own throwaway one.
