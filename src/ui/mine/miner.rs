//! The miner: controls, the header being mined, live figures and found blocks. It owns the Web
//! Workers (one `WorkerLink` each, kept alive while the page lives: dropping a link kills its worker)
//! and a `model::session::Session`, which decides what each worker hashes and which results count.

use gloo::events::EventListener;
use std::collections::VecDeque;

use gloo::timers::callback::{Interval, Timeout};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::compare::Compare;
use super::worker_link::WorkerLink;
use super::{panels, HashText};
use crate::ui::widgets::Predict;
use crate::worker::MinerWorker;
use hashwatt_core::data::network::DIFFICULTY_T;
use hashwatt_core::model::format;
use hashwatt_core::model::laptop::{
    practice_header, read_zero_bits, DEFAULT_MESSAGE, DEFAULT_ZERO_BITS, MAX_ZERO_BITS,
    MIN_ZERO_BITS,
};
use hashwatt_core::model::predictions::{laptop_block, LAPTOP_BLOCK};
use hashwatt_core::model::session::{Batch, BatchDone, RunState, Session};
use hashwatt_core::model::target::{expected_hashes, Target};

/// Most workers offered, whatever the browser reports.
const MAX_WORKERS: usize = 32;
/// How often the live figures are redrawn while mining, in milliseconds.
const TICK_MS: u32 = 250;

pub enum Msg {
    Start,
    Stop,
    Done(usize, BatchDone),
    /// A worker could not load or stopped with an error.
    WorkerFailed,
    Tick,
    /// Main-thread fallback: hash the next queued batch.
    RunSlice,
    VisibilityChanged,
    Bits(String),
    Workers(String),
    Message(String),
}

pub struct Miner {
    session: Session,
    links: Vec<WorkerLink>,
    workers: usize,
    max_workers: usize,
    message: String,
    bits_text: String,
    bits_note: Option<String>,
    spawn_error: Option<String>,
    /// Without Web Workers the page hashes itself, one batch (~25 ms) per timer turn, so input and
    /// drawing still get their turns between slices.
    fallback: Option<Fallback>,
    ticker: Option<Interval>,
    _visibility: Option<EventListener>,
}

struct Fallback {
    queue: VecDeque<Batch>,
    next_slice: Option<Timeout>,
}

fn now_ms() -> f64 {
    gloo::utils::window()
        .performance()
        .map_or_else(js_sys::Date::now, |p| p.now())
}

fn now_unix_s() -> u32 {
    (js_sys::Date::now() / 1000.0) as u32
}

fn tab_hidden() -> bool {
    gloo::utils::document().hidden()
}

impl Miner {
    fn send(&mut self, ctx: &Context<Self>, batches: Vec<(usize, Batch)>) {
        if let Some(fallback) = &mut self.fallback {
            fallback
                .queue
                .extend(batches.into_iter().map(|(_, batch)| batch));
            if fallback.next_slice.is_none() && !fallback.queue.is_empty() {
                let link = ctx.link().clone();
                fallback.next_slice =
                    Some(Timeout::new(0, move || link.send_message(Msg::RunSlice)));
            }
            return;
        }
        for (worker, batch) in batches {
            if let Some(link) = self.links.get(worker) {
                link.send(batch);
            }
        }
    }

    /// Spawns workers up to the chosen count (see `WorkerLink`); without Web Workers, or if the
    /// first cannot start, the page hashes itself.
    fn ensure_workers(&mut self, ctx: &Context<Self>) -> bool {
        let has_worker = js_sys::Reflect::has(&js_sys::global(), &"Worker".into()).unwrap_or(false);
        while has_worker && self.fallback.is_none() && self.links.len() < self.workers {
            let index = self.links.len();
            let link = ctx.link().clone();
            let failed = ctx.link().callback(|()| Msg::WorkerFailed);
            match WorkerLink::spawn(
                move |done| link.send_message(Msg::Done(index, done)),
                move || failed.emit(()),
            ) {
                Ok(worker) => self.links.push(worker),
                Err(_) if index > 0 => {
                    // Mine with the workers that did start.
                    self.workers = index;
                    self.max_workers = index;
                }
                Err(_) => break,
            }
        }
        if self.fallback.is_none() && (!has_worker || self.links.is_empty()) {
            self.fall_back(
                "Web Workers are not available here (blocked or unsupported), so the miner runs on \
                 the page itself, in short slices on one core: slower, and the page stays usable.",
            );
        }
        true
    }

