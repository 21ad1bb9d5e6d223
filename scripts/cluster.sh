#!/usr/bin/env bash
# Several app servers behind a proxy, as a real deployment runs: PostgreSQL, two app servers on
# one database, and nginx (Debian package) balancing them on http://127.0.0.1:3100 with
# deploy/nginx-social-tech-academy.conf.
#
#   scripts/cluster.sh        start it with the demo content and keep it running until Ctrl-C
#   scripts/cluster.sh test   start it, run tests/cluster (journeys through the proxy, one app
#                             server killed mid-run), stop the other with SIGTERM and check it
#                             stopped cleanly and gave its job leases back
#
# Uses ./target/debug/server (`make test` builds it; otherwise
# `cargo build -p server --features app/ssr`). When nginx cannot be installed the test is
# skipped with a loud message; when PostgreSQL cannot start it fails.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
PROXY_PORT=3100
PORTS=(3101 3102)

apt_install() {
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
  else
    sudo -n apt-get update -qq && sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
  fi
}

skip() {
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  echo "!!! $1"
  echo "!!! The cluster test (two app servers behind nginx) is SKIPPED: not covered."
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  exit 0
}

nginx_bin=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)
if [ -z "$nginx_bin" ]; then
  echo ">>> Installing nginx from Debian packages (first run only)"
  # The package would start a system-wide nginx on port 80: not wanted here.
  made_policy=0
  if [ "$(id -u)" = "0" ] && [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1
  fi
  apt_install nginx-light >/dev/null 2>&1 || apt_install nginx >/dev/null 2>&1 || true
  [ "$made_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
  nginx_bin=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)
  [ -n "$nginx_bin" ] || skip "nginx could not be installed from Debian packages"
fi

REQUIRE_POSTGRES=1 source scripts/ensure-postgres.sh
psql_bin=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1)
[ -x ./target/debug/server ] || cargo build -p server --features app/ssr

work=$(mktemp -d)
name="sta_cluster_$$"
base=${TEST_POSTGRES_URL%/*}
export DATABASE_URL="$base/$name"
"$psql_bin" "$TEST_POSTGRES_URL" -qc "CREATE DATABASE $name" >/dev/null
pids=()
nginx_pid=""
cleanup() {
  for pid in "${pids[@]}" $nginx_pid; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "$psql_bin" "$TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

source scripts/demo-operator.sh
export PUBLIC_URL="http://127.0.0.1:$PROXY_PORT" TRUST_FORWARDED_FOR=true LOG_FORMAT=json \
  LEPTOS_SITE_ROOT=target/site RUST_LOG=info SHUTDOWN_GRACE_SECONDS=10
# Migrations and the demo content once, before the servers start (as a deployment would).
./target/debug/server migrate >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log"; exit 1; }
for port in "${PORTS[@]}"; do
  LEPTOS_SITE_ADDR="127.0.0.1:$port" ./target/debug/server >"$work/app-$port.log" 2>&1 &
  pids+=($!)
done
for port in "${PORTS[@]}"; do
  for _ in $(seq 1 150); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/readyz" && break
    sleep 0.2
  done
  curl -sf -o /dev/null "http://127.0.0.1:$port/readyz" \
    || { echo "app server $port is not ready:"; curl -s "http://127.0.0.1:$port/readyz"; tail -n 20 "$work/app-$port.log"; exit 1; }
done

mkdir -p "$work/nginx"
cat >"$work/nginx.conf" <<CONF
$( [ "$(id -u)" = "0" ] && echo "user root;" )
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
daemon off;
events { worker_connections 256; }
http {
    access_log $work/nginx-access.log;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $PWD/deploy/nginx-social-tech-academy.conf;
}
CONF
"$nginx_bin" -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 1 50); do
  curl -sf -o /dev/null "http://127.0.0.1:$PROXY_PORT/healthz" && break
  sleep 0.2
done
curl -sf -o /dev/null "http://127.0.0.1:$PROXY_PORT/healthz" || { cat "$work/nginx-error.log"; exit 1; }
echo ">>> Cluster up: nginx http://127.0.0.1:$PROXY_PORT → app servers ${PORTS[*]} (pids ${pids[*]}) on PostgreSQL $name"

if [ "$mode" != "test" ]; then
  echo ">>> Logs in $work. Ctrl-C stops everything."
  wait "$nginx_pid"
  exit 0
fi

if [ ! -d tests/browser/node_modules ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --ignore-scripts)
fi
export CLUSTER_PROXY="http://127.0.0.1:$PROXY_PORT" \
  CLUSTER_SERVERS="http://127.0.0.1:${PORTS[0]},http://127.0.0.1:${PORTS[1]}" \
  CLUSTER_PIDS="${pids[0]},${pids[1]}" \
  CLUSTER_LOGS="$work/app-${PORTS[0]}.log,$work/app-${PORTS[1]}.log" \
  CLUSTER_PSQL="$psql_bin"
node --test --test-concurrency=1 --test-reporter=spec tests/cluster/*.test.mjs

# The server left: SIGTERM stops it cleanly, with its job leases given back.
survivor=${pids[1]}
kill -TERM "$survivor"
status=0
wait "$survivor" || status=$?
pids=()
if [ "$status" != 0 ]; then
  echo "app server ${PORTS[1]} exited with $status after SIGTERM"; tail -n 20 "$work/app-${PORTS[1]}.log"; exit 1
fi
grep -q '"message":"stopped"' "$work/app-${PORTS[1]}.log" \
  || { echo "no clean stop in the log"; tail -n 20 "$work/app-${PORTS[1]}.log"; exit 1; }
held=$("$psql_bin" "$DATABASE_URL" -tAc "SELECT COUNT(*) FROM background_jobs WHERE lease_holder LIKE '$survivor-%'")
[ "$held" = 0 ] || { echo "app server ${PORTS[1]} kept $held job leases after SIGTERM"; exit 1; }
echo ">>> SIGTERM: app server ${PORTS[1]} stopped cleanly and holds no job lease"
