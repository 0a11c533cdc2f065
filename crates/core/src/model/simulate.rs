//! What happens next (issue 16): the fleet's answer to a price move, a storm and the 2028
//! halving, one difficulty epoch (2,016 blocks) at a time.
//!
//! The fleet is cohorts of one machine generation on one band of one power tier
//! (`data::fleet`; each tier's deals spread over five bands, [`BANDS`]). A cohort runs while the
//! hashprice covers its power bill (`economics::power_usd_per_ph_day`) and switches off just
//! below; once off, it comes back only when the hashprice is [`HYSTERESIS`] above the bill, a
//! quarter of it per epoch ([`RAMP`]), so it does not flicker and the difficulty does not swing
//! from epoch to epoch. The hashprice is set by the price, the block reward and the **difficulty**, not by
//! who is running (`economics::hashprice_usd_per_ph_day` at the hash rate the difficulty
//! expects): when miners leave, blocks slow down, and only the retarget raises the survivors'
//! revenue. Blocks come every 600 s x expected / running hash rate; after 2,016 blocks the
//! difficulty is retargeted as in Bitcoin Core's `pow.cpp` ([`retarget`]). Within an epoch the
//! run is cut into segments at every event (price move, storm start and end, the halving
//! block), so every block is counted at the rate at which it was mined.

mod fleet;
mod presets;
mod query;
mod settings;

pub use fleet::{
    build_fleet, country_hhi, country_shares, tier_shares, Cohort, Machine, BANDS, MACHINES,
    NEW_MACHINES, NEW_MACHINE_LABEL,
};
pub use presets::{SimPreset, EVENT_PARAMS, SIM_PRESETS};
pub use query::merge_into_query;
pub use settings::{with_unit, SimParam, SimSettings, SimSpec, SIM_PARAMS};

use super::economics::{hashprice_usd_per_ph_day, Scenario};
use super::solo::HASHES_PER_DIFFICULTY;
use crate::data::network::{
    GENESIS_SUBSIDY_BTC, HALVING_INTERVAL_BLOCKS, RETARGET_INTERVAL_BLOCKS, TARGET_BLOCK_TIME_S,
};

/// Epochs in a run (~one year at 600 s per block).
pub const EPOCHS: usize = 26;

/// An off cohort comes back when the hashprice is this much above its power bill (5%).
pub const HYSTERESIS: f64 = 0.05;

/// Share of a cohort that comes back per epoch once the hashprice allows (a quarter).
pub const RAMP: f64 = 0.25;

/// The retarget of 2026-02-07 (block 935,424, FACTS section 9): where a run without the
/// halving starts.
pub const START_HEIGHT: u64 = 935_424;

/// The 2028 halving's block.
pub const HALVING_HEIGHT: u64 = 1_050_000;

/// Where a run with the halving starts: the retarget four epochs before the epoch that holds
/// block 1,050,000 (520 x 2,016 = 1,048,320 <= 1,050,000 < 1,050,336), i.e. 517 x 2,016.
pub const HALVING_START_HEIGHT: u64 = 517 * 2016;

/// Most segments a run records: a few per epoch are needed (events, the halving), so this only
/// stops a run that no longer advances.
const MAX_SEGMENTS: usize = 4096;

/// Seconds in a day.
const DAY_S: f64 = 86_400.0;

/// The block subsidy at `height` (BTC): 50 BTC halved every 210,000 blocks, in whole satoshis
/// as Bitcoin Core's `GetBlockSubsidy` computes it (0 after 64 halvings).
pub fn subsidy_btc_at(height: u64) -> f64 {
    let halvings = height / HALVING_INTERVAL_BLOCKS.value as u64;
    let genesis_sat = (GENESIS_SUBSIDY_BTC.value * 1e8) as u64;
    let sat = if halvings >= 64 {
        0
    } else {
        genesis_sat >> halvings
    };
    sat as f64 / 1e8
}

/// Seconds a retarget epoch should take: 2,016 x 600 = 1,209,600 s.
pub fn target_timespan_s() -> f64 {
    RETARGET_INTERVAL_BLOCKS.value * TARGET_BLOCK_TIME_S.value
}

/// The retarget of `pow.cpp`: the hash rate the next epoch's difficulty expects (EH/s), and
/// whether the clamp bit. The epoch's actual timespan is clamped to [1/4, 4] x 1,209,600 s and
/// the difficulty scales by 1,209,600 / timespan (the target by its inverse). `pow.cpp` measures
/// from the first to the last block of the window; the model uses the epoch's 2,016 block times,
/// as FACTS section 9 states the rule. A non-finite timespan counts as the clamp's upper end.
pub fn retarget(expected_ehs: f64, timespan_s: f64) -> (f64, bool) {
    let target = target_timespan_s();
    let (lo, hi) = (target / 4.0, target * 4.0);
    let t = if timespan_s.is_nan() { hi } else { timespan_s };
    let clamped = t.clamp(lo, hi);
    (expected_ehs * target / clamped, clamped != timespan_s)
}

