//! The nonce search, done the way real miners do it (cpuminer's `scanhash_sha256d`): the first 64
//! header bytes never change while the nonce does, so they are compressed once into a midstate;
//! each nonce then costs exactly two SHA-256 compressions instead of three.

use sha2::compress256;
use sha2::digest::generic_array::{typenum::U64, GenericArray};

use super::hash::Hash256;
use super::header::BlockHeader;
use super::scan::Tally;
use super::target::Target;

type Block = GenericArray<u8, U64>;

/// SHA-256 initial hash values (FIPS 180-4, section 5.3.3).
const SHA256_IV: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/// Offset of the nonce inside the header's second 64-byte block (header bytes 76..80).
const NONCE_AT: usize = 12;

/// Everything about a header that does not depend on the nonce, ready for fast hashing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Midstate {
    /// SHA-256 state after compressing header bytes 0..64.
    state: [u32; 8],
    /// Header bytes 64..76 (end of merkle root, time, bits), followed by the nonce slot and the
    /// SHA-256 padding for an 80-byte message, laid out as the second block.
    tail_block: [u8; 64],
}

/// A nonce whose header hash met the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub nonce: u32,
    pub hash: Hash256,
}

/// What one [`search`] call did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchReport {
    /// Nonces actually hashed (fewer than asked when the range reaches the top of the nonce space).
    pub tried: u64,
    /// Every nonce that met the target, in nonce order.
    pub hits: Vec<Hit>,
    /// The numerically lowest hash seen, met or not (the first one on ties); `None` if nothing was
    /// tried.
    pub best: Option<Hit>,
}

impl Midstate {
    /// Compresses the first 64 bytes of `header` and lays out the rest; `header.nonce` is ignored.
    pub fn new(header: &BlockHeader) -> Midstate {
        let bytes = header.to_bytes();
        let mut state = SHA256_IV;
        compress256(&mut state, &[*Block::from_slice(&bytes[..64])]);
        let mut tail_block = [0u8; 64];
        tail_block[..16].copy_from_slice(&bytes[64..80]);
        tail_block[16] = 0x80;
        tail_block[56..].copy_from_slice(&(80u64 * 8).to_be_bytes());
        Midstate { state, tail_block }
    }

    /// The SHA-256 state after header bytes 0..64, for the lane kernel's own precompute.
    pub(crate) fn state_words(&self) -> [u32; 8] {
        self.state
    }

    /// Header bytes 64..76 (end of merkle root, time, bits) as the big-endian words SHA-256 reads.
    pub(crate) fn tail_words(&self) -> [u32; 3] {
        std::array::from_fn(|i| {
            let at = 4 * i;
            u32::from_be_bytes([
                self.tail_block[at],
                self.tail_block[at + 1],
                self.tail_block[at + 2],
                self.tail_block[at + 3],
            ])
        })
    }

    /// The header hash for `nonce` (equal to `BlockHeader::hash` with that nonce).
    pub fn hash_nonce(&self, nonce: u32) -> Hash256 {
        words_to_hash(&NonceBlocks::new(self).hash(self, nonce))
    }
}

/// The two blocks compressed per nonce, kept between nonces so only the changing bytes are written.
struct NonceBlocks {
    tail: Block,
    digest: Block,
}

impl NonceBlocks {
    fn new(midstate: &Midstate) -> NonceBlocks {
        let mut digest = Block::default();
        digest[32] = 0x80;
        digest[56..].copy_from_slice(&(32u64 * 8).to_be_bytes());
        NonceBlocks {
            tail: *Block::from_slice(&midstate.tail_block),
            digest,
        }
    }

    /// Final SHA-256d state words for `nonce`: two compressions, no allocation.
    #[inline(always)]
    fn hash(&mut self, midstate: &Midstate, nonce: u32) -> [u32; 8] {
        self.tail[NONCE_AT..NONCE_AT + 4].copy_from_slice(&nonce.to_le_bytes());
        let mut first = midstate.state;
        compress256(&mut first, core::slice::from_ref(&self.tail));
        for (chunk, word) in self.digest[..32].chunks_exact_mut(4).zip(first) {
            chunk.copy_from_slice(&word.to_be_bytes());
        }
        let mut second = SHA256_IV;
        compress256(&mut second, core::slice::from_ref(&self.digest));
        second
    }
}

