//! Links to a place on the page (`/#economics`, `/#glossary-hashprice`) land there. The page is
//! rendered by the app after the document has loaded, so the browser's own jump to the fragment
//! happens while the target does not exist yet; once the first render is on the screen, this
//! scrolls to the fragment's element; or, if the reader scrolled the words `index.html` carries
//! while the app loaded, back to what they were reading; and keeps it there while the page
//! settles, and as the simulator's module, loaded later, mounts.

use std::cell::{Cell, RefCell};

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions};
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
    // In a deck the step on the projector decides where the page is (`present.rs`).
    let place = super::prerendered::reading_place();
    if super::url::address_query().present().is_some() {
        return;
    }
    // A reader who scrolled the words index.html carries, while the app loaded, stays at the
    // element they were reading (the app's sections above it are taller than the words were).
    let document = gloo::utils::document();
    if let Some((id, top)) = place {
        if let Some(el) = document.get_element_by_id(&id) {
            hold(el, top);
            return;
        }
    }
    let id = current_fragment();
    if id.is_empty() {
        return;
    }
    let Some(target) = document.get_element_by_id(&id) else {
        return;
    };
    // At once, to the element's top (the default block): a smooth scroll (the page's CSS default)
    // across the whole page would take seconds. `scroll-padding-top` keeps the target clear of the
    // sticky contents bar.
    let options = ScrollIntoViewOptions::new();
    options.set_behavior(ScrollBehavior::Instant);
    target.scroll_into_view_with_scroll_into_view_options(&options);
    let top = target.get_bounding_client_rect().top();
    hold(target, top);
}

/// When, after the first render, the landing puts its element back where it was (ms): the first
/// render's last effects and the canvases they size can still move what is above it.
const HOLD_MS: [u32; 5] = [50, 150, 300, 600, 1000];

thread_local! {
    /// The reader's own scrolling, which ends the hold.
    static MOVED: Cell<bool> = const { Cell::new(false) };
    static LISTENERS: RefCell<Vec<EventListener>> = const { RefCell::new(Vec::new()) };
}

/// How long the landing also waits for the simulator's module to mount (ms): it loads when its
/// section nears the screen, and grows the page there.
const SIM_WAIT_MS: u32 = 10_000;

/// Scrolls `el` to `top` pixels from the top of the screen, and keeps it there for a second while
/// the page settles, and once more just after the simulator's module mounts (within
/// [`SIM_WAIT_MS`]), unless the reader scrolls, taps, clicks or presses a key meanwhile.
pub(crate) fn hold(el: Element, top: f64) {
    MOVED.with(|m| m.set(false));
    let put = move || {
        if MOVED.with(|m| m.get()) {
            return;
        }
        let off = el.get_bounding_client_rect().top() - top;
        if off.abs() >= 1.0 {
            let options = web_sys::ScrollToOptions::new();
            options.set_top(off);
            options.set_behavior(ScrollBehavior::Instant);
            gloo::utils::window().scroll_by_with_scroll_to_options(&options);
        }
    };
    put();
    let window = gloo::utils::window();
    let mut listeners: Vec<EventListener> = ["wheel", "touchstart", "keydown", "pointerdown"]
        .into_iter()
        .map(|kind| EventListener::new(&window, kind, |_| MOVED.with(|m| m.set(true))))
        .collect();
    let again = put.clone();
    listeners.push(EventListener::new(
        &window,
        super::simulate::READY_EVENT,
        move |_| {
            // Its first render, then the charts it draws at once.
            for ms in [0, 100, 400] {
                Timeout::new(ms, again.clone()).forget();
            }
        },
    ));
    LISTENERS.with(|l| *l.borrow_mut() = listeners);
    for ms in HOLD_MS {
        Timeout::new(ms, put.clone()).forget();
    }
    Timeout::new(SIM_WAIT_MS, || LISTENERS.with(|l| l.borrow_mut().clear())).forget();
}