/// Difficulty (trillions) of a network expecting `expected_ehs`: EH/s x 10^18 x 600 s / 2^32 /
/// 10^12. 1,000 EH/s gives 139.70 T.
pub fn difficulty_t(expected_ehs: f64) -> f64 {
    expected_ehs * 1e18 * TARGET_BLOCK_TIME_S.value / HASHES_PER_DIFFICULTY / 1e12
}

/// A stretch of time in which nothing changes: who runs, the price, the subsidy.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Days from the run's start.
    pub start_day: f64,
    pub end_day: f64,
    /// Hash rate running, per machine of [`MACHINES`] (EH/s, after any storm).
    pub running_ehs: Vec<f64>,
    /// Revenue per PH/s per day at the difficulty of the time (USD).
    pub hashprice: f64,
    pub price_usd: f64,
}

impl Segment {
    /// All hash rate running (EH/s).
    pub fn total_ehs(&self) -> f64 {
        self.running_ehs.iter().sum()
    }
}

/// One difficulty epoch.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Epoch {
    /// Days from the run's start at its first and last block.
    pub start_day: f64,
    pub end_day: f64,
    /// Height of its first block.
    pub start_height: u64,
    /// Hash rate its difficulty expects (EH/s), and that difficulty (T).
    pub expected_ehs: f64,
    pub difficulty_t: f64,
    /// Mean time between its blocks (s).
    pub mean_block_s: f64,
    /// The retarget at its end (%), and whether the 4x clamp bit.
    pub retarget_pct: f64,
    pub clamped: bool,
    /// Hashprice at its start (USD per PH/s per day).
    pub hashprice_start: f64,
}

/// What a run returns: the segments for the charts, the epochs for the difficulty and the
/// tables, the final fleet, and the figures the summary quotes.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub settings: SimSettings,
    /// Fees per block (BTC), from the scenario.
    pub fees_btc: f64,
    pub start_height: u64,
    pub segments: Vec<Segment>,
    pub epochs: Vec<Epoch>,
    /// Every cohort at the end of the run (installed hash rate, whether it runs).
    pub cohorts: Vec<Cohort>,
    /// The installed fleet's hash rate at the start (EH/s): the scenario's hash rate.
    pub start_ehs: f64,
    /// Hash rate running at the end, not counting a storm still on (EH/s).
    pub end_ehs: f64,
    /// Day of the first event (price move, storm, halving), if any.
    pub first_event_day: Option<f64>,
    /// Day the halving block was mined, if the run reached it.
    pub halving_day: Option<f64>,
    /// True when every machine was off with no event left to change that: no block after it.
    pub stalled: bool,
}

impl Run {
    /// The retarget that ends the first epoch whose last block came after the first event (or
    /// the first retarget when there is no event).
    pub fn first_retarget_after_event(&self) -> Option<&Epoch> {
        let day = self.first_event_day.unwrap_or(0.0);
        self.epochs.iter().find(|e| e.end_day > day)
    }
}

/// The timeline's events in seconds from the start: (price move, storm start, storm end).
fn event_times(s: &SimSettings) -> (Option<f64>, Option<(f64, f64)>) {
    let price = (s.price_move_pct != 0.0).then_some(s.price_week * 7.0 * DAY_S);
    let storm = (s.storm_pct > 0.0 && s.storm_days > 0.0)
        .then_some((s.storm_day * DAY_S, (s.storm_day + s.storm_days) * DAY_S));
    (price, storm)
}

