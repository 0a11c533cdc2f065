//! Registers the service worker (static/sw.js, copied to the site root by Trunk) that keeps the
//! page working offline after the first visit. Registered from here rather than an inline script,
//! which the Content-Security-Policy forbids.

use wasm_bindgen::JsValue;

use hashwatt_core::model::offline::service_worker_url;

/// Registers the worker where the browser allows it (a secure origin with service workers); a
/// refusal (a private window, a sandboxed frame) only means the page needs the network.
pub fn register() {
    let window = gloo::utils::window();
    let navigator = window.navigator();
    let supported =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if !supported || !window.is_secure_context() {
        return;
    }
    // Trunk preloads the app's hashed script: its name tells this release from the next.
    let script = gloo::utils::document()
        .query_selector("link[rel=modulepreload]")
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"));
    let url = service_worker_url(script.as_deref());
    let promise = navigator.service_worker().register(&url);
    yew::platform::spawn_local(async move {
        // Awaited so that a refusal is handled here, not reported as an uncaught rejection.
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}
