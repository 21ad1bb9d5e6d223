# Social Tech Academy — every command a developer or CI needs.
# `make run` and `make test` install what they need themselves, only when it is missing.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)

# Must equal the wasm-bindgen version in Cargo.lock (pinned with = in Cargo.toml). Installed as a
# debug build: 1 minute to build instead of 3–5, and it writes the same files in 0.6 s instead
# of 0.1 s (measured: docs/performance.md).
WASM_BINDGEN_VERSION := 0.2.130
# binaryen's wasm-opt from npm (tools/package.json): installs in seconds, where building the
# wasm-opt crate took about 10 minutes. Debian's binaryen (108) breaks the bundle; 132 does not
# (the browser tests run the optimised bundle).
WASM_OPT := tools/node_modules/.bin/wasm-opt
SITE := target/site
PKG := $(SITE)/pkg
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
                 --enable-mutable-globals --enable-reference-types --enable-multivalue

.PHONY: run build server-release site-release test test-rust test-browser test-cluster cluster bench tools tools-release wasm-test wasm-release lint fmt clean

## Build in release mode and serve on http://127.0.0.1:3000 (SQLite under data/ by default),
## with demo values of the operator's identity on the legal pages.
run: build
	source scripts/demo-operator.sh && ./target/release/server

# The server and the browser bundle build side by side (their outputs never overlap): each
# has long single-threaded stretches (linking, LTO, wasm-bindgen-cli's install) that the other
# fills, which saves minutes on a first run with two cores.
build:
	@$(MAKE) --no-print-directory -j2 server-release site-release

server-release:
	cargo build --release -p server

site-release: tools tools-release wasm-release

## Every test: unit, in-process HTTP (SQLite and PostgreSQL), browser (Chromium, axe-core, Nu
## checker), and the cluster (two app servers behind nginx on PostgreSQL).
test: tools wasm-test test-rust test-browser test-cluster

# One feature set for the app's unit tests, the HTTP tests and the server the browser tests run,
# so the dependencies compile once.
TEST_CRATES := -p app -p server --features app/ssr

test-rust:
	@source scripts/ensure-postgres.sh && cargo test $(TEST_CRATES)

test-browser: wasm-test
	cargo test $(TEST_CRATES) --no-run
	scripts/browser-tests.sh

# The server binary the browser tests use (same features: nothing rebuilds).
test-cluster:
	cargo test $(TEST_CRATES) --no-run
	scripts/cluster.sh test

## PostgreSQL, two app servers and nginx on http://127.0.0.1:3100 with the demo content, until Ctrl-C.
cluster: wasm-test
	cargo test $(TEST_CRATES) --no-run
	scripts/cluster.sh

## Benchmarks named by issues: the offer search on 100,000 generated offers, and wrk (issue 5).
bench: tools
	cargo build --release -p server --bins
	scripts/bench.sh

tools:
	@rustup target list --installed | grep -q '^wasm32-unknown-unknown$$' || rustup target add wasm32-unknown-unknown
	@if ! wasm-bindgen --version 2>/dev/null | grep -q ' $(WASM_BINDGEN_VERSION)'; then \
	  echo ">>> Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (first run only, about a minute)"; \
	  cargo install --debug wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi

tools-release:
	@if ! $(WASM_OPT) --version 2>/dev/null | grep -q 'version 132'; then \
	  echo ">>> Installing binaryen's wasm-opt from npm (first run only, seconds)"; \
	  npm ci --prefix tools --no-audit --no-fund --ignore-scripts; \
	fi

# The browser bundle the tests use: the one served in production (release profile and
# wasm-opt), so the browser tests prove the optimised bundle works; served uncompressed.
wasm-test: tools tools-release
	cargo build -p frontend --target wasm32-unknown-unknown --profile wasm-release
	wasm-bindgen --target web --no-typescript --out-dir $(PKG) --out-name app \
	  target/wasm32-unknown-unknown/wasm-release/frontend.wasm
	$(WASM_OPT) -Oz $(WASM_FEATURES) -o $(PKG)/app_bg.wasm $(PKG)/app_bg.wasm
	rm -f $(PKG)/*.gz

wasm-release: wasm-test
	gzip -9 -k -f $(PKG)/app_bg.wasm $(PKG)/app.js

lint:
	cargo fmt --all -- --check
	cargo clippy $(TEST_CRATES) --all-targets -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

fmt:
	cargo fmt --all

clean:
	cargo clean
