//! Printing (issue 14): the browser's Print of the page is a reading copy of at most 12 A4 pages
//! with no control and no empty box in it; the teachers page prints too, and works offline once
//! opened. Pages are counted in the PDF Chromium prints (`Page.printToPDF`), as a teacher's
//! Print to PDF would make it.

use std::time::Duration;

use serde_json::{json, Value};

use crate::support::{repo_root, Page, Result};

const WAIT: Duration = Duration::from_secs(30);

/// A4 in inches, as `Page.printToPDF` takes it; the margins are the page's own `@page` rules.
fn a4() -> Value {
    json!({ "paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": true, "printBackground": false })
}

/// Base64 (standard alphabet, padded), as CDP returns a PDF.
fn base64_decode(text: &str) -> Result<Vec<u8>> {
    let value = |c: u8| -> Result<u32> {
        Ok(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return Err(format!("not base64: {c}").into()),
        } as u32)
    };
    let bytes: Vec<u8> = text.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        let mut have = 0;
        for &c in chunk {
            if c == b'=' {
                break;
            }
            n = n << 6 | value(c)?;
            have += 1;
        }
        n <<= 6 * (4 - have);
        let take = match have {
            4 => 3,
            3 => 2,
            2 => 1,
            _ => return Err("truncated base64".into()),
        };
        out.extend_from_slice(&n.to_be_bytes()[1..1 + take]);
    }
    Ok(out)
}

/// The number of pages of a PDF: its `/Type /Page` objects (not `/Pages`, the tree's nodes).
fn pdf_page_count(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type")
        .filter(|(i, _)| {
            let rest = text[i + 5..].trim_start();
            rest.starts_with("/Page") && !rest.starts_with("/Pages")
        })
        .count()
}

/// Prints the open page to an A4 PDF, saves it as target/screenshots/NAME.pdf, returns its pages.
async fn print_pages(page: &Page, name: &str) -> Result<usize> {
    let printed = page.cdp("Page.printToPDF", a4()).await?;
    let pdf = base64_decode(printed["data"].as_str().ok_or("no PDF data")?)?;
    assert!(pdf.starts_with(b"%PDF"), "not a PDF");
    let dir = repo_root().join("target").join("screenshots");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join(format!("{name}.pdf")), &pdf)?;
    Ok(pdf_page_count(&pdf))
}

#[test]
fn pages_are_counted_and_base64_decodes() {
    assert_eq!(base64_decode("aGk=").unwrap(), b"hi");
    assert_eq!(base64_decode("aGV5").unwrap(), b"hey");
    assert_eq!(base64_decode("YQ==").unwrap(), b"a");
    let pdf = b"1 0 obj << /Type /Pages /Count 2 >> 2 0 obj << /Type /Page >> 3 0 obj <</Type/Page/Parent 1 0 R>>";
    assert_eq!(pdf_page_count(pdf), 2);
}

