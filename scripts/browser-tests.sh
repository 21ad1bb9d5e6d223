#!/usr/bin/env bash
# Browser tests: starts the (debug) server on a fresh SQLite database and runs tests/browser
# with headless Debian Chromium (installed from Debian packages when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
  else
    sudo -n apt-get update -qq && sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
  fi
}

if [ ! -x /usr/bin/chromium ]; then
  echo ">>> Installing Chromium from Debian packages (first run only)"
  apt_install chromium >/dev/null
fi
if ! command -v java >/dev/null; then
  echo ">>> Installing a Java runtime for the Nu HTML checker (first run only)"
  apt_install default-jre-headless >/dev/null
fi
if [ ! -d tests/browser/node_modules/jose ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --ignore-scripts)
fi

work=$(mktemp -d)
source scripts/demo-operator.sh
port=${BROWSER_TEST_PORT:-3999}
DATABASE_URL="sqlite://$work/browser.db?mode=rwc" LEPTOS_SITE_ADDR="127.0.0.1:$port" \
  LEPTOS_SITE_ROOT=target/site RUST_LOG=warn ./target/debug/server >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:$port/robots.txt" && break
  sleep 0.2
done
if ! kill -0 $server 2>/dev/null; then
  echo "The server did not start:"; cat "$work/server.log"; exit 1
fi
export BASE_URL="http://127.0.0.1:$port"
cd tests/browser
node --test --test-concurrency=1 --test-reporter=spec ./*.test.mjs
