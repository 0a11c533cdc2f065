//! One miner Web Worker seen from the page: spawns Trunk's loader (`worker_loader.js`, which starts
//! the classic `worker.js`) from its URL, so `worker-src 'self'` is enough; holds batches until the
//! worker posts `null` to say it listens (a message posted earlier would be lost while its wasm
//! loads); sends each batch as `model::wire` numbers and hands each decoded answer to `on_done`.
//! Dropping the link terminates the worker.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Float64Array;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

use crate::model::session::{Batch, BatchDone};
use crate::model::wire;

/// The worker's entry point beside index.html.
const LOADER_URL: &str = "./worker_loader.js";

pub struct WorkerLink {
    worker: Worker,
    /// Batches waiting for the worker to listen; `None` once it does.
    waiting: Rc<RefCell<Option<Vec<Batch>>>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

impl WorkerLink {
    /// Starts a worker; `Err` if the browser refuses (a Content-Security-Policy, say).
    pub fn spawn(on_done: impl Fn(BatchDone) + 'static) -> Result<WorkerLink, JsValue> {
        let worker = Worker::new(LOADER_URL)?;
        let waiting = Rc::new(RefCell::new(Some(Vec::new())));
        let on_message = {
            let worker = worker.clone();
            let waiting = Rc::clone(&waiting);
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                if data.is_null() {
                    let queued = waiting.borrow_mut().take();
                    for batch in queued.unwrap_or_default() {
                        post(&worker, &batch);
                    }
                } else if let Some(done) = data
                    .dyn_into::<Float64Array>()
                    .ok()
                    .and_then(|words| wire::decode_done(&words.to_vec()))
                {
                    on_done(done);
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Ok(WorkerLink {
            worker,
            waiting,
            _on_message: on_message,
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
        self.worker.terminate();
    }
}
