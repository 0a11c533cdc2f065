# Hashwatt: `make serve` to read the page, `make test` to run every test. Both install what is missing.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := --target wasm32-unknown-unknown

.PHONY: all setup serve dist classroom bench-classroom test lint core-is-pure test-native test-web test-e2e bench fuzz soak clean
all: test

setup:
	@scripts/setup.sh

## The release site, with wasm-opt, into dist/.
dist: setup
	trunk build --release --offline

## Build and serve the page on http://127.0.0.1:8080 (rebuilds on change).
serve: setup
	@echo "Hashwatt: open http://127.0.0.1:8080/"
	trunk serve --release --offline

## The classroom (docs/classroom.md): builds the page, then serves it and the class's WebSocket on one
## port (8090, every interface) and prints the students' and the teacher's links. ARGS go to the
## server, e.g. make classroom ARGS="--port 9000 --db maths.sqlite".
ARGS ?=
classroom: dist
	cargo run --release -p hashwatt-classroom -- --dist dist $(ARGS)

## Every test: lint, native model tests, component tests in Chromium, end-to-end on the built dist/.
test: setup lint test-native test-web dist test-e2e

lint: core-is-pure
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy $(WASM) --lib --bins --test web --test wasm_bench -- -D warnings
	cargo clippy $(WASM) -p hashwatt-class -- -D warnings

## The core (data, content, model) must depend on no web crate, on any target: `cargo tree` says.
WEB_CRATES := yew|web-sys|gloo[a-z0-9-]*|wasm-bindgen[a-z0-9-]*|js-sys
core-is-pure:
	@if cargo tree -p hashwatt-core --target all -e normal,build --prefix none \
	  | grep -E '^($(WEB_CRATES)) v'; then \
	  echo "hashwatt-core depends on the web crates above: the core must stay pure"; exit 1; \
	else echo "core-is-pure: hashwatt-core depends on no web crate"; fi

## Every native test: the core's (with proptests) and the app's native checks.
test-native:
	cargo test --workspace

# Also in release: that is how the page is built (LTO, simd128), and release codegen has differed
# from debug (see Target::from_leading_zero_bits).
test-web:
	cargo test $(WASM) --test web
	cargo test --release $(WASM) --test web

test-e2e:
	cargo test --test e2e -- --ignored --test-threads=1

clean:
	cargo clean
	rm -rf dist

## Benchmarks (never part of `make test`): the miner's hash rates, browser against native, in one
## table (BENCHMARKS.md). First `sha2` and the kernel as wasm on one browser thread, whose printed
## rates the native bench reads back from target/bench/wasm.txt.
bench: dist
	mkdir -p target/bench
	trunk build --release --offline --features profile --dist target/bench/dist-profile
	cargo test --release $(WASM) --test wasm_bench -- --nocapture | tee target/bench/wasm.txt
	cargo test --release --test bench -- --ignored --nocapture --test-threads=1

## The classroom server under load (never part of `make test`): 1,000 simulated students at 2 real
## shares a second on loopback; accepted shares a second, acknowledgement latency p50/p99, the
## server's CPU and memory, into target/bench/classroom.md.
bench-classroom:
	cargo test --release -p hashwatt-classroom --test bench -- --ignored --nocapture --test-threads=1

## Fuzzing (never part of `make test`): the URL scenario parser and the header parser, each for
## FUZZ_SECONDS (default 60) with cargo-fuzz on nightly. fuzz/ is its own workspace, outside the build.
FUZZ_SECONDS ?= 60
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked || cargo install cargo-fuzz
	for t in scenario_query header_hex; do \
	  cargo +nightly fuzz run $$t -- -max_total_time=$(FUZZ_SECONDS) || exit 1; \
	done

## Soak (never part of `make test`): mines in headless Chromium for SOAK_SECONDS (default 600) and
## reports JS heap growth and hash-rate stability into target/soak.md.
soak: dist
	cargo test --test soak -- --ignored --nocapture --test-threads=1
