//! The deck as a teacher with a clicker uses it, on a 1920x1080, a 1280x720 and a 1024x768
//! projector: Page Down walks every step; each step is inside the screen with nothing to scroll
//! and shows something; the miner's rate stays on the bar; a focused slider, radio button or
//! button keeps its value while the clicker moves on; B blanks; Esc closes a large QR code before
//! it leaves; the speaker view follows the deck. A screenshot of every step goes to
//! target/screenshots/deck-*.

use std::time::Duration;

use fantoccini::key::Key;
use hashwatt_core::content::notes::notes_for;
use hashwatt_core::model::deck::STEPS;
use serde_json::Value;

use crate::support::{key, press, Page, Result};

const WAIT: Duration = Duration::from_secs(10);

/// Every control's value (a radio button or checkbox: whether it is checked), in page order; not
/// the simulator's: its module loads during the walk (the deck asks for it as it starts), so they
/// are not there before it.
const CONTROLS: &str = "return [...document.querySelectorAll('main input, main select, main textarea')]
    .filter(e => !e.closest('#sim-root'))
    .map(e => (e.id || e.name || e.type) + '=' + (e.type === 'radio' || e.type === 'checkbox' ? e.checked : e.value))";

/// Waits for step `i` (0-based) on the bar.
async fn at_step(page: &Page, i: usize) -> Result {
    let want = format!("{}/{}", i + 1, STEPS.len());
    page.wait_until(
        &format!("const b = document.getElementById('present-bar'); return !!b && b.dataset.step === {want:?}"),
        WAIT,
    )
    .await
}

/// What is wrong with the step on screen, if anything: something to scroll, a shown part outside
/// the screen, or nothing shown.
async fn misfit(page: &Page) -> Result<Value> {
    page.js(
        "const r = document.documentElement;
         const out = [];
         if (r.scrollHeight > innerHeight) out.push('scrolls down: ' + r.scrollHeight + ' > ' + innerHeight);
         if (r.scrollWidth > r.clientWidth) out.push('scrolls across: ' + r.scrollWidth);
         const region = document.querySelector('.slide-current');
         if (!region) return ['no region shown'];
         const shown = region.classList.contains('deck-partial')
             ? [...region.querySelectorAll('[data-deck=on]')] : [region];
         if (shown.length === 0) out.push('no part matched');
         for (const el of shown) {
             const b = el.getBoundingClientRect();
             if (b.height < 4) out.push('empty: ' + (el.id || el.className));
             if (b.top < -1 || b.bottom > innerHeight + 1 || b.left < -1 || b.right > innerWidth + 1)
                 out.push('outside: ' + (el.id || el.className) + ' ' + JSON.stringify([b.top, b.bottom, b.left, b.right]));
         }
         return out",
    )
    .await
}

/// The charts of the step on screen whose smallest text a class sees smaller than `min_px` CSS
/// pixels: the size each chart notes it drew (`data-text-px`, at the width it drew at), scaled
/// as the browser shows the canvas (shrunk into its box, zoomed with the step).
async fn small_chart_text(page: &Page, min_px: f64) -> Result<Value> {
    page.js(&format!(
        "const region = document.querySelector('.slide-current');
         if (!region) return [];
         return [...region.querySelectorAll('figure.chart canvas')].filter(c => c.checkVisibility())
           .map(c => {{
             const r = c.getBoundingClientRect();
             const drawnWidth = c.width / devicePixelRatio;
             const shown = Math.min(r.width, r.height * c.width / c.height);
             return [c.closest('figure').id, parseFloat(c.dataset.textPx) * shown / drawnWidth];
           }})
           .filter(([, px]) => !(px >= {min_px}))
           .map(([id, px]) => id + ' text ' + px.toFixed(1) + ' px')"
    ))
    .await
}

