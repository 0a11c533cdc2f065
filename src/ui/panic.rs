//! The last line of defence: if the app ever panics, the page must not just freeze. The hook logs
//! the error to the console and puts a polite banner with the message and a Reload link at the top
//! of the page, built with plain DOM calls because Yew itself cannot run any more.

use std::panic::PanicHookInfo;

/// Installs the hook. Called once, before the App renders.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = describe(info);
        web_sys::console::error_1(&format!("Hashwatt stopped: {message}").into());
        show_banner(&message);
    }));
}

/// What went wrong, in one line: the panic's message and where.
fn describe(info: &PanicHookInfo<'_>) -> String {
    let what = info
        .payload()
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "an unexpected error".to_string());
    match info.location() {
        Some(at) => format!("{what} (at {}:{})", at.file(), at.line()),
        None => what,
    }
}

/// Adds the banner; does nothing if there is no document (a worker) or it is already shown.
pub fn show_banner(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("panic-banner").is_some() {
        return;
    }
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_id("panic-banner");
    banner.set_class_name("panic-banner");
    let _ = banner.set_attribute("role", "alert");
    let reload = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_else(|| "./".into());
    let text = document.create_element("p");
    let detail = document.create_element("code");
    let link = document.create_element("a");
    if let (Ok(text), Ok(detail), Ok(link)) = (text, detail, link) {
        text.set_text_content(Some(
            "Sorry: something went wrong and this page stopped working. Reloading starts it afresh; \
             your scenario is kept in the address.",
        ));
        detail.set_text_content(Some(message));
        link.set_text_content(Some("Reload the page"));
        let _ = link.set_attribute("href", &reload);
        link.set_class_name("button primary");
        let _ = banner.append_child(&text);
        let _ = banner.append_child(&detail);
        let _ = banner.append_child(&link);
    }
    if let Some(body) = document.body() {
        let _ = body.insert_before(&banner, body.first_child().as_ref());
    }
}
