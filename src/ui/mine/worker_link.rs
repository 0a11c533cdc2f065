//! One miner Web Worker seen from the page: spawns Trunk's loader (`worker_loader.js`, which starts
//! the classic `worker.js`) from its URL, so `worker-src 'self'` is enough; holds batches until the
//! worker posts `null` to say it listens (a message posted earlier would be lost while its wasm
//! loads); sends each batch as `model::wire` numbers and hands each decoded answer to `on_done`.
//! A worker that fails calls `on_failed` once: its script cannot load or stops with an error, it
//! has not said it listens after `START_TIMEOUT_MS` (its wasm did not load), or it answers with
//! something that does not decode (a `worker.js` from another release).
//! Dropping the link terminates the worker.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use js_sys::Float64Array;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event, MessageEvent, Worker};

use hashwatt_core::model::session::{Batch, BatchDone};
use hashwatt_core::model::wire;

/// The worker's entry point beside index.html.
const LOADER_URL: &str = "./worker_loader.js";

/// How long a worker may take to load its wasm (about 20 KB gzipped) and say it listens.
const START_TIMEOUT_MS: u32 = 10_000;

pub struct WorkerLink {
    worker: Worker,
    /// Batches waiting for the worker to listen; `None` once it does.
    waiting: Rc<RefCell<Option<Vec<Batch>>>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
    _start_timeout: Timeout,
}

impl WorkerLink {
    /// Starts a worker; `Err` if the browser refuses at once (a sandboxed page, say). A refusal
    /// that comes later (the script blocked or missing) arrives through `on_failed`.
    pub fn spawn(
        on_done: impl Fn(BatchDone) + 'static,
        on_failed: impl Fn() + 'static,
    ) -> Result<WorkerLink, JsValue> {
        let worker = Worker::new(LOADER_URL)?;
        let waiting = Rc::new(RefCell::new(Some(Vec::new())));
        // Reports a failure once, whichever way it shows.
        let failed = {
            let reported = Rc::new(Cell::new(false));
            Rc::new(move || {
                if !reported.replace(true) {
                    on_failed();
                }
            })
        };
        let on_message = {
            let worker = worker.clone();
            let waiting = Rc::clone(&waiting);
            let failed = Rc::clone(&failed);
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                if data.is_null() {
                    let queued = waiting.borrow_mut().take();
                    for batch in queued.unwrap_or_default() {
                        post(&worker, &batch);
                    }
                    return;
                }
                match data
                    .dyn_into::<Float64Array>()
                    .ok()
                    .and_then(|words| wire::decode_done(&words.to_vec()))
                {
                    Some(done) => on_done(done),
                    None => failed(),
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let on_error = {
            let failed = Rc::clone(&failed);
            Closure::<dyn FnMut(Event)>::new(move |event: Event| {
                // Handled here: the page falls back to hashing itself and says so.
                event.prevent_default();
                failed();
            })
        };
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let start_timeout = {
            let waiting = Rc::clone(&waiting);
            Timeout::new(START_TIMEOUT_MS, move || {
                if waiting.borrow().is_some() {
                    failed();
                }
            })
        };
        Ok(WorkerLink {
            worker,
            waiting,
            _on_message: on_message,
            _on_error: on_error,
            _start_timeout: start_timeout,
        })
    }

    pub fn send(&self, batch: Batch) {
        match self.waiting.borrow_mut().as_mut() {
            Some(queue) => queue.push(batch),
            None => post(&self.worker, &batch),
        }
    }
}

fn post(worker: &Worker, batch: &Batch) {
    // Posting a typed array fails only for a terminated worker.
    let _ = worker.post_message(&Float64Array::from(wire::encode_batch(batch).as_slice()));
}

impl Drop for WorkerLink {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}