/// SHA-256 outputs its state words big-endian; that byte string is the hash in internal order.
fn words_to_hash(words: &[u32; 8]) -> Hash256 {
    let mut bytes = [0u8; 32];
    for (chunk, word) in bytes.chunks_exact_mut(4).zip(words) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    Hash256(bytes)
}

/// Hashes nonces `start`, `start + 1`, ... (`count` of them, stopping after `u32::MAX`), collecting
/// those that meet `target` and the lowest hash seen.
pub fn search(midstate: &Midstate, target: &Target, start: u32, count: u32) -> SearchReport {
    search_limited(midstate, target, start, count, usize::MAX)
}

/// [`search`], keeping at most `max_hits` hits (the first ones): at an easy target half of all
/// hashes are hits, and a batch's answer must stay small. `tried` and `best` are unaffected.
pub fn search_limited(
    midstate: &Midstate,
    target: &Target,
    start: u32,
    count: u32,
    max_hits: usize,
) -> SearchReport {
    let end = (u64::from(start) + u64::from(count)).min(1 << 32);
    let mut lanes = NonceBlocks::new(midstate);
    let mut tally = Tally::new(target, end - u64::from(start), max_hits);
    for nonce in u64::from(start)..end {
        // `end` is at most 2^32, so every value in the range fits in a u32.
        let nonce = nonce as u32;
        let words = lanes.hash(midstate, nonce);
        // The hash's 32 most significant bits are the last state word, byte-swapped: if they
        // already exceed what can still count, nothing else needs checking.
        if words[7].swap_bytes() > tally.limit() {
            continue;
        }
        tally.record(nonce, words_to_hash(&words));
    }
    tally.finish()
}

/// Most slices [`split_nonce_space`] makes; far above any browser's thread count.
pub const MAX_WORKERS: u32 = 1024;

