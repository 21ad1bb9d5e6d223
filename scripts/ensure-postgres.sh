# Sourced by `make test`: makes sure a PostgreSQL server is available for the tests and exports
# TEST_POSTGRES_URL. Installs PostgreSQL from Debian packages when missing and starts a private
# throw-away cluster under /tmp (port 55432; no fsync: test data only). If it cannot, it says so loudly and the PostgreSQL half of
# the tests is reported as not run (set REQUIRE_POSTGRES=1 to make that an error).

pg_banner() {
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  echo "!!! PostgreSQL could not be started: $1"
  echo "!!! The tests run against SQLite only. PostgreSQL is NOT covered by this run."
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  if [ "${REQUIRE_POSTGRES:-0}" = "1" ]; then return 1; fi
  return 0
}

ensure_postgres() {
  if [ -n "${TEST_POSTGRES_URL:-}" ]; then
    echo ">>> Using PostgreSQL at TEST_POSTGRES_URL"
    return 0
  fi
  local initdb
  initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$initdb" ]; then
    echo ">>> Installing PostgreSQL from Debian packages (first run only)"
    if [ "$(id -u)" = "0" ]; then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql) >/dev/null 2>&1
    else
      (sudo -n apt-get update -qq && sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql) >/dev/null 2>&1
    fi
    initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
    [ -n "$initdb" ] || { pg_banner "the postgresql package could not be installed"; return $?; }
  fi
  local bin data port run_as
  bin=$(dirname "$initdb")
  local home="${TMPDIR:-/tmp}/sta-pg-test-$(id -u)"
  data="$home/data"
  port=55432
  run_as=()
  if [ "$(id -u)" = "0" ]; then run_as=(runuser -u postgres --); fi
  if ! "${run_as[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    if [ ! -f "$data/PG_VERSION" ]; then
      mkdir -p "$data"
      [ "$(id -u)" = "0" ] && chown -R postgres:postgres "$home"
      "${run_as[@]}" "$bin/initdb" -D "$data" -U sta --auth=trust -E UTF8 >/dev/null \
        || { pg_banner "initdb failed"; return $?; }
    fi
    "${run_as[@]}" "$bin/pg_ctl" -D "$data" -l "$home/server.log" -w \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
      || { pg_banner "pg_ctl start failed (see $home/server.log)"; return $?; }
  fi
  export TEST_POSTGRES_URL="postgres://sta@127.0.0.1:$port/postgres"
  echo ">>> PostgreSQL ready for the tests on port $port"
}

ensure_postgres
