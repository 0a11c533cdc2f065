//! The classroom as a teacher uses it: `P` opens presentation mode and the keyboard walks every
//! step of the deck with one section (or the title) on screen and its counter; `?present` opens in
//! it; a focused slider keeps its value while the arrows move the deck; Esc leaves. (`deck.rs`
//! checks that every step fits the screen.) Predict, then reveal; the QR code follows the scenario;
//! axe-core finds no serious or critical violation (light and dark); after one visit the page
//! reloads with the network off. Screenshots at 1920x1080 and 360x800 go to target/screenshots/.

use std::time::Duration;

use fantoccini::key::Key;
use hashwatt_core::content::SECTION_IDS;
use hashwatt_core::model::deck::STEPS;
use hashwatt_core::model::predictions::{mining_pays, pools_for_half};
use hashwatt_core::model::scenario::Scenario as QueryScenario;
use serde_json::{json, Value};

use crate::support::{key, press, Page, Result};

const WAIT: Duration = Duration::from_secs(10);

/// The ids of the `<section>`s that are rendered, and whether each is in the viewport.
async fn visible_sections(page: &Page) -> Result<Vec<(String, bool)>> {
    let v = page
        .js("return [...document.querySelectorAll('section')]
                .filter(s => s.getClientRects().length > 0)
                .map(s => { const r = s.getBoundingClientRect();
                            return [s.id, r.top < innerHeight && r.bottom > 0]; })")
        .await?;
    Ok(v.as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|p| (p[0].as_str().unwrap_or("").to_string(), p[1] == true))
        .collect())
}

/// Presenting step `i` (0-based): its counter, and only its section rendered, in view (none for
/// the title and the last step, which are not sections).
async fn assert_slide(page: &Page, i: usize) -> Result {
    let want = format!("{} / {}", i + 1, STEPS.len());
    page.wait_until(
        &format!("const c = document.getElementById('present-counter'); return !!c && c.textContent === {want:?}"),
        WAIT,
    )
    .await?;
    let shown = visible_sections(page).await?;
    let region = STEPS[i].region;
    let expected = if SECTION_IDS.contains(&region) {
        vec![(region.to_string(), true)]
    } else {
        vec![]
    };
    assert_eq!(shown, expected, "step {want}: only its section, in view");
    Ok(())
}

