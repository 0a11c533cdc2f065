//! The page's own hashing, for when Web Workers are missing or fail: batches wait in a queue and
//! the page hashes one (about 25 ms of work) per timer turn, so input and drawing still get their
//! turns between slices.

use std::collections::VecDeque;

use gloo::timers::callback::Timeout;
use yew::Callback;

use crate::worker::MinerWorker;
use hashwatt_core::model::session::{Batch, BatchDone};

pub struct Fallback {
    queue: VecDeque<Batch>,
    next_slice: Option<Timeout>,
    /// Called on the timer turn when the next slice is due; the owner then calls `run_slice`.
    on_slice: Callback<()>,
}

impl Fallback {
    pub fn new(on_slice: Callback<()>) -> Fallback {
        Fallback {
            queue: VecDeque::new(),
            next_slice: None,
            on_slice,
        }
    }

    /// Queues `batches` and makes sure a slice is due.
    pub fn queue(&mut self, batches: impl IntoIterator<Item = Batch>) {
        self.queue.extend(batches);
        self.schedule();
    }

    /// Drops the queued batches (a slice already due finds nothing to do).
    pub fn clear(&mut self) {
        self.queue.clear();
    }

    /// Hashes the next queued batch, if any, and schedules the one after it.
    pub fn run_slice(&mut self) -> Option<BatchDone> {
        self.next_slice = None;
        let done = self.queue.pop_front().map(MinerWorker::run_reference);
        self.schedule();
        done
    }

    fn schedule(&mut self) {
        if self.next_slice.is_none() && !self.queue.is_empty() {
            let on_slice = self.on_slice.clone();
            self.next_slice = Some(Timeout::new(0, move || on_slice.emit(())));
        }
    }
}
