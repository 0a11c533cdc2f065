//! Issue 8 under pressure, end to end: a link whose every value is junk, and a reader hammering the
//! miner's controls. The page must explain the junk beside each input, and after the storm the
//! miner must really stop on Stop and still find correct blocks: no stale result from an earlier
//! job on screen.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hashwatt_core::model::header::BlockHeader;
use hashwatt_core::model::scenario::Param;

use crate::support::{Page, Result};

const WAIT: Duration = Duration::from_secs(15);

/// `text` percent-encoded byte by byte, as a browser sends non-ASCII in a link.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn a_link_made_only_of_junk_opens_with_a_note_beside_every_input() -> Result {
    let long_digits = "9".repeat(10_000);
    let long_junk = "x".repeat(10_000);
    let junk: [&str; 9] = [
        &long_digits, // price: too long to be a number
        "NaN",        // kwh
        "Infinity",   // eff
        "-5",         // hashrate: below the minimum
        "\u{663}",    // fees: an Arabic-Indic three
        "\u{ff13}",   // subsidy: a full-width three
        "\u{1f4b8}",  // capex: an emoji
        &long_junk,   // life
        "-1e308",     // opex
    ];
    let query: Vec<String> = Param::ALL
        .iter()
        .zip(junk)
        .map(|(p, text)| format!("{}={}", p.spec().key, encode(text)))
        .collect();
    let page = Page::open(&format!("/?{}", query.join("&")), 1280, 900).await?;
    page.wait_for("#out-cost-per-btc", WAIT).await?;

    for p in Param::ALL {
        let spec = p.spec();
        let key = spec.key;
        // Read the note and the number field together: both belong to the same render.
        let read = page
            .js(&format!(
                "const n = document.querySelector('#param-{key} #note-{key}');
                 const f = document.getElementById('in-{key}-num');
                 return [n ? n.textContent : null, f ? f.value : null]"
            ))
            .await?;
        let note = read[0].as_str().ok_or(format!("#note-{key} missing"))?;
        assert!(note.starts_with(spec.label), "#note-{key}: {note:?}");
        assert!(
            note.contains("using"),
            "#note-{key} says what is used: {note:?}"
        );
        assert!(
            note.chars().count() < 200,
            "#note-{key} quotes the junk short"
        );
        let shown = read[1].as_str().ok_or(format!("#in-{key}-num missing"))?;
        let value: f64 = shown
            .replace(',', "")
            .parse()
            .map_err(|_| format!("#in-{key}-num shows {shown:?}"))?;
        assert!(
            (spec.min..=spec.max).contains(&value),
            "#in-{key}-num shows {value}, outside its range"
        );
    }
    // The page rendered past the inputs: every output is a number, not NaN.
    let outputs = page
        .js("return [...document.querySelectorAll('#economics [data-value]')].map(e => e.dataset.value)")
        .await?;
    let outputs = outputs.as_array().ok_or("no outputs")?;
    assert!(!outputs.is_empty(), "the economics outputs rendered");
    for v in outputs {
        let v = v.as_str().unwrap_or_default();
        assert!(
            !v.contains("NaN") && !v.contains("inf"),
            "an output reads {v:?}"
        );
    }
    page.assert_clean().await?;
    page.close().await
}

/// The found list as [header hex, hash, stated zero bits], read in one call (finds keep arriving).
async fn found_blocks(page: &Page) -> Result<Vec<(BlockHeader, String, u32)>> {
    let rows = page
        .js("return [...document.querySelectorAll('#miner-found li')]\
             .map(li => [li.dataset.header, li.dataset.hash, li.dataset.bits])")
        .await?;
    let mut out = Vec::new();
    for row in rows.as_array().ok_or("no found list")? {
        let field = |i: usize| {
            row[i]
                .as_str()
                .ok_or("a found block lacks a data attribute")
        };
        out.push((
            BlockHeader::parse_hex(field(0)?)?,
            field(1)?.to_string(),
            field(2)?.parse()?,
        ));
    }
    Ok(out)
}

fn assert_honest(blocks: &[(BlockHeader, String, u32)]) {
    for (header, hash, bits) in blocks {
        assert_eq!(
            &header.hash().to_display_hex(),
            hash,
            "shown hash is the header's"
        );
        assert!(
            header.hash().leading_zero_bits() >= *bits,
            "{hash} claims {bits} zero bits"
        );
    }
}

