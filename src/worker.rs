//! The miner worker: takes a `Batch` of nonces, hashes them with the midstate search, answers with a
//! `BatchDone`. One instance runs per Web Worker; the page decides what each one hashes (see
//! `model::session`). Timing uses the worker's own `performance.now()`.

use gloo_worker::{HandlerId, Worker, WorkerScope};
use wasm_bindgen::JsCast;

use crate::model::header::BlockHeader;
use crate::model::search::{search, Midstate};
use crate::model::session::{Batch, BatchDone};
use crate::model::target::Target;

/// Caches the midstate of the header it last saw: consecutive batches usually share it.
#[derive(Default)]
pub struct MinerWorker {
    cached: Option<(BlockHeader, Midstate)>,
}

fn now_ms() -> f64 {
    js_sys::global()
        .dyn_into::<web_sys::WorkerGlobalScope>()
        .ok()
        .and_then(|scope| scope.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

impl MinerWorker {
    fn midstate(&mut self, header: &BlockHeader) -> &Midstate {
        // The midstate covers the first 64 bytes only, but nonce and time are the usual changes;
        // comparing whole headers keeps this obviously right.
        let stale = self.cached.as_ref().is_none_or(|(h, _)| {
            BlockHeader { nonce: 0, ..*h }
                != BlockHeader {
                    nonce: 0,
                    ..*header
                }
        });
        if stale {
            self.cached = Some((*header, Midstate::new(header)));
        }
        &self.cached.as_ref().expect("cache was just filled").1
    }
}

impl Worker for MinerWorker {
    type Message = ();
    type Input = Batch;
    type Output = BatchDone;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        Self::default()
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {}

    fn received(&mut self, scope: &WorkerScope<Self>, batch: Self::Input, id: HandlerId) {
        let started = now_ms();
        let target = Target::from_leading_zero_bits(batch.zero_bits);
        let report = search(
            self.midstate(&batch.header),
            &target,
            batch.start,
            batch.count,
        );
        let elapsed_ms = now_ms() - started;
        scope.respond(
            id,
            BatchDone {
                job: batch.job,
                header: batch.header,
                zero_bits: batch.zero_bits,
                report,
                elapsed_ms,
            },
        );
    }
}
