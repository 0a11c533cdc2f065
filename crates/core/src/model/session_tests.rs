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
        start: batch.start,
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
    assert_eq!(s.found_count(), hits as u64, "every block counted");
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
        start: 0,
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
        start: 0,
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

/// A result of `tried` nonces from `start` that took `elapsed_ms`, with hits at `nonces` (their
/// hashes do not matter to the session).
fn reported(job: u32, start: u32, elapsed_ms: f64, nonces: &[u32]) -> BatchDone {
    BatchDone {
        job,
        header: genesis(),
        zero_bits: 20,
        start,
        report: SearchReport {
            tried: u64::from(FIRST_BATCH),
            hits: nonces
                .iter()
                .map(|&nonce| Hit {
                    nonce,
                    hash: Hash256([0; 32]),
                })
                .collect(),
            best: None,
        },
        elapsed_ms,
    }
}

#[test]
fn a_block_took_until_its_nonce_was_reached() {
    let mut s = Session::new(genesis(), 20);
    // Worker 0 gets nonces 0..4096 and 4096..8192, worker 1 8192..12288 and 12288..16384.
    let batches = s.start(2, 0.0);
    assert_eq!(
        batches[2],
        (
            1,
            Batch {
                start: 8_192,
                ..batches[2].1
            }
        )
    );
    let job = s.job();
    // Worker 1 reports first, at 100 ms, a 40 ms batch: it began at 60 ms and hashed 4,096
    // nonces at 40/4,096 ms each. Nonce 8,192 + 2,047 was the 2,048th: 60 + 2,048 * 40 / 4,096
    // = 80 ms after Start.
    s.on_done(1, &reported(job, 8_192, 40.0, &[8_192 + 2_047]), 100.0);
    assert_eq!(s.found()[0].found_at_ms, 80.0);
    assert_eq!(s.found()[0].took_ms, 80.0);
    // Worker 0 reports at 105 ms, also 40 ms of work (began at 65 ms): nonce 1,023 was the
    // 1,024th, 65 + 1,024 * 40 / 4,096 = 75 ms; nonce 3,071 the 3,072nd, 65 + 30 = 95 ms.
    s.on_done(0, &reported(job, 0, 40.0, &[1_023, 3_071]), 105.0);
    let found: Vec<(u32, f64, f64)> = s
        .found()
        .iter()
        .map(|f| (f.header.nonce, f.found_at_ms, f.took_ms))
        .collect();
    // Newest first, in the order the nonces were reached: 95 ms (15 after 80), then 80 ms (now
    // 5 after 75, which landed before it), then 75 ms (75 after Start).
    assert_eq!(
        found,
        vec![
            (3_071, 95.0, 15.0),
            (10_239, 80.0, 5.0),
            (1_023, 75.0, 75.0)
        ]
    );
    assert_eq!(s.found_count(), 3);
}

#[test]
fn every_block_is_counted_and_the_latest_are_kept() {
    let mut s = Session::new(genesis(), 20);
    s.start(1, 0.0);
    // 60 hits, one per nonce 0..60, in one 4,096 ms batch (1 ms a nonce) reported at 5,000 ms.
    let nonces: Vec<u32> = (0..60).collect();
    s.on_done(0, &reported(s.job(), 0, 4_096.0, &nonces), 5_000.0);
    assert_eq!(s.found_count(), 60);
    assert_eq!(s.found().len(), MAX_FOUND);
    // Began at 904 ms; nonce n was reached at 904 + n + 1 ms. The newest kept is nonce 59.
    assert_eq!(s.found()[0].header.nonce, 59);
    assert_eq!(s.found()[0].found_at_ms, 964.0);
    assert_eq!(s.found()[0].took_ms, 1.0);
    assert_eq!(s.found()[MAX_FOUND - 1].header.nonce, 10);
    // The first block's time counts from Start: 905 ms.
    s.start(1, 10_000.0);
    s.on_done(0, &reported(s.job(), 0, 4_096.0, &[0]), 14_096.0);
    assert_eq!(s.found_count(), 61, "blocks from earlier runs still count");
    assert_eq!(s.found()[0].took_ms, 1.0, "10,000 + 1 ms after this Start");
}

#[test]
fn after_stop_the_last_measured_rate_stays_until_start() {
    let mut s = Session::new(genesis(), 32);
    assert_eq!(s.shown_rate(), None);
    s.start(1, 0.0);
    // 100,000 hashes every 25 ms after warm-up: 4 MH/s, as above.
    for i in 0..40 {
        let mut done = reported(s.job(), 0, 25.0, &[]);
        done.report.tried = 100_000;
        s.on_done(0, &done, WARMUP_MS + 25.0 * f64::from(i));
    }
    let live = s.shown_rate().expect("measured");
    assert!(live.live && (live.hs - 4e6).abs() < 1.0, "{live:?}");
    s.stop();
    assert_eq!(s.rate_hs(), Some(0.0), "nothing is hashing now");
    let kept = s.shown_rate().expect("kept after Stop");
    assert!(!kept.live && (kept.hs - 4e6).abs() < 1.0, "{kept:?}");
    s.start(1, 10_000.0);
    assert_eq!(s.shown_rate(), None, "a new Start measures again");
}

#[test]
fn new_work_restarts_once_with_the_new_header_and_difficulty() {
    let mut s = Session::new(genesis(), 8);
    let first = s.start(2, 0.0);
    let job = s.job();
    let mut next = genesis();
    next.time += 60;
    let batches = s.set_work(next, 20, 5.0);
    // One restart: the job moved by one, but the workers' queues are still full of the old job's
    // two batches each, so nothing new is queued until they answer.
    assert_eq!(s.job(), job + 1);
    assert!(batches.is_empty(), "{batches:?}");
    assert_eq!(s.template(), &next);
    assert_eq!(s.zero_bits(), 20);
    // The old job's answer is discarded and its slot refilled from nonce 0 of the new header.
    let refill = s.on_done(0, &work(&first[0].1, 1.0), 10.0);
    assert_eq!(s.tried(), 0, "an old job's hashes do not count");
    assert_eq!(refill.len(), 1);
    let (_, b) = &refill[0];
    assert_eq!(
        (b.job, b.header, b.zero_bits, b.start),
        (job + 1, next, 20, 0)
    );
}
