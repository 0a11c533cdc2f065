//! A student's classroom panel, at the top of the page opened from the class link: join with a
//! name, Start (the usual consent: nothing hashes before it), mine the class's jobs in the miner's
//! Web Workers, send each share, and show what the class server counted: my shares, my share of
//! the class's hash rate, the blocks my shares found, my reward under the pool's rule, and the
//! teacher's votes. The server re-hashes every share; nothing here is taken on the page's word.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use hashwatt_core::classroom::client::{Work, VOTE_STEPS};
use hashwatt_core::classroom::jobs::RejectReason;
use hashwatt_core::classroom::limits::{Admit, RateLimit, MESSAGES_PER_SECOND};
use hashwatt_core::classroom::names::{clean_name, MAX_NAME_CHARS};
use hashwatt_core::classroom::protocol::{ClientMessage, PoolInfo, ServerMessage};
use hashwatt_core::classroom::view::{my_figures, name_rule, reward_rule, tally, Me, TallyLine};
use hashwatt_core::model::header::{BlockHeader, HEADER_LEN};
use hashwatt_core::model::mine_view::workers_offered;
use hashwatt_core::model::session::{BatchDone, RunState, Session};

use super::socket::{Link, Socket};
use super::{link_words, now_ms, TallyView};
use hashwatt::ui::mine::pool::Pool;

#[derive(Properties, PartialEq)]
pub struct StudentProps {
    pub code: String,
}

pub enum Msg {
    Server(Result<ServerMessage, String>),
    Link(Link),
    Name(String),
    Join,
    Start,
    Stop,
    Done(usize, BatchDone),
    WorkerFailed,
    RunSlice,
    Pool(Option<u32>),
    Answer(u32),
    /// "Not Ana?": this page forgets its student (a shared computer, the next student).
    NotMe,
}

struct Joined {
    name: String,
    pools: Vec<PoolInfo>,
    pool: Option<u32>,
}

struct OpenVote {
    vote: String,
    options: Vec<String>,
    mine: Option<u32>,
}

pub struct StudentPanel {
    socket: Socket,
    link: Link,
    name: String,
    name_note: Option<String>,
    joined: Option<Joined>,
    /// Asked to join and waiting for the welcome (again after a reconnect).
    joining: bool,
    work: Option<Work>,
    session: Session,
    pool: Pool,
    workers: usize,
    /// Asked for a fresh job after the time field rolled; cleared by the next job.
    asked_new_job: bool,
    limit: RateLimit,
    /// Shares the page did not send because the class allows so many messages a second.
    held_back: u64,
    /// Shares that reached the class after it moved on to a new block (normal after each block).
    stale: u64,
    /// The token of this page's student, also kept here in case the browser refuses storage.
    token: Option<String>,
    me: Option<Me>,
    paused: bool,
    vote: Option<OpenVote>,
    tally: Option<(String, Vec<TallyLine>)>,
    /// The latest rejection, error or news, for a person to read.
    notice: Option<String>,
    last_block: Option<String>,
}

fn token_key(code: &str) -> String {
    format!("hashwatt-class-{code}")
}

/// The token that brings this page back as the same student of class `code` (kept in the
/// browser's local storage, so a reload or a restarted server keeps the student).
fn saved_token(code: &str) -> Option<String> {
    let storage = gloo::utils::window().local_storage().ok()??;
    storage.get_item(&token_key(code)).ok()?
}

fn save_token(code: &str, token: &str) {
    if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
        // Storage can be full or refused (private mode): the student then rejoins by name.
        let _ = storage.set_item(&token_key(code), token);
    }
}

impl StudentPanel {
    fn join(&mut self, ctx: &Context<Self>) -> bool {
        let token = self
            .token
            .clone()
            .or_else(|| saved_token(&ctx.props().code));
        if token.is_none() {
            if let Err(e) = clean_name(&self.name) {
                self.name_note = Some(e.to_string());
                return true;
            }
        }
        self.name_note = None;
        let sent = self.socket.send(&ClientMessage::Join {
            class: ctx.props().code.clone(),
            name: self.name.clone(),
            token,
        });
        self.joining = sent;
        true
    }

    fn start(&mut self) {
        let Some(work) = &self.work else { return };
        let limit = self.pool.ensure(self.workers);
        if let Some(limit) = limit {
            self.workers = limit;
        }
        let now = now_ms();
        // The same job as before a Stop goes on from where it stopped: its earlier nonces are
        // credited already, and sending them again would only earn "duplicate".
        let same = self.session.template() == &work.header
            && self.session.zero_bits() == work.worker_zero_bits();
        if !same {
            self.session
                .set_work(work.header, work.worker_zero_bits(), now);
        }
        let batches = self.session.start(self.workers, now);
        self.pool.send(batches);
        self.hold_if_needed();
    }

