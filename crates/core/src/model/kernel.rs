//! The page's miner kernel: SHA-256d over four nonces at once, in wasm `simd128` vectors in the
//! browser (arrays natively, with the same round code), with the per-job precompute of the
//! classic CPU miners. [`scan`] answers exactly what [`search_limited`] answers; `search` with
//! `sha2` stays the reference, and every hash the kernel reports is recomputed by it.
//!
//! [`search_limited`]: super::search::search_limited

pub mod lanes;
mod rounds;

use self::lanes::{Best, Lanes, LANES};
use self::rounds::Precomputed;
use super::header::BlockHeader;
use super::scan::Tally;
use super::search::{Midstate, SearchReport};
use super::target::Target;

/// A job ready for [`scan`]: the reference midstate plus the kernel's nonce-independent words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kernel {
    midstate: Midstate,
    pre: Precomputed,
}

impl Kernel {
    /// Prepares `header` for scanning; its nonce is ignored.
    pub fn new(header: &BlockHeader) -> Kernel {
        let midstate = Midstate::new(header);
        let pre = Precomputed::new(midstate.state_words(), midstate.tail_words());
        Kernel { midstate, pre }
    }

    /// The reference midstate the kernel recomputes survivors with.
    pub fn midstate(&self) -> &Midstate {
        &self.midstate
    }
}

/// [`search_limited`](super::search::search_limited), with the same answer (tried, hits in nonce
/// order, the first `max_hits` kept, best = the lowest hash, the first on ties), computed four
/// nonces at a time with the fastest lanes of this build.
pub fn scan(
    kernel: &Kernel,
    target: &Target,
    start: u32,
    count: u32,
    max_hits: usize,
) -> SearchReport {
    scan_with::<Best>(kernel, target, start, count, max_hits)
}

/// [`scan`] with explicit lanes, so tests can run the portable lanes in a simd128 build too.
///
/// Lanes whose top word is above [`Tally::limit`] can change nothing and are skipped (the reject
/// is exact). Lanes that pass (about one in 2^zero_bits, plus the few improvements of the best) are
/// recomputed in full with the `sha2` reference, so every reported hash is the reference's.
pub fn scan_with<L: Lanes>(
    kernel: &Kernel,
    target: &Target,
    start: u32,
    count: u32,
    max_hits: usize,
) -> SearchReport {
    let end = (u64::from(start) + u64::from(count)).min(1 << 32);
    let mut tally = Tally::new(target, end - u64::from(start), max_hits);
    let mut group = u64::from(start);
    while group < end {
        // `group < end <= 2^32` fits in a u32. The last group may reach past `end` (or wrap past
        // u32::MAX); those lanes are hashed but ignored.
        let base = group as u32;
        let lanes = ((end - group) as usize).min(LANES);
        group += LANES as u64;
        // The header stores the nonce little-endian and SHA-256 reads big-endian words.
        let words = L::from_array(std::array::from_fn(|lane| {
            base.wrapping_add(lane as u32).swap_bytes()
        }));
        let tops = kernel.pre.tops(words);
        let limit = tally.limit();
        if tops[..lanes].iter().all(|&top| top > limit) {
            continue;
        }
        for (lane, &top) in tops[..lanes].iter().enumerate() {
            if top > tally.limit() {
                continue;
            }
            let nonce = base + lane as u32;
            tally.record(nonce, kernel.midstate.hash_nonce(nonce));
        }
    }
    tally.finish()
}

#[cfg(test)]
#[path = "kernel_tests.rs"]
mod tests;