/// Elements matching `selector` that take up room in the current media.
fn shown(selector: &str) -> String {
    format!("return [...document.querySelectorAll({selector:?})].filter(e => e.getClientRects().length > 0).map(e => e.id || e.className || e.tagName)")
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn the_reading_copy_prints_on_at_most_12_a4_pages_without_controls() -> Result {
    let page = Page::open("/", 1280, 900).await?;
    page.wait_for("canvas[data-drawn='true']", WAIT).await?;
    page.wait_for("#sources li", WAIT).await?;
    // A reader who scrolled past "What happens next" prints its run too.
    page.load_simulator().await?;

    let pages = print_pages(&page, "reading-copy").await?;
    println!("the reading copy prints on {pages} A4 pages");

    page.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await?;
    // No control of any kind, and none of the boxes that only mean something on the screen.
    let mut printed = Vec::new();
    for control in [
        "input",
        "select",
        "button",
        "textarea",
        ".toc",
        ".present-bar",
        ".share-qr",
        ".miner-live",
        ".miner-controls",
        ".what-if-controls",
        ".teachers-link",
    ] {
        let found = page.js(&shown(control)).await?;
        if found != json!([]) {
            printed.push(format!("{control}: {found}"));
        }
    }
    let text = page
        .js("return document.body.innerText")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned();
    for empty in ["0 H/s", "merge into", "Start mining"] {
        if text.contains(empty) {
            printed.push(format!("the text `{empty}`"));
        }
    }
    assert!(
        text.contains("What is mining centralization?"),
        "the story prints"
    );
    if pages > 12 {
        // Where the paper goes: each section's printed height and its tallest parts, in px.
        let heights = page
            .js("return [...document.querySelectorAll('main > section, main > section > *, main > section > * > *')].map(e => [e.id || e.className || e.tagName, Math.round(e.getBoundingClientRect().height), e.parentElement.closest('section') ? e.parentElement.closest('section').id : '']).filter(r => r[1] > 250)")
            .await?;
        println!("{heights}");
    }
    let height = page
        .js("return document.documentElement.scrollHeight")
        .await?
        .as_f64()
        .unwrap_or(0.0);
    for i in 0..4 {
        page.js(&format!(
            "window.scrollTo(0, {})",
            f64::from(i) * height / 4.0
        ))
        .await?;
        page.screenshot(&format!("print-reading-{i}")).await?;
    }
    page.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .await?;
    assert!(printed.is_empty(), "printed: {printed:#?}");
    assert!((1..=12).contains(&pages), "{pages} A4 pages");
    page.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .await?;
    page.assert_clean().await?;
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn the_teachers_page_is_linked_prints_and_opens_offline_once_visited() -> Result {
    let page = Page::open("/", 1280, 900).await?;
    page.wait_for("#sources li", WAIT).await?;
    // Linked from the contents (beside "Present to a class") and the colophon.
    for link in [
        ".toc a[href='teachers.html']",
        "footer a[href='teachers.html']",
    ] {
        page.wait_for(link, WAIT).await?;
    }
    page.wait_until(
        "return !!navigator.serviceWorker && !!navigator.serviceWorker.controller",
        WAIT,
    )
    .await?;
    // The first visit does not fetch the teachers page or its style sheet.
    let urls = page.requested_urls().await?;
    assert!(
        !urls
            .iter()
            .any(|u| u.contains("teachers.") || u.contains("worksheet.")),
        "the first visit fetched {urls:?}"
    );

    page.js("document.querySelector('.print-sheets').scrollIntoView({block: 'center', behavior: 'instant'})")
        .await?;
    page.screenshot("toc-teachers-1280").await?;
    page.click(".toc a[href='teachers.html']").await?;
    page.wait_for("#plan-90", WAIT).await?;
    for id in [
        "run",
        "plan-45",
        "plan-90",
        "discuss",
        "misconceptions",
        "sources",
    ] {
        page.wait_for(&format!("#{id}"), WAIT).await?;
    }
    let styled = page
        .js("return getComputedStyle(document.querySelector('td.time')).whiteSpace")
        .await?;
    assert_eq!(styled, json!("nowrap"), "teachers.css is applied");
    page.screenshot("teachers-1280").await?;
    let pages = print_pages(&page, "teachers").await?;
    println!("the teachers page prints on {pages} A4 pages");
    assert!((2..=10).contains(&pages), "{pages} A4 pages");

    // Offline: the page and its style sheet come from the service worker's cache.
    page.go_offline().await?;
    page.client().refresh().await?;
    page.wait_for("#misconceptions", WAIT).await?;
    let styled = page
        .js("return getComputedStyle(document.querySelector('td.time')).whiteSpace")
        .await?;
    assert_eq!(styled, json!("nowrap"), "teachers.css offline");
    // The main page is still the main page offline (the teachers page did not take its place).
    page.client().goto(&format!("{}/", page.origin)).await?;
    page.wait_for(crate::support::APP_READY, WAIT).await?;
    page.close().await
}

/// How many elements match `selector` and take up room in the current media.
async fn count(page: &Page, selector: &str) -> Result<usize> {
    Ok(page
        .js(&shown(selector))
        .await?
        .as_array()
        .map_or(0, Vec::len))
}

/// The charts the worksheet and the answer key print.
const KEY_CHARTS: [&str; 3] = ["#chart-cost", "#chart-margin", "#pool-chart"];

/// The narrowest a key chart prints, as a share of the text width (they printed at a third):
/// the cost and margin charts print across it, the pools chart (taller than wide) across 62%.
const MIN_WIDTH_SHARE: f64 = 0.6;

/// The smallest printed chart label that reads on paper, in points (a footnote's size; at a
/// third of the text width they printed at under 3).
const MIN_LABEL_PT: f64 = 7.0;

/// Width of A4's text in millimetres: 210 less the page's two 14 mm margins (`@page` in
/// style.css).
const A4_TEXT_MM: f64 = 182.0;

/// For each key chart under print media: its id, its printed width as a share of the text's (the
/// body's width is the paper's text width: on a sheet the page's frame and main step aside), and its smallest label in points on A4: the
/// size the chart notes it drew (`data-text-px`, at the width it drew at) scaled to the printed
/// width.
fn printed_charts() -> String {
    format!(
        "const text = document.body.getBoundingClientRect().width;
         return {KEY_CHARTS:?}.map(id => {{
           const c = document.querySelector(id + ' canvas');
           const shown = c.getBoundingClientRect().width;
           const drawn = c.width / devicePixelRatio;
           const mm = parseFloat(c.dataset.textPx) * shown / drawn * {A4_TEXT_MM} / text;
           return [id, shown / text, mm / 0.3528];
         }})"
    )
}

/// Prints the worksheet or the answer key with its button (the browser's dialog stubbed out: the
/// PDF is printed through CDP afterwards) and checks what is on the paper, leaving the print
/// media emulated for the caller's own checks.
async fn ready_sheet(page: &Page, button: &str, class: &str, name: &str) -> Result {
    page.js("window.print = () => {}").await?;
    page.click(button).await?;
    // The sheet's words arrive with the first print (worksheet.html); the key's reveals render.
    page.wait_for(".sheet-head", WAIT).await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let has = page
        .js(&format!(
            "return document.documentElement.classList.contains({class:?})"
        ))
        .await?;
    assert_eq!(has, json!(true), "{button} marks the page as {class}");

    page.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await?;
    assert_eq!(
        count(page, ".sheet-head").await?,
        1,
        "{name}: the name line"
    );
    assert_eq!(
        count(page, ".predict").await?,
        3,
        "{name}: the three predictions"
    );
    for chart in KEY_CHARTS {
        assert_eq!(
            count(page, &format!("{chart} canvas")).await?,
            1,
            "{name}: {chart}"
        );
    }
    // Each key chart across the text's width, its smallest label readable on paper.
    let printed = page.js(&printed_charts()).await?;
    println!("{name}: the key charts as printed (share of the text width, smallest label in pt): {printed}");
    for chart in printed.as_array().ok_or("no charts measured")? {
        let (id, width, label_pt) = (&chart[0], chart[1].as_f64(), chart[2].as_f64());
        assert!(
            width.is_some_and(|w| w >= MIN_WIDTH_SHARE),
            "{name}: {id} prints {width:?} of the text width"
        );
        assert!(
            label_pt.is_some_and(|pt| pt >= MIN_LABEL_PT),
            "{name}: {id}'s smallest label prints at {label_pt:?} pt"
        );
    }
    // Paper hides nothing: every prediction comes before "Check your predictions", which starts
    // a page, and every chart that answers one after it.
    let order = page
        .js(&format!(
            "const top = (e) => e.getBoundingClientRect().top; \
             const check = document.querySelector('.sheet-check'); \
             const charts = {KEY_CHARTS:?}.map((c) => document.querySelector(c)); \
             return [getComputedStyle(check).breakBefore, \
                     [...document.querySelectorAll('.predict')].every((p) => p.getBoundingClientRect().bottom <= top(check)), \
                     charts.every((c) => top(c) >= top(check) + check.offsetHeight)]"
        ))
        .await?;
    assert_eq!(
        order,
        json!(["page", true, true]),
        "{name}: [the charts' heading starts a page, predictions above it, charts below]"
    );
    assert_eq!(
        count(page, ".sheet-questions > li").await?,
        hashwatt_core::content::worksheet::QUESTIONS.len(),
        "{name}: the questions"
    );
    for gone in [
        "#story p",
        ".glossary-entry",
        ".sources-list",
        ".masthead",
        "input",
        "button",
    ] {
        assert_eq!(count(page, gone).await?, 0, "{name}: {gone} is printed");
    }
    page.js("window.scrollTo(0, 0)").await?;
    page.screenshot(&format!("print-{name}")).await?;
    Ok(())
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn the_worksheet_and_its_answer_key_print_on_two_to_four_pages() -> Result {
    let page = Page::open("/?kwh=0.06", 1280, 900).await?;
    page.wait_for("canvas[data-drawn='true']", WAIT).await?;
    page.wait_for("#print-worksheet", WAIT).await?;

    ready_sheet(&page, "#print-worksheet", "worksheet", "worksheet").await?;
    let answers = page.js(&shown(":is(.key-only, .predict-answer)")).await?;
    assert_eq!(answers, json!([]), "the worksheet shows no answer");
    page.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .await?;
    // Printing fires afterprint, which takes the class off again.
    let pages = print_pages(&page, "worksheet").await?;
    println!("the worksheet prints on {pages} A4 pages");
    assert!((2..=4).contains(&pages), "worksheet: {pages} A4 pages");
    page.wait_until(
        "return !document.documentElement.classList.contains('worksheet')",
        WAIT,
    )
    .await?;

    ready_sheet(&page, "#print-answers", "answer-key", "answer-key").await?;
    // Each prediction's answer at the current scenario, its right choice marked, each question's.
    let keyed = page
        .js("return [...document.querySelectorAll('.predict .predict-answer > p:first-child')].filter(e => e.getClientRects().length > 0).map(e => e.textContent)")
        .await?;
    let keyed: Vec<String> = serde_json::from_value(keyed)?;
    assert_eq!(keyed.len(), 3, "{keyed:?}");
    assert!(
        keyed
            .iter()
            .all(|k| k.starts_with("Answer: ") && k.len() > 20),
        "{keyed:?}"
    );
    let marked = page.js(&shown(".predict-choice.correct")).await?;
    assert_eq!(
        marked.as_array().map_or(0, Vec::len),
        3,
        "the right choice marked"
    );
    let question_answers = page.js(&shown(".sheet-questions .key-only")).await?;
    assert_eq!(
        question_answers.as_array().map_or(0, Vec::len),
        hashwatt_core::content::worksheet::QUESTIONS.len()
    );
    page.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .await?;
    let pages = print_pages(&page, "answer-key").await?;
    println!("the answer key prints on {pages} A4 pages");
    assert!((2..=4).contains(&pages), "answer key: {pages} A4 pages");
    // After the print the predictions the key revealed are asked again.
    page.wait_until(
        "return document.querySelectorAll('.predict-answer p').length == 0",
        WAIT,
    )
    .await?;
    page.assert_clean().await?;
    page.close().await
}
