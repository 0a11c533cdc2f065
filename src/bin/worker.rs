//! Entry point of the miner Web Worker (built by Trunk as a classic worker, `worker.js`).
use gloo_worker::Registrable;

fn main() {
    hashwatt::worker::MinerWorker::registrar().register();
}