    /// From now on the page hashes itself, one slice at a time, and says why.
    fn fall_back(&mut self, why: &str) {
        self.links.clear();
        self.spawn_error = Some(why.into());
        self.workers = 1;
        self.max_workers = 1;
        self.fallback.get_or_insert_with(|| Fallback {
            queue: VecDeque::new(),
            next_slice: None,
        });
    }

    fn start(&mut self, ctx: &Context<Self>) {
        if !self.ensure_workers(ctx) {
            return;
        }
        let now = now_ms();
        self.session
            .set_template(practice_header(&self.message, now_unix_s()), now);
        let batches = self.session.start(self.workers, now);
        self.send(ctx, batches);
        if tab_hidden() {
            self.session.pause();
        }
        let link = ctx.link().clone();
        self.ticker = Some(Interval::new(TICK_MS, move || link.send_message(Msg::Tick)));
    }
}

impl Component for Miner {
    type Message = Msg;
    type Properties = ();

    fn create(ctx: &Context<Self>) -> Self {
        let reported = gloo::utils::window().navigator().hardware_concurrency();
        let max_workers = if reported.is_finite() && reported >= 1.0 {
            reported as usize
        } else {
            1
        };
        let max_workers = max_workers.min(MAX_WORKERS);
        let link = ctx.link().clone();
        let visibility =
            EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                link.send_message(Msg::VisibilityChanged)
            });
        Self {
            session: Session::new(
                practice_header(DEFAULT_MESSAGE, now_unix_s()),
                DEFAULT_ZERO_BITS,
            ),
            links: Vec::new(),
            workers: max_workers,
            max_workers,
            message: DEFAULT_MESSAGE.to_string(),
            bits_text: DEFAULT_ZERO_BITS.to_string(),
            bits_note: None,
            spawn_error: None,
            fallback: None,
            ticker: None,
            _visibility: Some(visibility),
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool {
        match msg {
            Msg::Start => self.start(ctx),
            Msg::WorkerFailed => {
                if self.fallback.is_some() {
                    return false;
                }
                self.fall_back(
                    "A Web Worker could not start (its script was blocked or failed to load), so \
                     the miner runs on the page itself, in short slices on one core: slower, and \
                     the page stays usable.",
                );
                // Whatever the workers held is lost: a running session starts again here.
                self.session.forget_workers();
                if self.session.state() != RunState::Stopped {
                    self.session.stop();
                    self.ticker = None;
                    self.start(ctx);
                }
            }
            Msg::Stop => {
                self.session.stop();
                self.ticker = None;
                if let Some(fallback) = &mut self.fallback {
                    fallback.queue.clear();
                }
            }
            Msg::RunSlice => {
                let Some(fallback) = &mut self.fallback else {
                    return false;
                };
                fallback.next_slice = None;
                if let Some(batch) = fallback.queue.pop_front() {
                    let done = MinerWorker::run_reference(batch);
                    let batches = self.session.on_done(0, &done, now_ms());
                    self.send(ctx, batches);
                }
                if let Some(fallback) = &mut self.fallback {
                    if fallback.next_slice.is_none() && !fallback.queue.is_empty() {
                        let link = ctx.link().clone();
                        fallback.next_slice =
                            Some(Timeout::new(0, move || link.send_message(Msg::RunSlice)));
                    }
                }
                return false;
            }
            Msg::Done(worker, done) => {
                let batches = self.session.on_done(worker, &done, now_ms());
                self.send(ctx, batches);
                // Results arrive ~80 times a second; the view redraws on the 4 Hz tick instead, so
                // the main thread stays free to keep the workers fed.
                return false;
            }
            Msg::Tick => {}
            Msg::VisibilityChanged => {
                if tab_hidden() {
                    self.session.pause();
                } else {
                    let batches = self.session.resume(now_ms());
                    self.send(ctx, batches);
                }
            }
            Msg::Bits(text) => {
                let (bits, note) = read_zero_bits(&text);
                self.bits_text = text;
                self.bits_note = note;
                let batches = self.session.set_zero_bits(bits, now_ms());
                self.send(ctx, batches);
            }
            Msg::Workers(text) => {
                let chosen = text.trim().parse::<usize>().unwrap_or(self.workers);
                self.workers = chosen.clamp(1, self.max_workers);
                if self.session.state() != RunState::Stopped {
                    self.session.stop();
                    self.start(ctx);
                }
            }
            Msg::Message(text) => {
                let header = practice_header(&text, now_unix_s());
                self.message = text;
                let batches = self.session.set_template(header, now_ms());
                self.send(ctx, batches);
            }
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let running = self.session.state() != RunState::Stopped;
        let bits = self.session.zero_bits();
        let rate = self.session.rate_hs();
        let on_bits = link.callback(|e: InputEvent| {
            Msg::Bits(e.target_unchecked_into::<HtmlInputElement>().value())
        });
        let on_message = link.callback(|e: InputEvent| {
            Msg::Message(e.target_unchecked_into::<HtmlInputElement>().value())
        });
        let on_workers = link.callback(|e: Event| {
            Msg::Workers(e.target_unchecked_into::<HtmlSelectElement>().value())
        });
        html! {
            <div class="miner">
                <div class="panel miner-controls">
                    <div class="control">
                        <label for="miner-message">{ "Your message (hashed into the merkle root)" }</label>
                        <input id="miner-message" type="text" maxlength="200" value={self.message.clone()}
                               oninput={on_message} />
                    </div>
                    <div class="control">
                        <label for="miner-bits">{ "Difficulty: leading zero bits" }</label>
                        <div class="slider-row">
                            <input id="miner-bits" type="range" min={MIN_ZERO_BITS.to_string()}
                                   max={MAX_ZERO_BITS.to_string()} step="1" value={bits.to_string()}
                                   aria-valuetext={format!("{bits} zero bits, about {} hashes per hit", format::number(expected_hashes(bits), 0))}
                                   oninput={on_bits.clone()} />
                            <input id="miner-bits-num" type="text" inputmode="numeric" class="num"
                                   aria-label="Difficulty in zero bits" value={self.bits_text.clone()}
                                   oninput={on_bits} />
                        </div>
                        if let Some(note) = &self.bits_note { <p class="field-error" role="status">{ note }</p> }
                        <p class="field-note">
                            { "Target (a hash must be at or below it): " }
                            <HashText hex={Target::from_leading_zero_bits(bits).to_display_hex()} />
                        </p>
                    </div>
                    <div class="control control-row">
                        <label for="miner-workers">{ "Workers (CPU threads)" }</label>
                        <select id="miner-workers" onchange={on_workers}>
                            { for (1..=self.max_workers).map(|n| html! {
                                <option value={n.to_string()} selected={n == self.workers}>{ n }</option>
                            }) }
                        </select>
                        <button id="miner-start" class="primary" disabled={running}
                                onclick={link.callback(|_| Msg::Start)}>{ "Start mining" }</button>
                        <button id="miner-stop" disabled={!running}
                                onclick={link.callback(|_| Msg::Stop)}>{ "Stop" }</button>
                        <span class="run-state" role="status">{ match self.session.state() {
                            RunState::Stopped => "Stopped",
                            RunState::Running => "Mining\u{2026}",
                            RunState::Paused => "Paused while this tab is hidden",
                        } }</span>
                    </div>
                    if let Some(error) = &self.spawn_error { <p class="field-error" role="alert">{ error }</p> }
                </div>
                { panels::live(&self.session, self.workers, rate) }
                { panels::found(&self.session, rate) }
                <Predict question={LAPTOP_BLOCK}
                         answer={laptop_block(rate.unwrap_or(0.0), DIFFICULTY_T.value * 1e12)} />
                <Compare rate_hs={rate.unwrap_or(0.0)} measured={rate.is_some_and(|r| r > 0.0)} />
                { panels::header_fields(self.session.template()) }
            </div>
        }
    }
}
