//! The speaker view: the page opened with `?speaker` in a second window (`S` in the deck). It shows
//! the step on the projector, the next one, that step's notes and a clock, and follows the deck
//! over a `BroadcastChannel` (same origin, no server, works offline); its own keys and buttons move
//! the deck. Nothing is stored.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, KeyboardEvent, MessageEvent};
use yew::prelude::*;

use super::present::CHANNEL;
// The speaker notes' file, written at build time (crates/pages): one `<dl id="notes-<step>">` per
// step. Fetched when the view opens, and by the deck when it starts (`present.rs`), so that the
// service worker has it for a lesson without a network.
use hashwatt_core::content::notes::FILE as NOTES_FILE;
use hashwatt_core::model::deck::{Message, STEPS};
use hashwatt_core::model::presentation::{action_for, Action, Focus, KeyPress};

/// Where the projected page is, as last heard: `None` before it answers or after it leaves.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Heard {
    index: usize,
    blank: bool,
}

/// "14:05:09", the local time of day.
fn clock() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:02}:{:02}:{:02}",
        now.get_hours(),
        now.get_minutes(),
        now.get_seconds()
    )
}

/// "12:04", minutes and seconds since `start_ms`.
fn elapsed(start_ms: f64) -> String {
    let s = ((js_sys::Date::now() - start_ms) / 1000.0).max(0.0) as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

fn post(channel: &Option<BroadcastChannel>, message: Message) {
    if let Some(ch) = channel {
        let _ = ch.post_message(&JsValue::from_str(&message.to_string()));
    }
}

/// The notes, as they stand: loading, loaded (parsed into a detached element), or not loaded.
#[derive(Clone, PartialEq)]
enum NotesFile {
    Loading,
    Loaded(web_sys::Element),
    Failed,
}

async fn fetch_notes() -> Option<web_sys::Element> {
    use wasm_bindgen_futures::JsFuture;
    let response: web_sys::Response =
        JsFuture::from(gloo::utils::window().fetch_with_str(NOTES_FILE))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    let holder = gloo::utils::document().create_element("div").ok()?;
    holder.set_inner_html(&text);
    // A host that answers a missing file with the page itself (status 200) gave no notes.
    holder
        .query_selector("dl[id^='notes-']")
        .ok()
        .flatten()
        .map(|_| holder)
}

#[function_component(SpeakerView)]
pub fn speaker_view() -> Html {
    let notes_file = use_state(|| NotesFile::Loading);
    {
        let notes_file = notes_file.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                notes_file.set(match fetch_notes().await {
                    Some(holder) => NotesFile::Loaded(holder),
                    None => NotesFile::Failed,
                });
            });
        });
    }
    let heard = use_state_eq(|| None::<Heard>);
    let channel = use_memo((), |_| BroadcastChannel::new(CHANNEL).ok());
    let start = use_memo((), |_| js_sys::Date::now());
    let tick = use_state_eq(clock);
    {
        let tick = tick.clone();
        use_effect_with((), move |_| {
            let timer = Interval::new(1000, move || tick.set(clock()));
            move || drop(timer)
        });
    }
    {
        let heard = heard.clone();
        use_effect_with(channel.clone(), move |channel| {
            gloo::utils::document().set_title("Speaker view · Hashwatt");
            let listener = (**channel).as_ref().map(|ch| {
                EventListener::new(ch, "message", move |e| {
                    let text = e
                        .dyn_ref::<MessageEvent>()
                        .and_then(|m| m.data().as_string());
                    match text.as_deref().and_then(Message::parse) {
                        Some(Message::At { index, blank }) => {
                            heard.set(Some(Heard { index, blank }))
                        }
                        Some(Message::Leave) => heard.set(None),
                        _ => {}
                    }
                })
            });
            post(channel, Message::Hello);
            move || drop(listener)
        });
    }
    let at = heard.map(|h| h.index);
    let go = {
        let channel = channel.clone();
        move |index: usize| post(&channel, Message::Go(index.min(STEPS.len() - 1)))
    };
    {
        let go = go.clone();
        use_effect_with(at, move |&at| {
            let options = EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(
                &gloo::utils::window(),
                "keydown",
                options,
                move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    let key = e.key();
                    let press = KeyPress {
                        key: &key,
                        shift: e.shift_key(),
                        modifier: e.ctrl_key() || e.alt_key() || e.meta_key(),
                        focus: Focus::Page,
                    };
                    let index = at.unwrap_or(0);
                    let target = match action_for(press, true, index) {
                        Some(Action::Next) if at.is_some() => index + 1,
                        Some(Action::Next) => 0,
                        Some(Action::Prev) => index.saturating_sub(1),
                        Some(Action::First) => 0,
                        Some(Action::Last) => STEPS.len() - 1,
                        _ => return,
                    };
                    e.prevent_default();
                    go(target);
                },
            );
            move || drop(listener)
        });
    }
    let index = at.unwrap_or(0);
    let step = STEPS.get(index);
    let next = at.map_or(Some(&STEPS[0]), |i| STEPS.get(i + 1));
    // This step's notes, copied out of the file once per step (the clock redraws every second).
    let notes = use_memo(
        (step.map(|s| s.id), at.is_some(), (*notes_file).clone()),
        |(id, presenting, file)| match (file, id, presenting) {
            (NotesFile::Loaded(holder), Some(id), true) => holder
                .query_selector(&format!("#notes-{id}"))
                .ok()
                .flatten()
                .and_then(|dl| dl.clone_node_with_deep(true).ok())
                .map(Html::VRef),
            _ => None,
        },
    );
    let on_prev = {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go(index.saturating_sub(1)))
    };
    let on_next = {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go(at.map_or(0, |i| i + 1)))
    };
    html! {
        <main class="speaker" id="speaker">
            <header class="speaker-head">
                <span class="speaker-clock" id="speaker-clock">{ (*tick).clone() }</span>
                <span class="speaker-elapsed">{ format!("{} since opened", elapsed(*start)) }</span>
                <button type="button" onclick={on_prev} disabled={at.is_none_or(|i| i == 0)}>{ "\u{2190} Previous" }</button>
                <button type="button" onclick={on_next}
                        disabled={at.is_some_and(|i| i + 1 >= STEPS.len())}>{ "Next \u{2192}" }</button>
            </header>
            <section class="speaker-now" aria-label="On the screen">
                <p class="speaker-label">{
                    match *heard {
                        Some(h) => format!("On the screen: step {} of {}{}", h.index + 1, STEPS.len(),
                                           if h.blank { " (blanked)" } else { "" }),
                        None => "The deck is not presenting: press P on the page, or Next here.".to_string(),
                    }
                }</p>
                <h1 id="speaker-current">{ step.filter(|_| at.is_some()).map_or("", |s| s.title) }</h1>
                <p class="speaker-next" id="speaker-next">
                    { "Next: " }{ next.map_or("the end of the deck", |s| s.title) }
                </p>
            </section>
            <section class="speaker-notes" id="speaker-notes" aria-label="Notes">
                if let Some(dl) = (*notes).clone() {
                    { dl }
                } else if *notes_file == NotesFile::Failed {
                    <p class="speaker-notes-failed" role="alert">
                        { "The notes could not be loaded (notes.html): check the connection and open the speaker view again." }
                    </p>
                }
            </section>
        </main>
    }
}
