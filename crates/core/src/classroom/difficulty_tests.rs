use super::difficulty::*;
use crate::model::target::Target;

#[test]
fn difficulty_one_is_bitcoins_difficulty_one_bits() {
    assert_eq!(bits_for_difficulty(1.0), 0x1d00ffff);
    assert_eq!(difficulty_of_bits(0x1d00ffff), 1.0);
}

#[test]
fn bits_are_canonical_and_round_trip_powers_of_two() {
    // Difficulty 2: target 0xffff * 256^26 / 2 = 0x7fff80 * 256^25, size 0x1c.
    assert_eq!(bits_for_difficulty(2.0), 0x1c7fff80);
    // 65535 * 256 / 0x7fff80 (= 8_388_480) = 2 exactly.
    assert_eq!(difficulty_of_bits(0x1c7fff80), 2.0);
    // Difficulty 2^-24: target 0xffff * 256^26 * 2^24 = 0xffff * 256^29, size 0x20.
    assert_eq!(bits_for_difficulty(MIN_DIFFICULTY), 0x2000ffff);
    assert_eq!(difficulty_of_bits(0x2000ffff), MIN_DIFFICULTY);
    // Difficulty 2^-12: target 0xffff * 256^26 * 4096 = 0x0ffff0 * 256^27, size 0x1e.
    assert_eq!(bits_for_difficulty(START_SHARE_DIFFICULTY), 0x1e0ffff0);
    for exponent in -24..=20 {
        let difficulty = 2f64.powi(exponent);
        let back = difficulty_of_bits(bits_for_difficulty(difficulty));
        assert_eq!(back, difficulty, "2^{exponent}");
        assert!(Target::from_bits(bits_for_difficulty(difficulty)).is_ok());
    }
}

#[test]
fn out_of_range_difficulties_are_clamped() {
    assert_eq!(
        bits_for_difficulty(0.0),
        bits_for_difficulty(MIN_DIFFICULTY)
    );
    assert_eq!(
        bits_for_difficulty(-5.0),
        bits_for_difficulty(MIN_DIFFICULTY)
    );
    assert_eq!(
        bits_for_difficulty(f64::NAN),
        bits_for_difficulty(MIN_DIFFICULTY)
    );
    assert_eq!(
        bits_for_difficulty(1e300),
        bits_for_difficulty(MAX_DIFFICULTY)
    );
    assert_eq!(difficulty_of_bits(0x1d000000), 0.0);
}

#[test]
fn harder_difficulty_is_a_lower_target() {
    let easy = target_for_difficulty(0.001);
    let hard = target_for_difficulty(0.002);
    assert!(hard.leading_zero_bits() >= easy.leading_zero_bits());
    // Difficulty 1 has 32 leading zero bits (0x00000000ffff...).
    assert_eq!(target_for_difficulty(1.0).leading_zero_bits(), 32);
    // Difficulty 2^-24: 0xffff * 2^232 has 256 - 248 = 8 leading zero bits.
    assert_eq!(target_for_difficulty(MIN_DIFFICULTY).leading_zero_bits(), 8);
}

#[test]
fn share_difficulty_follows_the_measured_share_rate() {
    // 10 shares in 5 s = 2 a second: twice too many, so twice the difficulty.
    assert_eq!(next_share_difficulty(0.001, 10, 5.0, 1.0), 0.002);
    // 5 shares in 10 s = 0.5 a second: half.
    assert_eq!(next_share_difficulty(0.001, 5, 10.0, 1.0), 0.0005);
    // Exactly one a second: unchanged.
    assert_eq!(next_share_difficulty(0.001, 8, 8.0, 1.0), 0.001);
    // 100 shares in 5 s = 20x: clamped to 16x.
    assert_eq!(next_share_difficulty(0.001, 100, 5.0, 1.0), 0.016);
    // 20 shares in 0.01 s = 2,000x: 16x.
    assert_eq!(next_share_difficulty(0.001, 20, 0.01, 1.0), 0.016);
    // No share in 60 s: a sixteenth.
    assert_eq!(next_share_difficulty(0.001, 0, 60.0, 1.0), 0.0000625);
    // One share in 8 s: 1/8.
    assert_eq!(next_share_difficulty(0.001, 1, 8.0, 1.0), 0.000125);
}

