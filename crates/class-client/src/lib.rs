//! The classroom's page client (issue 15), a second wasm module (`src/bin/class.rs`, Trunk's
//! `class.js` and `class_bg.wasm`) that `static/boot.js` loads only when the address carries
//! `?class=`: the page's first visit without a class fetches none of it. It mounts beside the page
//! (the deck and the story stay underneath) as a student's panel at the top, or as the teacher's
//! dashboard with `&teacher=KEY`. It talks to the classroom server over one WebSocket
//! ([`socket`]); every figure it shows comes from the server's messages, worded by the core's
//! `classroom::view`.

mod socket;
mod student;
mod teacher;

use yew::prelude::*;

use hashwatt_core::classroom::client::{ClassLink, TEACHER_KEY};
use hashwatt_core::classroom::view::TallyLine;
use hashwatt_core::model::url::Query;

use socket::Link;
use student::StudentPanel;
use teacher::Dashboard;

/// Mounts the classroom client if the address asks for a class; otherwise does nothing.
pub fn start() {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let mut query = Query::parse(&search);
    let link = ClassLink::from_query(&query)
        .map(|link| link.map(|link| keep_key_off_screen(link, &mut query)));
    if matches!(link, Ok(None)) {
        return;
    }
    let document = gloo::utils::document();
    let Ok(root) = document.create_element("div") else {
        return;
    };
    root.set_id("class-root");
    // Beside <body>, not in it: the page's own Yew app delegates its events from <body>, and two
    // Yew apps (two wasm modules) mark elements with the same property names and small counters,
    // so a click inside the class's root would also run whichever page handler has the same
    // number (a deck's "previous step", say). Before <body>, the student's panel still shows
    // first.
    let Some(html) = document.document_element() else {
        return;
    };
    let body = gloo::utils::body();
    let _ = html.insert_before(&root, Some(&body));
    yew::Renderer::<ClassApp>::with_root_and_props(root, ClassAppProps { link }).render();
}

#[derive(Properties, PartialEq)]
struct ClassAppProps {
    link: Result<Option<ClassLink>, String>,
}

#[function_component(ClassApp)]
fn class_app(props: &ClassAppProps) -> Html {
    match &props.link {
        Ok(Some(ClassLink::Student { code })) => html! { <StudentPanel code={code.clone()} /> },
        Ok(Some(ClassLink::Teacher { code, key })) => {
            html! { <Dashboard code={code.clone()} secret={key.clone()} /> }
        }
        Ok(None) => html! {},
        Err(why) => html! {
            <section id="class-panel" class="class-panel" role="alert">
                <p class="class-notice">{ why.clone() }</p>
            </section>
        },
    }
}

/// The teacher's key leaves the address bar (the projector shows it, and a student could copy
/// it) for this tab's session storage, from where a reload of the same tab finds it again.
fn keep_key_off_screen(link: ClassLink, query: &mut Query) -> ClassLink {
    let window = gloo::utils::window();
    let storage = window.session_storage().ok().flatten();
    let slot = |code: &str| format!("hashwatt-teacher-{code}");
    match link {
        ClassLink::Teacher { code, key } => {
            let kept = storage
                .as_ref()
                .is_some_and(|s| s.set_item(&slot(&code), &key).is_ok());
            if kept {
                query.remove(TEACHER_KEY);
                hashwatt::ui::url::replace_query(query);
            }
            ClassLink::Teacher { code, key }
        }
        ClassLink::Student { code } => {
            match storage.and_then(|s| s.get_item(&slot(&code)).ok().flatten()) {
                Some(key) => ClassLink::Teacher { code, key },
                None => ClassLink::Student { code },
            }
        }
    }
}

/// The page's clock in milliseconds, as the miner's session counts it.
fn now_ms() -> f64 {
    gloo::utils::window()
        .performance()
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// The connection's state, for a person.
fn link_words(link: Link) -> String {
    match link {
        Link::Connecting => "Connecting to the class server\u{2026}".to_string(),
        Link::Open => "Connected to the class.".to_string(),
        Link::Retrying { in_s } => format!(
            "The class server is not answering; trying again in {in_s} s. The server keeps \
             your shares so far; mining waits until it answers."
        ),
    }
}

#[derive(Properties, PartialEq)]
struct BarProps {
    /// 0 to 1.
    value: f64,
    /// Draw the 50% line.
    #[prop_or_default]
    half_line: bool,
}

/// A proportion as a bar, drawn in SVG (the page's CSP allows no inline style).
#[function_component(Bar)]
fn bar(props: &BarProps) -> Html {
    let width = format!("{:.2}", props.value.clamp(0.0, 1.0) * 100.0);
    html! {
        <svg class="class-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect class="class-bar-track" width="100" height="10" />
            <rect class="class-bar-fill" width={width} height="10" />
            if props.half_line {
                <line class="class-bar-half" x1="50" y1="0" x2="50" y2="10" vector-effect="non-scaling-stroke" />
            }
        </svg>
    }
}

#[derive(Properties, PartialEq)]
struct TallyProps {
    lines: Vec<TallyLine>,
}

/// A revealed vote: each option with its count, the right one marked.
#[function_component(TallyView)]
fn tally_view(props: &TallyProps) -> Html {
    html! {
        <ul class="class-tally" id="class-tally">
            { for props.lines.iter().map(|l| html! {
                <li class={classes!(l.correct.then_some("correct"))} data-count={l.count.to_string()}>
                    <span class="class-row-name">{ l.label.clone() }{ if l.correct { " \u{2714} the answer" } else { "" } }</span>
                    <Bar value={l.bar} />
                    <span class="class-row-value">{ l.text.clone() }</span>
                </li>
            }) }
        </ul>
    }
}
