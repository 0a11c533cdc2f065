//! Links to a place on the page (`/#economics`, `/#glossary-hashprice`) land there. The page is
//! rendered by the app after the document has loaded, so the browser's own jump to the fragment
//! happens while the target does not exist yet; once the first render is on the screen, this
//! scrolls to the fragment's element, once; or, if the reader scrolled the words `index.html`
//! carries while the app loaded, back to what they were reading.

use gloo::timers::callback::Timeout;
use web_sys::{ScrollBehavior, ScrollIntoViewOptions};
use yew::prelude::*;

use super::url::current_fragment;

/// After the first render, scrolls to the element the address's fragment names, if any.
#[hook]
pub fn use_land_on_fragment() {
    use_effect_with((), |_| {
        // A zero delay: the charts draw in their own effects, which size their canvases; the
        // scroll waits until every first-render effect has run and the layout is final.
        let timer = Timeout::new(0, scroll_to_fragment);
        move || drop(timer)
    });
}

fn scroll_to_fragment() {
    // A reader who scrolled the words index.html carries, while the app loaded, stays at the
    // element they were reading (the app's sections above it are taller than the words were); in
    // a deck the step on the projector decides instead.
    let place = super::prerendered::reading_place()
        .filter(|_| super::url::address_query().present().is_none());
    if let Some((id, top)) = place {
        if let Some(el) = gloo::utils::document().get_element_by_id(&id) {
            let options = web_sys::ScrollToOptions::new();
            options.set_top(el.get_bounding_client_rect().top() - top);
            options.set_behavior(ScrollBehavior::Instant);
            gloo::utils::window().scroll_by_with_scroll_to_options(&options);
            return;
        }
    }
    let id = current_fragment();
    if id.is_empty() {
        return;
    }
    let Some(target) = gloo::utils::document().get_element_by_id(&id) else {
        return;
    };
    // At once, to the element's top (the default block): a smooth scroll (the page's CSS default) across the whole page would take seconds.
    // `scroll-padding-top` keeps the target clear of the sticky contents bar.
    let options = ScrollIntoViewOptions::new();
    options.set_behavior(ScrollBehavior::Instant);
    target.scroll_into_view_with_scroll_into_view_options(&options);
}