#[test]
fn share_difficulty_stays_between_the_floor_and_the_block() {
    // 16 x 0.01 = 0.16, above the block's 0.02: the block's.
    assert_eq!(next_share_difficulty(0.01, 40, 10.0, 0.02), 0.02);
    // A sixteenth of the floor is the floor.
    assert_eq!(
        next_share_difficulty(MIN_DIFFICULTY, 0, 10.0, 1.0),
        MIN_DIFFICULTY
    );
    // No time measured, or nonsense: unchanged, within bounds.
    assert_eq!(next_share_difficulty(0.001, 3, 0.0, 1.0), 0.001);
    assert_eq!(next_share_difficulty(0.001, 3, f64::NAN, 1.0), 0.001);
    assert_eq!(next_share_difficulty(f64::INFINITY, 3, 1.0, 1.0), 1.0);
}

#[test]
fn block_difficulty_retargets_like_bitcoin_with_the_4x_clamp() {
    // 4 blocks expected in 4 x 45 = 180 s; they took 90 s: twice as hard.
    assert_eq!(next_block_difficulty(0.5, 4, 90.0), 1.0);
    // They took 360 s: half as hard.
    assert_eq!(next_block_difficulty(0.5, 4, 360.0), 0.25);
    // 10 s is clamped to 180 / 4 = 45 s: 4x, not 18x.
    assert_eq!(next_block_difficulty(0.5, 4, 10.0), 2.0);
    // 3,600 s is clamped to 180 x 4 = 720 s: a quarter, not a twentieth.
    assert_eq!(next_block_difficulty(0.5, 4, 3_600.0), 0.125);
    // On time: unchanged. No blocks or NaN time: unchanged.
    assert_eq!(next_block_difficulty(0.5, 4, 180.0), 0.5);
    assert_eq!(next_block_difficulty(0.5, 0, 10.0), 0.5);
    assert_eq!(next_block_difficulty(0.5, 4, f64::NAN), 0.5);
    // Bounded above and below.
    assert_eq!(
        next_block_difficulty(MAX_DIFFICULTY, 4, 1.0),
        MAX_DIFFICULTY
    );
    assert_eq!(
        next_block_difficulty(MIN_DIFFICULTY, 4, 1e9),
        MIN_DIFFICULTY
    );
}

#[test]
fn hash_rate_comes_from_accepted_work() {
    // 30 shares of difficulty 2^-12 in 30 s: 30 x 2^-12 x 2^32 / 30 = 2^20 = 1,048,576 H/s.
    assert_eq!(hash_rate(30.0 / 4_096.0, 30.0), 1_048_576.0);
    // One share of difficulty 1 in 4,294.967296 s: 2^32 / 4294.967296 = 1,000,000 H/s.
    assert_eq!(hash_rate(1.0, 4_294.967_296), 1_000_000.0);
    assert_eq!(hash_rate(1.0, 0.0), 0.0);
    assert_eq!(hash_rate(-1.0, 10.0), 0.0);
    assert_eq!(hash_rate(f64::NAN, 10.0), 0.0);
}

#[test]
fn share_retargets_come_with_shares_or_after_long_silence() {
    assert!(!share_retarget_due(0, 0.0));
    assert!(!share_retarget_due(1, 4.9));
    assert!(share_retarget_due(1, 5.0));
    assert!(share_retarget_due(20, 0.1));
    assert!(!share_retarget_due(19, 0.1));
    assert!(!share_retarget_due(0, 59.0));
    assert!(share_retarget_due(0, 60.0));
}
