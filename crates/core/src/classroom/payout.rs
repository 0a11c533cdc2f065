//! Who earns a class block. In a pool, PPLNS ("pay per last N shares"): the block's reward is split
//! over the last shares the pool accepted, weighted by their difficulty, back to a window of
//! [`PPLNS_WINDOW_BLOCKS`] times the block difficulty (the oldest share in it counted in part).
//! Solo: the finder takes all of it. The simulated ASIC farm's odds of each block come from its
//! hash rate against the class's. Concentration uses the same core functions as the real pools.

use crate::model::concentration::{hhi, nakamoto_coefficient};

/// The reward of a class block, in class coins: 3.125, Bitcoin's subsidy since April 2024.
pub const BLOCK_REWARD: f64 = 3.125;
/// PPLNS window, in block difficulties of share work (a common pool choice is 2).
pub const PPLNS_WINDOW_BLOCKS: f64 = 2.0;

/// One accepted share in a pool's window: who sent it and its difficulty.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WindowShare {
    /// The student's id.
    pub student: u64,
    /// The share's difficulty (its weight).
    pub difficulty: f64,
}

/// Splits `reward` over the pool's `shares` (oldest first), counting back from the newest until
/// their difficulties add to `window` (the share that crosses it counted in part). Returns
/// (student, reward) sorted by student id; empty when there is no positive work.
pub fn pplns(shares: &[WindowShare], window: f64, reward: f64) -> Vec<(u64, f64)> {
    let mut counted: Vec<(u64, f64)> = Vec::new();
    let mut total = 0.0;
    for share in shares.iter().rev() {
        if total >= window {
            break;
        }
        let weight = share.difficulty.max(0.0).min(window - total);
        if weight.is_nan() || weight <= 0.0 {
            continue;
        }
        total += weight;
        match counted
            .iter_mut()
            .find(|(student, _)| *student == share.student)
        {
            Some((_, sum)) => *sum += weight,
            None => counted.push((share.student, weight)),
        }
    }
    if total.is_nan() || total <= 0.0 {
        return Vec::new();
    }
    counted.sort_by_key(|&(student, _)| student);
    counted
        .into_iter()
        .map(|(student, weight)| (student, reward * weight / total))
        .collect()
}

/// Solo mining: the finder takes the whole reward.
pub fn solo(finder: u64, reward: f64) -> Vec<(u64, f64)> {
    vec![(finder, reward)]
}

/// The chance that the next block is the farm's: its hash rate over everyone's,
/// farm / (farm + class). 0 when nobody mines.
pub fn farm_block_odds(farm_rate: f64, class_rate: f64) -> f64 {
    let (farm, class) = (farm_rate.max(0.0), class_rate.max(0.0));
    if farm + class > 0.0 {
        farm / (farm + class)
    } else {
        0.0
    }
}

/// The chance that the farm, hashing at `farm_rate` H/s, finds a block of `difficulty` within
/// `seconds`: 1 - exp(-expected blocks), expected blocks = rate x seconds / (difficulty x 2^32).
pub fn farm_finds_block(farm_rate: f64, difficulty: f64, seconds: f64) -> f64 {
    let work = difficulty * super::difficulty::HASHES_PER_DIFFICULTY;
    if !(farm_rate > 0.0 && seconds > 0.0 && work > 0.0) {
        return 0.0;
    }
    1.0 - (-farm_rate * seconds / work).exp()
}

/// Block producers of the class, as the real network counts pools: each pool is one entity (its
/// members' rates added), each solo student one, the farm one. `students` are (pool, rate in H/s)
/// with `None` for solo; pools are given in the order of their first member.
pub fn entities(students: &[(Option<u32>, f64)], farm_rate: f64) -> Vec<f64> {
    let mut pools: Vec<(u32, f64)> = Vec::new();
    let mut out = Vec::new();
    for &(pool, rate) in students {
        match pool {
            None => out.push(rate),
            Some(id) => match pools.iter_mut().find(|(p, _)| *p == id) {
                Some((_, sum)) => *sum += rate,
                None => pools.push((id, rate)),
            },
        }
    }
    let mut all: Vec<f64> = pools.into_iter().map(|(_, rate)| rate).collect();
    all.extend(out);
    if farm_rate > 0.0 {
        all.push(farm_rate);
    }
    all
}

/// The class's Nakamoto coefficient and HHI over `entity_rates` (see [`entities`]), computed by
/// [`crate::model::concentration`] exactly as for the real pools.
pub fn concentration(entity_rates: &[f64]) -> (Option<usize>, f64) {
    (nakamoto_coefficient(entity_rates), hhi(entity_rates))
}
