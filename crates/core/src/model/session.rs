//! A mining session, as pure state driven by the page: which batches of nonces go to which worker,
//! which results count, the smoothed hash rate and the blocks found. The page owns the workers and
//! the clock; it calls `start`, `on_done`, `stop`, ... and sends the batches these return.
//!
//! Why batches: a worker cannot hear "Stop" while it hashes, so it hashes in slices of about
//! `BATCH_TARGET_MS` and the page keeps two slices queued per worker (so no worker idles while a
//! message travels). After Stop no new slice is sent, and at most two slices finish: the CPU is idle
//! within ~2 x 25 ms. Every batch carries the job id of the settings it was sent under; a result from
//! an older job (after Stop, a difficulty change, a new header) is discarded, so nothing stale shows.

use super::hash::Hash256;
use super::header::BlockHeader;
use super::search::{Hit, SearchReport};

/// How long one batch should take on one worker, in milliseconds.
pub const BATCH_TARGET_MS: f64 = 25.0;
/// Batches kept queued per worker.
pub const IN_FLIGHT_PER_WORKER: usize = 2;
/// The first batch size, before a worker's speed is known (about 1 ms at 4 MH/s).
pub const FIRST_BATCH: u32 = 4_096;
pub const MIN_BATCH: u32 = 1_024;
pub const MAX_BATCH: u32 = 1 << 22;
/// Results in the first `WARMUP_MS` after a (re)start do not count toward the hash rate: the wasm
/// engine is still compiling hot code and the figure would be low and jumpy.
pub const WARMUP_MS: f64 = 750.0;
/// The hash rate is averaged over this sliding window.
pub const RATE_WINDOW_MS: f64 = 2_000.0;
/// Found blocks kept on screen, newest first (all of them are counted: [`Session::found_count`]).
pub const MAX_FOUND: usize = 50;
const NONCE_SPACE: u64 = 1 << 32;

/// Work for one worker: hash `count` nonces from `start` in `header`, report hashes with at least
/// `zero_bits` leading zero bits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    pub job: u32,
    pub header: BlockHeader,
    pub zero_bits: u32,
    pub start: u32,
    pub count: u32,
}

/// A worker's answer to one batch.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchDone {
    pub job: u32,
    pub header: BlockHeader,
    pub zero_bits: u32,
    /// The batch's first nonce: a hit's offset from it is how far into the batch it was found.
    pub start: u32,
    pub report: SearchReport,
    /// Time the worker spent hashing, in milliseconds.
    pub elapsed_ms: f64,
}

/// A block header that met the session's target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FoundBlock {
    /// The header with the winning nonce.
    pub header: BlockHeader,
    pub hash: Hash256,
    /// The difficulty it was mined at, in leading zero bits.
    pub zero_bits: u32,
    /// When its nonce was reached, on the page's clock (ms): the batch's start plus the nonce's
    /// offset in it at the speed the worker hashed that batch.
    pub found_at_ms: f64,
    /// Milliseconds since the previous find, in the order the nonces were reached (or since the
    /// search began: Start, a new difficulty or header, the tab shown again).
    pub took_ms: f64,
}

/// A hash rate to show and to compute with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    /// Hashes per second.
    pub hs: f64,
    /// True while mining and measured now; false for the last measurement, kept after Stop (or
    /// while a new difficulty warms up) until the next Start.
    pub live: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunState {
    Stopped,
    Running,
    /// Running, but the tab is hidden: nothing is dispatched until it is visible again.
    Paused,
}

/// The smoothed hash rate: hashes counted over a sliding window, warm-up excluded.
#[derive(Debug, Clone, Default, PartialEq)]
struct RateMeter {
    counting_from_ms: f64,
    samples: Vec<(f64, u64)>,
    total: u64,
}

impl RateMeter {
    fn restart(&mut self, now_ms: f64) {
        self.counting_from_ms = now_ms + WARMUP_MS;
        self.samples.clear();
        self.total = 0;
    }

    fn record(&mut self, now_ms: f64, hashes: u64) {
        if now_ms < self.counting_from_ms {
            return;
        }
        if self.samples.is_empty() {
            // The first counted result only opens the window: its hashes were done before it.
            self.samples.push((now_ms, 0));
            return;
        }
        self.total += hashes;
        self.samples.push((now_ms, self.total));
        let horizon = now_ms - RATE_WINDOW_MS;
        let keep_from = self
            .samples
            .iter()
            .rposition(|&(t, _)| t <= horizon)
            .unwrap_or(0);
        self.samples.drain(..keep_from);
    }

    /// Hashes per second over the window, or None while warming up.
    fn rate_hs(&self) -> Option<f64> {
        let (&(t0, h0), &(t1, h1)) = (self.samples.first()?, self.samples.last()?);
        let span_ms = t1 - t0;
        (span_ms >= 200.0).then(|| (h1 - h0) as f64 * 1000.0 / span_ms)
    }
}

