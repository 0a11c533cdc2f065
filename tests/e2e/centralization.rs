//! The centralization and AI sections as a reader uses them: the measures, the pool what-ifs
//! (values checked against the model computed here), every chart drawn, screenshots on a desktop
//! and a phone, no console error and no foreign request.

use std::time::Duration;

use hashwatt_core::data::geography::GEO_PERIODS;
use hashwatt_core::model::ai::seed_growth_correction;
use hashwatt_core::model::centralization_view::{geo_bars, published_geo_hhi};
use hashwatt_core::model::concentration::{measure, merge, remove, snapshot_entities};
use serde_json::Value;

use crate::support::{Page, Result};

/// Opens the page at `width` x `height` CSS pixels and waits until the layout really is that wide.
async fn open_at(width: u32, height: u32) -> Result<Page> {
    // The harness emulates widths under 500 px (headless Chromium's smallest window).
    let page = Page::open("/", width, height).await?;
    page.wait_until(
        &format!("return document.documentElement.clientWidth === {width}"),
        WAIT,
    )
    .await?;
    Ok(page)
}

const WAIT: Duration = Duration::from_secs(10);

/// `data-value` of `selector` as a number.
async fn value(page: &Page, selector: &str) -> Result<f64> {
    let v = page
        .js(&format!(
            "const e = document.querySelector({selector:?}); return e ? e.dataset.value : null"
        ))
        .await?;
    let text = v
        .as_str()
        .ok_or(format!("{selector} has no data-value: {v}"))?;
    Ok(text.parse()?)
}

/// Waits until `selector`'s data-value is `expected` (within `tol`).
async fn wait_value(page: &Page, selector: &str, expected: f64, tol: f64) -> Result {
    let script = format!(
        "const e = document.querySelector({selector:?}); \
         return !!e && Math.abs(parseFloat(e.dataset.value) - {expected}) <= {tol}"
    );
    page.wait_until(&script, WAIT)
        .await
        .map_err(|_| format!("{selector}: expected {expected}, timed out").into())
}

async fn all_charts_drawn(page: &Page) -> Result {
    let script = "const c = [...document.querySelectorAll('#centralization canvas, #ai canvas')]; \
                  return c.length >= 6 && c.every(x => x.dataset.drawn === 'true' && x.width > 0)";
    page.wait_until(script, WAIT).await?;
    Ok(())
}