    /// Mining waits (the workers idle) while the teacher has paused the class or the server is
    /// not answering: nothing could be credited. It goes on when both are back.
    fn hold_if_needed(&mut self) {
        // (Until the welcome, a share would be refused as from a page that has not joined.)
        if self.paused || self.link != Link::Open || self.joined.is_none() || self.joining {
            self.session.pause();
            self.pool.stop();
        } else {
            let batches = self.session.resume(now_ms());
            self.pool.send(batches);
        }
    }

    fn stop(&mut self) {
        self.session.stop();
        self.pool.stop();
    }

    fn done(&mut self, worker: usize, done: BatchDone) {
        if let Some(work) = &self.work {
            let job = work.job;
            for nonce in work.shares(&done.header, &done.report.hits) {
                let now_s = now_ms() / 1000.0;
                match self.limit.admit(now_s) {
                    Admit::Yes => {
                        self.socket.send(&ClientMessage::Submit { job, nonce });
                    }
                    _ => self.held_back += 1,
                }
            }
            // The miner rolls the header's time once all 2^32 nonces are spent: that is no longer
            // the class's job, so ask for a fresh one.
            if done.header.merkle_root == work.header.merkle_root
                && done.header.time != work.header.time
                && !self.asked_new_job
            {
                self.asked_new_job = self.socket.send(&ClientMessage::NewJob);
            }
        }
        let batches = self.session.on_done(worker, &done, now_ms());
        self.pool.send(batches);
    }

    fn on_server(&mut self, ctx: &Context<Self>, message: ServerMessage) -> bool {
        match message {
            ServerMessage::Welcome {
                student: _,
                name,
                token,
                pools,
                pool,
                paused,
                vote,
                ..
            } => {
                save_token(&ctx.props().code, &token);
                self.token = Some(token);
                self.joining = false;
                self.name = name.clone();
                self.paused = paused;
                self.vote = vote.map(|v| OpenVote {
                    vote: v.vote,
                    options: v.options,
                    mine: None,
                });
                self.joined = Some(Joined { name, pools, pool });
                self.notice = None;
                self.hold_if_needed();
            }
            ServerMessage::Job {
                job,
                header,
                share_bits,
                share_difficulty,
                block_difficulty,
                height,
            } => match Work::new(
                job,
                &header,
                share_bits,
                share_difficulty,
                block_difficulty,
                height,
            ) {
                Ok(work) => {
                    self.asked_new_job = false;
                    if self.session.state() != RunState::Stopped {
                        let batches =
                            self.session
                                .set_work(work.header, work.worker_zero_bits(), now_ms());
                        self.pool.send(batches);
                    }
                    self.work = Some(work);
                    return false;
                }
                Err(e) => self.notice = Some(e),
            },
            ServerMessage::Accepted { .. } => return false,
            ServerMessage::Rejected {
                reason: RejectReason::Stale,
                ..
            } => self.stale += 1,
            // This student joined from another page: this one stops (the server said why).
            ServerMessage::Rejected {
                reason: RejectReason::NotJoined,
                message,
                ..
            } => {
                self.stop();
                self.joined = None;
                self.token = None;
                if self.notice.is_none() {
                    self.notice = Some(message);
                }
            }
            ServerMessage::Rejected { message, .. } => self.notice = Some(message),
            ServerMessage::Error { message } => {
                // A refused name before the welcome: say it beside the field.
                let was_joining = std::mem::replace(&mut self.joining, false);
                if self.joined.is_none() {
                    self.name_note = Some(message);
                } else {
                    self.notice = Some(message);
                }
                if was_joining {
                    self.hold_if_needed();
                }
            }
            ServerMessage::Me {
                shares,
                rate,
                class_rate,
                share_of_class,
                blocks,
                reward,
                pool,
            } => {
                self.me = Some(Me {
                    shares,
                    rate,
                    class_rate,
                    share_of_class,
                    blocks,
                    reward,
                });
                if let Some(joined) = &mut self.joined {
                    joined.pool = pool;
                }
            }
            ServerMessage::Pools { pools } => {
                if let Some(joined) = &mut self.joined {
                    joined.pools = pools;
                }
            }
            ServerMessage::Block(block) => {
                self.last_block = Some(hashwatt_core::classroom::view::block_line(&block));
            }
            ServerMessage::Paused { paused } => {
                self.paused = paused;
                self.hold_if_needed();
            }
            ServerMessage::NewLesson => {
                self.me = None;
                self.tally = None;
                self.vote = None;
                self.last_block = None;
                self.stale = 0;
                self.held_back = 0;
                self.notice =
                    Some("The teacher started a new lesson: the tallies start again.".to_string());
            }
            ServerMessage::VoteOpened { vote, options } => {
                self.tally = None;
                self.vote = Some(OpenVote {
                    vote,
                    options,
                    mine: None,
                });
            }
            ServerMessage::VoteTally {
                vote,
                options,
                counts,
                correct,
            } => {
                self.vote = None;
                self.tally = Some((vote, tally(&options, &counts, correct)));
            }
            // Teacher-only messages never reach a student's page; nothing to show if one did.
            ServerMessage::TeacherWelcome { .. }
            | ServerMessage::Class(_)
            | ServerMessage::VoteCount { .. }
            | ServerMessage::Csv { .. } => return false,
        }
        true
    }
}

