//! The miner as a student uses it: mine at a low difficulty, check a found block really hashes to
//! what the page says, stop (the results stay), count every block, verify a found block, and
//! verify known, tampered and junk headers.

use std::time::Duration;

use hashwatt_core::data::blocks::{BLOCK_125552, GENESIS};
use hashwatt_core::model::header::BlockHeader;

use crate::support::{Page, Result};

fn rate(value: Option<String>) -> f64 {
    value.and_then(|v| v.parse().ok()).unwrap_or(-1.0)
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn a_student_mines_a_block_then_stops() -> Result {
    let page = Page::open("/", 1280, 900).await?;
    page.js("document.getElementById('mine').scrollIntoView({behavior: 'instant'})")
        .await?;
    page.set_value("#miner-bits", "12").await?;
    assert_eq!(
        page.attr("#miner-bits-num", "value").await?,
        None,
        "the number field is a live value, not an attribute"
    );
    let shown = page
        .js("return document.getElementById('miner-bits-num').value")
        .await?;
    assert_eq!(shown, "12");
    // Nothing is hashed until the student presses Start.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        page.attr("#miner-tried", "data-value").await?.as_deref(),
        Some("0")
    );
    page.click("#miner-start").await?;

    page.wait_for("#miner-found li", Duration::from_secs(30))
        .await?;
    // Read one entry's attributes at once: new finds keep arriving at the top of the list.
    let found = page.js("const li = document.querySelector('#miner-found li'); return [li.dataset.header, li.dataset.hash, li.dataset.nonce]").await?;
    let field = |i: usize| {
        found[i]
            .as_str()
            .map(str::to_string)
            .ok_or("missing data attribute")
    };
    let (header_hex, hash, nonce) = (field(0)?, field(1)?, field(2)?.parse::<u32>()?);
    let header = BlockHeader::parse_hex(&header_hex)?;
    assert_eq!(
        header.hash().to_display_hex(),
        hash,
        "the found header really hashes to the shown hash"
    );
    assert!(
        header.hash().leading_zero_bits() >= 12,
        "{hash} has at least 12 leading zero bits"
    );
    assert_eq!(header.nonce, nonce);
    assert_eq!(
        header.prev_block.to_display_hex(),
        GENESIS.hash_display_hex,
        "it builds on genesis"
    );

    // After the warm-up the rate is measured and positive.
    page.wait_until(
        "return Number(document.getElementById('miner-rate').dataset.value) > 0",
        Duration::from_secs(15),
    )
    .await?;
    let running_rate = rate(page.attr("#miner-rate", "data-value").await?);
    assert!(
        running_rate > 1000.0,
        "a real hash rate: {running_rate} H/s"
    );
    page.js("document.querySelector('.miner-live').scrollIntoView({block: 'start', behavior: 'instant'})").await?;
    page.screenshot("mine-running").await?;

    page.click("#miner-stop").await?;
    page.wait_until(
        "return document.querySelector('.run-state').textContent === 'Stopped'",
        Duration::from_secs(2),
    )
    .await?;
    let found_after_stop = page
        .js("return document.querySelectorAll('#miner-found li').length")
        .await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let found_later = page
        .js("return document.querySelectorAll('#miner-found li').length")
        .await?;
    assert_eq!(
        found_after_stop, found_later,
        "nothing new appears after Stop"
    );
    assert_eq!(
        page.js("return document.getElementById('miner-start').disabled")
            .await?,
        false
    );

    page.assert_clean().await?;
    page.close().await
}

/// The text of `selector`, or "" if it is missing.
async fn text(page: &Page, selector: &str) -> Result<String> {
    let value = page
        .js(&format!(
            "const el = document.querySelector({selector:?}); return el ? el.textContent : ''"
        ))
        .await?;
    Ok(value.as_str().unwrap_or_default().to_string())
}