/// The session: settings, progress, results.
#[derive(Debug, Clone)]
pub struct Session {
    job: u32,
    state: RunState,
    template: BlockHeader,
    zero_bits: u32,
    next_nonce: u64,
    batch_size: Vec<u32>,
    in_flight: Vec<usize>,
    tried: u64,
    best: Option<Hit>,
    found: Vec<FoundBlock>,
    found_count: u64,
    /// When the current search began (ms): a found block's time is counted from here at most.
    search_since_ms: f64,
    /// The last rate the meter gave since Start, kept over Stop.
    last_rate_hs: Option<f64>,
    meter: RateMeter,
}

impl Session {
    pub fn new(template: BlockHeader, zero_bits: u32) -> Self {
        Self {
            job: 0,
            state: RunState::Stopped,
            template,
            zero_bits,
            next_nonce: 0,
            batch_size: Vec::new(),
            in_flight: Vec::new(),
            tried: 0,
            best: None,
            found: Vec::new(),
            found_count: 0,
            search_since_ms: 0.0,
            last_rate_hs: None,
            meter: RateMeter::default(),
        }
    }

    pub fn state(&self) -> RunState {
        self.state
    }
    pub fn job(&self) -> u32 {
        self.job
    }
    pub fn zero_bits(&self) -> u32 {
        self.zero_bits
    }
    /// The header being mined now (its time field rolls forward each time the nonces run out).
    pub fn template(&self) -> &BlockHeader {
        &self.template
    }
    /// Hashes tried since Start.
    pub fn tried(&self) -> u64 {
        self.tried
    }
    /// The lowest hash since Start.
    pub fn best(&self) -> Option<Hit> {
        self.best
    }
    /// The most recent found blocks (at most [`MAX_FOUND`]), newest first.
    pub fn found(&self) -> &[FoundBlock] {
        &self.found
    }
    /// Every block found on this page, including those no longer kept in [`Session::found`].
    pub fn found_count(&self) -> u64 {
        self.found_count
    }
    /// The smoothed hash rate in H/s: None while warming up, 0 when stopped.
    pub fn rate_hs(&self) -> Option<f64> {
        match self.state {
            RunState::Stopped => Some(0.0),
            _ => self.meter.rate_hs(),
        }
    }
    /// The rate to show: measured now while mining, else the last measurement since Start (kept
    /// after Stop so the figures derived from it stay); None before any measurement.
    pub fn shown_rate(&self) -> Option<Rate> {
        match (self.state, self.meter.rate_hs()) {
            (RunState::Running | RunState::Paused, Some(hs)) => Some(Rate { hs, live: true }),
            _ => self.last_rate_hs.map(|hs| Rate { hs, live: false }),
        }
    }

    /// Starts mining with `workers` workers; returns the first batches to send.
    pub fn start(&mut self, workers: usize, now_ms: f64) -> Vec<(usize, Batch)> {
        self.resize(workers);
        self.job = self.job.wrapping_add(1);
        self.state = RunState::Running;
        self.tried = 0;
        self.best = None;
        self.search_since_ms = now_ms;
        self.last_rate_hs = None;
        self.meter.restart(now_ms);
        self.top_up()
    }

    /// Stops: nothing more is sent, and results still on their way are discarded.
    pub fn stop(&mut self) {
        self.job = self.job.wrapping_add(1);
        self.state = RunState::Stopped;
    }

    /// The workers are gone (they failed and the page took over): what was sent to them will
    /// never come back, so nothing counts as in flight, and batch sizes start over.
    pub fn forget_workers(&mut self) {
        self.in_flight.iter_mut().for_each(|n| *n = 0);
        self.batch_size.iter_mut().for_each(|b| *b = FIRST_BATCH);
    }

    /// The tab was hidden: keep the results of work already sent, send no more.
    pub fn pause(&mut self) {
        if self.state == RunState::Running {
            self.state = RunState::Paused;
        }
    }

    /// The tab is visible again: resume sending, with a fresh warm-up for the rate.
    pub fn resume(&mut self, now_ms: f64) -> Vec<(usize, Batch)> {
        if self.state != RunState::Paused {
            return Vec::new();
        }
        self.state = RunState::Running;
        self.search_since_ms = now_ms;
        self.meter.restart(now_ms);
        self.top_up()
    }

    /// New difficulty. While mining, it applies at once: a new job, in-flight results discarded.
    pub fn set_zero_bits(&mut self, zero_bits: u32, now_ms: f64) -> Vec<(usize, Batch)> {
        self.zero_bits = zero_bits;
        self.restart_job(now_ms)
    }

    /// New header to mine (a new message, say): the nonce search starts over.
    pub fn set_template(&mut self, template: BlockHeader, now_ms: f64) -> Vec<(usize, Batch)> {
        self.template = template;
        self.next_nonce = 0;
        self.restart_job(now_ms)
    }