async fn scroll_to(page: &Page, selector: &str) -> Result {
    page.js(&format!(
        "document.querySelector({selector:?}).scrollIntoView({{block: 'start', behavior: 'instant'}})"
    ))
    .await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    Ok(())
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn pool_what_ifs_update_the_measures_at_once() -> Result {
    let page = Page::open("/", 1280, 900).await?;
    page.wait_for("#nakamoto", WAIT).await?;

    let snapshot = snapshot_entities();
    let start = measure(&snapshot);
    assert_eq!(value(&page, "#nakamoto").await?, 3.0);
    let hhi = value(&page, "#pool-hhi").await?;
    assert!((hhi - 1626.0).abs() < 1.0, "pool HHI {hhi}");
    assert!((hhi - start.hhi).abs() < 0.1);
    scroll_to(&page, "#centralization").await?;
    all_charts_drawn(&page).await?;
    page.screenshot("centralization-pools-1280").await?;

    // Count the AntPool-template pools as one: the coefficient drops to 2.
    page.click("#template-toggle").await?;
    wait_value(&page, "#nakamoto", 2.0, 0.0).await?;
    page.screenshot("centralization-grouped-1280").await?;
    page.click("#pools-reset").await?;
    wait_value(&page, "#nakamoto", 3.0, 0.0).await?;

    // Remove the largest pool: the values the model gives for the same list.
    let top = snapshot
        .iter()
        .max_by(|a, b| a.share.total_cmp(&b.share))
        .ok_or("empty snapshot")?
        .name
        .clone();
    let without_top = remove(&snapshot, &top)?;
    let expected = measure(&without_top);
    assert_ne!(
        expected.hhi.round(),
        start.hhi.round(),
        "removing the top pool must change the HHI"
    );
    page.click(&format!(
        "#pool-actions li[data-pool='{top}'] button.remove"
    ))
    .await?;
    wait_value(&page, "#pool-hhi", expected.hhi, 0.1).await?;
    assert_eq!(
        value(&page, "#nakamoto").await?,
        expected.nakamoto.ok_or("no coefficient")? as f64
    );

    // Then merge F2Pool into AntPool, chosen in the row's select.
    let merged = measure(&merge(&without_top, "F2Pool", "AntPool")?);
    page.js("const s = document.querySelector(\"#pool-actions li[data-pool='F2Pool'] select\"); s.value = 'AntPool';")
        .await?;
    page.click("#pool-actions li[data-pool='F2Pool'] button.merge")
        .await?;
    wait_value(&page, "#pool-hhi", merged.hhi, 0.1).await?;
    assert_eq!(
        value(&page, "#nakamoto").await?,
        merged.nakamoto.ok_or("no coefficient")? as f64
    );
    let gone = page
        .js("return !document.querySelector(\"#pool-actions li[data-pool='F2Pool']\")")
        .await?;
    assert_eq!(gone, Value::Bool(true), "F2Pool left the list");
    page.screenshot("centralization-edited-1280").await?;

    // Reset: back to the published snapshot.
    page.click("#pools-reset").await?;
    wait_value(&page, "#pool-hhi", start.hhi, 0.1).await?;
    assert_eq!(value(&page, "#nakamoto").await?, 3.0);
    all_charts_drawn(&page).await?;

    page.assert_clean().await?;
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn geography_and_ai_measures_and_every_chart_draw() -> Result {
    for (width, height) in [(1280, 900), (360, 800)] {
        let page = open_at(width, height).await?;
        page.wait_for("#geo-hhi", WAIT).await?;
        all_charts_drawn(&page).await?;

        let bars = geo_bars(&GEO_PERIODS);
        let newest = &bars.last().ok_or("no periods")?.concentration;
        let geo = value(&page, "#geo-hhi").await?;
        assert!(
            (geo - published_geo_hhi(newest)).abs() < 0.1,
            "geo HHI {geo}"
        );
        let g = seed_growth_correction();
        let growth = value(&page, "#edge-ai-growth").await?;
        assert!(
            (growth - 376.0).abs() < 0.01 && (growth - g.actual_growth_pct).abs() < 0.01,
            "{growth}"
        );
        let cagr = value(&page, "#edge-ai-cagr").await?;
        assert!((cagr - 21.5).abs() < 0.05, "{cagr}");

        // Nothing in the two sections is wider than the page.
        let overflow = page
            .js("const w = document.documentElement.clientWidth; \
                 return [...document.querySelectorAll('#centralization *, #ai *')] \
                   .filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-wrap, .tip') \
                     && getComputedStyle(e).visibility !== 'hidden') \
                   .map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5)")
            .await?;
        assert_eq!(overflow, serde_json::json!([]), "overflow at {width}px");

        for (name, selector) in [
            ("centralization-pools", "#pools-title"),
            ("centralization-pool-chart", "#pool-chart"),
            ("centralization-history", "#coefficient-chart"),
            ("centralization-geography", "#geo-chart"),
            ("centralization-regions", "#region-paraguay"),
            ("centralization-earlier", "#efficiency-chart"),
            ("ai-market", "#ai"),
            ("ai-market-chart", "#edge-ai-chart"),
            ("ai-models", "#memory-chart"),
            ("ai-two-paths", ".two-paths"),
        ] {
            scroll_to(&page, selector).await?;
            page.screenshot(&format!("{name}-{width}")).await?;
        }
        let errors = page.console_errors().await?;
        assert!(errors.is_empty(), "console errors at {width}px: {errors:?}");
        page.assert_no_foreign_requests().await?;
        page.close().await?;
    }
    Ok(())
}
