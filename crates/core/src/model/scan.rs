//! The bookkeeping every nonce scan shares, whichever way it hashes (the `sha2` reference in
//! [`search`](super::search) or the four-lane [`kernel`](super::kernel)): which hashes are hits,
//! which is the best so far, and which hashes cannot change either, so the scan can skip them.

use super::hash::Hash256;
use super::search::{Hit, SearchReport};
use super::target::Target;

/// A scan's answer while it runs: the hits under the target (the first `max_hits`, in the order
/// recorded) and the lowest hash recorded (the first one on ties).
#[derive(Debug, Clone)]
pub struct Tally<'t> {
    target: &'t Target,
    target_top: u32,
    best_top: u32,
    max_hits: usize,
    report: SearchReport,
}

impl<'t> Tally<'t> {
    /// An empty tally for a scan of `tried` nonces against `target`, keeping at most `max_hits`.
    pub fn new(target: &'t Target, tried: u64, max_hits: usize) -> Tally<'t> {
        Tally {
            target,
            target_top: target.top_u32(),
            best_top: u32::MAX,
            max_hits,
            report: SearchReport {
                tried,
                ..SearchReport::default()
            },
        }
    }

    /// The highest top word (the hash's 32 most significant bits, see [`top_word`]) a hash can
    /// have and still change the answer. The reject is exact: a hash whose top word exceeds the
    /// target's is above the target (the other 224 bits cannot make up a difference in the top
    /// word), and one whose top word exceeds the best hash's is above the best hash. Once
    /// `max_hits` hits are kept a further hit changes nothing, so only the best counts.
    pub fn limit(&self) -> u32 {
        if self.report.hits.len() < self.max_hits {
            self.target_top.max(self.best_top)
        } else {
            self.best_top
        }
    }

    /// Records the hash of `nonce`: kept as a hit if it meets the target and fewer than
    /// `max_hits` are kept, and as the best if it is lower than the best so far.
    pub fn record(&mut self, nonce: u32, hash: Hash256) {
        if self.report.hits.len() < self.max_hits && self.target.is_met_by(&hash) {
            self.report.hits.push(Hit { nonce, hash });
        }
        if self.report.best.is_none_or(|best| hash < best.hash) {
            self.report.best = Some(Hit { nonce, hash });
            self.best_top = top_word(&hash);
        }
    }

    /// The finished answer.
    pub fn finish(self) -> SearchReport {
        self.report
    }
}

/// The 32 most significant bits of `hash` read as a number (its internal byte order is
/// little-endian, so they are bytes 31, 30, 29 and 28): what the scans compare first.
pub fn top_word(hash: &Hash256) -> u32 {
    u32::from_be_bytes([hash.0[31], hash.0[30], hash.0[29], hash.0[28]])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hash whose top word (bytes 31..28, most significant first) is `top`, low bytes `low`.
    fn hash(top: u32, low: u8) -> Hash256 {
        let mut bytes = [low; 32];
        bytes[28..].copy_from_slice(&top.to_le_bytes());
        Hash256(bytes)
    }

    #[test]
    fn the_top_word_is_the_most_significant_bytes() {
        let mut bytes = [0u8; 32];
        bytes[31] = 0x12;
        bytes[30] = 0x34;
        bytes[29] = 0x56;
        bytes[28] = 0x78;
        bytes[0] = 0xff;
        assert_eq!(top_word(&Hash256(bytes)), 0x1234_5678);
    }

    #[test]
    fn hits_best_and_limit_follow_what_was_recorded() {
        // 8 zero bits: the target is 0x00ff...ff, so its top word is 0x00ff_ffff.
        let target = Target::from_leading_zero_bits(8);
        let mut tally = Tally::new(&target, 5, 2);
        assert_eq!(
            tally.limit(),
            u32::MAX,
            "nothing recorded: everything counts"
        );

        tally.record(1, hash(0x8000_0000, 0));
        // No hit yet (0x80... > 0x00ff_ffff); the best's top word 0x8000_0000 is the higher bound.
        assert_eq!(tally.limit(), 0x8000_0000);

        tally.record(2, hash(0x0000_1000, 0));
        tally.record(3, hash(0x0000_1000, 0));
        // Two hits kept (= max_hits): only a lower hash than the best, 0x1000, still counts.
        assert_eq!(tally.limit(), 0x0000_1000);

        tally.record(4, hash(0x0000_0001, 0));
        tally.record(5, hash(0x0000_0001, 0));
        let report = tally.finish();
        assert_eq!(report.tried, 5);
        assert_eq!(
            report.hits.iter().map(|h| h.nonce).collect::<Vec<_>>(),
            [2, 3],
            "the first two hits; nonce 4 and 5 came after the limit"
        );
        assert_eq!(
            report.best.map(|h| h.nonce),
            Some(4),
            "the first of the tie"
        );
    }

    #[test]
    fn without_hits_the_limit_is_the_target_or_the_best() {
        let target = Target::from_leading_zero_bits(8);
        let mut tally = Tally::new(&target, 1, 4);
        tally.record(9, hash(0x0000_0002, 0));
        // A hit and the best at once; hits may still come up to the target's 0x00ff_ffff.
        assert_eq!(tally.limit(), 0x00ff_ffff);
        let report = tally.finish();
        assert_eq!(
            report.hits,
            vec![Hit {
                nonce: 9,
                hash: hash(2, 0)
            }]
        );
        assert_eq!(report.best, Some(report.hits[0]));
    }
}
