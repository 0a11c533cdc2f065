//! Every chart's "Show the data as a table": present under each chart with a caption, column
//! headers and data rows; opening one shows the model's numbers; on a phone an open table scrolls
//! inside its own wrapper and nothing sticks out of the screen.

use std::time::Duration;

use hashwatt_core::model::centralization_view::pool_table;
use hashwatt_core::model::concentration::{ranked, snapshot_entities};
use serde_json::{json, Value};

use crate::support::{Page, Result};

const WAIT: Duration = Duration::from_secs(10);
/// The page's charts: 3 in economics, 3 in what happens next, 4 in centralization, 2 in AI.
const CHARTS: usize = 12;

/// For each `figure.chart`: its id, whether it has a `details.chart-table`, its table's caption,
/// `th[scope=col]` count, data row count, and whether every row has one cell per header.
const SHAPE: &str = "return [...document.querySelectorAll('figure.chart')].map(f => { \
    const d = f.querySelector('details.chart-table'); const t = d && d.querySelector('table'); \
    const heads = t ? t.querySelectorAll('thead th[scope=col]').length : 0; \
    const rows = t ? [...t.querySelectorAll('tbody tr')] : []; \
    return { id: f.id, details: !!d, caption: t && t.caption ? t.caption.textContent : '', \
             heads, rows: rows.length, \
             square: rows.every(r => r.querySelectorAll('th[scope=row]').length === 1 \
                                   && r.cells.length === heads), \
             closed: !!d && !d.open }; })";

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn every_chart_has_its_data_as_a_table() -> Result {
    let page = Page::open("/", 1280, 900).await?;
    // The simulator's charts come with its module, loaded as its section nears the screen.
    page.load_simulator().await?;
    page.wait_until(
        &format!("return document.querySelectorAll('figure.chart').length === {CHARTS}"),
        WAIT,
    )
    .await?;
    let shapes = page.js(SHAPE).await?;
    let shapes = shapes.as_array().ok_or("no figures")?;
    assert_eq!(shapes.len(), CHARTS);
    for s in shapes {
        assert_eq!(s["details"], true, "{s}: no details.chart-table");
        assert_eq!(s["closed"], true, "{s}: the table starts collapsed");
        assert!(
            !s["caption"].as_str().unwrap_or("").is_empty(),
            "{s}: no caption"
        );
        assert!(
            s["heads"].as_u64().unwrap_or(0) >= 2,
            "{s}: no column headers"
        );
        assert!(s["rows"].as_u64().unwrap_or(0) >= 1, "{s}: no data row");
        assert_eq!(
            s["square"], true,
            "{s}: a row without a row header and one cell per header"
        );
    }

    // Open the pool chart's table: it shows the model's rows, numbers right-aligned.
    let sel = "#pool-chart details.chart-table";
    let shown = page
        .js(&format!(
            "return document.querySelector('{sel} table').checkVisibility()"
        ))
        .await?;
    assert_eq!(shown, json!(false), "a closed table is not shown");
    page.click(&format!("{sel} > summary")).await?;
    page.wait_until(
        &format!(
            "const d = document.querySelector('{sel}'); \
             return d.open && d.querySelector('table').checkVisibility()"
        ),
        WAIT,
    )
    .await?;
    let expected = pool_table(&ranked(&snapshot_entities()));
    let first = page
        .js(&format!(
            "return [...document.querySelectorAll('{sel} tbody tr:first-child > *')].map(c => c.textContent)"
        ))
        .await?;
    assert_eq!(first, json!(expected.rows[0]));
    assert_eq!(first, json!(["Foundry USA", "30.9%", "30.9%"]));
    let rows = page
        .js(&format!(
            "return document.querySelectorAll('{sel} tbody tr').length"
        ))
        .await?;
    assert_eq!(rows.as_u64(), Some(expected.rows.len() as u64));
    let align = page
        .js(&format!(
            "const c = document.querySelector('{sel} tbody td.num'); \
             return c ? getComputedStyle(c).textAlign : null"
        ))
        .await?;
    assert_eq!(align, json!("right"));
    page.screenshot("tables-pool-open-1280").await?;

    page.assert_clean().await?;
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn open_tables_fit_a_phone() -> Result {
    let page = Page::open("/", 360, 800).await?;
    page.wait_until("return document.documentElement.clientWidth === 360", WAIT)
        .await?;
    // The simulator's charts come with its module, loaded as its section nears the screen.
    page.load_simulator().await?;
    page.wait_until(
        &format!("return document.querySelectorAll('details.chart-table').length === {CHARTS}"),
        WAIT,
    )
    .await?;
    page.js("document.querySelectorAll('details.chart-table').forEach(d => d.open = true)")
        .await?;
    page.wait_until(
        "return [...document.querySelectorAll('details.chart-table table')]\
         .every(t => t.checkVisibility())",
        WAIT,
    )
    .await?;
    // The page never scrolls sideways; each table's wrapper stays on the screen (a wide table
    // scrolls inside it).
    let overflow = page
        .js("return document.documentElement.scrollWidth - window.innerWidth")
        .await?;
    assert!(
        overflow.as_f64().unwrap_or(f64::MAX) <= 0.0,
        "the page is wider than the phone by {overflow} px with the tables open"
    );
    let out = page
        .js("return [...document.querySelectorAll('figure.chart, details.chart-table, .chart-table-wrap')]\
             .filter(e => { const r = e.getBoundingClientRect(); \
                            return r.left < -0.5 || r.right > window.innerWidth + 0.5; })\
             .map(e => (e.closest('figure') || e).id + ' ' + e.tagName + '.' + e.className)")
        .await?;
    assert_eq!(out, Value::Array(vec![]), "sticks out at 360 px");
    page.js("document.querySelector('#geo-chart').scrollIntoView({block: 'start', behavior: 'instant'})")
        .await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    page.screenshot("tables-geo-open-360").await?;

    page.assert_clean().await?;
    page.close().await
}
