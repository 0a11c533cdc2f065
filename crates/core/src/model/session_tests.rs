use super::*;
use crate::data::blocks::GENESIS;
use crate::model::search::{search, Midstate};
use crate::model::target::Target;

fn genesis() -> BlockHeader {
    BlockHeader::parse_hex(GENESIS.header_hex).expect("genesis parses")
}

/// Runs a batch the way a worker does.
fn work(batch: &Batch, elapsed_ms: f64) -> BatchDone {
    let report = search(
        &Midstate::new(&batch.header),
        &Target::from_leading_zero_bits(batch.zero_bits),
        batch.start,
        batch.count,
    );
    BatchDone {
        job: batch.job,
        header: batch.header,
        zero_bits: batch.zero_bits,
        report,
        elapsed_ms,
    }
}

#[test]
fn start_queues_two_disjoint_batches_per_worker() {
    let mut s = Session::new(genesis(), 8);
    let batches = s.start(3, 0.0);
    assert_eq!(batches.len(), 3 * IN_FLIGHT_PER_WORKER);
    let mut ranges: Vec<(u64, u64)> = batches
        .iter()
        .map(|(_, b)| (u64::from(b.start), u64::from(b.start) + u64::from(b.count)))
        .collect();
    ranges.sort();
    assert!(
        ranges.windows(2).all(|w| w[0].1 == w[1].0),
        "contiguous, no overlap: {ranges:?}"
    );
    assert_eq!(ranges[0].0, 0);
    assert!(batches
        .iter()
        .all(|(_, b)| b.job == s.job() && b.count == FIRST_BATCH));
}

#[test]
fn results_are_counted_and_hits_become_found_blocks() {
    let mut s = Session::new(genesis(), 6);
    let batches = s.start(1, 0.0);
    let done = work(&batches[0].1, 1.0);
    // 4,096 nonces at 6 zero bits: about 64 hits expected; the exact count is what search finds.
    let hits = done.report.hits.len();
    assert!(hits > 0);
    let next = s.on_done(0, &done, 10.0);
    assert_eq!(next.len(), 1, "the worker's queue is topped up");
    assert_eq!(s.tried(), u64::from(FIRST_BATCH));
    assert_eq!(s.found().len(), hits.min(MAX_FOUND));
    let newest = s.found()[0];
    assert_eq!(
        newest.header.hash(),
        newest.hash,
        "the found header really hashes to its hash"
    );
    assert!(newest.hash.leading_zero_bits() >= 6);
    assert_eq!(s.best(), done.report.best);
}

#[test]
fn stale_results_after_stop_or_difficulty_change_are_discarded() {
    let mut s = Session::new(genesis(), 4);
    let first = s.start(1, 0.0);
    let old = work(&first[0].1, 1.0);
    s.stop();
    assert!(
        s.on_done(0, &old, 5.0).is_empty(),
        "nothing is sent after Stop"
    );
    assert_eq!(s.tried(), 0);
    assert!(s.found().is_empty());
    assert_eq!(s.rate_hs(), Some(0.0));

    let batches = s.start(1, 100.0);
    let stale = work(&batches[0].1, 1.0);
    let fresh = s.set_zero_bits(5, 101.0);
    assert!(fresh.is_empty(), "queue still full until a result returns");
    let next = s.on_done(0, &stale, 102.0);
    assert_eq!(s.tried(), 0, "a result of the old job does not count");
    assert_eq!(next.len(), 1);
    assert_eq!(next[0].1.zero_bits, 5);
    assert_eq!(next[0].1.job, s.job());
}

#[test]
fn rate_excludes_warm_up_and_averages_over_the_window() {
    let mut s = Session::new(genesis(), 32);
    s.start(1, 0.0);
    let mut done = BatchDone {
        job: s.job(),
        header: genesis(),
        zero_bits: 32,
        report: SearchReport {
            tried: 100_000,
            hits: vec![],
            best: None,
        },
        elapsed_ms: 25.0,
    };
    s.on_done(0, &done, 100.0);
    assert_eq!(s.rate_hs(), None, "warming up");
    // After warm-up: one result every 25 ms of 100,000 hashes = 4 MH/s.
    for i in 0..40 {
        done.job = s.job();
        s.on_done(0, &done, WARMUP_MS + 25.0 * f64::from(i));
    }
    let rate = s.rate_hs().expect("rate after warm-up");
    assert!((rate - 4e6).abs() < 1.0, "{rate}");
}

#[test]
fn batch_size_adapts_to_the_workers_speed() {
    let mut s = Session::new(genesis(), 32);
    s.start(1, 0.0);
    let done = BatchDone {
        job: s.job(),
        header: genesis(),
        zero_bits: 32,
        report: SearchReport {
            tried: 4_096,
            hits: vec![],
            best: None,
        },
        elapsed_ms: 1.0,
    };
    // 4,096 hashes in 1 ms: the ideal 25 ms batch is 102,400; the size moves halfway each time.
    let next = s.on_done(0, &done, 1.0);
    assert_eq!(next[0].1.count, (4_096 + 102_400) / 2);
}

#[test]
fn the_time_field_rolls_when_the_nonces_run_out() {
    let mut s = Session::new(genesis(), 32);
    s.next_nonce = NONCE_SPACE - 100;
    let batches = s.start(1, 0.0);
    assert_eq!(batches[0].1.start, u32::MAX - 99);
    assert_eq!(batches[0].1.count, 100);
    assert_eq!(batches[1].1.start, 0);
    assert_eq!(batches[1].1.header.time, genesis().time + 1);
}

#[test]
fn pause_sends_nothing_and_resume_refills() {
    let mut s = Session::new(genesis(), 8);
    let batches = s.start(2, 0.0);
    s.pause();
    assert_eq!(s.state(), RunState::Paused);
    let done = work(&batches[0].1, 1.0);
    assert!(s.on_done(0, &done, 5.0).is_empty());
    assert_eq!(
        s.tried(),
        u64::from(FIRST_BATCH),
        "work already done still counts"
    );
    let refill = s.resume(10.0);
    assert_eq!(refill.len(), 1);
    assert_eq!(s.state(), RunState::Running);
}

#[test]
fn after_the_workers_fail_a_restart_on_one_thread_sends_work_again() {
    let mut s = Session::new(genesis(), 8);
    // Two workers take their batches, then die without answering.
    assert_eq!(s.start(2, 0.0).len(), 2 * IN_FLIGHT_PER_WORKER);
    s.stop();
    // Without forgetting them, their batches still count as in flight: nothing would be sent.
    assert!(s.start(1, 10.0).is_empty());
    s.stop();
    s.forget_workers();
    let batches = s.start(1, 20.0);
    assert_eq!(batches.len(), IN_FLIGHT_PER_WORKER);
    assert!(batches
        .iter()
        .all(|(w, b)| *w == 0 && b.count == FIRST_BATCH));
    // And the page's own results count.
    let done = work(&batches[0].1, 25.0);
    s.on_done(0, &done, 45.0);
    assert_eq!(s.tried(), u64::from(FIRST_BATCH));
}
