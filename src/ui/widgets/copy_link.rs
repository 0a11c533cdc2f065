//! "Copy link": copies a link to what the reader set up (the economics scenario, as the QR code
//! holds it; or the simulator's run), made of the page's address, a query and a section, never
//! `present`, with the asynchronous Clipboard API.
//! Where the page may not write to the clipboard (no API, an insecure origin, a denied
//! permission) it shows the link in a read-only field, selected, and says to copy it by hand, so
//! sharing works everywhere.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::url::page_address;
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
    /// The query the link carries.
    pub query: AttrValue,
    /// The section it opens at (an element id).
    pub section: &'static str,
    /// The button's id; its status line and fallback field take it with `-status` and `-url`.
    pub id: &'static str,
    /// What the link is to, for the status line ("this scenario").
    pub what: &'static str,
    /// Runs as the button is pressed, before copying (the economics brings the address bar up to
    /// date: it follows the sliders only once they rest).
    #[prop_or_default]
    pub on_copy: Callback<()>,
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
        let (query, section, on_copy) = (props.query.clone(), props.section, props.on_copy.clone());
        Callback::from(move |_| {
            on_copy.emit(());
            let href = share_link_to(&page_address(), &query, section);
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
    let (id, status_id, url_id) = (
        props.id,
        format!("{}-status", props.id),
        format!("{}-url", props.id),
    );
    html! {
        <div class="copy-link">
            <button type="button" {id} {onclick} aria-describedby={status_id.clone()}>
                { label }
            </button>
            <span id={status_id} class="field-note" role="status">
                { if *status == CopyState::Copied { format!("The link to {} is on your clipboard.", props.what) } else { String::new() } }
            </span>
            if let CopyState::Manual(href) = &*status {
                <p class="field-note">
                    <label for={url_id.clone()}>
                        { "This browser would not let the page copy. The link is selected below: press \
                           Ctrl+C (or \u{2318}C) to copy it." }
                    </label>
                    <input type="text" class="copy-link-url" id={url_id} readonly=true value={href.clone()} ref={field} />
                </p>
            }
        </div>
    }
}
