#!/usr/bin/env bash
# Installs what is missing, then configures and builds LineDesk in build/ (or $LINEDESK_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
build=${LINEDESK_BUILD_DIR:-$root/build}
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${LINEDESK_BUILD_TYPE:-RelWithDebInfo} -DLINEDESK_WERROR=$werror >/dev/null
cmake --build "$build" -j"${LINEDESK_JOBS:-2}"
