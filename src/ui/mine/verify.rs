//! "Verify a real block": paste 80 header bytes in hex, or pick a known block, and see each field,
//! the hash, the target its bits claim and whether the proof of work checks out.

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::HashText;
use hashwatt_core::data::blocks::KNOWN_BLOCKS;
use hashwatt_core::model::format;
use hashwatt_core::model::verify::{verdict, verify, PracticeBlock, Verdict, Verification};

fn view_result(
    result: &Result<Verification, hashwatt_core::model::header::HeaderHexError>,
    practice: Option<&PracticeBlock>,
) -> Html {
    match result {
        Err(error) => html! {
            <div id="verify-result" data-error={error.to_string()} class="verify-result">
                <p class="field-error" role="alert">{ error.to_string() }</p>
            </div>
        },
        Ok(v) => {
            let hash = v.hash.to_display_hex();
            let h = &v.header;
            let target = match &v.target {
                Ok(t) => html! { <HashText hex={t.to_display_hex()} /> },
                Err(e) => html! { <span class="field-error">{ e.to_string() }</span> },
            };
            let row = |name: &str, value: Html| html! { <tr><th scope="row">{ name.to_string() }</th><td>{ value }</td></tr> };
            let said = verdict(v, practice);
            html! {
                <div id="verify-result" data-valid={v.valid.to_string()} data-practice={(said.verdict == Verdict::Practice).to_string()}
                     data-hash={hash.clone()} class="verify-result">
                    <p class={classes!("verdict", if said.verdict.is_good() { "good" } else { "bad" })} role="status">{ said.line }</p>
                    if let Some(note) = said.note { <p class="field-note" id="verify-note">{ note }</p> }
                    <div class="table-wrap">
                        <table>
                            <tbody>
                                { row("Version", html! { <code>{ format!("{} (0x{:08x})", h.version, h.version) }</code> }) }
                                { row("Previous block", html! { <HashText hex={h.prev_block.to_display_hex()} /> }) }
                                { row("Merkle root", html! { <code class="hash">{ h.merkle_root.to_display_hex() }</code> }) }
                                { row("Time", html! { <code>{ format!("{} ({})", h.time, format::utc_datetime(i64::from(h.time))) }</code> }) }
                                { row("Bits", html! { <code>{ format!("0x{:08x}", h.bits) }</code> }) }
                                { row("Nonce", html! { <code>{ h.nonce }</code> }) }
                                { row("Hash", html! { <HashText hex={hash} /> }) }
                                { row("Target", target) }
                                { row("Difficulty", html! { { v.difficulty.map_or_else(|| "\u{2014}".into(), |d| format::number(d, 2)) } }) }
                                { row("Leading zero bits", html! { { v.hash.leading_zero_bits() } }) }
                            </tbody>
                        </table>
                    </div>
                </div>
            }
        }
    }
}

/// The verifier's text, at first a known block's header.
pub fn first_known_header() -> String {
    KNOWN_BLOCKS
        .first()
        .map_or_else(String::new, |b| b.header_hex.to_string())
}

/// Brings the verifier into view (scrolling as the page does, smoothly unless the reader asked
/// for less motion) with its header box focused (after "Verify this block").
pub fn show_verifier() {
    let document = gloo::utils::document();
    if let Some(panel) = document.get_element_by_id("verify") {
        panel.scroll_into_view();
    }
    if let Some(input) = document
        .get_element_by_id("verify-input")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        // Focusing must not start a second, instant scroll that cuts the first one short.
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = input.focus_with_options(&options);
    }
}

#[derive(Properties, PartialEq)]
pub struct VerifyProps {
    /// The header box's text, shared with the miner's "Verify this block" buttons.
    pub text: UseStateHandle<String>,
    /// The miner's block those buttons last handed over, with the zero bits it was mined at.
    pub practice: Option<PracticeBlock>,
}

#[function_component(Verify)]
pub fn verify_panel(props: &VerifyProps) -> Html {
    let text = props.text.clone();
    let result = use_memo((*text).clone(), |t| verify(t));
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    html! {
        <div class="panel verify" id="verify">
            <h3>{ "Verify a real block" }</h3>
            <p>
                { "Anyone can check a block's proof of work with one hash. Paste an 80-byte block header in \
                   hex (160 digits), or load one of these:" }
            </p>
            <div class="button-row">
                { for KNOWN_BLOCKS.iter().map(|block| {
                    let text = text.clone();
                    let hex = block.header_hex;
                    html! { <button type="button" onclick={move |_| text.set(hex.to_string())}>{ block.name }</button> }
                }) }
            </div>
            <label for="verify-input" class="visually-hidden">{ "Block header in hex" }</label>
            <textarea id="verify-input" rows="4" spellcheck="false" value={(*text).clone()} oninput={on_input}
                      aria-describedby="verify-result" />
            { view_result(&result, props.practice.as_ref()) }
        </div>
    }
}
