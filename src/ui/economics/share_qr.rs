//! "Share to a class": the QR code of the current scenario's link, drawn in the page as SVG
//! (`model::qr` encodes; nothing leaves the page). It follows the sliders once they rest (the
//! settled scenario, as the address bar does), and a toggle shows it large enough to scan from the
//! back of a classroom, with the link as text beside it to type. The link is the page's address,
//! the scenario's query and the economics section: a class never opens it in presentation mode,
//! and other parameters of the teacher's address stay behind. Opened at `localhost`, the panel
//! says that phones cannot reach that address, and how to serve the page on the school network.

use yew::prelude::*;

use crate::ui::state::use_settled_scenario;
use crate::ui::url::page_address;
use hashwatt_core::model::qr::{encode, is_local_host, share_link_to};

/// The section a shared link opens at: the one holding the scenario.
pub const SHARED_SECTION: &str = "economics";

/// Said beside the code when the page was opened at the teacher's own computer's address.
const LOCAL_WARNING: &str = "Phones cannot open this address: localhost and 127.0.0.1 mean each \
    phone itself. To share with the class, start the page with make classroom on this computer: \
    it serves the page on the school network and prints the address the phones open, such as \
    http://192.168.1.20:8090/. Or put the built dist/ folder on any web server the phones reach.";

/// Whether the page was opened at the teacher's own computer's address.
fn opened_locally() -> bool {
    is_local_host(
        &gloo::utils::window()
            .location()
            .hostname()
            .unwrap_or_default(),
    )
}

#[function_component(ShareQr)]
pub fn share_qr() -> Html {
    let scenario = use_settled_scenario();
    let large = use_state_eq(|| false);
    // The page's address is read once; the link follows the settled scenario, not the address
    // bar (which the root's effect updates after this renders), and never carries `present`.
    let address = use_memo((), |_| page_address());
    let link = share_link_to(&address, &scenario.to_query(), SHARED_SECTION);
    let local = use_memo((), |_| opened_locally());
    let qr = use_memo(link.clone(), |link| {
        crate::profile::time(|| "QR code encoding", || encode(link))
    });
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
            if *large {
                <p class="qr-link" id="qr-link">{ link.clone() }</p>
            }
            if *local {
                <p class="field-note qr-local" id="qr-local" role="note">{ LOCAL_WARNING }</p>
            }
        </div>
    }
}
