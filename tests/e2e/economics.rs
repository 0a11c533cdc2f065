//! The economics section as a reader uses it: a shared link opens its scenario, the arrow keys
//! move a slider and the URL and figures follow, junk typed in a number field stays visible with
//! a note, a malformed link opens with notes and clamped values, presets and Reset work, and the
//! charts draw. Expected figures come from the crate's own model (`outcome`), not from copies.

use std::time::Duration;

use fantoccini::key::Key;
use fantoccini::Locator;
use hashwatt_core::model::economics::{outcome, Outcome, Scenario};
use hashwatt_core::model::scenario::Param;

use crate::support::{Page, Result};

const WAIT: Duration = Duration::from_secs(10);

/// Reads one figure of an `Outcome`.
type Field = fn(&Outcome) -> f64;

/// The outputs the issue names, with the `Outcome` field each must hold.
const OUTPUTS: [(&str, Field); 6] = [
    ("out-cost-per-btc", |o| o.all_in_usd_per_btc),
    ("out-energy-cost-per-btc", |o| o.energy_usd_per_btc),
    ("out-hashprice", |o| o.hashprice_usd_per_ph_day),
    ("out-breakeven-kwh", |o| o.breakeven_kwh_usd),
    ("out-network-power", |o| o.power_gw),
    ("out-margin-per-btc", |o| o.margin_usd_per_btc),
];

/// An output's `data-value`, parsed in Rust (exact, unlike a JSON number).
async fn data_value(page: &Page, id: &str) -> Result<f64> {
    let v = page
        .js(&format!(
            "const e = document.getElementById({id:?}); return e ? e.dataset.value : null"
        ))
        .await?;
    let text = v.as_str().ok_or(format!("#{id} has no data-value"))?;
    Ok(text.parse()?)
}

async fn assert_outputs(page: &Page, expected: &Outcome) -> Result {
    for (id, field) in OUTPUTS {
        let shown = data_value(page, id).await?;
        let want = field(expected);
        assert!(
            (shown - want).abs() <= 1e-9 * want.abs().max(1.0),
            "#{id}: page {shown}, model {want}"
        );
    }
    Ok(())
}

/// Waits until `#out-cost-per-btc` shows the all-in cost of `s`.
async fn wait_for_cost(page: &Page, s: &Scenario) -> Result {
    let want = outcome(s).all_in_usd_per_btc;
    page.wait_until(
        &format!(
            "const v = Number(document.getElementById('out-cost-per-btc').dataset.value); \
             return Math.abs(v - {want}) <= 1e-9 * Math.abs({want})"
        ),
        WAIT,
    )
    .await
}

