//! The teacher's dashboard, opened from the server's `Teacher:` link: projector-sized, in the
//! deck's style. The join QR code and code; the students with the rates the server counted from
//! their shares and each one's share of the class's hash rate against the 50% line; the block
//! producers with the class's Nakamoto coefficient and HHI (computed by the server with the real
//! pools' functions); the class hash rate over time; the blocks; and the teacher's levers: pools,
//! a simulated ASIC farm, pause, a new lesson, the CSV, and votes on the deck's questions.
//!
//! "Show the deck" hides it: the page underneath is the deck, and on a prediction step a strip
//! there asks the class the same question.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use hashwatt_core::classroom::client::{
    step_from_attr, students_link, vote_answer, vote_for_step, vote_options, VOTE_STEPS,
};
use hashwatt_core::classroom::protocol::{ClassStatus, ClientMessage, ServerMessage};
use hashwatt_core::classroom::view::{
    answered_words, block_line, hhi_words, nakamoto_words, producers, rate_chart, student_lines,
    tally, TallyLine,
};
use hashwatt_core::model::economics::Scenario;
use hashwatt_core::model::format;
use hashwatt_core::model::predictions::Question;
use hashwatt_core::model::qr;
use hashwatt_core::model::url::Query;

use super::socket::{Link, Socket};
use super::{link_words, Bar, TallyView};

#[derive(Properties, PartialEq)]
pub struct TeacherProps {
    pub code: String,
    pub secret: String,
}

pub enum Msg {
    Server(Result<ServerMessage, String>),
    Link(Link),
    Send(ClientMessage),
    PoolNames(String),
    FarmText(String),
    Farm,
    Show(bool),
    DeckStep(Option<&'static str>),
    Ask(Question),
    Reveal,
}

struct Vote {
    question: Question,
    answered: u32,
    /// How many could answer, as the server counts them (online students).
    students: Option<u32>,
    tally: Option<Vec<TallyLine>>,
    answer: Option<String>,
}

impl Vote {
    fn new(question: Question) -> Vote {
        Vote {
            question,
            answered: 0,
            students: None,
            tally: None,
            answer: None,
        }
    }
}

pub struct Dashboard {
    socket: Socket,
    link: Link,
    welcomed: bool,
    status: Option<ClassStatus>,
    notice: Option<String>,
    pool_names: String,
    farm_text: String,
    shown: bool,
    deck_step: Option<&'static str>,
    vote: Option<Vote>,
    scenario: Scenario,
    students_link: String,
    /// The server's other students' links (another network, the laptop itself).
    other_links: Vec<String>,
    qr: Option<qr::QrPath>,
    /// Whether the dashboard covers the deck, for the key listener.
    covering: Rc<Cell<bool>>,
    _deck_watch: Interval,
    _clicker: EventListener,
}

/// A clicker's keys (Page Down, Page Up, and B or . to blank). Space and the arrows stay the
/// dashboard's own: they press its buttons and scroll it.
const DECK_KEYS: [&str; 5] = ["PageDown", "PageUp", "b", "B", "."];

/// While the dashboard covers the deck, a deck key (outside a field being typed into) shows the
/// deck instead of moving it unseen underneath.
fn clicker_listener(covering: Rc<Cell<bool>>, show_deck: Callback<()>) -> EventListener {
    let options = EventListenerOptions {
        phase: EventListenerPhase::Capture,
        passive: false,
    };
    EventListener::new_with_options(&gloo::utils::window(), "keydown", options, move |e| {
        let Some(key) = e.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        let typing = key
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        // B and . are letters in a field; Page Down and Page Up never are.
        if covering.get() && !typing && DECK_KEYS.contains(&key.key().as_str()) {
            e.stop_propagation();
            e.prevent_default();
            show_deck.emit(());
        }
    })
}

/// The deck step the page underneath shows, from its presentation bar.
fn current_deck_step() -> Option<&'static str> {
    let bar = gloo::utils::document()
        .query_selector("#present-bar")
        .ok()
        .flatten()?;
    step_from_attr(&bar.get_attribute("data-step")?)
}

impl Dashboard {
    fn send(&mut self, message: ClientMessage) {
        if !self.socket.send(&message) {
            self.send_failed();
        }
    }

