//! `make bench`: the miner's hash rate in headless Chromium (one worker, then every core) beside the
//! same midstate search compiled natively, measured in one run on the same machine. Prints a table
//! and writes it to target/bench/miner.md. Timing belongs here, never in tests: the machine is
//! shared and noisy, so every figure is the median of several runs after a warm-up.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../e2e/support.rs"]
#[allow(dead_code)]
mod support;

use std::time::{Duration, Instant};

use hashwatt::data::blocks::GENESIS;
use hashwatt::model::header::BlockHeader;
use hashwatt::model::search::{search, Midstate};
use hashwatt::model::target::Target;
use support::{Page, Result};

const RUNS: usize = 5;

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// The page's search, natively on one thread: H/s, median of `RUNS` runs of ~1 s each.
fn native_rate() -> Result<f64> {
    let header = BlockHeader::parse_hex(GENESIS.header_hex)?;
    let midstate = Midstate::new(&header);
    let never = Target::from_leading_zero_bits(255);
    let count = 1 << 22;
    search(&midstate, &never, 0, count); // warm-up
    let samples = (0..RUNS)
        .map(|run| {
            let started = Instant::now();
            let report = search(&midstate, &never, run as u32 * count, count);
            report.tried as f64 / started.elapsed().as_secs_f64()
        })
        .collect();
    Ok(median(samples))
}

/// The page's own miner with `workers` workers at an unreachable difficulty: the rate it shows
/// (`#miner-rate`, already smoothed over 2 s with the warm-up excluded), sampled `RUNS` times.
async fn browser_rate(page: &Page, workers: usize) -> Result<f64> {
    page.set_value("#miner-bits", "40").await?;
    page.set_value("#miner-workers", &workers.to_string())
        .await?;
    page.click("#miner-start").await?;
    tokio::time::sleep(Duration::from_secs(4)).await;
    let mut samples = Vec::new();
    for _ in 0..RUNS {
        tokio::time::sleep(Duration::from_secs(2)).await;
        let value = page
            .attr("#miner-rate", "data-value")
            .await?
            .unwrap_or_default();
        samples.push(value.parse::<f64>()?);
    }
    page.click("#miner-stop").await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    Ok(median(samples))
}

#[tokio::test]
#[ignore = "benchmark: run with make bench"]
async fn miner_hash_rates() -> Result {
    let native = native_rate()?;
    let page = Page::open("/", 1280, 900).await?;
    let cores = page
        .js("return navigator.hardwareConcurrency")
        .await?
        .as_u64()
        .unwrap_or(1) as usize;
    let one = browser_rate(&page, 1).await?;
    let all = browser_rate(&page, cores).await?;
    page.close().await?;

    let mhs = |v: f64| format!("{:.2} MH/s", v / 1e6);
    let table = format!(
        "| what | hash rate | ratio to native |\n|---|---|---|\n\
         | native `sha2` midstate search, 1 thread (release) | {} | 1.00 |\n\
         | browser, 1 worker (Chromium, wasm) | {} | {:.2} |\n\
         | browser, {cores} workers | {} | {:.2} (scaling {:.2} x 1 worker) |\n",
        mhs(native),
        mhs(one),
        one / native,
        mhs(all),
        all / native,
        all / one,
    );
    println!("\n{table}");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("miner.md"), &table)?;
    assert!(one > 0.0 && native > 0.0, "both rates measured");
    Ok(())
}
