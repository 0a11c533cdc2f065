//! "Share to a class": the QR code of the current scenario's link, drawn in the page as SVG
//! (`model::qr` encodes; nothing leaves the page). It follows the sliders once they rest (the
//! settled scenario, as the address bar does), and a toggle shows it large enough to scan from the
//! back of a classroom. The link is the page's address and the scenario's query only: a class
//! never opens it in presentation mode, and other parameters of the teacher's address stay behind.

use yew::prelude::*;

use crate::ui::state::use_settled_scenario;
use crate::ui::url::page_address;
use hashwatt_core::model::qr::{encode, share_link};

#[function_component(ShareQr)]
pub fn share_qr() -> Html {
    let scenario = use_settled_scenario();
    let large = use_state_eq(|| false);
    // The page's address is read once; the link follows the settled scenario, not the address
    // bar (which the root's effect updates after this renders), and never carries `present`.
    let address = use_memo((), |_| page_address());
    let link = share_link(&address, &scenario.to_query());
    let qr = use_memo(link.clone(), |link| encode(link));
    let toggle = {
        let large = large.clone();
        Callback::from(move |_: MouseEvent| large.set(!*large))
    };
    let Some(qr) = (*qr).clone() else {
        return html! {
            <p class="field-note">{ "This link is too long for a QR code: use Copy link instead." }</p>
        };
    };
    let view_box = format!("0 0 {0} {0}", qr.size);
    html! {
        <div class={classes!("share-qr", large.then_some("large"))}>
            <svg class="qr" viewBox={view_box} role="img" shape-rendering="crispEdges"
                 aria-label={format!("QR code of the link to this scenario: {link}")}
                 data-link={link.clone()}>
                <rect width="100%" height="100%" fill="#ffffff" />
                <path d={qr.path.clone()} fill="#000000" />
            </svg>
            <button type="button" class="qr-toggle" aria-pressed={large.to_string()} onclick={toggle}>
                { if *large { "Show the QR code small" } else { "Show the QR code large" } }
            </button>
        </div>
    }
}
