//! `make bench` only: the hash rate of the `sha2` midstate search and of the lane kernel compiled to
//! wasm, on one thread of headless Chromium, without workers or the page around them. Run as
//! `cargo test --release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture`; it prints
//! `wasm-bench <name> <hashes per second>` lines that `tests/bench` puts into its table. Timing uses
//! `performance.now()`: one warm-up run, then the median of five.
#![cfg(target_arch = "wasm32")]

use hashwatt_core::data::blocks::GENESIS;
use hashwatt_core::model::header::BlockHeader;
use hashwatt_core::model::kernel::{scan, Kernel};
use hashwatt_core::model::search::{search, SearchReport};
use hashwatt_core::model::target::Target;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RUNS: usize = 5;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or_else(js_sys::Date::now, |performance| performance.now())
}

/// Hashes per second of `hash(start, count)`: a warm-up, then the median of `RUNS` runs.
fn rate(count: u32, mut hash: impl FnMut(u32, u32) -> SearchReport) -> f64 {
    hash(0, count);
    let mut samples: Vec<f64> = (1..=RUNS as u32)
        .map(|run| {
            let started = now_ms();
            let report = hash(run * count, count);
            assert_eq!(report.tried, u64::from(count));
            report.tried as f64 / ((now_ms() - started) / 1e3)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[RUNS / 2]
}

#[wasm_bindgen_test]
fn sha2_search_and_kernel_rates_on_one_thread() {
    let header = BlockHeader::parse_hex(GENESIS.header_hex).expect("genesis header");
    let kernel = Kernel::new(&header);
    // Never met, as on a real job: every nonce is hashed and rejected.
    let never = Target::from_leading_zero_bits(255);
    let sha2 = rate(1 << 21, |start, count| {
        search(kernel.midstate(), &never, start, count)
    });
    let lanes = rate(1 << 22, |start, count| {
        scan(&kernel, &never, start, count, 8)
    });
    console_log!("wasm-bench sha2 {sha2:.0}");
    console_log!("wasm-bench kernel {lanes:.0}");
    assert!(sha2 > 0.0 && lanes > 0.0);
}