async fn query(page: &Page) -> Result<String> {
    Ok(page
        .js("return location.search")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_string())
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn a_teacher_walks_the_class_through_every_section_with_the_keyboard() -> Result {
    let page = Page::open("/?price=80000", 1920, 1080).await?;
    assert_eq!(visible_sections(&page).await?.len(), SECTION_IDS.len());
    // The miner runs through the whole lesson: presenting hides sections, it never unmounts them.
    page.click("#miner-start").await?;
    // `P` starts at the section being read: back at the top first (at once, not smoothly).
    page.js("window.scrollTo({top: 0, behavior: 'instant'}); document.activeElement.blur()")
        .await?;
    press(&page, "p").await?;
    page.wait_for(".presenting", WAIT).await?;
    assert_slide(&page, 0).await?;
    assert!(query(&page).await?.contains("present"));
    page.screenshot("present-1920-story").await?;

    // A glossary term followed from the story: the glossary is not a step, so the page leaves the
    // deck and shows the entry.
    press(&page, &key(Key::Right)).await?;
    assert_slide(&page, 1).await?;
    page.js("document.querySelector('#story a.term').click()")
        .await?;
    page.wait_until("return !document.querySelector('.presenting')", WAIT)
        .await?;
    // The page scrolls to it (smoothly, as the page does for reading).
    page.wait_until(
        "const t = document.querySelector(location.hash); const r = t.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0",
        WAIT,
    )
    .await?;
    page.js("history.replaceState(null, '', location.pathname + location.search); window.scrollTo({top: 0, behavior: 'instant'}); document.activeElement.blur()")
        .await?;
    press(&page, "p").await?;
    assert_slide(&page, 0).await?;

    // Forward with each of the three keys in turn, one past the end, then back again.
    let forward = [key(Key::Right), key(Key::PageDown), " ".to_string()];
    for i in 1..STEPS.len() {
        press(&page, &forward[i % 3]).await?;
        assert_slide(&page, i).await?;
        // Each step opens at its top.
        assert_eq!(
            page.js("return scrollY").await?,
            json!(0),
            "step {i} at its top"
        );
        if STEPS[i].id == "econ-intro" || STEPS[i].id == "mine-intro" {
            page.screenshot(&format!("present-1920-{}", STEPS[i].region))
                .await?;
        }
    }
    press(&page, &key(Key::Right)).await?;
    let last = STEPS.len() - 1;
    assert_slide(&page, last).await?;
    let shift_space = format!("{} ", key(Key::Shift));
    let back = [key(Key::Left), key(Key::PageUp), shift_space];
    for i in (0..last).rev() {
        press(&page, &back[i % 3]).await?;
        assert_slide(&page, i).await?;
    }

    // On the scenario's step a focused slider keeps its value: the clicker's arrow moves the deck.
    let scenario = STEPS.iter().position(|s| s.id == "econ-scenario").unwrap();
    press(&page, &key(Key::End)).await?;
    assert_slide(&page, last).await?;
    press(&page, &key(Key::Home)).await?;
    for _ in 0..scenario {
        press(&page, &key(Key::Right)).await?;
    }
    assert_slide(&page, scenario).await?;
    page.js("document.getElementById('in-price').focus()")
        .await?;
    press(&page, &key(Key::Right)).await?;
    assert_slide(&page, scenario + 1).await?;
    assert_eq!(
        page.js("return document.getElementById('in-price').value")
            .await?,
        json!("80000"),
        "the slider kept its value"
    );
    assert!(query(&page).await?.contains("price=80000"));

    press(&page, &key(Key::Escape)).await?;
    page.wait_until("return !document.querySelector('.presenting')", WAIT)
        .await?;
    assert_eq!(visible_sections(&page).await?.len(), SECTION_IDS.len());
    let q = query(&page).await?;
    assert!(!q.contains("present"), "Esc removes the flag: {q}");
    assert!(q.contains("price="), "the scenario stays: {q}");
    let tried = |v: Option<String>| v.and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
    let before = tried(page.attr("#miner-tried", "data-value").await?);
    tokio::time::sleep(Duration::from_millis(600)).await;
    let after = tried(page.attr("#miner-tried", "data-value").await?);
    assert!(
        after > before && before > 0,
        "still mining: {before} -> {after}"
    );
    page.click("#miner-stop").await?;
    assert!(page.console_errors().await?.is_empty());
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn a_present_link_opens_in_presentation_mode_and_the_button_too() -> Result {
    let page = Page::open("/?present", 1920, 1080).await?;
    page.wait_for(".presenting", WAIT).await?;
    assert_slide(&page, 0).await?;
    page.click(".present-next").await?;
    assert_slide(&page, 1).await?;
    page.click(".present-exit").await?;
    page.wait_until("return !document.querySelector('.presenting')", WAIT)
        .await?;
    assert_eq!(query(&page).await?, "");
    page.click("#present-start").await?;
    page.wait_for(".presenting", WAIT).await?;
    assert!(visible_sections(&page).await?.len() <= 1);
    page.close().await?;

    // A phone: one step per screen too, and the bar fits.
    let phone = Page::open("/?present=3", 360, 800).await?;
    assert_slide(&phone, 2).await?;
    phone.screenshot("present-360-step-3").await?;
    let fits = phone
        .js("const r = document.querySelector('.present-bar').getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth")
        .await?;
    assert_eq!(fits, Value::Bool(true), "the bar fits a phone");
    phone.close().await
}

/// The revealed answer's first line.
async fn answer(page: &Page, id: &str) -> Result<String> {
    let v = page
        .js(&format!("const p = document.querySelector('#predict-{id} .predict-answer p'); return p ? p.textContent : ''"))
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn predictions_are_revealed_by_a_click_with_the_model_s_answer() -> Result {
    let link = "?kwh=0.12&eff=25";
    let page = Page::open(&format!("/{link}"), 1280, 900).await?;
    for id in ["laptop", "pays", "pools"] {
        page.wait_for(&format!("#predict-{id}"), WAIT).await?;
        assert_eq!(
            answer(&page, id).await?,
            "",
            "{id}: hidden before the click"
        );
    }
    // The class predicts 1 pool; the reveal says 3 and marks the right choice.
    let pools = pools_for_half().expect("the snapshot has a majority");
    page.click("#predict-pools input[value='0']").await?;
    page.click("#predict-pools .predict-reveal").await?;
    page.wait_until(
        "return !!document.querySelector('#predict-pools .predict-verdict')",
        WAIT,
    )
    .await?;
    assert_eq!(
        answer(&page, "pools").await?,
        format!("Answer: {}", pools.text)
    );
    let correct = page
        .js("return document.querySelector('#predict-pools .predict-choice.correct input').value")
        .await?;
    assert_eq!(correct, json!(pools.correct.to_string()));
    page.js("document.getElementById('predict-pools').scrollIntoView({block: 'start', behavior: 'instant'})")
        .await?;
    page.screenshot("predict-revealed-1280").await?;

    // Does mining pay: computed from the linked scenario, not the article's.
    let (scenario, _) = QueryScenario::from_query(link);
    let pays = mining_pays(&scenario).expect("a scenario");
    page.click("#predict-pays .predict-reveal").await?;
    page.wait_until(
        "return !!document.querySelector('#predict-pays .predict-verdict')",
        WAIT,
    )
    .await?;
    assert_eq!(
        answer(&page, "pays").await?,
        format!("Answer: {}", pays.text)
    );

    page.click("#predict-laptop .predict-reveal").await?;
    let laptop = answer(&page, "laptop").await?;
    assert!(laptop.contains("years"), "{laptop}");
    page.click("#predict-laptop .predict-again").await?;
    assert_eq!(answer(&page, "laptop").await?, "");
    page.close().await
}

async fn qr(page: &Page) -> Result<(String, String)> {
    let v = page
        .js("const s = document.querySelector('svg[aria-label^=\"QR code\"]');
             return s ? [s.getAttribute('aria-label'), s.querySelector('path').getAttribute('d')] : null")
        .await?;
    let label = v[0].as_str().ok_or("no QR code svg")?.to_string();
    Ok((label, v[1].as_str().unwrap_or_default().to_string()))
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn the_qr_code_holds_the_scenario_and_follows_the_sliders() -> Result {
    let page = Page::open("/?present&price=80000", 1280, 900).await?;
    page.js("document.querySelector('.present-exit').click()")
        .await?;
    let (label, path) = qr(&page).await?;
    assert!(label.contains("price=80000"), "{label}");
    assert!(
        !label.contains("present"),
        "the class opens the page, not the slides: {label}"
    );
    assert!(path.len() > 200, "a real code: {path}");
    // Opened at 127.0.0.1, the panel says phones cannot reach it, and what the teacher can run.
    let local = page
        .js("const n = document.getElementById('qr-local'); return n && n.checkVisibility() ? n.textContent : ''")
        .await?;
    let local = local.as_str().unwrap_or_default();
    assert!(
        local.starts_with("Phones cannot open this address") && local.contains("make classroom"),
        "{local}"
    );
    page.set_value("#in-price", "120000").await?;
    page.wait_until(
        "return document.querySelector('svg[aria-label^=\"QR code\"]').getAttribute('aria-label').includes('price=120000')",
        WAIT,
    )
    .await?;
    let (_, moved) = qr(&page).await?;
    assert_ne!(moved, path, "the code changed with the slider");
    page.click(".qr-toggle").await?;
    let width = page
        .js("return document.querySelector('svg.qr').getBoundingClientRect().width")
        .await?;
    assert!(width.as_f64().unwrap_or(0.0) >= 400.0, "large: {width}");
    page.js("document.querySelector('.share-qr').scrollIntoView({block: 'center', behavior: 'instant'})")
        .await?;
    page.screenshot("qr-large-1280").await?;
    page.close().await
}

#[path = "classroom_checks.rs"]
mod checks;