    fn ask(&mut self, question: Question) {
        let sent = self.socket.send(&ClientMessage::OpenVote {
            vote: question.id.to_string(),
            options: vote_options(&question),
        });
        if !sent {
            self.send_failed();
            return;
        }
        self.vote = Some(Vote::new(question));
    }

    fn send_failed(&mut self) {
        self.notice = Some(
            "Not sent: the page is reconnecting to the class server. Try again in a moment."
                .to_string(),
        );
    }

    /// The vote the server speaks of, adopted if this page did not open it (a reloaded dashboard).
    fn vote_named(&mut self, vote: &str) -> Option<&mut Vote> {
        if self.vote.as_ref().is_none_or(|v| v.question.id != vote) {
            let question = VOTE_STEPS.iter().find(|(_, q)| q.id == vote)?.1;
            self.vote = Some(Vote::new(question));
        }
        self.vote.as_mut()
    }

    fn reveal(&mut self) {
        let Some(vote) = &self.vote else { return };
        let answer = vote_answer(vote.question.id, self.status.as_ref(), &self.scenario);
        let id = vote.question.id.to_string();
        let correct = answer.as_ref().map(|a| a.correct as u32);
        if let Some(vote) = &mut self.vote {
            vote.answer = answer.map(|a| a.text);
        }
        self.send(ClientMessage::Reveal { vote: id, correct });
    }

    fn vote_view(&self, ctx: &Context<Self>, compact: bool) -> Html {
        let link = ctx.link();
        let Some(vote) = &self.vote else {
            return html! {};
        };
        let count = vote.students.map_or_else(
            || "Waiting for the class's first answers".to_string(),
            |students| answered_words(vote.answered, students),
        );
        html! {
            <div class={classes!("class-vote-live", compact.then_some("compact"))} id="class-vote-live"
                data-vote={vote.question.id} data-answered={vote.answered.to_string()}>
                <p class="class-vote-q">{ vote.question.prompt }</p>
                if let Some(lines) = &vote.tally {
                    <TallyView lines={lines.clone()} />
                    if let Some(answer) = &vote.answer {
                        <p class="class-answer">{ answer.clone() }</p>
                    }
                } else {
                    <p class="class-count" role="status">{ count }</p>
                    <button type="button" id="class-reveal" class="primary"
                        onclick={link.callback(|_| Msg::Reveal)}>{ "Reveal the class's answers" }</button>
                }
            </div>
        }
    }

    fn levers(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let paused = self.status.as_ref().is_some_and(|s| s.paused);
        let names: Vec<String> = self
            .pool_names
            .split(',')
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect();
        let names_ok = (2..=4).contains(&names.len());
        let open_pools = link.callback(move |_| {
            Msg::Send(ClientMessage::OpenPools {
                names: names.clone(),
            })
        });
        let csv = format!(
            "lesson.csv?key={}",
            form_urlencoded::byte_serialize(ctx.props().secret.as_bytes()).collect::<String>()
        );
        html! {
            <div class="class-levers" id="class-levers">
                <div class="class-lever">
                    <label for="class-pool-names">{ "Pools to open (2 to 4 names, commas between)" }</label>
                    <input id="class-pool-names" type="text" value={self.pool_names.clone()}
                        oninput={link.callback(|e: InputEvent| Msg::PoolNames(e.target_unchecked_into::<HtmlInputElement>().value()))} />
                    <button type="button" id="class-open-pools" disabled={!names_ok} onclick={open_pools}>{ "Open the pools" }</button>
                    if !names_ok {
                        <p class="field-note">{ "Give two to four names, for example: Red, Blue." }</p>
                    }
                </div>
                <div class="class-lever">
                    <label for="class-farm">{ "A simulated ASIC farm, this many times the class's hash rate (0 removes it)" }</label>
                    <input id="class-farm" type="text" inputmode="decimal" value={self.farm_text.clone()}
                        oninput={link.callback(|e: InputEvent| Msg::FarmText(e.target_unchecked_into::<HtmlInputElement>().value()))} />
                    <button type="button" id="class-farm-go" onclick={link.callback(|_| Msg::Farm)}>{ "Set the farm" }</button>
                </div>
                <div class="class-lever class-lesson">
                    if paused {
                        <button type="button" id="class-resume" class="primary" onclick={link.callback(|_| Msg::Send(ClientMessage::Resume))}>{ "Resume the class" }</button>
                    } else {
                        <button type="button" id="class-pause" onclick={link.callback(|_| Msg::Send(ClientMessage::Pause))}>{ "Pause the class" }</button>
                    }
                    <button type="button" id="class-new-lesson" onclick={link.batch_callback(|_| {
                        gloo::utils::window()
                            .confirm_with_message("Start a new lesson? The chain, tallies, pools, votes and farm start again; the students stay.")
                            .unwrap_or(false)
                            .then_some(Msg::Send(ClientMessage::NewLesson))
                    })}>{ "New lesson" }</button>
                    <a id="class-csv" href={csv} download="lesson.csv">{ "Download the lesson (CSV)" }</a>
                </div>
                <div class="class-lever">
                    <p>{ "Ask the class one of the deck's questions:" }</p>
                    { for VOTE_STEPS.iter().map(|(_, q)| {
                        let q = *q;
                        html! { <button type="button" class="class-ask" data-vote={q.id}
                            onclick={link.callback(move |_| Msg::Ask(q))}>{ q.prompt }</button> }
                    }) }
                </div>
            </div>
        }
    }
}

