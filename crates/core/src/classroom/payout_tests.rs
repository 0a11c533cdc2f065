use super::payout::*;

fn share(student: u64, difficulty: f64) -> WindowShare {
    WindowShare {
        student,
        difficulty,
    }
}

#[test]
fn pplns_counts_back_from_the_newest_share() {
    // Oldest first: A 2, B 1, A 1, B 2; window 4. From the newest: B 2 (2), A 1 (3), B 1 (4);
    // A's oldest 2 falls outside. B has 3 of 4, A 1 of 4: 3.125 x 3/4 = 2.34375, x 1/4 = 0.78125.
    let window = [share(1, 2.0), share(2, 1.0), share(1, 1.0), share(2, 2.0)];
    assert_eq!(
        pplns(&window, 4.0, BLOCK_REWARD),
        vec![(1, 0.78125), (2, 2.34375)]
    );
}

#[test]
fn pplns_counts_the_crossing_share_in_part() {
    // Window 2.5 over A 2, B 2 (newest): B 2, then 0.5 of A. A 0.5/2.5 = 1/5, B 4/5 of 10.
    let window = [share(7, 2.0), share(3, 2.0)];
    assert_eq!(pplns(&window, 2.5, 10.0), vec![(3, 8.0), (7, 2.0)]);
}

#[test]
fn pplns_with_less_work_than_the_window_shares_all_of_it() {
    // Window 100, only 1 + 3 of work: 1/4 and 3/4 of 8.
    let window = [share(1, 1.0), share(2, 3.0)];
    assert_eq!(pplns(&window, 100.0, 8.0), vec![(1, 2.0), (2, 6.0)]);
    assert_eq!(pplns(&[], 4.0, 8.0), Vec::new());
    assert_eq!(
        pplns(&[share(1, 0.0), share(2, -1.0)], 4.0, 8.0),
        Vec::new()
    );
    assert_eq!(pplns(&[share(1, f64::NAN)], 4.0, 8.0), Vec::new());
}

#[test]
fn solo_pays_the_finder_everything() {
    assert_eq!(solo(5, BLOCK_REWARD), vec![(5, 3.125)]);
}

#[test]
fn the_farms_odds_are_its_share_of_the_hash_rate() {
    // k = 3 times the class: 3 / (3 + 1) = 0.75 of the blocks.
    assert_eq!(farm_block_odds(3.0e6, 1.0e6), 0.75);
    assert_eq!(farm_block_odds(0.0, 1.0e6), 0.0);
    assert_eq!(farm_block_odds(1.0, 0.0), 1.0);
    assert_eq!(farm_block_odds(0.0, 0.0), 0.0);
}

#[test]
fn the_farm_finds_blocks_as_a_poisson_process() {
    // 2^32 H/s on difficulty 1 (2^32 hashes a block): 1 block expected a second;
    // within 1 s: 1 - e^-1 = 0.632120558...
    let p = farm_finds_block(4_294_967_296.0, 1.0, 1.0);
    assert!((p - 0.632_120_558_828_557_7).abs() < 1e-12);
    // Within ln 2 s: exactly one half.
    let half = farm_finds_block(4_294_967_296.0, 1.0, std::f64::consts::LN_2);
    assert!((half - 0.5).abs() < 1e-12);
    assert_eq!(farm_finds_block(0.0, 1.0, 1.0), 0.0);
    assert_eq!(farm_finds_block(1.0, 0.0, 1.0), 0.0);
}

#[test]
fn pools_count_as_one_entity_like_the_real_network() {
    // Pool 1: 30 + 10; pool 2: 25; solo 20 and 15; no farm.
    let students = [
        (Some(1), 30.0),
        (None, 20.0),
        (Some(2), 25.0),
        (Some(1), 10.0),
        (None, 15.0),
    ];
    assert_eq!(entities(&students, 0.0), vec![40.0, 25.0, 20.0, 15.0]);
    // 40 + 25 = 65 of 100 > 50: Nakamoto 2. HHI = 40^2 + 25^2 + 20^2 + 15^2 = 1600 + 625 + 400
    // + 225 = 2,850.
    let (nakamoto, hhi) = concentration(&entities(&students, 0.0));
    assert_eq!(nakamoto, Some(2));
    assert!((hhi - 2_850.0).abs() < 1e-9);
    // A farm of 3 x the class (300): 300 of 400 = 75%, Nakamoto 1; HHI = 75^2 + 10^2 + 6.25^2
    // + 5^2 + 3.75^2 = 5625 + 100 + 39.0625 + 25 + 14.0625 = 5,803.125.
    let with_farm = entities(&students, 300.0);
    let (nakamoto, hhi) = concentration(&with_farm);
    assert_eq!(nakamoto, Some(1));
    assert!((hhi - 5_803.125).abs() < 1e-9);
    assert_eq!(concentration(&[]), (None, 0.0));
}
