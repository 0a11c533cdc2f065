//! Presentation mode's browser side: the reducer over `model::presentation`, the keyboard (and
//! clicker) listener, the URL's `present` flag, the deck step shown (`deck_view`), the channel to
//! the speaker view, and the bar with the counter. The sections stay mounted (parts are hidden by
//! CSS), so the miner's workers and the scenario carry on.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    BroadcastChannel, Element, HtmlElement, HtmlInputElement, KeyboardEvent, MessageEvent,
};
use yew::prelude::*;

use super::app::SECTIONS;
use super::deck_view;
use super::toc::current_section;
use super::url::{address_query, current_query, replace_query};
use hashwatt_core::model::deck::{first_step_of, Message, STEPS};
use hashwatt_core::model::format;
use hashwatt_core::model::presentation::{action_for, Action, Focus, KeyPress, Presentation};

/// The name of the channel the deck's windows share (same origin only).
pub const CHANNEL: &str = "hashwatt-deck";

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

/// Where a key press happened, for [`action_for`]: only fields that take typed text keep the
/// clicker's keys.
fn focus_of(target: Option<web_sys::EventTarget>) -> Focus {
    let Some(el) = target.and_then(|t| t.dyn_into::<Element>().ok()) else {
        return Focus::Page;
    };
    match el.tag_name().to_ascii_uppercase().as_str() {
        "TEXTAREA" => Focus::TextField,
        "INPUT" => {
            let kind = el
                .dyn_ref::<HtmlInputElement>()
                .map(|i| i.type_().to_ascii_lowercase())
                .unwrap_or_default();
            match kind.as_str() {
                "range" | "radio" | "checkbox" | "button" | "submit" | "reset" | "color"
                | "file" | "image" => Focus::Control,
                _ => Focus::TextField,
            }
        }
        "SELECT" | "BUTTON" | "SUMMARY" => Focus::Control,
        _ if el
            .dyn_ref::<HtmlElement>()
            .is_some_and(|h| h.is_content_editable()) =>
        {
            Focus::TextField
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

thread_local! {
    /// An in-page link's target outside the deck, followed while presenting: leaving the deck
    /// shows it instead of the step the class saw.
    static LEAVE_TO: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Shows step `p.index` (or the whole page again), at the top of the window.
fn show(p: Presentation) {
    let window = gloo::utils::window();
    let step = STEPS.get(p.index);
    let region = deck_view::mark(step.filter(|_| p.active));
    if p.active {
        if let Some(region) = &region {
            deck_view::focus(region);
        }
        // A new step appears at once: smooth scrolling is for reading.
        let options = web_sys::ScrollToOptions::new();
        options.set_top(0.0);
        options.set_behavior(web_sys::ScrollBehavior::Instant);
        window.scroll_to_with_scroll_to_options(&options);
        deck_view::fit_soon();
    } else {
        // Back in the long page, at a followed link's target or what the class was looking at
        // (from the last step, the glossary it points to).
        let document = gloo::utils::document();
        let seen = LEAVE_TO.with(|t| t.borrow_mut().take()).or_else(|| {
            step.and_then(|s| {
                let region = document.get_element_by_id(s.leaves_to())?;
                match s.parts.first() {
                    Some(part) => region.query_selector(part).ok().flatten(),
                    None => Some(region),
                }
            })
        });
        super::fire("resize");
        // At once, and held there while the sections shown again redraw their charts at the
        // page's widths above it (a smooth scroll aimed at where it was before they did).
        if let Some(el) = seen {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_behavior(web_sys::ScrollBehavior::Instant);
            el.scroll_into_view_with_scroll_into_view_options(&options);
            let top = el.get_bounding_client_rect().top();
            super::landing::hold(el, top);
        }
    }
}

/// The element the URL's fragment names.
fn hash_target() -> Option<Element> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let id = hash.strip_prefix('#').filter(|id| !id.is_empty())?;
    gloo::utils::document().get_element_by_id(id)
}

/// Opens the speaker view: this page with `?speaker`, in a second window the teacher keeps.
fn open_speaker_view() {
    let window = gloo::utils::window();
    let path = window.location().pathname().unwrap_or_else(|_| "/".into());
    let _ = window.open_with_url_and_target(&format!("{path}?speaker"), "hashwatt-speaker");
}

/// Closes a QR code shown large, if one is: Esc does that before it leaves the deck.
fn close_large_qr() -> bool {
    let document = gloo::utils::document();
    match document.query_selector(".share-qr.large .qr-toggle") {
        Ok(Some(button)) => {
            if let Some(b) = button.dyn_ref::<HtmlElement>() {
                b.click();
            }
            true
        }
        _ => false,
    }
}

/// What the page tells the speaker view about `p`.
fn message_of(p: Presentation) -> Message {
    if p.active {
        Message::At {
            index: p.index,
            blank: p.blank,
        }
    } else {
        Message::Leave
    }
}

/// The presentation state, opened from `?present`, driven by the keyboard and the speaker view,
/// mirrored to the URL.
#[hook]
pub fn use_presentation() -> PresentHandle {
    let state =
        use_reducer_eq(|| PresentState(Presentation::from_query(&current_query(), STEPS.len())));
    let p = state.0;
    let channel = use_memo((), |_| BroadcastChannel::new(CHANNEL).ok());
    // The speaker notes are fetched when a deck starts, so that the service worker keeps them
    // for the speaker view in a lesson without a network (they are not in the wasm).
    use_effect_with(p.active, |&presenting| {
        if presenting {
            let _ = gloo::utils::window().fetch_with_str(hashwatt_core::content::notes::FILE);
            // The simulator's steps show what its own module renders (`ui::simulate`).
            super::fire(super::simulate::NEED_EVENT);
        }
    });
    // The state as last shown, for the channel's answers (its listener outlives renders).
    let shown = use_memo((), |_| Cell::new(p));
    {
        let dispatcher = state.dispatcher();
        use_effect_with(p.active, move |&presenting| {
            let options = EventListenerOptions::enable_prevent_default();
            let window = gloo::utils::window();
            let keys = dispatcher.clone();
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
                let reading = current_section(SECTIONS)
                    .and_then(|i| SECTIONS.get(i))
                    .map_or(0, |s| first_step_of(s.id));
                match action_for(press, presenting, reading) {
                    Some(Action::Leave) if key == "Escape" && close_large_qr() => {
                        e.prevent_default();
                    }
                    Some(Action::Speaker) => {
                        e.prevent_default();
                        open_speaker_view();
                    }
                    Some(action) => {
                        // Also keeps a focused slider, radio button or button as it is.
                        e.prevent_default();
                        keys.dispatch(action);
                    }
                    None => {}
                }
            });
            // A followed in-page link shows the step that holds its target; a target outside the
            // deck (a glossary entry, a source) is shown in the page.
            let links = dispatcher.clone();
            let on_hash = EventListener::new(&window, "hashchange", move |_| {
                let Some(target) = hash_target().filter(|_| presenting) else {
                    return;
                };
                match deck_view::step_showing(&target) {
                    Some(index) => links.dispatch(Action::Go(index)),
                    None => {
                        LEAVE_TO.with(|t| t.replace(Some(target)));
                        links.dispatch(Action::Leave);
                    }
                }
            });
            move || drop((listener, on_hash))
        });
    }
    {
        let dispatcher = state.dispatcher();
        let shown = shown.clone();
        use_effect_with(channel.clone(), move |channel| {
            let listener = (**channel).as_ref().map(|ch| {
                let reply = ch.clone();
                EventListener::new(ch, "message", move |e| {
                    let Some(text) = e
                        .dyn_ref::<MessageEvent>()
                        .and_then(|m| m.data().as_string())
                    else {
                        return;
                    };
                    match Message::parse(&text) {
                        Some(Message::Go(index)) => dispatcher.dispatch(Action::Go(index)),
                        Some(Message::Hello) => {
                            let text = message_of(shown.get()).to_string();
                            let _ = reply.post_message(&JsValue::from_str(&text));
                        }
                        _ => {}
                    }
                })
            });
            move || drop(listener)
        });
    }
    // The simulator mounted (its module loads later): a step of its own shows its parts now.
    {
        let shown = shown.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(
                &gloo::utils::window(),
                super::simulate::READY_EVENT,
                move |_| {
                    let p = shown.get();
                    if p.active && STEPS.get(p.index).is_some_and(|s| s.region == "simulate") {
                        show(p);
                    }
                },
            );
            move || drop(listener)
        });
    }
    // Whether the last state shown was presenting: a page that opens without presenting must not
    // be scrolled or have its focus moved.
    let was_active = use_mut_ref(|| false);
    use_effect_with(p, move |&p| {
        shown.set(p);
        let was = std::mem::replace(&mut *was_active.borrow_mut(), p.active);
        if p.active || was {
            if let Some(ch) = channel.as_ref() {
                let _ = ch.post_message(&JsValue::from_str(&message_of(p).to_string()));
            }
        }
        if p.active || was {
            mirror_to_url(p.active);
            show(p);
        }
    });
    state
}

