#!/usr/bin/env bash
# README's second command: installs, builds and runs the whole test suite, PostgreSQL included
# (a throwaway cluster on loopback, stopped afterwards). Extra arguments go to ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
build=${LINEDESK_BUILD_DIR:-$root/build}

. "$root/scripts/pg-test-cluster.sh"
trap pg_test_stop EXIT
pg_test_start
echo "PostgreSQL test cluster: $LINEDESK_TEST_PG"

cd "$build"
ctest --output-on-failure --timeout 600 -j"${LINEDESK_TEST_JOBS:-2}" "$@"
