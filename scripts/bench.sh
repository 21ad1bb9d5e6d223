#!/usr/bin/env bash
# `make bench`: the offer search on 100,000 generated offers (SQLite, and PostgreSQL when it
# can be started), then wrk against the release server: the search page beside a static file
# of the same size served by the same server. Results go to stdout (copy them into
# docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
OFFERS=${BENCH_OFFERS:-100000}
work=${BENCH_DIR:-target/bench}
mkdir -p "$work"

if ! command -v wrk >/dev/null; then
  echo ">>> Installing wrk from Debian packages"
  if [ "$(id -u)" = "0" ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else sudo -n apt-get update -qq && sudo -n apt-get install -y -qq wrk >/dev/null; fi
fi

echo "=== Search latency, $OFFERS offers"
./target/release/bench "sqlite://$work/bench.db?mode=rwc" "$OFFERS"
# shellcheck source=/dev/null
source scripts/ensure-postgres.sh
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  base=${TEST_POSTGRES_URL%/*}
  psql "$TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS sta_bench" -c "CREATE DATABASE sta_bench" >/dev/null
  ./target/release/bench "$base/sta_bench" "$OFFERS"
fi

echo "=== wrk, 64 connections, release server on the SQLite data set"
port=3111
DATABASE_URL="sqlite://$work/bench.db?mode=rwc" LEPTOS_SITE_ADDR="127.0.0.1:$port" \
  LEPTOS_SITE_ROOT=target/site RUST_LOG=warn ./target/release/server >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/robots.txt" && break; sleep 0.2; done
page="/fr/offers?q=donnees&country=FR"
size=$(curl -s "http://127.0.0.1:$port$page" | wc -c)
mkdir -p target/site/pkg
printf '%*s' "$size" '' | tr ' ' 'x' > target/site/pkg/bench-static.txt
echo "page: $page ($size bytes); static file: /pkg/bench-static.txt (same size)"
echo "--- the search page (results kept 30 s by the server, as in production)"
wrk -t2 -c64 -d20s --latency "http://127.0.0.1:$port$page" | grep -E "Requests/sec|99%|50%|Latency|Non-2xx"
echo "--- the same search, every request a new address (an ignored parameter): no cached result"
cat > "$work/uncached.lua" <<LUA
request = function()
  return wrk.format("GET", "$page&n=" .. math.random(1, 1000000000))
end
LUA
wrk -t2 -c64 -d20s --latency -s "$work/uncached.lua" "http://127.0.0.1:$port" | grep -E "Requests/sec|99%|50%|Latency|Non-2xx"
echo "--- a static file of the same size"
wrk -t2 -c64 -d20s --latency "http://127.0.0.1:$port/pkg/bench-static.txt" | grep -E "Requests/sec|99%|50%|Latency|Non-2xx"
rm -f target/site/pkg/bench-static.txt
echo "--- memory of the server after the runs (index of $OFFERS offers, caches): $(ps -o rss= -p $server) KiB resident"