/// While the miner runs: its rate, read from the miner's own live figures (`#miner-rate`).
fn miner_status() -> Option<String> {
    let document = gloo::utils::document();
    let stop = document.get_element_by_id("miner-stop")?;
    if stop.has_attribute("disabled") {
        return None;
    }
    let rate = document
        .get_element_by_id("miner-rate")?
        .get_attribute("data-value")?
        .parse::<f64>()
        .ok()?;
    Some(format!("Mining: {}", format::hashrate(rate)))
}

#[derive(Properties, PartialEq)]
pub struct PresentBarProps {
    pub state: PresentHandle,
}

/// The bar shown while presenting: the counter and the step's title, the miner's rate while it
/// runs, previous, next, the speaker view, and leave.
#[function_component(PresentBar)]
pub fn present_bar(props: &PresentBarProps) -> Html {
    let p = props.state.0;
    let mining = use_state_eq(miner_status);
    {
        let mining = mining.clone();
        use_effect_with((), move |_| {
            let poll = Interval::new(1000, move || mining.set(miner_status()));
            move || drop(poll)
        });
    }
    let on = |action: Action| {
        let state = props.state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action))
    };
    let title = STEPS.get(p.index).map_or("", |s| s.title);
    html! {
        <nav class="present-bar" id="present-bar" aria-label="Presentation" data-step={p.step_attr()}>
            <span class="present-where" aria-live="polite">
                <span class="present-counter" id="present-counter">{ p.counter() }</span>
                <span class="present-title">{ title }</span>
            </span>
            if let Some(status) = &*mining {
                <span class="present-mining" id="present-mining">{ status.clone() }</span>
            }
            <span class="present-keys">{ "PgDn/PgUp, \u{2190} \u{2192}, Space \u{b7} B blank \u{b7} S notes" }</span>
            <button type="button" class="present-prev" onclick={on(Action::Prev)}
                    disabled={p.at_first()} aria-label="Previous step">{ "\u{2190}" }</button>
            <button type="button" class="present-next" onclick={on(Action::Next)}
                    disabled={p.at_last()} aria-label="Next step">{ "\u{2192}" }</button>
            <button type="button" class="present-speaker" id="present-speaker"
                    onclick={Callback::from(|_: MouseEvent| open_speaker_view())}
                    aria-keyshortcuts="S">{ "Notes" }</button>
            <button type="button" class="present-exit" onclick={on(Action::Leave)}>
                { "Exit" }<kbd>{ "Esc" }</kbd>
            </button>
        </nav>
    }
}
