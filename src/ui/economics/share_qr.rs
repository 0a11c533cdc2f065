//! "Share to a class": the QR code of the current scenario's link, drawn in the page as SVG
//! (`model::qr` encodes; nothing leaves the page). It follows the sliders once they rest (the
//! settled scenario, as the address bar does), and a toggle shows it large enough to scan from the
//! back of a classroom.

use yew::prelude::*;

use crate::ui::state::use_settled_scenario;
use hashwatt_core::model::qr::{encode, share_link};
use hashwatt_core::model::scenario::merge_into_query;

/// The link the code holds: this page with the settled scenario. The address bar is updated by the
/// root's effect after this renders, so the query is rebuilt from the scenario itself.
fn link_for(scenario: &hashwatt_core::model::economics::Scenario) -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let query = merge_into_query(&location.search().unwrap_or_default(), scenario);
    share_link(&format!("{origin}{path}"), &query)
}

#[function_component(ShareQr)]
pub fn share_qr() -> Html {
    let scenario = use_settled_scenario();
    let large = use_state_eq(|| false);
    let link = link_for(&scenario);
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