/// Divides the 2^32 nonces into `workers` contiguous `(start, len)` slices whose lengths differ by
/// at most one. `workers` is clamped to 1..=[`MAX_WORKERS`]. Lengths are u64 because a single
/// worker's slice is 2^32 long.
pub fn split_nonce_space(workers: u32) -> Vec<(u32, u64)> {
    let workers = u64::from(workers.clamp(1, MAX_WORKERS));
    let total = 1u64 << 32;
    let (base, extra) = (total / workers, total % workers);
    let mut start = 0u64;
    (0..workers)
        .map(|index| {
            let len = base + u64::from(index < extra);
            // Every start is below 2^32: the slices after it are non-empty and end at 2^32.
            let slice = (start as u32, len);
            start += len;
            slice
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::blocks::GENESIS;
    use proptest::prelude::*;
    use sha2::{Digest, Sha256};

    fn genesis() -> BlockHeader {
        BlockHeader::parse_hex(GENESIS.header_hex).unwrap()
    }

    /// The reference the fast path must match: hash every nonce from scratch, keep the first lowest.
    fn brute_force(header: &BlockHeader, target: &Target, nonces: &[u32]) -> SearchReport {
        let mut report = SearchReport {
            tried: nonces.len() as u64,
            ..SearchReport::default()
        };
        for &nonce in nonces {
            let hash = BlockHeader { nonce, ..*header }.hash();
            if target.is_met_by(&hash) {
                report.hits.push(Hit { nonce, hash });
            }
            if report.best.is_none_or(|best| hash < best.hash) {
                report.best = Some(Hit { nonce, hash });
            }
        }
        report
    }

    proptest! {
        #[test]
        fn midstate_path_equals_plain_sha256d(
            version: u32, prev: [u8; 32], merkle: [u8; 32], time: u32, bits: u32,
            header_nonce: u32, nonce: u32,
        ) {
            let header = BlockHeader {
                version, prev_block: Hash256(prev), merkle_root: Hash256(merkle), time, bits,
                nonce: header_nonce,
            };
            let bytes = BlockHeader { nonce, ..header }.to_bytes();
            let plain: [u8; 32] = Sha256::digest(Sha256::digest(bytes)).into();
            prop_assert_eq!(Midstate::new(&header).hash_nonce(nonce), Hash256(plain));
        }
    }

    #[test]
    fn finds_exactly_the_brute_force_hits() {
        let header = genesis();
        let target = Target::from_leading_zero_bits(5);
        let report = search(&Midstate::new(&header), &target, 1_000, 3_000);
        let nonces: Vec<u32> = (1_000..4_000).collect();
        let expected = brute_force(&header, &target, &nonces);
        assert_eq!(report, expected);
        assert_eq!(report.tried, 3_000);
        // About 3000 / 2^5 = 94 hits are expected; the exact count is whatever brute force says.
        assert!(report.hits.len() > 50 && report.hits.len() < 150);
        assert!(report.hits.contains(&report.best.unwrap()));
    }

    #[test]
    fn best_is_tracked_even_without_hits() {
        let header = genesis();
        let impossible = Target::from_leading_zero_bits(255);
        let report = search(&Midstate::new(&header), &impossible, 0, 500);
        let nonces: Vec<u32> = (0..500).collect();
        assert!(report.hits.is_empty());
        assert_eq!(report, brute_force(&header, &impossible, &nonces));
    }

    #[test]
    fn a_limited_search_keeps_the_first_hits_and_everything_else() {
        let header = genesis();
        let easy = Target::from_leading_zero_bits(1);
        let midstate = Midstate::new(&header);
        let full = search(&midstate, &easy, 0, 1_000);
        let limited = search_limited(&midstate, &easy, 0, 1_000, 8);
        assert!(
            full.hits.len() > 400,
            "about half of all hashes meet a 1-bit target"
        );
        assert_eq!(limited.hits, full.hits[..8]);
        assert_eq!((limited.tried, limited.best), (full.tried, full.best));
    }

    #[test]
    fn finds_the_real_genesis_nonce() {
        let header = genesis();
        let target = Target::from_bits(header.bits).unwrap();
        let report = search(&Midstate::new(&header), &target, header.nonce - 500, 1_000);
        assert_eq!(
            report.hits,
            vec![Hit {
                nonce: header.nonce,
                hash: header.hash()
            }]
        );
        assert_eq!(report.best, Some(report.hits[0]));
    }

    #[test]
    fn stops_at_the_top_of_the_nonce_space() {
        let header = genesis();
        let target = Target::from_leading_zero_bits(2);
        let midstate = Midstate::new(&header);
        let report = search(&midstate, &target, u32::MAX - 9, 100);
        let nonces: Vec<u32> = (u32::MAX - 9..=u32::MAX).collect();
        assert_eq!(report.tried, 10);
        assert_eq!(report, brute_force(&header, &target, &nonces));

        let last = search(&midstate, &target, u32::MAX, u32::MAX);
        assert_eq!(last.tried, 1);
        assert_eq!(last.best.map(|hit| hit.nonce), Some(u32::MAX));

        let none = search(&midstate, &target, 7, 0);
        assert_eq!(none, SearchReport::default());
    }

    #[test]
    fn split_covers_the_nonce_space_without_gaps_or_overlaps() {
        for workers in 1..=64u32 {
            let slices = split_nonce_space(workers);
            assert_eq!(slices.len(), workers as usize);
            let mut next = 0u64;
            for &(start, len) in &slices {
                assert_eq!(
                    u64::from(start),
                    next,
                    "gap or overlap with {workers} workers"
                );
                assert!(
                    len == (1 << 32) / u64::from(workers)
                        || len == (1 << 32) / u64::from(workers) + 1
                );
                next += len;
            }
            assert_eq!(next, 1 << 32);
        }
        assert_eq!(split_nonce_space(1), vec![(0, 1 << 32)]);
        assert_eq!(split_nonce_space(0), split_nonce_space(1));
        assert_eq!(split_nonce_space(3)[2], (2_863_311_531, 1_431_655_765));
        assert_eq!(split_nonce_space(u32::MAX).len(), MAX_WORKERS as usize);
    }
}
