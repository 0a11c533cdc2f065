use super::difficulty::*;
use super::jobs::*;
use crate::model::hash::Hash256;
use crate::model::search::{search, Midstate};

fn job(block_difficulty: f64, share_difficulty: f64) -> Job {
    Job::new(
        7,
        Hash256::sha256d(b"class tip"),
        job_merkle_root("ABCD", 3, 17),
        1_764_460_800,
        block_difficulty,
        share_difficulty,
    )
}

/// The first nonce from `start` whose hash meets (`hit`) or misses the job's share target.
fn nonce_where(job: &Job, hit: bool) -> u32 {
    let midstate = Midstate::new(&job.header);
    let target = share_target(job.share_difficulty());
    (0..100_000u32)
        .find(|&nonce| target.is_met_by(&midstate.hash_nonce(nonce)) == hit)
        .expect("a 2^-24 share target is met by about 1 hash in 256")
}

#[test]
fn merkle_roots_differ_per_student_and_job() {
    assert_eq!(
        job_merkle_root("ABCD", 3, 17),
        Hash256::sha256d(b"ABCD/3/17")
    );
    assert_ne!(
        job_merkle_root("ABCD", 3, 17),
        job_merkle_root("ABCD", 4, 17)
    );
    assert_ne!(
        job_merkle_root("ABCD", 3, 17),
        job_merkle_root("ABCD", 3, 18)
    );
    assert_ne!(
        job_merkle_root("ABCD", 3, 17),
        job_merkle_root("ABCE", 3, 17)
    );
}

#[test]
fn a_job_is_a_real_header_on_the_class_tip() {
    let job = job(1.0, 2.0f64.powi(-12));
    assert_eq!(job.header.version, 0x2000_0000);
    assert_eq!(job.header.prev_block, Hash256::sha256d(b"class tip"));
    assert_eq!(job.header.bits, 0x1d00ffff);
    assert_eq!(job.share_bits, 0x1e0ffff0);
    assert_eq!(job.header.nonce, 0);
    assert_eq!(job.block_difficulty(), 1.0);
    assert_eq!(job.share_difficulty(), 1.0 / 4_096.0);
    assert_eq!(job.header.to_hex().len(), 160);
}

#[test]
fn a_valid_share_is_rehashed_and_credited() {
    let job = job(1.0, MIN_DIFFICULTY);
    let nonce = nonce_where(&job, true);
    let check = check_share(Some(&job), &job.header.prev_block, nonce, false).unwrap();
    // The same hash as the miner's search and as hashing the whole header.
    let header = crate::model::header::BlockHeader {
        nonce,
        ..job.header
    };
    assert_eq!(check.hash, header.hash());
    let found = search(
        &Midstate::new(&job.header),
        &share_target(MIN_DIFFICULTY),
        nonce,
        1,
    );
    assert_eq!(found.hits[0].hash, check.hash);
    // A 2^-24 share cannot meet a difficulty-1 block target unless it has 32 zero bits.
    assert_eq!(check.is_block, check.hash.leading_zero_bits() >= 32);
}

#[test]
fn a_share_that_meets_the_block_target_is_a_block() {
    let job = job(MIN_DIFFICULTY, MIN_DIFFICULTY);
    let nonce = nonce_where(&job, true);
    let check = check_share(Some(&job), &job.header.prev_block, nonce, false).unwrap();
    assert!(check.is_block);
}

#[test]
fn every_bad_share_gets_its_reason() {
    let job = job(1.0, MIN_DIFFICULTY);
    let tip = job.header.prev_block;
    let good = nonce_where(&job, true);
    let bad = nonce_where(&job, false);
    assert_eq!(
        check_share(None, &tip, good, false),
        Err(RejectReason::Stale)
    );
    assert_eq!(
        check_share(Some(&job), &Hash256::ZERO, good, false),
        Err(RejectReason::Stale)
    );
    assert_eq!(
        check_share(Some(&job), &tip, good, true),
        Err(RejectReason::Duplicate)
    );
    assert_eq!(
        check_share(Some(&job), &tip, bad, false),
        Err(RejectReason::TooEasy)
    );
    // Invalid share bits cannot be credited.
    let broken = Job {
        share_bits: 0x1d000000,
        ..job
    };
    assert_eq!(
        check_share(Some(&broken), &tip, good, false),
        Err(RejectReason::Malformed)
    );
    assert_eq!(
        RejectReason::TooEasy.to_string(),
        "Too easy: the header's hash with that nonce does not meet the share target."
    );
}