/// The charts of the step on screen shown out of their drawn shape (issue 14: a shrunk step's
/// charts were stretched across and squashed down, their text with them): each canvas's box,
/// width over height, against the canvas's own, within 2%.
async fn misshapen_charts(page: &Page) -> Result<Value> {
    page.js("const region = document.querySelector('.slide-current');
         if (!region) return [];
         return [...region.querySelectorAll('figure.chart canvas')].filter(c => c.checkVisibility())
           .map(c => {
             const r = c.getBoundingClientRect();
             return [c.closest('figure').id, (r.width / r.height) / (c.width / c.height)];
           })
           .filter(([, ratio]) => !(Math.abs(ratio - 1) <= 0.02))
           .map(([id, ratio]) => id + ' shown at ' + ratio.toFixed(3) + ' of its drawn shape')")
        .await
}

/// The figure cards (`.stat`) of the step on screen whose content runs out of them.
async fn overflowing_cards(page: &Page) -> Result<Value> {
    page.js("const region = document.querySelector('.slide-current');
         if (!region) return [];
         return [...region.querySelectorAll('.stat')].filter(c => c.checkVisibility())
           .flatMap(c => [c, ...c.children])
           .filter(e => e.scrollWidth > e.clientWidth)
           .map(e => (e.id || e.className) + ' ' + e.scrollWidth + ' > ' + e.clientWidth)")
        .await
}

/// The step's zoom stop (1 at full size, 0.85 for `deck-fit-85`).
const FIT: &str = "const m = document.querySelector('.page').className.match(/deck-fit-(\\d+)/);
    const fit = m ? m[1] / 100 : 1;";

/// The regions step at 1920x1080 (issue 14: shrunk to 70%, its text 8 to 11 px): its zoom stop,
/// and the smallest text of its table as the class sees it, in CSS pixels.
async fn regions_step_type(page: &Page) -> Result<Value> {
    page.js(&format!(
        "{FIT}
         const cells = [...document.querySelectorAll('#regions table :is(th, td, span)')]
           .filter(e => e.checkVisibility() && e.textContent.trim());
         const px = Math.min(...cells.map(e => parseFloat(getComputedStyle(e).fontSize))) * fit;
         return [fit, px]"
    ))
    .await
}

/// Opens the large QR code on the step on screen and returns what of it is off the screen or
/// under the presentation bar (issue 14: the code ran off a 1920x1080 and a 1024x768 screen),
/// then shows it small again; a screenshot of it goes to `shot`.
async fn large_qr_misfit(page: &Page, shot: &str) -> Result<Value> {
    page.js("document.querySelector('.qr-toggle').click()")
        .await?;
    page.wait_for(".share-qr.large #qr-link", WAIT).await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let out = page
        .js(
            "const bar = document.getElementById('present-bar').getBoundingClientRect();
             const out = [];
             for (const sel of ['.share-qr.large .qr', '#qr-link', '.share-qr.large .qr-toggle']) {
                 const r = document.querySelector(sel).getBoundingClientRect();
                 if (r.width < 4 || r.top < bar.bottom - 0.5 || r.bottom > innerHeight + 0.5
                     || r.left < -0.5 || r.right > innerWidth + 0.5)
                     out.push(sel + ' at ' + JSON.stringify([r.top, r.bottom, r.left, r.right]));
             }
             const qr = document.querySelector('.share-qr.large .qr').getBoundingClientRect();
             if (qr.width < 300) out.push('code only ' + qr.width + ' px');
             const root = document.documentElement;
             if (root.scrollHeight > innerHeight) out.push('scrolls down: ' + root.scrollHeight);
             return out",
        )
        .await?;
    page.screenshot(shot).await?;
    page.js("document.querySelector('.share-qr.large .qr-toggle').click()")
        .await?;
    page.wait_until("return !document.querySelector('.share-qr.large')", WAIT)
        .await?;
    Ok(out)
}

async fn walk(width: u32, height: u32) -> Result {
    let page = Page::open("/?price=80000", width, height).await?;
    page.wait_for("#miner-start", WAIT).await?;
    // A teacher finds "Present to a class" on the first screen, without scrolling.
    let button = page
        .js("const b = document.getElementById('present-start'); const r = b.getBoundingClientRect(); \
             return b.checkVisibility() && r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth")
        .await?;
    assert_eq!(
        button,
        Value::Bool(true),
        "{width}x{height}: the Present button is off the first screen"
    );
    page.click("#miner-start").await?;
    // A prediction's radio button, checked before the lesson: the clicker must leave it.
    page.js("document.querySelector('#predict-pools input[value=\"1\"]').click()")
        .await?;
    let before = page.js(CONTROLS).await?;
    page.js("window.scrollTo({top: 0, behavior: 'instant'}); document.activeElement.blur()")
        .await?;
    press(&page, "p").await?;
    at_step(&page, 0).await?;
    let mut problems = Vec::new();
    for (i, step) in STEPS.iter().enumerate() {
        at_step(&page, i).await?;
        // Let the charts redraw and the step shrink to fit.
        tokio::time::sleep(Duration::from_millis(1200)).await;
        let wrong = misfit(&page).await?;
        if wrong.as_array().is_some_and(|a| !a.is_empty()) {
            problems.push(format!("{} {}: {wrong}", i + 1, step.id));
        }
        // Issue 14: chart labels at least 24 px on a 1920x1080 projector.
        if width >= 1920 {
            let small = small_chart_text(&page, 24.0).await?;
            if small.as_array().is_some_and(|a| !a.is_empty()) {
                problems.push(format!("{} {}: {small}", i + 1, step.id));
            }
        }
        let misshapen = misshapen_charts(&page).await?;
        if misshapen.as_array().is_some_and(|a| !a.is_empty()) {
            problems.push(format!("{} {}: {misshapen}", i + 1, step.id));
        }
        let cards = overflowing_cards(&page).await?;
        if cards.as_array().is_some_and(|a| !a.is_empty()) {
            problems.push(format!("{} {}: out of its card: {cards}", i + 1, step.id));
        }
        if step.id == "econ-regions" && width >= 1920 {
            let fit = regions_step_type(&page).await?;
            let (zoom, px) = (
                fit[0].as_f64().unwrap_or(0.0),
                fit[1].as_f64().unwrap_or(0.0),
            );
            if zoom < 0.85 || px < 16.0 {
                problems.push(format!(
                    "{} {}: shrunk to {zoom}, table text {px:.1} px",
                    i + 1,
                    step.id
                ));
            }
        }
        if step.id == "econ-presets" {
            let qr = large_qr_misfit(&page, &format!("deck-{width}-qr-large")).await?;
            if qr.as_array().is_some_and(|a| !a.is_empty()) {
                problems.push(format!("{} {}: large QR code {qr}", i + 1, step.id));
            }
        }
        let mining = page
            .js("const m = document.getElementById('present-mining'); return m ? m.textContent : ''")
            .await?;
        if !mining.as_str().unwrap_or_default().starts_with("Mining: ") {
            problems.push(format!(
                "{} {}: no miner rate on the bar ({mining})",
                i + 1,
                step.id
            ));
        }
        page.screenshot(&format!("deck-{width}-{:02}-{}", i + 1, step.id))
            .await?;
        // The clicker, whatever has focus: a slider on the scenario, the checked radio button on
        // the pools prediction, a button on the miner.
        let focus = match step.id {
            "econ-scenario" => Some("#in-price"),
            "cent-predict" => Some("#predict-pools input[value=\"1\"]"),
            "mine-run" => Some("#miner-stop"),
            _ => None,
        };
        if let Some(selector) = focus {
            page.js(&format!("document.querySelector({selector:?}).focus()"))
                .await?;
        }
        if i + 1 < STEPS.len() {
            let k = if i % 5 == 4 {
                " ".to_string()
            } else {
                key(Key::PageDown)
            };
            press(&page, &k).await?;
        }
    }
    assert!(
        problems.is_empty(),
        "{width}x{height}:\n{}",
        problems.join("\n")
    );
    // Past the end stays at the end; Page Up goes back one.
    press(&page, &key(Key::PageDown)).await?;
    at_step(&page, STEPS.len() - 1).await?;
    press(&page, &key(Key::PageUp)).await?;
    at_step(&page, STEPS.len() - 2).await?;
    let after = page.js(CONTROLS).await?;
    assert_eq!(before, after, "every control unchanged by the walk");
    press(&page, &key(Key::Escape)).await?;
    page.wait_until("return !document.querySelector('.presenting')", WAIT)
        .await?;
    page.js("document.getElementById('miner-stop').click()")
        .await?;
    assert!(page.console_errors().await?.is_empty());
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn the_clicker_walks_every_step_inside_a_1920x1080_screen() -> Result {
    walk(1920, 1080).await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn the_clicker_walks_every_step_inside_a_1024x768_screen() -> Result {
    walk(1024, 768).await
}

/// A 720p projector or a laptop's screen shared in class.
#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn the_clicker_walks_every_step_inside_a_1280x720_screen() -> Result {
    walk(1280, 720).await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn blank_esc_and_the_speaker_view_follow_the_deck() -> Result {
    let page = Page::open("/?present", 1280, 720).await?;
    at_step(&page, 0).await?;
    // B blanks and brings back; `.` too.
    press(&page, "b").await?;
    page.wait_for(".deck-blank", WAIT).await?;
    press(&page, "b").await?;
    page.wait_until("return !document.querySelector('.deck-blank')", WAIT)
        .await?;
    press(&page, ".").await?;
    page.wait_for(".deck-blank", WAIT).await?;
    // The clicker's next press brings back the same step; the one after moves on.
    press(&page, &key(Key::PageDown)).await?;
    page.wait_until("return !document.querySelector('.deck-blank')", WAIT)
        .await?;
    at_step(&page, 0).await?;
    press(&page, &key(Key::PageDown)).await?;
    at_step(&page, 1).await?;

    // The speaker view, in a second window of the same origin, follows the deck and moves it.
    let main = page.client().window().await?;
    press(&page, "s").await?;
    let mut speaker = None;
    for _ in 0..50 {
        let windows = page.client().windows().await?;
        if let Some(w) = windows.into_iter().find(|w| *w != main) {
            speaker = Some(w);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let speaker = speaker.ok_or("S opened no window")?;
    page.client().switch_to_window(speaker.clone()).await?;
    page.wait_for("#speaker-notes dd", WAIT).await?;
    let notes = notes_for(STEPS[1].id).expect("notes");
    let shown = page
        .js("return document.getElementById('speaker-notes').textContent")
        .await?;
    assert!(
        shown.as_str().unwrap_or_default().contains(notes.ask),
        "{shown}"
    );
    page.screenshot("deck-speaker-view").await?;
    // The speaker view's Page Down moves the projected deck.
    press(&page, &key(Key::PageDown)).await?;
    page.client().switch_to_window(main.clone()).await?;
    at_step(&page, 2).await?;
    // And the projected deck's moves show in the speaker view.
    press(&page, &key(Key::PageDown)).await?;
    at_step(&page, 3).await?;
    page.client().switch_to_window(speaker).await?;
    let title = STEPS[3].title;
    page.wait_until(
        &format!("return document.getElementById('speaker-current').textContent === {title:?}"),
        WAIT,
    )
    .await?;
    let ask = notes_for(STEPS[3].id).expect("notes").ask;
    page.wait_until(
        &format!("return document.getElementById('speaker-notes').textContent.includes({ask:?})"),
        WAIT,
    )
    .await?;
    page.client().close_window().await?;
    page.client().switch_to_window(main).await?;

    // Esc closes a large QR code first, and only then leaves the deck.
    let scenario = STEPS.iter().position(|s| s.id == "econ-scenario").unwrap();
    page.js(&format!(
        "history.replaceState(null, '', '?present={}'); location.reload()",
        scenario + 1
    ))
    .await?;
    at_step(&page, scenario).await?;
    page.js("document.querySelector('.qr-toggle').click()")
        .await?;
    page.wait_for(".share-qr.large", WAIT).await?;
    page.js("document.activeElement.blur()").await?;
    press(&page, &key(Key::Escape)).await?;
    page.wait_until("return !document.querySelector('.share-qr.large')", WAIT)
        .await?;
    assert_eq!(
        page.js("return !!document.querySelector('.presenting')")
            .await?,
        Value::Bool(true)
    );
    press(&page, &key(Key::Escape)).await?;
    page.wait_until("return !document.querySelector('.presenting')", WAIT)
        .await?;
    // Leaving shows what the class was looking at: the step's first part, in its section.
    landed_at(&page, ".econ-inputs > *", "the scenario step's controls").await?;

    // Issue 14: the last step says the glossary and the sources are below the sections; leaving
    // from it lands at the glossary, not at the top of the page (nor down the glossary, as the
    // charts above it redraw on a projector's 1920 px).
    page.resize(1920, 1080).await?;
    page.js(&format!(
        "history.replaceState(null, '', '?present={}'); location.reload()",
        STEPS.len()
    ))
    .await?;
    at_step(&page, STEPS.len() - 1).await?;
    press(&page, &key(Key::Escape)).await?;
    page.wait_until("return !document.querySelector('.presenting')", WAIT)
        .await?;
    landed_at(&page, "#glossary", "the glossary").await?;
    page.screenshot("deck-left-from-the-end").await?;
    page.close().await
}

/// Waits until `selector`'s element is at the top of the window (within its first quarter), the
/// page scrolled to it, and checks that it stays there once the charts have redrawn for the page.
async fn landed_at(page: &Page, selector: &str, what: &str) -> Result {
    let script = format!(
        "const e = document.querySelector({selector:?}); if (!e) return false;
         const top = e.getBoundingClientRect().top;
         return scrollY > 0 && top > -2 && top < innerHeight / 4"
    );
    page.wait_until(&script, WAIT).await?;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let still = page.js(&script).await?;
    let at = page
        .js(&format!(
            "return [scrollY, document.querySelector({selector:?}).getBoundingClientRect().top]"
        ))
        .await?;
    assert_eq!(
        still,
        Value::Bool(true),
        "leaving the deck lands at {what}: scrollY, its top = {at}"
    );
    Ok(())
}

/// Issue 14: after a reveal, focus is on the answer, not on a control that undoes it ("Ask
/// again", where the reveal button was): the clicker's next Space moves on and the answer stays.
#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn after_a_reveal_the_clicker_moves_on_and_the_answer_stays() -> Result {
    let step = STEPS.iter().position(|s| s.id == "cent-predict").unwrap();
    let page = Page::open(&format!("/?present={}", step + 1), 1280, 720).await?;
    at_step(&page, step).await?;
    page.js(
        "document.querySelector('#predict-pools input[value=\"1\"]').click(); \
             document.querySelector('#predict-pools .predict-reveal').focus()",
    )
    .await?;
    press(&page, &key(Key::Enter)).await?;
    page.wait_for("#predict-pools .predict-again", WAIT).await?;
    let focused = page
        .js("const a = document.activeElement; return a.className + (a.closest('#predict-pools') ? ' in the panel' : '')")
        .await?;
    assert_eq!(focused, Value::String("predict-answer in the panel".into()));
    press(&page, " ").await?;
    at_step(&page, step + 1).await?;
    assert_eq!(
        page.js("return !!document.querySelector('#predict-pools .predict-again') \
                 && document.querySelector('#predict-pools .predict-answer').textContent.length > 0")
            .await?,
        Value::Bool(true),
        "the answer is still shown"
    );
    page.assert_clean().await?;
    page.close().await
}

/// Issue 14: on a 360-pixel phone the presentation bar wraps inside the screen (the step's title
/// whole, every button on the screen), and nothing scrolls sideways.
#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn the_present_bar_fits_a_phone() -> Result {
    let step = STEPS.iter().position(|s| s.id == "cent-what-if").unwrap();
    let page = Page::open(&format!("/?present={}", step + 1), 360, 740).await?;
    page.wait_until("return document.documentElement.clientWidth === 360", WAIT)
        .await?;
    at_step(&page, step).await?;
    let out = page
        .js("const bar = document.getElementById('present-bar'); \
             const out = [...bar.querySelectorAll('button, .present-title, .present-counter')] \
               .filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > innerWidth + 0.5; }) \
               .map(e => e.className); \
             const t = bar.querySelector('.present-title'); \
             if (t.scrollWidth > t.clientWidth + 1) out.push('title cut'); \
             if (document.documentElement.scrollWidth > innerWidth) out.push('page scrolls sideways'); \
             return out")
        .await?;
    assert_eq!(out, Value::Array(vec![]), "outside the bar at 360 px");
    page.screenshot("deck-360-bar").await?;
    page.close().await
}