async fn input_value(page: &Page, id: &str) -> Result<String> {
    let v = page
        .js(&format!("return document.getElementById({id:?}).value"))
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

async fn scroll_to(page: &Page, selector: &str) -> Result {
    page.js(&format!(
        "document.querySelector({selector:?}).scrollIntoView({{block: 'start', behavior: 'instant'}})"
    ))
    .await?;
    tokio::time::sleep(Duration::from_millis(150)).await;
    Ok(())
}

async fn assert_charts_drawn(page: &Page) -> Result {
    page.wait_until(
        "const c = [...document.querySelectorAll('#economics canvas')]; \
         return c.length === 3 && c.every(x => x.dataset.drawn === 'true' && x.width > 0)",
        WAIT,
    )
    .await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn a_shared_scenario_opens_and_follows_the_keyboard() -> Result {
    let page = Page::open("/?price=80000&kwh=0.03", 1280, 900).await?;
    page.wait_for("#out-cost-per-btc", WAIT).await?;
    let linked = Scenario::default().with(&[(Param::Price, 80_000.0), (Param::Kwh, 0.03)]);
    assert_outputs(&page, &outcome(&linked)).await?;
    assert_eq!(input_value(&page, "in-price").await?, "80000");
    assert_eq!(input_value(&page, "in-kwh-num").await?, "0.03");
    let text = page
        .js("return document.getElementById('in-kwh').getAttribute('aria-valuetext')")
        .await?;
    assert_eq!(text, "0.03 USD/kWh");
    assert_charts_drawn(&page).await?;
    scroll_to(&page, "#economics").await?;
    page.screenshot("economics-1280-inputs").await?;

    // Three presses of the right arrow: 0.030 -> 0.033 USD/kWh, in the URL and in the figures.
    page.js("document.getElementById('in-kwh').focus()").await?;
    let slider = page.client().find(Locator::Id("in-kwh")).await?;
    let right = char::from(Key::Right).to_string();
    for _ in 0..3 {
        slider.send_keys(&right).await?;
    }
    let moved = linked.with(&[(Param::Kwh, 0.033)]);
    wait_for_cost(&page, &moved).await?;
    assert_outputs(&page, &outcome(&moved)).await?;
    page.wait_until(
        "return new URLSearchParams(location.search).get('kwh') === '0.033'",
        WAIT,
    )
    .await?;
    assert_eq!(input_value(&page, "in-kwh-num").await?, "0.033");

    // Junk typed in a number field stays as typed; the note says what the scenario uses instead.
    let field = page.client().find(Locator::Id("in-eff-num")).await?;
    field.clear().await?;
    field.send_keys("12abc").await?;
    page.wait_for("#note-eff", WAIT).await?;
    let note = page
        .js("return document.getElementById('note-eff').textContent")
        .await?;
    let note = note.as_str().unwrap_or_default();
    assert!(
        note.contains("Fleet efficiency \u{201c}12abc\u{201d} is not a number"),
        "{note}"
    );
    assert!(note.contains("default 28.2 J/TH"), "{note}");
    assert_eq!(input_value(&page, "in-eff-num").await?, "12abc");
    assert_outputs(&page, &outcome(&moved)).await?;
    scroll_to(&page, "#param-eff").await?;
    page.screenshot("economics-1280-typed-junk").await?;

    // A valid number typed replaces the note and moves the figures.
    field.clear().await?;
    field.send_keys("20").await?;
    let efficient = moved.with(&[(Param::Eff, 20.0)]);
    wait_for_cost(&page, &efficient).await?;
    page.wait_until("return !document.getElementById('note-eff')", WAIT)
        .await?;

    scroll_to(&page, "#chart-cost").await?;
    page.screenshot("economics-1280-charts").await?;
    scroll_to(&page, "#chart-margin").await?;
    page.screenshot("economics-1280-margin").await?;
    scroll_to(&page, "#chart-generations").await?;
    page.screenshot("economics-1280-generations").await?;
    scroll_to(&page, "#regions").await?;
    page.screenshot("economics-1280-regions").await?;

    // A preset replaces the whole scenario; Reset returns to the article's and empties the query.
    page.click("#preset-paraguay").await?;
    let paraguay = Scenario::default().with(&[(Param::Kwh, 0.047)]);
    wait_for_cost(&page, &paraguay).await?;
    assert_eq!(input_value(&page, "in-eff-num").await?, "28.2");
    let pressed = page
        .js("return document.getElementById('preset-paraguay').getAttribute('aria-pressed')")
        .await?;
    assert_eq!(pressed, "true");
    page.wait_until("return location.search === '?kwh=0.047'", WAIT)
        .await?;
    page.click("#reset").await?;
    wait_for_cost(&page, &Scenario::default()).await?;
    assert_outputs(&page, &outcome(&Scenario::default())).await?;
    page.wait_until("return location.search === ''", WAIT)
        .await?;
    scroll_to(&page, ".econ-outputs").await?;
    page.screenshot("economics-1280-default-outputs").await?;

    // Copy link: either the clipboard took it, or the link is offered, selected, to copy by hand.
    page.click("#copy-link").await?;
    page.wait_until(
        "const f = document.getElementById('copy-link-url'); \
         return document.getElementById('copy-link').textContent.trim() === 'Copied' \
             || (!!f && f.value === location.href + '#economics')",
        WAIT,
    )
    .await?;

    // A burst of twenty slider changes, one per task: the page keeps up, and the address bar
    // ends on the last value. (How fast is `make bench`'s business, never a test's.)
    page.client()
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             const el = document.getElementById('in-price'); \
             (async () => { \
               for (let i = 0; i < 20; i++) { \
                 el.value = String(60000 + 1000 * i); \
                 el.dispatchEvent(new Event('input', { bubbles: true })); \
                 await new Promise(r => setTimeout(r, 0)); \
               } \
               done(); \
             })();",
            vec![],
        )
        .await?;
    page.wait_until(
        "return new URLSearchParams(location.search).get('price') === '79000'",
        WAIT,
    )
    .await?;

    assert_charts_drawn(&page).await?;
    page.assert_clean().await?;
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn a_malformed_link_opens_with_notes_and_clamped_values_on_a_phone() -> Result {
    let page = Page::open("/?kwh=abc&price=-5&eff=1e999&hashrate=&fees=0.5", 360, 800).await?;
    page.wait_for("#out-cost-per-btc", WAIT).await?;

    // kwh and hashrate take their defaults, price and eff their bounds; fees is kept.
    let expected = Scenario::default().with(&[
        (Param::Price, Param::Price.spec().min),
        (Param::Eff, Param::Eff.spec().max),
        (Param::Fees, 0.5),
    ]);
    assert_outputs(&page, &outcome(&expected)).await?;
    for (id, want) in [
        ("in-kwh-num", "0.045"),
        ("in-price-num", "1000"),
        ("in-eff-num", "200"),
        ("in-hashrate-num", "1000"),
        ("in-fees-num", "0.5"),
    ] {
        assert_eq!(input_value(&page, id).await?, want, "#{id}");
    }
    for (id, says) in [
        (
            "note-kwh",
            "Electricity price \u{201c}abc\u{201d} is not a number",
        ),
        ("note-price", "below the minimum"),
        ("note-eff", "above the maximum"),
        ("note-hashrate", "Network hash rate was left empty"),
    ] {
        let text = page
            .js(&format!(
                "const e = document.getElementById({id:?}); return e ? e.textContent : ''"
            ))
            .await?;
        let text = text.as_str().unwrap_or_default();
        assert!(text.contains(says), "#{id}: {text:?}");
        // Next to its own input: inside that input's block.
        let key = &id["note-".len()..];
        let inside = page
            .js(&format!(
                "return !!document.querySelector('#param-{key} #{id}')"
            ))
            .await?;
        assert_eq!(inside, true, "#{id} sits with its input");
    }
    let kept = page
        .js("return document.getElementById('note-fees')")
        .await?;
    assert!(kept.is_null(), "a valid value has no note");
    let margin = page
        .js("return document.querySelector('.econ-verdict .verdict').textContent")
        .await?;
    assert_eq!(margin, "Loss", "a $1,000 bitcoin cannot pay");

    assert_charts_drawn(&page).await?;
    // Nothing in the section wider than the phone's screen (the message names what sticks out).
    // A chart's data table scrolls inside its own wrapper (tests/e2e/tables.rs checks that).
    let wide = page
        .js("return [...document.querySelectorAll('#economics *')]\
             .filter(e => !(e.parentElement && e.parentElement.closest('.chart-table-wrap')))\
             .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)\
             .map(e => e.tagName + '#' + e.id + '.' + e.className)")
        .await?;
    assert_eq!(wide, serde_json::json!([]), "sticks out at 360 px");
    let table_overflow = page
        .js("const w = document.querySelector('#regions .table-wrap'); return w.scrollWidth - w.clientWidth")
        .await?;
    assert!(
        table_overflow.as_f64().unwrap_or(1.0) <= 0.0,
        "the regions table scrolls sideways by {table_overflow} px"
    );

    scroll_to(&page, "#economics").await?;
    page.screenshot("economics-360-top").await?;
    scroll_to(&page, "#param-eff").await?;
    page.screenshot("economics-360-notes").await?;
    scroll_to(&page, ".econ-outputs").await?;
    page.screenshot("economics-360-outputs").await?;
    for (i, chart) in ["#chart-cost", "#chart-margin", "#chart-generations"]
        .iter()
        .enumerate()
    {
        scroll_to(&page, chart).await?;
        page.screenshot(&format!("economics-360-chart-{}", i + 1))
            .await?;
    }
    scroll_to(&page, "#regions").await?;
    page.screenshot("economics-360-regions").await?;

    // Back to the article's scenario, charts redrawn at phone width.
    page.click("#preset-article-2026").await?;
    wait_for_cost(&page, &Scenario::default()).await?;
    page.wait_until("return !document.getElementById('note-kwh')", WAIT)
        .await?;
    scroll_to(&page, "#chart-generations").await?;
    page.screenshot("economics-360-generations-default").await?;

    page.assert_clean().await?;
    page.close().await
}
