//! The address bar, read and written in one place. What the query means is the core's
//! (`model::url::Query`); this module only moves it in and out of `window.location`.

use hashwatt_core::model::url::Query;

/// The address bar's query string, with its `?` ("" when there is none).
pub fn current_query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// The address bar's query, parsed.
pub fn address_query() -> Query {
    Query::parse(&current_query())
}

/// The page's address without query or fragment ("https://host/hashwatt/"): what a shared link
/// starts with. Read once by whoever needs it; only the query and the fragment change while the
/// page is open.
pub fn page_address() -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

/// Puts `query` in the address bar in place (`replaceState`: no history entry per change),
/// keeping the path and the fragment, and does nothing when the address already holds it. The
/// only writer of the address bar: the scenario and presentation mode both edit the
/// [`address_query`] and hand it here. A failure (a sandboxed frame, say) only means the address
/// is not updated.
pub fn replace_query(query: &Query) {
    let query = query.to_string();
    if query == current_query().trim_start_matches('?') {
        return;
    }
    let window = gloo::utils::window();
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
    // The simulator (a module of its own) reads the scenario from here again.
    super::fire(super::simulate::QUERY_EVENT);
}

/// The address's fragment without its `#`, percent-decoded ("" when there is none): the id of
/// the element a link such as `/#economics` points at.
pub fn current_fragment() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let id = hash.trim_start_matches('#');
    js_sys::decode_uri_component(id)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| id.to_string())
}
