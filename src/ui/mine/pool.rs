//! Who hashes for the miner: Web Workers, one `WorkerLink` each, kept alive while the page lives
//! (dropping a link kills its worker); or, when Web Workers are missing, refused or fail, the page
//! itself (`Fallback`), for good. The pool spawns the workers, hands each batch to the worker the
//! session chose, and reports answers and failures through the callbacks it was made with.

use yew::Callback;

use super::fallback::Fallback;
use super::worker_link::WorkerLink;
use hashwatt_core::model::session::{Batch, BatchDone};

const NO_WORKERS: &str = "Web Workers are not available here (blocked or unsupported), so the \
     miner runs on the page itself, in short slices on one core: slower, and the page stays usable.";
const WORKER_FAILED: &str = "A Web Worker could not start (its script was blocked or failed to \
     load), so the miner runs on the page itself, in short slices on one core: slower, and the \
     page stays usable.";

pub struct Pool {
    links: Vec<WorkerLink>,
    /// Set once the page hashes itself.
    fallback: Option<Fallback>,
    /// Why the page hashes itself, for the reader.
    notice: Option<&'static str>,
    /// An answer from worker `index`.
    on_done: Callback<(usize, BatchDone)>,
    /// A worker could not load or stopped with an error.
    on_failed: Callback<()>,
    /// The page's next slice is due.
    on_slice: Callback<()>,
}

impl Pool {
    pub fn new(
        on_done: Callback<(usize, BatchDone)>,
        on_failed: Callback<()>,
        on_slice: Callback<()>,
    ) -> Pool {
        Pool {
            links: Vec::new(),
            fallback: None,
            notice: None,
            on_done,
            on_failed,
            on_slice,
        }
    }

    /// Why the page hashes itself, once it does.
    pub fn notice(&self) -> Option<&'static str> {
        self.notice
    }

    /// Spawns workers up to `wanted`; without Web Workers, or if the first cannot start, the page
    /// hashes itself. `Some(n)` when from now on at most `n` can hash (the browser refused the
    /// worker after `n`; 1 on the page).
    pub fn ensure(&mut self, wanted: usize) -> Option<usize> {
        if self.fallback.is_some() {
            return None;
        }
        let has_worker = js_sys::Reflect::has(&js_sys::global(), &"Worker".into()).unwrap_or(false);
        let mut limit = None;
        while has_worker && self.links.len() < wanted {
            let index = self.links.len();
            let on_done = self.on_done.clone();
            let on_failed = self.on_failed.clone();
            match WorkerLink::spawn(
                move |done| on_done.emit((index, done)),
                move || on_failed.emit(()),
            ) {
                Ok(worker) => self.links.push(worker),
                Err(_) if index > 0 => {
                    // Mine with the workers that did start.
                    limit = Some(index);
                    break;
                }
                Err(_) => break,
            }
        }
        if !has_worker || self.links.is_empty() {
            self.fall_back(NO_WORKERS);
            return Some(1);
        }
        limit
    }

    /// A worker failed: from now on the page hashes itself. `false` if it already did.
    pub fn fail(&mut self) -> bool {
        if self.fallback.is_some() {
            return false;
        }
        self.fall_back(WORKER_FAILED);
        true
    }

    fn fall_back(&mut self, why: &'static str) {
        self.links.clear();
        self.notice = Some(why);
        self.fallback = Some(Fallback::new(self.on_slice.clone()));
    }

    /// Hands each batch to the worker the session chose for it (or to the page's queue).
    pub fn send(&mut self, batches: Vec<(usize, Batch)>) {
        if let Some(fallback) = &mut self.fallback {
            fallback.queue(batches.into_iter().map(|(_, batch)| batch));
            return;
        }
        for (worker, batch) in batches {
            if let Some(link) = self.links.get(worker) {
                link.send(batch);
            }
        }
    }

    /// Drops the batches the page has not hashed yet (workers' answers to a stopped job are
    /// ignored by the session).
    pub fn stop(&mut self) {
        if let Some(fallback) = &mut self.fallback {
            fallback.clear();
        }
    }

    /// On the page: hashes the next queued batch (one slice) and returns its answer.
    pub fn run_slice(&mut self) -> Option<BatchDone> {
        self.fallback.as_mut()?.run_slice()
    }
}
