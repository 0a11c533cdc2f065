//! Difficulty in the classroom: Bitcoin's unit (difficulty 1 = the target of compact bits
//! 0x1d00ffff, about 2^32 hashes per hit), fractional here because a class of laptops is slow.
//! Each student's share difficulty is retargeted toward about one share a second (a pool's
//! "vardiff"); the class's block difficulty every few blocks the way Bitcoin retargets, with its 4x
//! clamp (Bitcoin Core, `pow.cpp`, `CalculateNextWorkRequired`).

use crate::model::target::{difficulty_from_bits, Target};

/// Seconds wanted between one student's shares: about one a second (issue 15).
pub const SHARE_SECONDS: f64 = 1.0;
/// Seconds wanted between class blocks: the middle of the 30 to 60.
pub const BLOCK_SECONDS: f64 = 45.0;
/// Class blocks between two block-difficulty retargets (Bitcoin: 2,016).
pub const RETARGET_BLOCKS: u64 = 4;
/// Largest factor one retarget may change a difficulty by, up or down (Bitcoin's 4x clamp).
pub const MAX_RETARGET_FACTOR: f64 = 4.0;
/// Largest factor one share retarget may change a student's difficulty by: a page that has just
/// started mining at the floor reaches a laptop's difficulty in a few retargets.
pub const MAX_SHARE_FACTOR: f64 = 16.0;
/// Seconds between a student's share retargets once they send shares.
pub const SHARE_RETARGET_SECONDS: f64 = 5.0;
/// Shares that trigger a share retarget at once (a flood of too-easy shares).
pub const SHARE_RETARGET_SHARES: u32 = 20;
/// Seconds without a share after which a student's difficulty is lowered anyway.
pub const IDLE_RETARGET_SECONDS: f64 = 60.0;
/// Easiest difficulty the pool hands out: 2^-24, about 256 hashes per share.
pub const MIN_DIFFICULTY: f64 = 1.0 / 16_777_216.0;
/// Hardest difficulty: 2^20, far beyond any classroom (about 4.5e15 hashes).
pub const MAX_DIFFICULTY: f64 = 1_048_576.0;
/// Hashes per unit of difficulty: 2^32 (difficulty 1 needs 2^32 hashes on average, to 0.002%).
pub const HASHES_PER_DIFFICULTY: f64 = 4_294_967_296.0;
/// A new student's first share difficulty: 2^-12, about 1 M hashes, one share a second at 1 MH/s
/// (a browser's order of magnitude); the first retargets fit it to the student's machine.
pub const START_SHARE_DIFFICULTY: f64 = 1.0 / 4_096.0;
/// A new lesson's first block difficulty: 2^-6, about 67 M hashes, 45 s for a class at 1.5 MH/s;
/// the Bitcoin-style retarget moves it by up to 4x every [`RETARGET_BLOCKS`] blocks.
pub const START_BLOCK_DIFFICULTY: f64 = 1.0 / 64.0;

/// Compact `bits` of the target for `difficulty` (clamped to [`MIN_DIFFICULTY`]..=
/// [`MAX_DIFFICULTY`]; NaN counts as the minimum): target = (difficulty-1 target) / difficulty,
/// rounded down to the canonical 3-byte mantissa as Bitcoin Core's `GetCompact` writes it.
pub fn bits_for_difficulty(difficulty: f64) -> u32 {
    let difficulty = if difficulty.is_nan() {
        MIN_DIFFICULTY
    } else {
        difficulty.clamp(MIN_DIFFICULTY, MAX_DIFFICULTY)
    };
    // The difficulty-1 target is 0xffff * 256^26 (bits 0x1d00ffff).
    let target = 65_535.0 * 256f64.powi(26) / difficulty;
    // The smallest size whose mantissa stays below the sign bit 0x800000 is the canonical one.
    for size in 3..=32u32 {
        let mantissa = (target / 256f64.powi(size as i32 - 3)).floor();
        if mantissa < 8_388_608.0 {
            return (size << 24) | (mantissa.max(1.0) as u32);
        }
    }
    // Unreachable for clamped difficulties (the target stays below 2^256); the easiest valid bits.
    0x2000_ffff
}

