//! The miner: controls, the header being mined, live figures and found blocks. It wires a
//! `model::session::Session`, which decides what each worker hashes and which results count, to a
//! `Pool` of hashers (Web Workers, or the page itself), and redraws on a 4 Hz tick.

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::compare::Compare;
use super::pool::Pool;
use super::{panels, HashText};
use crate::ui::widgets::Predict;
use hashwatt_core::model::laptop::{
    practice_header, read_zero_bits, DEFAULT_MESSAGE, DEFAULT_ZERO_BITS, MAX_ZERO_BITS,
    MIN_ZERO_BITS,
};
use hashwatt_core::model::mine_view::{
    bits_explained, bits_value_text, laptop_block_answer, read_workers, run_state_text,
    unix_seconds, workers_offered,
};
use hashwatt_core::model::predictions::LAPTOP_BLOCK;
use hashwatt_core::model::session::{BatchDone, RunState, Session};
use hashwatt_core::model::target::Target;
use hashwatt_core::model::verify::PracticeBlock;

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

#[derive(Properties, PartialEq)]
pub struct MinerProps {
    /// Puts a found block's header (80 bytes in hex) into the verifier below.
    pub on_verify: Callback<PracticeBlock>,
}

pub struct Miner {
    session: Session,
    pool: Pool,
    workers: usize,
    max_workers: usize,
    message: String,
    bits_text: String,
    bits_note: Option<String>,
    ticker: Option<Interval>,
    _visibility: Option<EventListener>,
}

fn now_ms() -> f64 {
    gloo::utils::window()
        .performance()
        .map_or_else(js_sys::Date::now, |p| p.now())
}

fn now_unix_s() -> u32 {
    unix_seconds(js_sys::Date::now())
}

fn tab_hidden() -> bool {
    gloo::utils::document().hidden()
}

impl Miner {
    /// Caps the workers offered and chosen at `limit`, when fewer can hash than offered.
    fn limit_workers(&mut self, limit: Option<usize>) {
        if let Some(limit) = limit {
            self.workers = limit;
            self.max_workers = limit;
        }
    }

    fn start(&mut self, ctx: &Context<Self>) {
        let limit = self.pool.ensure(self.workers);
        self.limit_workers(limit);
        let now = now_ms();
        self.session
            .set_template(practice_header(&self.message, now_unix_s()), now);
        let batches = self.session.start(self.workers, now);
        self.pool.send(batches);
        if tab_hidden() {
            self.session.pause();
        }
        let link = ctx.link().clone();
        self.ticker = Some(Interval::new(TICK_MS, move || link.send_message(Msg::Tick)));
    }
}

impl Component for Miner {
    type Message = Msg;
    type Properties = MinerProps;

    fn create(ctx: &Context<Self>) -> Self {
        let max_workers = workers_offered(gloo::utils::window().navigator().hardware_concurrency());
        let link = ctx.link().clone();
        let visibility =
            EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                link.send_message(Msg::VisibilityChanged)
            });
        let pool = Pool::new(
            ctx.link()
                .callback(|(worker, done): (usize, BatchDone)| Msg::Done(worker, done)),
            ctx.link().callback(|()| Msg::WorkerFailed),
            ctx.link().callback(|()| Msg::RunSlice),
        );
        Self {
            session: Session::new(
                practice_header(DEFAULT_MESSAGE, now_unix_s()),
                DEFAULT_ZERO_BITS,
            ),
            pool,
            workers: max_workers,
            max_workers,
            message: DEFAULT_MESSAGE.to_string(),
            bits_text: DEFAULT_ZERO_BITS.to_string(),
            bits_note: None,
            ticker: None,
            _visibility: Some(visibility),
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool {
        match msg {
            Msg::Start => self.start(ctx),
            Msg::WorkerFailed => {
                if !self.pool.fail() {
                    return false;
                }
                self.limit_workers(Some(1));
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
                self.pool.stop();
            }
            Msg::RunSlice => {
                if let Some(done) = self.pool.run_slice() {
                    let batches = self.session.on_done(0, &done, now_ms());
                    self.pool.send(batches);
                }
                return false;
            }
            Msg::Done(worker, done) => {
                let batches = self.session.on_done(worker, &done, now_ms());
                self.pool.send(batches);
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
                    self.pool.send(batches);
                }
            }
            Msg::Bits(text) => {
                let (bits, note) = read_zero_bits(&text);
                self.bits_text = text;
                self.bits_note = note;
                let batches = self.session.set_zero_bits(bits, now_ms());
                self.pool.send(batches);
            }
            Msg::Workers(text) => {
                self.workers = read_workers(&text, self.workers, self.max_workers);
                if self.session.state() != RunState::Stopped {
                    self.session.stop();
                    self.start(ctx);
                }
            }
            Msg::Message(text) => {
                let header = practice_header(&text, now_unix_s());
                self.message = text;
                let batches = self.session.set_template(header, now_ms());
                self.pool.send(batches);
            }
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let running = self.session.state() != RunState::Stopped;
        let bits = self.session.zero_bits();
        let rate = self.session.shown_rate();
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
                                   aria-valuetext={bits_value_text(bits)}
                                   oninput={on_bits.clone()} />
                            <input id="miner-bits-num" type="text" inputmode="numeric" class="num"
                                   aria-label="Difficulty in zero bits" value={self.bits_text.clone()}
                                   oninput={on_bits} />
                        </div>
                        if let Some(note) = &self.bits_note { <p class="field-error" role="status">{ note }</p> }
                        <p class="field-note" id="miner-bits-explained">{ bits_explained(bits) }</p>
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
                        <span class="run-state" role="status">{ run_state_text(self.session.state()) }</span>
                    </div>
                    if let Some(notice) = self.pool.notice() { <p class="field-error" role="alert">{ notice }</p> }
                </div>
                { panels::live(&self.session, self.workers) }
                { panels::found(&self.session, rate, &ctx.props().on_verify) }
                <Predict question={LAPTOP_BLOCK} answer={laptop_block_answer(rate)} />
                <Compare {rate} />
                { panels::header_fields(self.session.template()) }
            </div>
        }
    }
}