/// 50 changes in one JS call, each after the page has had a turn to render: Start or Stop
/// (whichever is enabled), a difficulty from 13 to 30 bits, a worker count. 12 bits is kept for
/// the check afterwards, so a 12-bit find can only come from the final run.
const STORM: &str = "return (async () => {
    const max = document.getElementById('miner-workers').options.length;
    let rnd = SEED;
    const next = n => { rnd = (rnd * 48271) % 2147483647; return rnd % n; };
    const set = (id, v, ev) => { const el = document.getElementById(id); el.value = String(v);
        el.dispatchEvent(new Event(ev, {bubbles: true})); };
    for (let i = 0; i < 50; i++) {
        switch (next(3)) {
            case 0: { const s = document.getElementById('miner-start');
                      (s.disabled ? document.getElementById('miner-stop') : s).click(); break; }
            case 1: set('miner-bits', 13 + next(18), 'input'); break;
            default: set('miner-workers', 1 + next(max), 'change');
        }
        await new Promise(r => setTimeout(r, next(3) === 0 ? 0 : 5));
    }
    return max;
})()";

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn two_hundred_rapid_changes_then_stop_leave_no_worker_and_no_stale_result() -> Result {
    let page = Page::open("/", 1280, 900).await?;
    page.js("document.getElementById('mine').scrollIntoView({behavior: 'instant'})")
        .await?;
    page.click("#miner-start").await?;
    for round in 0..4u32 {
        let max = page
            .js(&STORM.replace("SEED", &(round * 7919 + 17).to_string()))
            .await?;
        assert!(max.as_u64().unwrap_or(0) >= 1, "worker choices: {max}");
    }
    // End with Stop, then watch the counter from inside the page: 200 ms after Stop it must be
    // frozen for the next 300 ms, and the rate must read 0 or be marked as the last measurement.
    let after = page
        .js("return (async () => {
                const stop = document.getElementById('miner-stop');
                if (stop.disabled) { document.getElementById('miner-start').click();
                                     await new Promise(r => setTimeout(r, 100)); }
                document.getElementById('miner-stop').click();
                const wait = ms => new Promise(r => setTimeout(r, ms));
                await wait(200);
                const a = document.getElementById('miner-tried').dataset.value;
                const rate = document.getElementById('miner-rate').dataset.value === '0'
                    || document.querySelector('#miner-rate .sub').textContent.startsWith('last measured');
                await wait(300);
                const b = document.getElementById('miner-tried').dataset.value;
                return [a, b, rate, document.getElementById('miner-start').disabled];
            })()")
        .await?;
    assert_eq!(
        after[0], after[1],
        "hashes tried kept growing after Stop: {after}"
    );
    assert_eq!(
        after[2], true,
        "the rate reads 0, or the last measurement marked as such, after Stop: {after}"
    );
    assert_eq!(after[3], false, "Start is enabled again");
    assert_honest(&found_blocks(&page).await?);

    // A clean run at 12 bits finds a correct, fresh block.
    page.set_value("#miner-bits", "12").await?;
    page.click("#miner-start").await?;
    page.wait_for("#miner-found li[data-bits='12']", Duration::from_secs(60))
        .await?;
    let blocks = found_blocks(&page).await?;
    assert_honest(&blocks);
    let (fresh, _, _) = blocks
        .iter()
        .find(|(_, _, bits)| *bits == 12)
        .ok_or("no 12-bit block")?;
    assert!(fresh.hash().leading_zero_bits() >= 12);
    let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs() as i64;
    let age = now - i64::from(fresh.time);
    assert!(
        (-5..=300).contains(&age),
        "the found header's time is {age} s old"
    );
    page.click("#miner-stop").await?;

    // The OS's view: while mining, the renderer processes (page and workers) burn CPU; from
    // 200 ms after Stop they are idle. The busy reading shows the measurement sees the workers.
    page.click("#miner-start").await?;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let busy = page.renderer_cores_over(Duration::from_secs(1)).await?;
    page.click("#miner-stop").await?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let idle = page.renderer_cores_over(Duration::from_secs(1)).await?;
    eprintln!("renderer CPU: {busy:.2} cores mining, {idle:.2} cores after Stop");
    assert!(
        busy >= 0.3,
        "mining should keep the CPU busy: {busy:.2} cores"
    );
    assert!(idle <= 0.15, "CPU still busy after Stop: {idle:.2} cores");
    page.assert_clean().await?;
    page.close().await
}