/// Mines at 16 zero bits until the rate is measured and a block found, reveals the prediction,
/// presses Stop, and checks that the measured figures stay, marked "last measured", and that
/// the prediction's answer is the same. Screenshots the read-outs at `width` x `height`.
async fn stop_keeps_the_results(width: u32, height: u32) -> Result {
    let page = Page::open("/", width, height).await?;
    page.set_value("#miner-bits", "16").await?;
    page.click("#miner-start").await?;
    page.wait_until(
        "return Number(document.getElementById('miner-rate').dataset.value) > 0 \
                && document.querySelector('#miner-found li') !== null",
        Duration::from_secs(30),
    )
    .await?;
    page.click("#predict-laptop .predict-reveal").await?;
    let correct_running = text(&page, "#predict-laptop .predict-choice.correct").await?;
    assert!(!correct_running.is_empty(), "an answer is marked");

    page.click("#miner-stop").await?;
    page.wait_until(
        "return document.querySelector('.run-state').textContent === 'Stopped'",
        Duration::from_secs(2),
    )
    .await?;
    // Give the page a few ticks: nothing must fall back to dashes or 0 H/s.
    tokio::time::sleep(Duration::from_millis(800)).await;
    let kept_rate = rate(page.attr("#miner-rate", "data-value").await?);
    assert!(
        kept_rate > 1000.0,
        "the last measured rate stays: {kept_rate}"
    );
    let rate_text = text(&page, "#miner-rate .value").await?;
    assert!(
        rate_text.ends_with("H/s") && rate_text != "0 H/s",
        "{rate_text}"
    );
    let rate_sub = text(&page, "#miner-rate .sub").await?;
    assert!(rate_sub.starts_with("last measured"), "{rate_sub}");
    let title = text(&page, "#miner-compare h3").await?;
    assert!(title.ends_with("(at your last measured rate)"), "{title}");
    for card in ["#miner-share", "#miner-years", "#miner-efficiency"] {
        let value = text(&page, &format!("{card} .value")).await?;
        assert!(
            !value.is_empty() && value != "\u{2014}",
            "{card} keeps its figure after Stop: {value:?}"
        );
        assert!(
            !value.contains("e-") && !value.contains("e+"),
            "{card} in words: {value}"
        );
    }
    let share = text(&page, "#miner-share .value").await?;
    assert!(share.starts_with("about "), "odds in words: {share}");
    let years = text(&page, "#miner-years .value").await?;
    assert!(years.contains("years"), "{years}");
    // The prediction's answer does not change because Stop was pressed.
    let correct_stopped = text(&page, "#predict-laptop .predict-choice.correct").await?;
    assert_eq!(correct_running, correct_stopped);
    let answer = text(&page, "#predict-laptop .predict-answer").await?;
    assert!(
        answer.contains("at the rate your browser measured"),
        "{answer}"
    );

    page.js("document.querySelector('.miner-live').scrollIntoView({block: 'start', behavior: 'instant'})")
        .await?;
    page.screenshot(&format!("mine-stopped-{width}x{height}"))
        .await?;
    page.js("document.getElementById('miner-compare').scrollIntoView({block: 'start', behavior: 'instant'})")
        .await?;
    page.screenshot(&format!("mine-stopped-compare-{width}x{height}"))
        .await?;

    // "Verify this block" puts the found header into the verifier, which checks it.
    let found = page
        .js("const li = document.querySelector('#miner-found li'); return [li.dataset.header, li.dataset.hash]")
        .await?;
    let (header, hash) = (
        found[0].as_str().ok_or("no data-header")?.to_string(),
        found[1].as_str().ok_or("no data-hash")?.to_string(),
    );
    page.click("#miner-found li .verify-found").await?;
    page.wait_until(
        &format!("return document.getElementById('verify-result').dataset.hash === {hash:?}"),
        Duration::from_secs(5),
    )
    .await?;
    let input = page
        .js("return [document.getElementById('verify-input').value, document.activeElement.id]")
        .await?;
    assert_eq!(input[0], header.as_str(), "the header box holds the block");
    assert_eq!(input[1], "verify-input", "the header box has the focus");
    assert_eq!(
        page.attr("#verify-result", "data-valid").await?.as_deref(),
        Some("false"),
        "a practice block meets its own target, not the difficulty-1 target its bits claim"
    );
    // ...and the verifier says it checks out at the practice target it was mined at, in green.
    assert_eq!(
        page.attr("#verify-result", "data-practice")
            .await?
            .as_deref(),
        Some("true")
    );
    let said = text(&page, "#verify-result .verdict.good").await?;
    let bits = page
        .attr("#miner-found li", "data-bits")
        .await?
        .ok_or("no data-bits")?;
    assert!(
        said.starts_with("\u{2714} Your practice block checks out")
            && said.ends_with(&format!("the practice target you chose needs {bits}.")),
        "{said}"
    );
    let why = text(&page, "#verify-note").await?;
    assert!(
        why.contains("its bits field claims Bitcoin's easiest real target, 32 zero bits"),
        "{why}"
    );
    // Edited by a digit, it is judged as any header: not valid, and told why.
    page.js("const box = document.getElementById('verify-input'); \
         box.value = box.value.slice(0, -1) + (box.value.endsWith('0') ? '1' : '0'); \
         box.dispatchEvent(new InputEvent('input', { bubbles: true }))")
        .await?;
    page.wait_until(
        "return document.getElementById('verify-result').dataset.practice === 'false'",
        Duration::from_secs(5),
    )
    .await?;
    let why = text(&page, "#verify-note").await?;
    assert!(
        why.contains("the target its bits field claims needs 32"),
        "{why}"
    );
    page.click("#miner-found li .verify-found").await?;
    page.wait_until(
        "return document.getElementById('verify-result').dataset.practice === 'true'",
        Duration::from_secs(5),
    )
    .await?;
    // The verifier scrolls into view (smoothly): wait until its header box is on screen.
    page.wait_until(
        "const r = document.getElementById('verify-input').getBoundingClientRect(); \
         return r.top >= 0 && r.bottom <= window.innerHeight",
        Duration::from_secs(5),
    )
    .await?;
    page.screenshot(&format!("mine-verify-{width}x{height}"))
        .await?;

    // Start measures again: the "last measured" marks go.
    page.click("#miner-start").await?;
    page.wait_until(
        "return !document.querySelector('#miner-rate .sub').textContent.startsWith('last measured')",
        Duration::from_secs(5),
    )
    .await?;
    page.click("#miner-stop").await?;
    page.assert_clean().await?;
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn after_stop_the_results_stay_on_a_phone_and_a_laptop() -> Result {
    stop_keeps_the_results(390, 844).await?;
    stop_keeps_the_results(1366, 768).await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn try_mining_now_at_the_top_leads_to_the_miner() -> Result {
    let page = Page::open("/", 390, 844).await?;
    assert_eq!(
        page.attr("#story-try-mining", "href").await?.as_deref(),
        Some("#mine")
    );
    page.click("#story-try-mining").await?;
    page.wait_until(
        "const r = document.getElementById('mine').getBoundingClientRect(); \
         return Math.abs(r.top) < window.innerHeight / 4",
        Duration::from_secs(5),
    )
    .await?;
    let explained = text(&page, "#miner-bits-explained").await?;
    assert!(explained.contains("one hex digit is 4 bits"), "{explained}");
    let hint = text(&page, "#miner-found-hint").await?;
    assert!(
        hint.starts_with("None yet. Press Start. At 20 zero bits,"),
        "{hint}"
    );
    page.assert_clean().await?;
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn every_block_is_counted_and_the_latest_are_listed() -> Result {
    let page = Page::open("/", 1280, 900).await?;
    // At 6 zero bits a hit comes every 64 hashes: hundreds a second.
    page.set_value("#miner-bits", "6").await?;
    page.click("#miner-start").await?;
    page.wait_until(
        "return Number(document.getElementById('miner-found-title').dataset.count) > 200",
        Duration::from_secs(30),
    )
    .await?;
    page.click("#miner-stop").await?;
    page.wait_until(
        "return document.querySelector('.run-state').textContent === 'Stopped'",
        Duration::from_secs(2),
    )
    .await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let count: u64 = page
        .attr("#miner-found-title", "data-count")
        .await?
        .ok_or("no count")?
        .parse()?;
    assert!(count > 200, "{count}");
    let listed = page
        .js("return document.querySelectorAll('#miner-found li').length")
        .await?;
    assert_eq!(listed, 50, "the latest 50 are listed");
    let title = text(&page, "#miner-found-title").await?;
    let grouped = hashwatt_core::model::format::number(count as f64, 0);
    assert_eq!(
        title,
        format!("Blocks you found ({grouped}; the latest 50 shown)")
    );
    page.assert_clean().await?;
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn verify_known_tampered_and_junk_headers() -> Result {
    let page = Page::open("/", 1280, 900).await?;
    for block in [&GENESIS, &BLOCK_125552] {
        page.set_value("#verify-input", block.header_hex).await?;
        page.wait_until(
            &format!(
                "return document.getElementById('verify-result').dataset.hash === {:?}",
                block.hash_display_hex
            ),
            Duration::from_secs(5),
        )
        .await?;
        assert_eq!(
            page.attr("#verify-result", "data-valid").await?.as_deref(),
            Some("true"),
            "{}",
            block.name
        );
    }
    page.js("document.getElementById('verify-result').scrollIntoView({block: 'center', behavior: 'instant'})")
        .await?;
    page.screenshot("verify-valid").await?;

    // One changed byte in the time field: still a header, no longer a valid proof of work.
    let mut tampered = GENESIS.header_hex.to_string();
    tampered.replace_range(136..138, "2a");
    page.set_value("#verify-input", &tampered).await?;
    page.wait_until(
        "return document.getElementById('verify-result').dataset.valid === 'false'",
        Duration::from_secs(5),
    )
    .await?;
    let expected = BlockHeader::parse_hex(&tampered)?.hash().to_display_hex();
    assert_eq!(
        page.attr("#verify-result", "data-hash").await?,
        Some(expected)
    );

    for (junk, needle) in [
        ("", "empty"),
        ("hello", "'h'"),
        ("00ff", "2 bytes"),
        (&"ab".repeat(81)[..], "81 bytes"),
    ] {
        page.set_value("#verify-input", junk).await?;
        page.wait_until(
            "return !!document.getElementById('verify-result').dataset.error",
            Duration::from_secs(5),
        )
        .await?;
        let error = page
            .attr("#verify-result", "data-error")
            .await?
            .unwrap_or_default();
        assert!(
            error.to_lowercase().contains(needle),
            "{junk:?} gives {error:?}"
        );
        assert_eq!(
            page.js("return document.getElementById('verify-input').value")
                .await?,
            junk,
            "input kept"
        );
    }
    page.screenshot("verify-junk").await?;
    // The rest of the page is unaffected.
    page.wait_for("#miner-start", Duration::from_secs(1))
        .await?;
    page.assert_clean().await?;
    page.close().await
}

/// Mines at 12 bits without workers: a correct block is found, and the notice beside the
/// controls says `why`.
async fn mines_on_the_page_with_a_notice(page: &Page, why: &str) -> Result {
    page.set_value("#miner-bits", "12").await?;
    page.click("#miner-start").await?;
    page.wait_for("#miner-found li", Duration::from_secs(30))
        .await?;
    let notice = page
        .js("return document.querySelector('.miner-controls [role=alert]').textContent")
        .await?;
    assert!(
        notice.as_str().unwrap_or_default().contains(why),
        "{notice}"
    );
    let found = page
        .js("const li = document.querySelector('#miner-found li'); return [li.dataset.header, li.dataset.hash]")
        .await?;
    let header = BlockHeader::parse_hex(found[0].as_str().unwrap_or_default())?;
    assert_eq!(
        Some(header.hash().to_display_hex().as_str()),
        found[1].as_str()
    );
    Ok(())
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn without_web_workers_the_page_mines_itself_with_a_notice() -> Result {
    // A locked-down school browser: no Worker constructor at all.
    let page = Page::open_with("/", 1280, 900, Some("delete window.Worker;")).await?;
    mines_on_the_page_with_a_notice(&page, "Web Workers are not available").await?;
    // The page stays responsive while it hashes: a slider still moves the economics outputs.
    page.set_value("#in-kwh", "0.03").await?;
    page.wait_until(
        "return document.querySelector('#out-cost-per-btc').dataset.value < 80000",
        Duration::from_secs(5),
    )
    .await?;
    page.click("#miner-stop").await?;
    page.wait_until(
        "return document.querySelector('.run-state').textContent === 'Stopped' \
                && !document.getElementById('miner-start').disabled",
        Duration::from_secs(2),
    )
    .await?;
    page.assert_clean().await?;
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn a_worker_that_cannot_load_leaves_the_page_mining_itself_with_a_notice() -> Result {
    // Worker exists, but its script never arrives (a filtering proxy, say): the constructor
    // succeeds and the failure comes later, as an error event.
    let page = Page::open_with(
        "/",
        1280,
        900,
        Some(
            "const RealWorker = window.Worker;
             window.Worker = class extends RealWorker {
                 constructor(url, options) { super('./no-such-worker.js', options); }
             };",
        ),
    )
    .await?;
    mines_on_the_page_with_a_notice(&page, "could not start").await?;
    page.click("#miner-stop").await?;
    // The one console error is the missing script's 404; nothing else went wrong.
    let errors = page.console_errors().await?;
    assert!(
        errors.iter().all(|e| e.contains("no-such-worker.js")),
        "unexpected console errors: {errors:?}"
    );
    page.assert_no_foreign_requests().await?;
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn a_worker_that_never_answers_leaves_the_page_mining_itself_with_a_notice() -> Result {
    // The worker starts but the page never hears from it (as when its wasm cannot load): after
    // the start timeout the page hashes itself.
    let page = Page::open_with(
        "/",
        1280,
        900,
        Some(
            "const RealWorker = window.Worker;
             window.Worker = class extends RealWorker {
                 set onmessage(handler) { /* never delivered */ }
             };",
        ),
    )
    .await?;
    mines_on_the_page_with_a_notice(&page, "could not start").await?;
    page.click("#miner-stop").await?;
    page.assert_clean().await?;
    page.close().await
}
