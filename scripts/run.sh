#!/usr/bin/env bash
# README's first command: installs, builds and starts LineDesk on its embedded default database
# (created with the demo account on first run). Extra arguments go to the program.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
exec "${LINEDESK_BUILD_DIR:-$root/build}/bin/linedesk" "$@"
