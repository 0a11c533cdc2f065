//! The miner worker: takes a `Batch` of nonces, hashes them with the lane kernel (`model::kernel`,
//! four nonces per wasm `v128`, the same answer as the `sha2` midstate search), answers with a
//! `BatchDone`. One instance runs per Web Worker; the page decides what each one hashes (see
//! `model::session`). Timing uses the worker's own `performance.now()`. Messages are
//! `model::wire` number lists in a `Float64Array` both ways.

use js_sys::Float64Array;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use hashwatt_core::model::header::BlockHeader;
use hashwatt_core::model::kernel::{scan, Kernel};
use hashwatt_core::model::search::{search_limited, Midstate, SearchReport};
use hashwatt_core::model::session::{Batch, BatchDone};
use hashwatt_core::model::target::Target;
use hashwatt_core::model::wire;

/// Hits reported per batch at most: the page shows the newest 50 anyway, and at one zero bit half
/// of all hashes are hits.
pub const MAX_HITS_PER_BATCH: usize = 8;

/// Caches the kernel (midstate and nonce-independent words) of the header it last saw:
/// consecutive batches usually share it.
#[derive(Default)]
pub struct MinerWorker {
    cached: Option<(BlockHeader, Kernel)>,
}

fn now_ms() -> f64 {
    js_sys::global()
        .dyn_into::<web_sys::WorkerGlobalScope>()
        .ok()
        .and_then(|scope| scope.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// The answer to `batch`: its `report`, tagged with the batch's job, timed from `started_ms`.
fn answer(batch: Batch, report: SearchReport, started_ms: f64) -> BatchDone {
    BatchDone {
        job: batch.job,
        header: batch.header,
        zero_bits: batch.zero_bits,
        start: batch.start,
        report,
        elapsed_ms: now_ms() - started_ms,
    }
}

impl MinerWorker {
    /// Hashes one batch: what the worker does with every message (also called directly by the
    /// browser tests, which cannot serve `worker.js`).
    pub fn run(&mut self, batch: Batch) -> BatchDone {
        let started = now_ms();
        let target = Target::from_leading_zero_bits(batch.zero_bits);
        let kernel = self.kernel(&batch.header);
        let report = scan(
            kernel,
            &target,
            batch.start,
            batch.count,
            MAX_HITS_PER_BATCH,
        );
        answer(batch, report, started)
    }

    /// [`run`](Self::run) with the `sha2` midstate search instead of the lane kernel: the same
    /// answer (`kernel::scan` equals `search_limited`), about half as fast. The page hashes with it
    /// when it has no Web Workers, so the kernel (about 30 KB of wasm) ships only in `worker.js`'s
    /// wasm, not in the page's.
    pub fn run_reference(batch: Batch) -> BatchDone {
        let started = now_ms();
        let target = Target::from_leading_zero_bits(batch.zero_bits);
        let report = search_limited(
            &Midstate::new(&batch.header),
            &target,
            batch.start,
            batch.count,
            MAX_HITS_PER_BATCH,
        );
        answer(batch, report, started)
    }

    fn kernel(&mut self, header: &BlockHeader) -> &Kernel {
        // The precompute covers every byte but the nonce, and time is the usual change;
        // comparing whole headers keeps this obviously right.
        let stale = self.cached.as_ref().is_none_or(|(h, _)| {
            BlockHeader { nonce: 0, ..*h }
                != BlockHeader {
                    nonce: 0,
                    ..*header
                }
        });
        if stale {
            self.cached = Some((*header, Kernel::new(header)));
        }
        &self.cached.as_ref().expect("cache was just filled").1
    }
}

/// The worker's main: answers every batch the page posts, in order. Posts `null` first, once it
/// listens, because messages posted to a worker before its wasm has loaded are lost: the page sends
/// nothing until then (`ui::mine::miner`).
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let mut miner = MinerWorker::default();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let words = event
            .data()
            .dyn_into::<Float64Array>()
            .map(|a| a.to_vec())
            .unwrap_or_default();
        if let Some(batch) = wire::decode_batch(&words) {
            let done = wire::encode_done(&miner.run(batch));
            // Posting a typed array only fails once the worker is closing.
            let _ = reply.post_message(&Float64Array::from(done.as_slice()));
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let _ = scope.post_message(&JsValue::NULL);
}
