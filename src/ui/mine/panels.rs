//! The miner's read-outs, drawn from the session: live figures, found blocks, and the header's
//! fields. Plain functions of the state (their figures and words from `model::mine_view`), so the
//! component above stays about workers and messages.

use yew::prelude::*;

use super::HashText;
use hashwatt_core::model::header::BlockHeader;
use hashwatt_core::model::mine_view::{found_hint, found_note, found_title, live_view};
use hashwatt_core::model::session::{Rate, Session};
use hashwatt_core::model::verify::PracticeBlock;

pub fn header_fields(h: &BlockHeader) -> Html {
    let row = |name: &str, value: String, note: &str| {
        html! {
            <tr><th scope="row">{ name.to_string() }</th><td><code>{ value }</code></td><td>{ note.to_string() }</td></tr>
        }
    };
    html! {
        <details class="panel header-fields">
            <summary>{ "The header being mined, field by field" }</summary>
            <div class="table-wrap">
                <table>
                    <thead><tr><th>{ "Field" }</th><th>{ "Value" }</th><th>{ "What it is" }</th></tr></thead>
                    <tbody>
                        { row("Version", format!("0x{:08x}", h.version), "4 bytes, little-endian") }
                        { row("Previous block", h.prev_block.to_display_hex(), "32 bytes: the genesis block's hash") }
                        { row("Merkle root", h.merkle_root.to_display_hex(), "32 bytes: double SHA-256 of your message") }
                        { row("Time", h.time.to_string(), "4 bytes: Unix seconds when you pressed Start") }
                        { row("Bits", format!("0x{:08x}", h.bits), "4 bytes: the target in compact form (difficulty 1)") }
                        { row("Nonce", "0 \u{2026} 4,294,967,295".to_string(), "4 bytes: what the workers change") }
                    </tbody>
                </table>
            </div>
            <p class="field-note">
                { "Hashes are shown in display order, the way block explorers print them. Inside the 80 \
                   header bytes they are stored byte-reversed (internal order), and the integers are \
                   little-endian. Your difficulty control sets the target searched for, the way a pool \
                   sets an easy share target; the bits field keeps claiming difficulty 1." }
            </p>
        </details>
    }
}

pub fn live(session: &Session, workers: usize) -> Html {
    let v = live_view(session, workers);
    html! {
        <div class="stats miner-live" aria-live="off">
            <div class="stat" id="miner-rate" data-value={v.rate_data}>
                <span class="label">{ "Your hash rate" }</span>
                <span class="value">{ v.rate_text }</span>
                <span class="sub">{ v.workers_text }</span>
            </div>
            <div class="stat" id="miner-tried" data-value={v.tried_data}>
                <span class="label">{ "Hashes tried" }</span>
                <span class="value">{ v.tried_text }</span>
                <span class="sub">{ "since Start" }</span>
            </div>
            <div class="stat">
                <span class="label">{ "Expected time per block" }</span>
                <span class="value">{ v.expected_text }</span>
                <span class="sub">{ v.expected_note }</span>
            </div>
            <div class="stat stat-wide" id="miner-best">
                <span class="label">{ "Best hash so far (lowest)" }</span>
                { match v.best {
                    Some((hex, note)) => html! {
                        <>
                            <span class="value hash-value"><HashText {hex} /></span>
                            <span class="sub">{ note }</span>
                        </>
                    },
                    None => html! { <span class="value">{ "\u{2014}" }</span> },
                } }
            </div>
        </div>
    }
}

/// The found blocks, newest first, each with a button that puts its header into the verifier.
pub fn found(session: &Session, rate: Option<Rate>, on_verify: &Callback<PracticeBlock>) -> Html {
    let found = session.found();
    html! {
        <div class="panel found">
            <h3 id="miner-found-title" data-count={session.found_count().to_string()}>{ found_title(session) }</h3>
            if found.is_empty() {
                <p class="field-note" id="miner-found-hint">{ found_hint(session.zero_bits(), rate) }</p>
            }
            // Numbered down from the count of all blocks found, so the newest carries its number.
            <ol id="miner-found" class="found-list" reversed=true start={session.found_count().to_string()}>
                { for found.iter().map(|f| {
                    let hash = f.hash.to_display_hex();
                    let block = PracticeBlock { header: f.header, zero_bits: f.zero_bits };
                    let on_click = on_verify.reform(move |_: MouseEvent| block.clone());
                    html! {
                        <li data-nonce={f.header.nonce.to_string()} data-hash={hash.clone()} data-bits={f.zero_bits.to_string()}
                            data-header={f.header.to_hex()}>
                            <HashText hex={hash} />
                            <span class="found-meta">
                                { found_note(f, rate.map(|r| r.hs)) }
                            </span>
                            <button type="button" class="verify-found" onclick={on_click}>{ "Verify this block" }</button>
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}
