# Throwaway PostgreSQL cluster on loopback for the test suite (PLATFORM.md §4).
# Source it, then: pg_test_start; …; pg_test_stop. Sets LINEDESK_TEST_PG for the tests.
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

pg_test_start() {
  PGTEST_DIR=$(mktemp -d /tmp/linedesk-pgtest.XXXXXX) || return 1
  local port=${LINEDESK_PG_PORT:-55432}
  # A port left busy by another run: take the next free one.
  while "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$port" >/dev/null 2>&1; do port=$((port + 1)); done
  local superpw=${PGTEST_SUPERPW:-linedesk-test}
  printf '%s\n' "$superpw" >"$PGTEST_DIR/pw"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$PGTEST_DIR"; chmod 700 "$PGTEST_DIR"
    RUNAS=(runuser -u postgres --)
  else
    RUNAS=()
  fi
  "${RUNAS[@]}" "$PGBIN/initdb" -D "$PGTEST_DIR/data" -U postgres --pwfile="$PGTEST_DIR/pw" \
     --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PGTEST_DIR/initdb.log" 2>&1 \
     || { cat "$PGTEST_DIR/initdb.log"; return 1; }
  "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$PGTEST_DIR/data" -l "$PGTEST_DIR/server.log" -w -t 60 \
     -o "-p $port -k $PGTEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_preload_libraries=pg_stat_statements" \
     start >/dev/null || { cat "$PGTEST_DIR/server.log"; return 1; }
  "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 || return 1
  export PGTEST_DIR
  export PGPASSWORD="$superpw"
  export LINEDESK_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
}

pg_test_stop() {
  [ -n "${PGTEST_DIR:-}" ] && [ -d "$PGTEST_DIR/data" ] || return 0
  "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$PGTEST_DIR/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$PGTEST_DIR"
  unset PGTEST_DIR
}
