//! Words before the app (issue 17): `index.html` carries the story, the glossary and the FAQ
//! (crates/pages writes them at build time), so a reader reads while the wasm loads on a slow
//! network, and without JavaScript at all; when the app arrives it adopts those sections and the
//! reader stays where they were reading.

use std::time::Duration;

use hashwatt_core::content::{faq::FAQ, glossary::GLOSSARY, parse, plain_text, STORY};
use serde_json::{json, Value};

use fantoccini::key::Key;

use crate::support::{key, press, Page, Result, StaticServer, APP_READY};

const WAIT: Duration = Duration::from_secs(30);

/// The first words of the story's first paragraph, as the page shows them.
fn first_words() -> String {
    let spans = parse(STORY[0].paragraphs[0]).expect("the story parses");
    plain_text(&spans).chars().take(60).collect()
}

/// The story's first paragraph, every glossary entry and every question, and the sections the
/// app draws saying they wait for it: what `index.html` shows by itself.
async fn check_words(page: &Page, label: &str) -> Result {
    let story = page
        .js("const p = document.querySelector('#story .story-part p'); return p ? p.textContent : ''")
        .await?;
    assert!(
        story
            .as_str()
            .unwrap_or_default()
            .starts_with(&first_words()),
        "{label}: the story's first paragraph: {story}"
    );
    let ids: Vec<String> = GLOSSARY
        .iter()
        .map(|t| format!("glossary-{}", t.slug))
        .chain(FAQ.iter().map(|f| format!("faq-{}", f.id)))
        .collect();
    let missing = page
        .js(&format!(
            "return {ids:?}.filter(id => !document.getElementById(id)?.textContent.trim())"
        ))
        .await?;
    assert_eq!(missing, json!([]), "{label}: entries without words");
    let waiting = page
        .js(
            "return ['mine', 'economics', 'centralization', 'ai', 'sources'].filter(id => \
             !document.querySelector('#' + id + ' .prerender-wait')?.checkVisibility())",
        )
        .await?;
    assert_eq!(waiting, json!([]), "{label}: sections without their line");
    let wide = page
        .js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        .await?;
    assert_eq!(wide, Value::Bool(true), "{label}: wider than the screen");
    Ok(())
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn without_javascript_a_reader_reads_the_story_the_glossary_and_the_faq() -> Result {
    for (width, height) in [(390, 844), (1366, 768)] {
        let server = StaticServer::start().await?;
        let off = [(
            "Emulation.setScriptExecutionDisabled",
            json!({ "value": true }),
        )];
        let page = Page::open_early(server, "/", (width, height), None, &off).await?;
        page.wait_for("#story .story-part p", WAIT).await?;
        check_words(&page, &format!("no JavaScript, {width} px")).await?;
        // Nothing ran (the browser may still preload the wasm it cannot start).
        let app = page
            .js(&format!("return !!document.querySelector({APP_READY:?})"))
            .await?;
        assert_eq!(app, Value::Bool(false), "the app ran with JavaScript off");
        page.screenshot(&format!("early-no-js-{width}")).await?;
        page.close().await?;
    }
    Ok(())
}

/// Before the page's own code: records, on every animation frame, when the story's first words
/// are on the screen and when the app has drawn its Sources list (`APP_READY`).
const TIMES: &str = "(function () { \
    function check() { \
      const now = performance.now(); \
      if (!window.__words && document.querySelector('#story .story-part p')) window.__words = now; \
      if (document.querySelector(APP)) { window.__app = now; return; } \
      requestAnimationFrame(check); \
    } \
    requestAnimationFrame(check); })();";

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn on_a_slow_network_the_words_come_first_and_the_reader_keeps_their_place() -> Result {
    reads_on_while_the_app_loads("/").await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn a_reader_who_followed_a_link_then_scrolled_on_keeps_their_place() -> Result {
    // The browser's own jump to `#mine` is not the reader's place; their next scroll is.
    reads_on_while_the_app_loads("/#mine").await
}

/// Opens `path` on a slow network at 390 px; while the app loads the reader opens a question and
/// reads it (for a link with a fragment, after pressing Page Down: their own scrolling); once the
/// app is there, the question is where it was, still open, its terms working.
async fn reads_on_while_the_app_loads(path: &str) -> Result {
    let server = StaticServer::start().await?;
    // A classroom's shared Wi-Fi (as `make bench` emulates it): the app's wasm takes seconds.
    let slow = [
        ("Network.enable", json!({})),
        (
            "Network.emulateNetworkConditions",
            json!({ "offline": false, "latency": 150, "downloadThroughput": 200_000,
                    "uploadThroughput": 93_750 }),
        ),
    ];
    let script = TIMES.replace("APP", &format!("{APP_READY:?}"));
    let page = Page::open_early(server, path, (390, 844), Some(&script), &slow).await?;
    page.wait_for("#story .story-part p", WAIT).await?;
    check_words(&page, "before the app").await?;
    if path.contains('#') {
        // boot.js (which notes the reader's input) runs once the document is parsed.
        tokio::time::sleep(Duration::from_secs(1)).await;
        press(&page, &key(Key::PageDown)).await?;
        // The key's scroll is animated: let it end before the reader's next move.
        page.wait_until(
            "const y = scrollY; return new Promise((done) => setTimeout(() => done(y > 0 && scrollY === y), 300))",
            WAIT,
        )
        .await?;
    } else {
        page.screenshot("early-before-app-390").await?;
    }
    // The reader opens a question and reads it while the app loads.
    let before = page
        .js(&format!(
            "const app = !!document.querySelector({APP_READY:?}); \
             const q = document.getElementById('faq-{}'); q.open = true; \
             q.scrollIntoView({{block: 'start', behavior: 'instant'}}); window.scrollBy({{top: -100, behavior: 'instant'}}); \
             return {{ app, top: q.getBoundingClientRect().top }}",
            FAQ[1].id
        ))
        .await?;
    assert_eq!(
        before["app"],
        json!(false),
        "the app was there before the reader scrolled: {before}"
    );
    page.wait_for(APP_READY, Duration::from_secs(60)).await?;
    // Let the app's first effects (charts, the landing) run.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let after = page
        .js(&format!(
            "const q = document.getElementById('faq-{}'); \
             return {{ top: q.getBoundingClientRect().top, open: q.open, words: window.__words, app: window.__app, \
                       term: !!q.querySelector('a.term') }}",
            FAQ[1].id
        ))
        .await?;
    let (top0, top1) = (
        before["top"].as_f64().unwrap_or(f64::NAN),
        after["top"].as_f64().unwrap_or(f64::NAN),
    );
    assert!(
        (top0 - top1).abs() <= 40.0,
        "the question moved from {top0} to {top1} px when the app arrived: {after}"
    );
    assert_eq!(after["open"], json!(true), "the question closed: {after}");
    let (words, app) = (
        after["words"].as_f64().unwrap_or(f64::NAN),
        after["app"].as_f64().unwrap_or(f64::NAN),
    );
    assert!(
        words < app,
        "the words came at {words} ms, the app at {app} ms"
    );
    if !path.contains('#') {
        page.screenshot("early-after-app-390").await?;
    }
    // The adopted words work as the app's own: a term shows its definition in place on a tap.
    let term = format!("#faq-{} a.term", FAQ[1].id);
    page.click(&term).await?;
    page.wait_until(
        &format!("return document.querySelector({term:?}).nextElementSibling?.classList.contains('term-def')"),
        WAIT,
    )
    .await?;
    page.assert_clean().await?;
    page.close().await
}
