//! Entry point of the miner Web Worker (built by Trunk as a classic worker, `worker.js`).

fn main() {
    hashwatt::worker::serve();
}