    /// A new header and difficulty at once (a classroom job): the nonce search starts over, with
    /// one restart rather than two.
    pub fn set_work(
        &mut self,
        template: BlockHeader,
        zero_bits: u32,
        now_ms: f64,
    ) -> Vec<(usize, Batch)> {
        self.template = template;
        self.zero_bits = zero_bits;
        self.next_nonce = 0;
        self.restart_job(now_ms)
    }

    /// Takes in a worker's result; returns the batches to send next.
    pub fn on_done(&mut self, worker: usize, done: &BatchDone, now_ms: f64) -> Vec<(usize, Batch)> {
        if let Some(n) = self.in_flight.get_mut(worker) {
            *n = n.saturating_sub(1);
        }
        if done.job != self.job
            || worker >= self.batch_size.len()
            || self.state == RunState::Stopped
        {
            return self.top_up();
        }
        self.tried += done.report.tried;
        self.meter.record(now_ms, done.report.tried);
        if let Some(rate) = self.meter.rate_hs() {
            self.last_rate_hs = Some(rate);
        }
        if done.elapsed_ms > 0.5 && done.report.tried > 0 {
            let per_ms = done.report.tried as f64 / done.elapsed_ms;
            let ideal =
                (per_ms * BATCH_TARGET_MS).clamp(f64::from(MIN_BATCH), f64::from(MAX_BATCH));
            let size = &mut self.batch_size[worker];
            *size = ((f64::from(*size) + ideal) / 2.0) as u32;
        }
        if let Some(best) = done.report.best {
            if self.best.is_none_or(|b| best.hash < b.hash) {
                self.best = Some(best);
            }
        }
        // The worker hashed the batch's nonces in order over `elapsed_ms`, ending about now.
        let elapsed_ms = done.elapsed_ms.max(0.0);
        let ms_per_hash = match done.report.tried {
            0 => 0.0,
            tried => elapsed_ms / tried as f64,
        };
        let began_ms = now_ms - elapsed_ms;
        for hit in &done.report.hits {
            let reached = f64::from(hit.nonce.wrapping_sub(done.start)) + 1.0;
            self.record_find(FoundBlock {
                header: BlockHeader {
                    nonce: hit.nonce,
                    ..done.header
                },
                hash: hit.hash,
                zero_bits: done.zero_bits,
                found_at_ms: began_ms + reached * ms_per_hash,
                took_ms: 0.0,
            });
        }
        self.top_up()
    }

    /// Counts `block` and keeps it among the newest, in the order the nonces were reached: workers
    /// report in any order, so a block can land between two kept ones (and the newer one's time
    /// is then counted from it).
    fn record_find(&mut self, mut block: FoundBlock) {
        self.found_count += 1;
        let at = block.found_at_ms;
        let older = self
            .found
            .iter()
            .position(|f| f.found_at_ms <= at)
            .unwrap_or(self.found.len());
        if older >= MAX_FOUND {
            return;
        }
        let since = |earlier: f64| earlier.max(self.search_since_ms);
        let previous = self.found.get(older).map_or(f64::MIN, |f| f.found_at_ms);
        block.took_ms = (at - since(previous)).max(0.0);
        if let Some(newer) = older.checked_sub(1).and_then(|i| self.found.get(i)) {
            let took_ms = (newer.found_at_ms - since(at)).max(0.0);
            self.found[older - 1].took_ms = took_ms;
        }
        self.found.insert(older, block);
        self.found.truncate(MAX_FOUND);
    }

    fn restart_job(&mut self, now_ms: f64) -> Vec<(usize, Batch)> {
        if self.state == RunState::Stopped {
            return Vec::new();
        }
        self.job = self.job.wrapping_add(1);
        self.search_since_ms = now_ms;
        self.meter.restart(now_ms);
        self.top_up()
    }

    fn resize(&mut self, workers: usize) {
        let workers = workers.max(1);
        self.batch_size.resize(workers, FIRST_BATCH);
        self.in_flight.resize(workers, 0);
    }

    /// Fills every worker's queue up to `IN_FLIGHT_PER_WORKER` with the next nonces.
    fn top_up(&mut self) -> Vec<(usize, Batch)> {
        let mut batches = Vec::new();
        if self.state != RunState::Running {
            return batches;
        }
        for worker in 0..self.in_flight.len() {
            while self.in_flight[worker] < IN_FLIGHT_PER_WORKER {
                batches.push((worker, self.next_batch(worker)));
                self.in_flight[worker] += 1;
            }
        }
        batches
    }

    fn next_batch(&mut self, worker: usize) -> Batch {
        if self.next_nonce >= NONCE_SPACE {
            // All 2^32 nonces of this header are spent: roll the time field, as real miners do.
            self.template.time = self.template.time.wrapping_add(1);
            self.next_nonce = 0;
        }
        let count = u64::from(self.batch_size[worker]).min(NONCE_SPACE - self.next_nonce);
        let start = self.next_nonce as u32;
        self.next_nonce += count;
        Batch {
            job: self.job,
            header: self.template,
            zero_bits: self.zero_bits,
            start,
            count: count as u32,
        }
    }
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;
