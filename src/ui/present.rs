//! Presentation mode's browser side: the reducer over `model::presentation`, the keyboard
//! listener, the URL's `present` flag, which section is shown, and the bar with the counter. The
//! sections stay mounted (hidden by CSS), so the miner's workers and the scenario carry on.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::app::SECTIONS;
use super::toc::current_section;
use super::url::{address_query, current_query, replace_query};
use hashwatt_core::model::presentation::{action_for, Action, Focus, KeyPress, Presentation};

/// Yew's reducer wrapper; the model stays free of yew.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PresentState(pub Presentation);

impl Reducible for PresentState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(PresentState(self.0.apply(action)))
    }
}

pub type PresentHandle = UseReducerHandle<PresentState>;

/// Where a key press happened, for [`action_for`].
fn focus_of(target: Option<web_sys::EventTarget>) -> Focus {
    let Some(el) = target.and_then(|t| t.dyn_into::<Element>().ok()) else {
        return Focus::Page;
    };
    match el.tag_name().to_ascii_uppercase().as_str() {
        "INPUT" | "TEXTAREA" | "SELECT" => Focus::FormControl,
        "BUTTON" | "SUMMARY" => Focus::Button,
        _ if el
            .dyn_ref::<HtmlElement>()
            .is_some_and(|h| h.is_content_editable()) =>
        {
            Focus::FormControl
        }
        _ => Focus::Page,
    }
}

/// Writes the `present` flag into the address bar (in place: no history entry).
fn mirror_to_url(present: bool) {
    let mut query = address_query();
    query.set_present(present);
    replace_query(&query);
}

/// Marks the shown section, moves focus to it (so a screen reader reads it and Space is ours),
/// and tells the charts to fit their now visible canvases.
fn show(p: Presentation) {
    let document = gloo::utils::document();
    for (i, s) in SECTIONS.iter().enumerate() {
        if let Some(el) = document.get_element_by_id(s.id) {
            let current = p.active && i == p.index;
            let _ = el.class_list().toggle_with_force("slide-current", current);
            if current {
                let _ = el.set_attribute("tabindex", "-1");
                if let Some(h) = el.dyn_ref::<HtmlElement>() {
                    // The scroll is set below, at once; focusing must not start its own.
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = h.focus_with_options(&options);
                }
            }
        }
    }
    let window = gloo::utils::window();
    if p.active {
        // An in-page link (a glossary term, a citation) scrolls to its target on its slide.
        match hash_target().filter(|(i, _)| *i == p.index) {
            Some((_, target)) if SECTIONS.get(p.index).is_some_and(|s| s.id != target.id()) => {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_behavior(web_sys::ScrollBehavior::Instant);
                target.scroll_into_view_with_scroll_into_view_options(&options);
            }
            _ => {
                // A new slide appears at its top at once: the page's smooth scrolling is for
                // reading, and would leave the class watching the old scroll position glide.
                let options = web_sys::ScrollToOptions::new();
                options.set_top(0.0);
                options.set_behavior(web_sys::ScrollBehavior::Instant);
                window.scroll_to_with_scroll_to_options(&options);
            }
        }
    } else if let Some(el) = SECTIONS
        .get(p.index)
        .and_then(|s| document.get_element_by_id(s.id))
    {
        // Back in the long page, at the section the class was looking at.
        el.scroll_into_view();
    }
    if let Ok(resize) = web_sys::Event::new("resize") {
        let _ = window.dispatch_event(&resize);
    }
}

/// The element the URL's fragment names, and the index of the section that holds it.
fn hash_target() -> Option<(usize, Element)> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let id = hash.strip_prefix('#').filter(|id| !id.is_empty())?;
    let target = gloo::utils::document().get_element_by_id(id)?;
    let section = target.closest("main > section").ok()??;
    let index = SECTIONS.iter().position(|s| s.id == section.id())?;
    Some((index, target))
}

/// The presentation state, opened from `?present`, driven by the keyboard, mirrored to the URL.
#[hook]
pub fn use_presentation() -> PresentHandle {
    let state =
        use_reducer_eq(|| PresentState(Presentation::from_query(&current_query(), SECTIONS.len())));
    let p = state.0;
    {
        let dispatcher = state.dispatcher();
        let dispatcher_for_hash = state.dispatcher();
        use_effect_with(p.active, move |&presenting| {
            let options = EventListenerOptions::enable_prevent_default();
            let window = gloo::utils::window();
            let listener = EventListener::new_with_options(&window, "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if e.default_prevented() {
                    return;
                }
                let key = e.key();
                let press = KeyPress {
                    key: &key,
                    shift: e.shift_key(),
                    modifier: e.ctrl_key() || e.alt_key() || e.meta_key(),
                    focus: focus_of(e.target()),
                };
                let reading = current_section(SECTIONS).unwrap_or(0);
                if let Some(action) = action_for(press, presenting, reading) {
                    e.prevent_default();
                    dispatcher.dispatch(action);
                }
            });
            // A followed in-page link shows the slide that holds its target.
            let dispatcher_hash = dispatcher_for_hash.clone();
            let on_hash = EventListener::new(&window, "hashchange", move |_| {
                if let (true, Some((index, _))) = (presenting, hash_target()) {
                    dispatcher_hash.dispatch(Action::Go(index));
                }
            });
            move || drop((listener, on_hash))
        });
    }
    // Whether the last state shown was presenting: a page that opens without presenting must not
    // be scrolled or have its focus moved.
    let was_active = use_mut_ref(|| false);
    use_effect_with(p, move |&p| {
        let was = std::mem::replace(&mut *was_active.borrow_mut(), p.active);
        if p.active || was {
            mirror_to_url(p.active);
            show(p);
        }
    });
    state
}

#[derive(Properties, PartialEq)]
pub struct PresentBarProps {
    pub state: PresentHandle,
}

/// The bar shown while presenting: previous, the counter and title, next, and leave.
#[function_component(PresentBar)]
pub fn present_bar(props: &PresentBarProps) -> Html {
    let p = props.state.0;
    let on = |action: Action| {
        let state = props.state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action))
    };
    let title = SECTIONS.get(p.index).map_or("", |s| s.title);
    html! {
        <nav class="present-bar" aria-label="Presentation">
            <span class="present-where" aria-live="polite">
                <span class="present-counter" id="present-counter">{ p.counter() }</span>
                <span class="present-title">{ title }</span>
            </span>
            <span class="present-keys">{ "\u{2190} \u{2192} Space to move" }</span>
            <button type="button" class="present-prev" onclick={on(Action::Prev)}
                    disabled={p.at_first()} aria-label="Previous section">{ "\u{2190}" }</button>
            <button type="button" class="present-next" onclick={on(Action::Next)}
                    disabled={p.at_last()} aria-label="Next section">{ "\u{2192}" }</button>
            <button type="button" class="present-exit" onclick={on(Action::Leave)}>
                { "Exit" }<kbd>{ "Esc" }</kbd>
            </button>
        </nav>
    }
}
