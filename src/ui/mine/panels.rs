//! The miner's read-outs, drawn from the session: live figures, found blocks, and the header's
//! fields. Plain functions of the state, so the component above stays about workers and messages.

use yew::prelude::*;

use super::HashText;
use hashwatt_core::model::format;
use hashwatt_core::model::header::BlockHeader;
use hashwatt_core::model::session::{RunState, Session};
use hashwatt_core::model::solo;

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

pub fn live(session: &Session, workers: usize, rate: Option<f64>) -> Html {
    let rate_value = rate.unwrap_or(0.0);
    let running = session.state() != RunState::Stopped;
    let rate_text = match rate {
        None if running => "warming up\u{2026}".to_string(),
        _ => format::hashrate(rate_value),
    };
    let expected = solo::expected_seconds_to_hit(session.zero_bits(), rate_value);
    html! {
        <div class="stats miner-live" aria-live="off">
            <div class="stat" id="miner-rate" data-value={format!("{rate_value:.0}")}>
                <span class="label">{ "Your hash rate" }</span>
                <span class="value">{ rate_text }</span>
                <span class="sub">{ format!("{workers} {}, averaged over 2 s", if workers == 1 { "worker" } else { "workers" }) }</span>
            </div>
            <div class="stat" id="miner-tried" data-value={session.tried().to_string()}>
                <span class="label">{ "Hashes tried" }</span>
                <span class="value">{ format::number(session.tried() as f64, 0) }</span>
                <span class="sub">{ "since Start" }</span>
            </div>
            <div class="stat">
                <span class="label">{ "Expected time per block" }</span>
                <span class="value">{ expected.map_or_else(|| "\u{2014}".to_string(), format::duration) }</span>
                <span class="sub">{ format!("2{} hashes / your rate", format::superscript(session.zero_bits())) }</span>
            </div>
            <div class="stat stat-wide" id="miner-best">
                <span class="label">{ "Best hash so far (lowest)" }</span>
                { match session.best() {
                    Some(best) => html! {
                        <>
                            <span class="value hash-value"><HashText hex={best.hash.to_display_hex()} /></span>
                            <span class="sub">{ format!("{} leading zero bits, nonce {}", best.hash.leading_zero_bits(), best.nonce) }</span>
                        </>
                    },
                    None => html! { <span class="value">{ "\u{2014}" }</span> },
                } }
            </div>
        </div>
    }
}

pub fn found(session: &Session, rate: Option<f64>) -> Html {
    let found = session.found();
    html! {
        <div class="panel found">
            <h3>{ format!("Blocks you found ({})", found.len()) }</h3>
            if found.is_empty() {
                <p class="field-note">{ "None yet. Press Start; at 20 zero bits a laptop finds one every few seconds." }</p>
            }
            <ol id="miner-found" class="found-list" reversed=true>
                { for found.iter().map(|f| {
                    let hash = f.hash.to_display_hex();
                    let expected = rate.and_then(|r| solo::expected_seconds_to_hit(f.zero_bits, r));
                    html! {
                        <li data-nonce={f.header.nonce.to_string()} data-hash={hash.clone()} data-bits={f.zero_bits.to_string()}
                            data-header={f.header.to_hex()}>
                            <HashText hex={hash} />
                            <span class="found-meta">
                                { format!("nonce {} · {} zero bits · took {} · expected {}",
                                    f.header.nonce, f.zero_bits, format::duration(f.took_ms as f64 / 1000.0),
                                    expected.map_or_else(|| "\u{2014}".to_string(), format::duration)) }
                            </span>
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}