/// A vote's question, from the deck's predictions when it is one of them.
fn prompt_of(vote: &str) -> Option<&'static str> {
    VOTE_STEPS
        .iter()
        .find(|(_, q)| q.id == vote)
        .map(|(_, q)| q.prompt)
}

impl Component for StudentPanel {
    type Message = Msg;
    type Properties = StudentProps;

    fn create(ctx: &Context<Self>) -> Self {
        let link = ctx.link();
        let pool = Pool::new(
            link.callback(|(worker, done): (usize, BatchDone)| Msg::Done(worker, done)),
            link.callback(|()| Msg::WorkerFailed),
            link.callback(|()| Msg::RunSlice),
        );
        let workers = workers_offered(gloo::utils::window().navigator().hardware_concurrency());
        StudentPanel {
            socket: Socket::connect(link.callback(Msg::Server), link.callback(Msg::Link)),
            link: Link::Connecting,
            name: String::new(),
            name_note: None,
            joined: None,
            joining: false,
            work: None,
            // Replaced by the first job's header and target before Start can be pressed.
            session: Session::new(BlockHeader::from_bytes(&[0; HEADER_LEN]), 1),
            pool,
            workers,
            asked_new_job: false,
            limit: RateLimit::new(now_ms() / 1000.0),
            held_back: 0,
            stale: 0,
            token: None,
            me: None,
            paused: false,
            vote: None,
            tally: None,
            notice: None,
            last_block: None,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Server(Ok(message)) => return self.on_server(ctx, message),
            Msg::Server(Err(why)) => self.notice = Some(why),
            Msg::Link(link) => {
                self.link = link;
                if link != Link::Open {
                    self.joining = false;
                }
                // Back after a restart or a dropped connection: the same student again.
                let has_token = self.token.is_some() || saved_token(&ctx.props().code).is_some();
                if link == Link::Open && (self.joined.is_some() || has_token) {
                    self.join(ctx);
                }
                self.hold_if_needed();
            }
            Msg::Name(name) => {
                self.name = name;
                return false;
            }
            Msg::Join => return self.join(ctx),
            Msg::Start => self.start(),
            Msg::Stop => self.stop(),
            Msg::Done(worker, done) => {
                self.done(worker, done);
                return false;
            }
            Msg::RunSlice => {
                if let Some(done) = self.pool.run_slice() {
                    self.done(0, done);
                }
                return false;
            }
            Msg::WorkerFailed => {
                if !self.pool.fail() {
                    return false;
                }
                self.workers = 1;
                self.session.forget_workers();
                if self.session.state() != RunState::Stopped {
                    self.session.stop();
                    self.start();
                }
            }
            Msg::NotMe => {
                self.stop();
                if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
                    let _ = storage.remove_item(&token_key(&ctx.props().code));
                }
                // The panel as a page opened afresh: a new connection (so the class sees the last
                // student leave this computer), no token, nothing of the last student's shown.
                *self = <Self as Component>::create(ctx);
            }
            Msg::Pool(pool) => {
                self.socket.send(&ClientMessage::ChoosePool { pool });
            }
            Msg::Answer(option) => {
                if let Some(vote) = &mut self.vote {
                    if self.socket.send(&ClientMessage::Answer {
                        vote: vote.vote.clone(),
                        option,
                    }) {
                        vote.mine = Some(option);
                    }
                }
            }
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let code = &ctx.props().code;
        let link = ctx.link();
        let status = html! { <p class="class-link" role="status">{ link_words(self.link) }</p> };
        let Some(joined) = &self.joined else {
            let on_name = link.callback(|e: InputEvent| {
                Msg::Name(e.target_unchecked_into::<HtmlInputElement>().value())
            });
            let on_submit = link.callback(|e: SubmitEvent| {
                e.prevent_default();
                Msg::Join
            });
            return html! {
                <section id="class-panel" class="class-panel" aria-labelledby="class-title">
                    <h2 id="class-title">{ format!("Join class {code}") }</h2>
                    <form class="class-join" onsubmit={on_submit}>
                        <label for="class-name">{ "Your name, as the class will see it" }</label>
                        <input id="class-name" type="text" maxlength={MAX_NAME_CHARS.to_string()} autocomplete="off"
                            value={self.name.clone()} oninput={on_name}
                            aria-describedby="class-name-note" />
                        <button id="class-join" type="submit" class="primary"
                            disabled={self.joining || self.link != Link::Open}>
                            { format!("Join class {code}") }
                        </button>
                    </form>
                    <p id="class-name-note" class="field-note">
                        { self.name_note.clone().unwrap_or_else(name_rule) }
                    </p>
                    { status }
                </section>
            };
        };
        let running = self.session.state() != RunState::Stopped;
        let mining_button = if running {
            html! { <button id="class-stop" type="button" onclick={link.callback(|_| Msg::Stop)}>{ "Stop mining" }</button> }
        } else {
            html! {
                <button id="class-start" type="button" class="primary"
                    disabled={self.work.is_none()} onclick={link.callback(|_| Msg::Start)}>
                    { "Start mining for the class" }
                </button>
            }
        };
        let figures = self.me.as_ref().map(my_figures).unwrap_or_default();
        let pools = {
            let choice = |id: Option<u32>, label: String| {
                let checked = joined.pool == id;
                html! {
                    <label class="class-pool">
                        <input type="radio" name="class-pool" checked={checked}
                            onchange={link.callback(move |_| Msg::Pool(id))} />
                        { label }
                    </label>
                }
            };
            html! {
                <fieldset class="class-pools" id="class-pools">
                    <legend>{ "Mine for" }</legend>
                    { choice(None, "Myself (solo)".to_string()) }
                    { for joined.pools.iter().map(|p| choice(Some(p.id), format!("Pool {}", p.name))) }
                    <p class="field-note">{ reward_rule(joined.pool, &joined.pools) }</p>
                </fieldset>
            }
        };
        let vote = self.vote.as_ref().map(|v| {
            html! {
                <fieldset class="class-vote" id="class-vote" data-vote={v.vote.clone()}>
                    <legend>{ prompt_of(&v.vote).unwrap_or("The teacher asks the class:") }</legend>
                    { for v.options.iter().enumerate().map(|(i, option)| {
                        let i = i as u32;
                        html! {
                            <label class="class-option">
                                <input type="radio" name="class-vote" checked={v.mine == Some(i)}
                                    onchange={link.callback(move |_| Msg::Answer(i))} />
                                { option.clone() }
                            </label>
                        }
                    }) }
                    <p class="field-note">{ if v.mine.is_some() { "Answer sent. You can change it until the teacher reveals the class's answers." } else { "Your answer goes to the teacher's count; nobody sees who answered what." } }</p>
                </fieldset>
            }
        });
        let tally = self.tally.as_ref().map(|(vote, lines)| {
            html! {
                <div class="class-tally-box">
                    <p>{ prompt_of(vote).unwrap_or("The class's answers") }</p>
                    <TallyView lines={lines.clone()} />
                </div>
            }
        });
        html! {
            <section id="class-panel" class="class-panel" aria-labelledby="class-title"
                data-joined="" data-running={running.to_string()}>
                <h2 id="class-title">{ format!("Class {code}: you are {}", joined.name) }</h2>
                <button type="button" id="class-not-me" class="class-not-me"
                    onclick={link.callback(|_| Msg::NotMe)}>{ format!("Not {}? Join as someone else", joined.name) }</button>
                <p class="class-consent">{ "Mining uses this device's processor (and battery) while it runs, for the class's own practice chain: no real bitcoin. Stop at any time." }</p>
                <div class="class-actions">{ mining_button }</div>
                if self.paused {
                    <p class="class-paused" role="status">{ "The teacher paused the class: no jobs and no credit until it resumes." }</p>
                }
                <dl class="class-figures" id="class-me">
                    { for figures.into_iter().map(|f| html! {
                        <div data-figure={f.id}><dt>{ f.label }</dt><dd>{ f.value }</dd></div>
                    }) }
                </dl>
                if self.me.is_none() {
                    <p class="field-note">{ "Your figures appear here once the class has counted your first shares." }</p>
                }
                if self.held_back > 0 {
                    <p class="field-note">{ format!("{} shares were not sent: the class takes at most {MESSAGES_PER_SECOND} messages a second from each page.", self.held_back) }</p>
                }
                if self.stale > 0 {
                    <p class="field-note" data-stale={self.stale.to_string()}>{ format!("{} of your shares arrived just after the class found a block and moved on (stale: no credit). That happens to every miner, and real pools too.", self.stale) }</p>
                }
                { pools }
                { for vote }
                { for tally }
                if let Some(block) = &self.last_block {
                    <p class="class-news" role="status">{ block.clone() }</p>
                }
                if let Some(notice) = &self.notice {
                    <p class="class-notice" role="alert">{ notice.clone() }</p>
                }
                { status }
            </section>
        }
    }
}
