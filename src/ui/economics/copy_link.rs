//! "Copy link": copies the link to the scenario, as the QR code holds it (the page's address, the
//! scenario, the economics section, never `present`; the address bar is brought up to date too:
//! it follows the sliders only once they rest), with the asynchronous Clipboard API.
//! Where the page may not write to the clipboard (no API, an insecure origin, a denied
//! permission) it shows the link in a read-only field, selected, and says to copy it by hand, so
//! sharing works everywhere.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::share_qr::SHARED_SECTION;
use crate::ui::state::write_url;
use crate::ui::url::page_address;
use hashwatt_core::model::economics::Scenario;
use hashwatt_core::model::qr::share_link_to;

/// How long "Copied" stays on the button (milliseconds).
const COPIED_MS: u32 = 2_000;

#[derive(Clone, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    /// The clipboard refused: the link to copy by hand.
    Manual(String),
}

/// The clipboard, if this browser and origin offer one (`navigator.clipboard` is undefined on
/// insecure origins, and calling a method on it would throw).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = gloo::utils::window().navigator();
    let has = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|v| !v.is_undefined() && !v.is_null());
    has.then(|| navigator.clipboard())
}

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// The scenario as it is now, written into the address bar before it is copied.
    pub scenario: Scenario,
}

#[function_component(CopyLink)]
pub fn copy_link(props: &CopyLinkProps) -> Html {
    let status = use_state_eq(|| CopyState::Idle);
    let field = use_node_ref();
    // The pending "Copied" reset: replacing it cancels the previous one, so a second click gets
    // its full two seconds.
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        // Select the fallback field's text as soon as it appears.
        let field = field.clone();
        use_effect_with((*status).clone(), move |s| {
            if matches!(s, CopyState::Manual(_)) {
                if let Some(input) = field.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }
    let onclick = {
        let status = status.clone();
        let timer = timer.clone();
        let scenario = props.scenario;
        Callback::from(move |_| {
            write_url(&scenario);
            let href = share_link_to(&page_address(), &scenario.to_query(), SHARED_SECTION);
            let Some(clipboard) = clipboard() else {
                status.set(CopyState::Manual(href));
                return;
            };
            let status = status.clone();
            let timer = timer.clone();
            let promise = clipboard.write_text(&href);
            yew::platform::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => {
                        status.set(CopyState::Copied);
                        let status = status.clone();
                        let reset = Timeout::new(COPIED_MS, move || status.set(CopyState::Idle));
                        timer.borrow_mut().replace(reset);
                    }
                    Err(_) => status.set(CopyState::Manual(href)),
                }
            });
        })
    };
    let label = if *status == CopyState::Copied {
        "Copied"
    } else {
        "Copy link"
    };
    html! {
        <div class="copy-link">
            <button type="button" id="copy-link" {onclick} aria-describedby="copy-link-status">
                { label }
            </button>
            <span id="copy-link-status" class="field-note" role="status">
                { if *status == CopyState::Copied { "The link to this scenario is on your clipboard." } else { "" } }
            </span>
            if let CopyState::Manual(href) = &*status {
                <p class="field-note">
                    <label for="copy-link-url">
                        { "This browser would not let the page copy. The link is selected below: press \
                           Ctrl+C (or \u{2318}C) to copy it." }
                    </label>
                    <input type="text" id="copy-link-url" readonly=true value={href.clone()} ref={field} />
                </p>
            }
        </div>
    }
}