impl Component for Dashboard {
    type Message = Msg;
    type Properties = TeacherProps;

    fn create(ctx: &Context<Self>) -> Self {
        let link = ctx.link();
        let location = gloo::utils::window().location();
        let origin_and_path = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        let students_link = students_link(&origin_and_path, &ctx.props().code);
        let query = Query::parse(&location.search().unwrap_or_default());
        let watch = {
            let link = link.clone();
            Interval::new(500, move || {
                link.send_message(Msg::DeckStep(current_deck_step()))
            })
        };
        let covering = Rc::new(Cell::new(true));
        let clicker = clicker_listener(covering.clone(), link.callback(|()| Msg::Show(false)));
        Dashboard {
            socket: Socket::connect(link.callback(Msg::Server), link.callback(Msg::Link)),
            link: Link::Connecting,
            welcomed: false,
            status: None,
            notice: None,
            pool_names: "Red, Blue".to_string(),
            farm_text: "10".to_string(),
            shown: true,
            deck_step: None,
            vote: None,
            scenario: query.scenario().0,
            qr: qr::encode(&students_link),
            students_link,
            other_links: Vec::new(),
            covering,
            _deck_watch: watch,
            _clicker: clicker,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Server(Err(why)) => self.notice = Some(why),
            Msg::Server(Ok(message)) => match message {
                ServerMessage::TeacherWelcome { links, .. } => {
                    self.welcomed = true;
                    self.notice = None;
                    // The server's own links reach phones; this page's address may not.
                    if let Some(first) = links.first() {
                        if *first != self.students_link {
                            self.qr = qr::encode(first);
                            self.students_link = first.clone();
                        }
                    }
                    self.other_links = links.into_iter().skip(1).collect();
                }
                ServerMessage::Class(status) => self.status = Some(status),
                ServerMessage::VoteCount {
                    vote,
                    answered,
                    students,
                } => match self.vote_named(&vote) {
                    Some(v) => {
                        v.answered = answered;
                        v.students = Some(students);
                    }
                    None => return false,
                },
                ServerMessage::VoteTally {
                    vote,
                    options,
                    counts,
                    correct,
                } => match self.vote_named(&vote) {
                    Some(v) => v.tally = Some(tally(&options, &counts, correct)),
                    None => return false,
                },
                ServerMessage::Error { message } | ServerMessage::Rejected { message, .. } => {
                    self.notice = Some(message);
                }
                ServerMessage::NewLesson => self.vote = None,
                ServerMessage::VoteOpened { vote, .. } => {
                    self.vote_named(&vote);
                }
                _ => return false,
            },
            Msg::Link(link) => {
                self.link = link;
                if link == Link::Open {
                    let hello = ClientMessage::Teacher {
                        class: ctx.props().code.clone(),
                        key: ctx.props().secret.clone(),
                    };
                    self.socket.send(&hello);
                }
            }
            Msg::Send(message) => self.send(message),
            Msg::PoolNames(text) => self.pool_names = text,
            Msg::FarmText(text) => {
                self.farm_text = text;
                return false;
            }
            Msg::Farm => match hashwatt_core::model::decimal::parse_f64(self.farm_text.trim()) {
                Some(multiple) if (0.0..=1_000.0).contains(&multiple) => {
                    self.send(ClientMessage::Farm { multiple })
                }
                _ => {
                    self.notice = Some(format!(
                    "\u{201c}{}\u{201d} is not a multiple from 0 to 1,000: the farm is unchanged.",
                    self.farm_text.trim()
                ))
                }
            },
            Msg::Show(shown) => {
                self.shown = shown;
                self.covering.set(shown);
            }
            Msg::DeckStep(step) => {
                if step == self.deck_step {
                    return false;
                }
                self.deck_step = step;
            }
            Msg::Ask(question) => self.ask(question),
            Msg::Reveal => self.reveal(),
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let code = &ctx.props().code;
        if !self.shown {
            let question = self.deck_step.and_then(vote_for_step);
            let asking = self
                .vote
                .as_ref()
                .is_some_and(|v| Some(v.question) == question);
            let summary = self.status.as_ref().map_or_else(String::new, |s| {
                format!(
                    " \u{b7} {} students \u{b7} {}",
                    s.students.len(),
                    format::hashrate(s.class_rate)
                )
            });
            return html! {
                <aside class="class-strip" id="class-strip" aria-label="The class">
                    <button type="button" id="class-show" onclick={link.callback(|_| Msg::Show(true))}>
                        { format!("Class {code}{summary}: show the dashboard") }
                    </button>
                    if let Some(q) = question {
                        if asking {
                            { self.vote_view(ctx, true) }
                        } else {
                            <button type="button" id="class-ask-step" class="primary"
                                onclick={link.callback(move |_| Msg::Ask(q))}>{ "Ask the class this question" }</button>
                        }
                    }
                </aside>
            };
        }
        let view_box = self.qr.as_ref().map(|q| format!("0 0 {0} {0}", q.size));
        let body = match (&self.status, self.welcomed) {
            (Some(status), true) => self.status_view(status),
            _ => {
                html! { <p class="class-waiting">{ "Waiting for the class server: the dashboard appears once it accepts the teacher's key." }</p> }
            }
        };
        html! {
            <section id="class-dashboard" class="class-dashboard" aria-labelledby="class-dash-title">
                <header class="class-dash-head">
                    <div>
                        <h2 id="class-dash-title">{ format!("Class {code}") }</h2>
                        <p class="class-join-words">{ "Join on a phone or laptop on this network:" }</p>
                        <p class="class-join-link" id="class-join-link">{ self.students_link.clone() }</p>
                        if !self.other_links.is_empty() {
                            <p class="class-other-links">{ format!("Also: {}", self.other_links.join(" \u{b7} ")) }</p>
                        }
                        <p class="class-link" role="status">{ link_words(self.link) }</p>
                    </div>
                    if let (Some(qr), Some(view_box)) = (&self.qr, view_box) {
                        <svg class="qr class-qr" viewBox={view_box} role="img" shape-rendering="crispEdges"
                            aria-label={format!("QR code of the class link: {}", self.students_link)}>
                            <rect width="100%" height="100%" fill="#ffffff" />
                            <path d={qr.path.clone()} fill="#000000" />
                        </svg>
                    }
                    <button type="button" id="class-hide" onclick={link.callback(|_| Msg::Show(false))}>{ "Show the deck" }</button>
                </header>
                if let Some(notice) = &self.notice {
                    <p class="class-notice" role="alert">{ notice.clone() }</p>
                }
                { self.vote_view(ctx, false) }
                { body }
                { self.levers(ctx) }
            </section>
        }
    }
}

impl Dashboard {
    fn status_view(&self, status: &ClassStatus) -> Html {
        let students = student_lines(status);
        let producers = producers(status);
        let chart = rate_chart(&status.history, 600.0, 160.0);
        let nakamoto = status
            .nakamoto
            .map_or_else(|| "\u{2014}".to_string(), |k| k.to_string());
        html! {
            <div class="class-grid">
                <div class="class-card class-concentration">
                    <p class="class-big" id="class-nakamoto"
                        data-value={status.nakamoto.map_or_else(String::new, |k| k.to_string())}>
                        <span class="class-big-label">{ "Nakamoto coefficient" }</span>
                        <span class="class-big-value">{ nakamoto }</span>
                    </p>
                    <p>{ nakamoto_words(status.nakamoto) }</p>
                    <p>{ hhi_words(status.hhi) }</p>
                    <p class="class-rate-total">{ format!("Class hash rate {} \u{b7} block {} \u{b7} block difficulty {}",
                        format::hashrate(status.class_rate),
                        format::number(status.height as f64, 0),
                        format::significant(status.block_difficulty)) }</p>
                    if status.paused {
                        <p class="class-paused">{ "Paused: no jobs, no credit." }</p>
                    }
                </div>
                <div class="class-card class-producers-card">
                    <h3>{ "Who finds the blocks" }</h3>
                    <ul class="class-producers" id="class-producers">
                        { for producers.iter().map(|p| html! {
                            <li class={classes!(p.simulated.then_some("simulated"))} data-share={p.share.to_string()}>
                                <span class="class-row-name">{ p.name.clone() }</span>
                                <Bar value={p.share} half_line={true} />
                                <span class="class-row-value">{ p.share_text.clone() }</span>
                            </li>
                        }) }
                    </ul>
                    if producers.is_empty() {
                        <p class="field-note">{ "Nobody has sent a share yet." }</p>
                    }
                    <p class="field-note">{ "The line marks 50%: a producer past it could choose which blocks the class's chain keeps." }</p>
                </div>
                <div class="class-card class-students-card">
                    <h3>{ format!("Students ({})", students.len()) }</h3>
                    <table class="class-students" id="class-students">
                        <thead><tr><th>{ "Name" }</th><th>{ "Mines for" }</th><th>{ "Hash rate" }</th><th>{ "Shares" }</th><th>{ "Share of all hash rate" }</th></tr></thead>
                        <tbody>
                            { for students.iter().map(|s| html! {
                                <tr data-student={s.id.to_string()} data-rate={s.rate_hs.to_string()}
                                    data-pool={s.pool.clone()}
                                    data-shares={s.shares.to_string()}
                                    class={classes!((!s.online).then_some("offline"))}>
                                    <th scope="row">{ s.name.clone() }{ if s.online { "" } else { " (away)" } }</th>
                                    <td>{ s.pool.clone() }</td>
                                    <td>{ s.rate.clone() }</td>
                                    <td>{ format::number(s.shares as f64, 0) }</td>
                                    <td class="class-share"><Bar value={s.bar} half_line={true} />{ s.share.clone() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <div class="class-card class-chart-card">
                    <h3>{ "The class's hash rate" }</h3>
                    if let Some(chart) = chart {
                        <svg class="class-chart" viewBox="0 0 600 160" role="img" preserveAspectRatio="none"
                            aria-label={format!("The students' hash rate over {}, up to {}", chart.minutes, chart.top)}>
                            <polyline points={chart.points.clone()} fill="none" stroke="currentColor" stroke-width="3" vector-effect="non-scaling-stroke" />
                        </svg>
                        <p class="field-note">{ format!("Over {}; the top of the chart is {}.", chart.minutes, chart.top) }</p>
                    } else {
                        <p class="field-note">{ "The chart starts once the class has mined for 20 seconds." }</p>
                    }
                </div>
                <div class="class-card class-blocks-card">
                    <h3>{ "Blocks" }</h3>
                    <ol class="class-blocks" id="class-blocks">
                        { for status.blocks.iter().map(|b| html! {
                            <li data-block={b.height.to_string()} class={classes!(b.simulated.then_some("simulated"))}>
                                { block_line(b) }
                            </li>
                        }) }
                    </ol>
                    if status.blocks.is_empty() {
                        <p class="field-note">{ "No class block yet." }</p>
                    }
                </div>
            </div>
        }
    }
}