/// Runs the simulator for [`EPOCHS`] epochs on the scenario's price, fees, power price and hash
/// rate (all clamped) with `settings` (clamped).
pub fn run(scenario: &Scenario, settings: &SimSettings) -> Run {
    let sc = scenario.clamped();
    let st = settings.clamped();
    let mut cohorts = build_fleet(&sc, &st);
    let start_ehs = sc.hashrate_ehs;
    let start_height = if st.with_halving() {
        HALVING_START_HEIGHT
    } else {
        START_HEIGHT
    };
    let (price_at, storm) = event_times(&st);
    let moved_price = sc.price_usd * (1.0 + st.price_move_pct / 100.0);
    let times: Vec<f64> = price_at
        .into_iter()
        .chain(storm.into_iter().flat_map(|(a, b)| [a, b]))
        .collect();

    let mut expected = start_ehs;
    let (mut t, mut height) = (0.0_f64, start_height);
    let mut segments = Vec::new();
    let mut epochs = Vec::with_capacity(EPOCHS);
    let mut halving_day = None;
    let mut stalled = false;
    'epochs: for index in 0..EPOCHS {
        if index > 0 {
            fleet::add_arrivals(&mut cohorts, st.arrivals_ehs);
        }
        let (epoch_start_t, epoch_height) = (t, height);
        let mut hashprice_start = None;
        let mut blocks_done = 0.0;
        let blocks = RETARGET_INTERVAL_BLOCKS.value;
        while blocks_done < blocks {
            if segments.len() >= MAX_SEGMENTS {
                stalled = true;
                break 'epochs;
            }
            let price = if price_at.is_some_and(|at| t >= at) {
                moved_price
            } else {
                sc.price_usd
            };
            let reward = subsidy_btc_at(height) + sc.fees_btc;
            let hashprice = hashprice_usd_per_ph_day(price, reward, expected);
            let epoch_start = hashprice_start.is_none();
            hashprice_start.get_or_insert(hashprice);
            for c in cohorts.iter_mut() {
                c.decide(hashprice, index, epoch_start);
            }
            let storm_on = storm.is_some_and(|(a, b)| t >= a && t < b);
            let kept = if storm_on {
                1.0 - st.storm_pct / 100.0
            } else {
                1.0
            };
            let running_ehs: Vec<f64> = (0..MACHINES.len())
                .map(|m| fleet::running_of(&cohorts, m) * kept)
                .collect();
            let running: f64 = running_ehs.iter().sum();
            let next_event = times.iter().copied().filter(|&e| e > t).reduce(f64::min);
            // Blocks per second: running / expected blocks every 600 s.
            let rate = running / expected / TARGET_BLOCK_TIME_S.value;
            let to_halving = (HALVING_HEIGHT > height)
                .then(|| (HALVING_HEIGHT - height) as f64)
                .filter(|&b| b <= blocks - blocks_done);
            let want = to_halving.unwrap_or(blocks - blocks_done);
            let dt_blocks = if rate > 0.0 {
                want / rate
            } else {
                f64::INFINITY
            };
            let dt = next_event.map_or(dt_blocks, |e| (e - t).min(dt_blocks));
            if !dt.is_finite() {
                // Nothing runs and nothing will change: no block comes, so no retarget either.
                // One target epoch of nothing is drawn, and the run says it stalled.
                segments.push(Segment {
                    start_day: t / DAY_S,
                    end_day: (t + target_timespan_s()) / DAY_S,
                    running_ehs,
                    hashprice,
                    price_usd: price,
                });
                stalled = true;
                break 'epochs;
            }
            segments.push(Segment {
                start_day: t / DAY_S,
                end_day: (t + dt) / DAY_S,
                running_ehs,
                hashprice,
                price_usd: price,
            });
            let mined = if dt == dt_blocks { want } else { rate * dt };
            t += dt;
            blocks_done += mined;
            // Whole blocks only move the height the subsidy reads; the halving lands exactly.
            height = epoch_height + (blocks_done + 1e-6).floor() as u64;
            if dt == dt_blocks && to_halving.is_some() {
                height = HALVING_HEIGHT;
                blocks_done = (HALVING_HEIGHT - epoch_height) as f64;
                halving_day = Some(t / DAY_S);
            }
        }
        let timespan = t - epoch_start_t;
        let (next, clamped) = retarget(expected, timespan);
        epochs.push(Epoch {
            start_day: epoch_start_t / DAY_S,
            end_day: t / DAY_S,
            start_height: epoch_height,
            expected_ehs: expected,
            difficulty_t: difficulty_t(expected),
            mean_block_s: timespan / blocks,
            retarget_pct: (next / expected - 1.0) * 100.0,
            clamped,
            hashprice_start: hashprice_start.unwrap_or(0.0),
        });
        expected = next;
        height = epoch_height + RETARGET_INTERVAL_BLOCKS.value as u64;
    }
    let end_ehs = (0..MACHINES.len())
        .map(|m| fleet::running_of(&cohorts, m))
        .sum();
    let first_event_day = [
        price_at.map(|s| s / DAY_S),
        storm.map(|(a, _)| a / DAY_S),
        halving_day,
    ]
    .into_iter()
    .flatten()
    .reduce(f64::min);
    Run {
        settings: st,
        fees_btc: sc.fees_btc,
        start_height,
        segments,
        epochs,
        cohorts,
        start_ehs,
        end_ehs,
        first_event_day,
        halving_day,
        stalled,
    }
}

#[cfg(test)]
#[path = "simulate_tests.rs"]
mod tests;
