//! `make soak`: the miner left running in headless Chromium for SOAK_SECONDS (default 600), as a
//! classroom laptop would be, sampling every 30 s the page's JS heap after a forced garbage
//! collection, the page's own wasm memory and the live hash rate. A leak shows as heap growth
//! (goal: under 5 MB); a miner that degrades shows as a falling rate. Prints a table and writes
//! target/soak.md. Never part of `make test`: it takes minutes and its rates depend on the machine.
#![cfg(not(target_arch = "wasm32"))]

#[path = "e2e/support.rs"]
#[allow(dead_code)]
mod support;

use std::time::{Duration, Instant};

use serde_json::json;
use support::{Page, Result};

/// Heap growth over the soak above which it fails (the goal).
const MAX_HEAP_GROWTH_BYTES: f64 = 5.0 * 1024.0 * 1024.0;
const SAMPLE_EVERY: Duration = Duration::from_secs(30);

struct Sample {
    at_s: f64,
    heap_bytes: f64,
    /// Sum of the page's `WebAssembly.Memory` buffers (the app; workers have their own heaps).
    wasm_bytes: Option<f64>,
    rate_hs: f64,
}

/// The page's wasm memory, found through the DevTools protocol (`Runtime.queryObjects`), since our
/// loader keeps the module's exports out of `window`. None if the protocol will not say.
async fn wasm_memory(page: &Page) -> Option<f64> {
    let proto = page
        .cdp(
            "Runtime.evaluate",
            json!({ "expression": "WebAssembly.Memory.prototype" }),
        )
        .await
        .ok()?;
    let proto_id = proto["result"]["objectId"].as_str()?.to_string();
    let found = page
        .cdp(
            "Runtime.queryObjects",
            json!({ "prototypeObjectId": proto_id }),
        )
        .await
        .ok()?;
    let array_id = found["objects"]["objectId"].as_str()?.to_string();
    let sum = page
        .cdp(
            "Runtime.callFunctionOn",
            json!({
                "objectId": array_id,
                "functionDeclaration": "function() { return this.reduce((s, m) => s + m.buffer.byteLength, 0); }",
                "returnByValue": true,
            }),
        )
        .await
        .ok()?;
    sum["result"]["value"].as_f64().filter(|&v| v > 0.0)
}

async fn sample(page: &Page, started: Instant) -> Result<Sample> {
    // Measure what is retained, not what the collector has not reached yet.
    page.cdp("HeapProfiler.collectGarbage", json!({})).await?;
    let read = page
        .js(
            "return [performance.memory ? performance.memory.usedJSHeapSize : null,
                     Number(document.getElementById('miner-rate').dataset.value)]",
        )
        .await?;
    let heap_bytes = read[0]
        .as_f64()
        .ok_or("performance.memory is not available in this browser")?;
    Ok(Sample {
        at_s: started.elapsed().as_secs_f64(),
        heap_bytes,
        wasm_bytes: wasm_memory(page).await,
        rate_hs: read[1].as_f64().unwrap_or(0.0),
    })
}

fn mb(bytes: f64) -> String {
    format!("{:.2} MB", bytes / 1024.0 / 1024.0)
}

fn report(seconds: u64, workers: &str, samples: &[Sample]) -> String {
    let first = &samples[0];
    let last = &samples[samples.len() - 1];
    let mut rates: Vec<f64> = samples.iter().map(|s| s.rate_hs).collect();
    rates.sort_by(f64::total_cmp);
    let mut out = format!(
        "# Soak: {seconds} s of mining at 40 zero bits with {workers} workers\n\n\
         | t (s) | JS heap | page wasm memory | rate (H/s) |\n|---:|---:|---:|---:|\n"
    );
    for s in samples {
        out += &format!(
            "| {:.0} | {} | {} | {:.0} |\n",
            s.at_s,
            mb(s.heap_bytes),
            s.wasm_bytes.map_or("n/a".into(), mb),
            s.rate_hs
        );
    }
    out += &format!(
        "\nJS heap growth: {} (goal < 5 MB)\n",
        mb(last.heap_bytes - first.heap_bytes)
    );
    out += &match (first.wasm_bytes, last.wasm_bytes) {
        (Some(a), Some(b)) => format!("Page wasm memory growth: {}\n", mb(b - a)),
        _ => "Page wasm memory: not reachable through the DevTools protocol\n".into(),
    };
    out += "Workers' wasm memory: not sampled (each worker is its own isolate).\n";
    out += &format!(
        "Hash rate: min {:.0}, median {:.0}, max {:.0} H/s\n",
        rates[0],
        rates[rates.len() / 2],
        rates[rates.len() - 1]
    );
    out
}

#[tokio::test]
#[ignore = "soak: minutes of mining in Chromium (make soak)"]
async fn the_miner_runs_for_minutes_without_leaking_or_slowing() -> Result {
    let seconds: u64 = std::env::var("SOAK_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(600);
    let page = Page::open("/", 1280, 900).await?;
    page.js("document.getElementById('mine').scrollIntoView({behavior: 'instant'})")
        .await?;
    page.set_value("#miner-bits", "40").await?;
    let workers = page
        .js("const s = document.getElementById('miner-workers'); return s.options[s.options.length - 1].value")
        .await?;
    let workers = workers.as_str().unwrap_or("1").to_string();
    page.set_value("#miner-workers", &workers).await?;
    page.click("#miner-start").await?;
    page.wait_until(
        "return Number(document.getElementById('miner-rate').dataset.value) > 0",
        Duration::from_secs(30),
    )
    .await?;

    let started = Instant::now();
    let mut samples = vec![sample(&page, started).await?];
    let end = started + Duration::from_secs(seconds);
    while Instant::now() < end {
        let next = (Instant::now() + SAMPLE_EVERY).min(end);
        tokio::time::sleep_until(next.into()).await;
        samples.push(sample(&page, started).await?);
    }
    page.click("#miner-stop").await?;
    page.assert_clean().await?;
    page.close().await?;

    let text = report(seconds, &workers, &samples);
    println!("{text}");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("soak.md"), &text)?;

    let growth = samples[samples.len() - 1].heap_bytes - samples[0].heap_bytes;
    assert!(
        growth < MAX_HEAP_GROWTH_BYTES,
        "JS heap grew by {}",
        mb(growth)
    );
    assert!(
        samples.iter().all(|s| s.rate_hs > 0.0),
        "the miner stopped hashing during the soak"
    );
    Ok(())
}