/// The target for `difficulty`, through [`bits_for_difficulty`].
pub fn target_for_difficulty(difficulty: f64) -> Target {
    // bits_for_difficulty only returns sizes 3..=32 with a mantissa in 1..0x800000: always valid.
    Target::from_bits(bits_for_difficulty(difficulty)).unwrap_or(Target::from_leading_zero_bits(8))
}

/// The difficulty that compact `bits` encode (Bitcoin Core's `GetDifficulty`); 0 for invalid bits.
pub fn difficulty_of_bits(bits: u32) -> f64 {
    difficulty_from_bits(bits).unwrap_or(0.0)
}

/// A student's next share difficulty after `shares` accepted shares in `seconds` at `current`:
/// scaled by the measured shares per second over the wanted one per [`SHARE_SECONDS`], by at most
/// [`MAX_SHARE_FACTOR`] either way, and clamped to [`MIN_DIFFICULTY`]..=`ceiling` (the class's
/// block difficulty: a share is never harder than a block). No time measured: unchanged.
pub fn next_share_difficulty(current: f64, shares: u32, seconds: f64, ceiling: f64) -> f64 {
    let ceiling = ceiling.clamp(MIN_DIFFICULTY, MAX_DIFFICULTY);
    if seconds.is_nan() || seconds <= 0.0 || !current.is_finite() {
        return current.clamp(MIN_DIFFICULTY, ceiling);
    }
    let factor = (f64::from(shares) / seconds * SHARE_SECONDS)
        .clamp(1.0 / MAX_SHARE_FACTOR, MAX_SHARE_FACTOR);
    (current * factor).clamp(MIN_DIFFICULTY, ceiling)
}

/// Whether a student's share difficulty is due for [`next_share_difficulty`] after `shares` in
/// `seconds` since the last retarget: every [`SHARE_RETARGET_SECONDS`] while shares come, at once
/// after [`SHARE_RETARGET_SHARES`], and after [`IDLE_RETARGET_SECONDS`] of silence (a page that
/// has not pressed Start yet is not pushed to the floor in seconds).
pub fn share_retarget_due(shares: u32, seconds: f64) -> bool {
    (shares >= 1 && seconds >= SHARE_RETARGET_SECONDS)
        || shares >= SHARE_RETARGET_SHARES
        || seconds >= IDLE_RETARGET_SECONDS
}

/// The class's next block difficulty after `blocks` blocks took `seconds` at `current`, as
/// Bitcoin: difficulty x expected time / actual time, the actual time first clamped to a quarter
/// and four times the expected ([`BLOCK_SECONDS`] a block), so one retarget changes it by at most
/// 4x. Clamped to [`MIN_DIFFICULTY`]..=[`MAX_DIFFICULTY`].
pub fn next_block_difficulty(current: f64, blocks: u64, seconds: f64) -> f64 {
    if blocks == 0 || !current.is_finite() {
        return current.clamp(MIN_DIFFICULTY, MAX_DIFFICULTY);
    }
    let expected = blocks as f64 * BLOCK_SECONDS;
    let actual = if seconds.is_nan() { expected } else { seconds }.clamp(
        expected / MAX_RETARGET_FACTOR,
        expected * MAX_RETARGET_FACTOR,
    );
    (current * expected / actual).clamp(MIN_DIFFICULTY, MAX_DIFFICULTY)
}

/// Hash rate in H/s shown by accepted work: the sum of the accepted shares' difficulties x 2^32
/// hashes / the seconds they took. Never what a page claims. 0 for no time.
pub fn hash_rate(difficulty_sum: f64, seconds: f64) -> f64 {
    if seconds > 0.0 && difficulty_sum.is_finite() && difficulty_sum > 0.0 {
        difficulty_sum * HASHES_PER_DIFFICULTY / seconds
    } else {
        0.0
    }
}
