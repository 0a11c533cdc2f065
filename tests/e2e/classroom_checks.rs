//! The classroom's whole-page checks: axe-core (from node_modules, injected into the page) in light
//! and dark mode and while presenting, phone screenshots, and the offline reload.

use std::time::Duration;

use serde_json::{json, Value};

use crate::support::{Page, Result};

const WAIT: Duration = Duration::from_secs(15);

/// Runs axe-core on the page and returns its serious and critical violations, one line each.
async fn axe_violations(page: &Page) -> Result<Vec<String>> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/node_modules/axe-core/axe.min.js"
    );
    let source =
        std::fs::read_to_string(path).map_err(|e| format!("{path}: {e} (run `make setup`)"))?;
    page.js(&source).await?;
    page.js(
        "window.__axe = null;
         axe.run(document, { resultTypes: ['violations'] })
            .then(r => { window.__axe = r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 4)
                    .map(n => n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ') + ')')
                    .join('; ')); })
            .catch(e => { window.__axe = ['axe failed: ' + e]; });",
    )
    .await?;
    page.wait_until("return window.__axe !== null", Duration::from_secs(60))
        .await?;
    let v = page.js("return window.__axe").await?;
    Ok(v.as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|s| s.as_str().unwrap_or_default().to_string())
        .collect())
}

async fn set_color_scheme(page: &Page, scheme: &str) -> Result {
    page.cdp(
        "Emulation.setEmulatedMedia",
        json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
    )
    .await?;
    Ok(())
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn axe_finds_no_serious_or_critical_violation_in_light_dark_or_presenting() -> Result {
    let page = Page::open("/", 1280, 900).await?;
    page.wait_for("canvas[data-drawn='true']", WAIT).await?;
    let light = axe_violations(&page).await?;
    assert!(light.is_empty(), "light mode:\n{}", light.join("\n"));

    set_color_scheme(&page, "dark").await?;
    let dark_bg = page
        .js("return getComputedStyle(document.body).backgroundColor")
        .await?;
    assert_eq!(
        dark_bg,
        json!("rgb(20, 23, 29)"),
        "the dark palette applies"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let dark = axe_violations(&page).await?;
    assert!(dark.is_empty(), "dark mode:\n{}", dark.join("\n"));
    page.js("document.getElementById('economics').scrollIntoView({block: 'start', behavior: 'instant'})")
        .await?;
    page.screenshot("dark-1280-economics").await?;

    page.click("#present-start").await?;
    page.wait_for(".presenting", WAIT).await?;
    let presenting = axe_violations(&page).await?;
    assert!(
        presenting.is_empty(),
        "presenting:\n{}",
        presenting.join("\n")
    );
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn a_phone_reads_the_classroom_features() -> Result {
    let page = Page::open("/", 360, 800).await?;
    page.screenshot("classroom-360-top").await?;
    page.js("document.getElementById('predict-pays').scrollIntoView({block: 'start', behavior: 'instant'})")
        .await?;
    page.screenshot("classroom-360-predict").await?;
    page.js("document.querySelector('.share-qr').scrollIntoView({block: 'center', behavior: 'instant'})")
        .await?;
    page.screenshot("classroom-360-qr").await?;
    let overflow = page
        .js("return document.documentElement.scrollWidth - innerWidth")
        .await?;
    assert!(
        overflow.as_f64().unwrap_or(1.0) <= 0.0,
        "no sideways scroll at 360 px: {overflow}"
    );
    page.close().await
}

/// Presses Start (by script: a WebDriver click can race the page's smooth scrolling) and waits
/// until the miner reports a rate.
async fn start_mining(page: &Page) -> Result {
    page.js("document.getElementById('miner-start').click()")
        .await?;
    page.wait_until(
        "return Number(document.getElementById('miner-rate').dataset.value) > 0",
        Duration::from_secs(30),
    )
    .await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn after_one_visit_the_page_reloads_with_the_network_off() -> Result {
    let page = Page::open("/?price=90000", 1280, 900).await?;
    page.wait_until(
        "return !!navigator.serviceWorker && !!navigator.serviceWorker.controller",
        Duration::from_secs(30),
    )
    .await?;
    // WebDriver awaits a returned promise: the paths of every cached request.
    let cached = page
        .js("return caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.keys()))))
                .then(all => all.flat().map(r => new URL(r.url).pathname))")
        .await?;
    let names: Vec<&str> = cached
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for suffix in ["/", ".wasm", ".css"] {
        assert!(
            names.iter().any(|n| n.ends_with(suffix)),
            "cache holds a {suffix}: {names:?}"
        );
    }
    // The miner's worker is fetched on the first Start (not on the first visit) and kept then.
    assert!(
        !names.iter().any(|n| n.ends_with("worker_bg.wasm")),
        "the worker was precached on the first visit: {names:?}"
    );
    start_mining(&page).await?;
    page.js("document.getElementById('miner-stop').click()")
        .await?;
    page.wait_until(
        "return caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.keys()))))
             .then(all => ['worker_loader.js', 'worker.js', 'worker_bg.wasm'].every(f =>
                 all.flat().some(r => new URL(r.url).pathname.endsWith('/' + f))))",
        Duration::from_secs(30),
    )
    .await?;

    // The network off: the server drops every connection, and Chromium is told it is offline.
    page.go_offline().await?;
    page.client().refresh().await?;
    page.wait_for(crate::support::APP_READY, Duration::from_secs(30))
        .await?;
    page.wait_for("svg[aria-label^='QR code']", WAIT).await?;
    let label = page
        .attr("svg[aria-label^='QR code']", "aria-label")
        .await?
        .unwrap_or_default();
    assert!(label.contains("price=90000"), "{label}");
    // Mining offline uses the kept workers: no notice that the page mines by itself.
    start_mining(&page).await?;
    let notice = page
        .js("const n = document.querySelector('.miner-controls [role=alert]'); return n ? n.textContent : ''")
        .await?;
    assert_eq!(notice, json!(""), "offline, the workers did not start");
    page.js("document.getElementById('miner-stop').click()")
        .await?;
    page.screenshot("offline-1280").await?;
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn the_print_handout_keeps_words_and_charts_and_drops_the_controls() -> Result {
    let page = Page::open("/", 1280, 900).await?;
    page.wait_for("canvas[data-drawn='true']", WAIT).await?;
    page.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await?;
    let shown = |selector: &str| {
        format!("return [...document.querySelectorAll({selector:?})].filter(e => e.getClientRects().length > 0).length")
    };
    for chrome in [".toc", "button", ".share-qr", "input[type='range']"] {
        let n = page.js(&shown(chrome)).await?;
        assert_eq!(n, json!(0), "{chrome} is not printed");
    }
    let canvases = page.js(&shown("canvas")).await?;
    let all = page
        .js("return document.querySelectorAll('canvas').length")
        .await?;
    assert_eq!(canvases, all, "every chart is printed");
    let sections = page.js(&shown("main > section")).await?;
    assert_eq!(sections, json!(hashwatt_core::content::SECTION_IDS.len()));
    let answer_height = page
        .js("const a = document.querySelector('.faq details .answer'); return a ? a.getBoundingClientRect().height : -1")
        .await?;
    assert!(
        answer_height.as_f64().unwrap_or(0.0) > 0.0,
        "FAQ answers print open: {answer_height}"
    );
    page.js("document.getElementById('economics').scrollIntoView({block: 'start', behavior: 'instant'})")
        .await?;
    page.screenshot("print-1280-economics").await?;
    page.close().await
}
