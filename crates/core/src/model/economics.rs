//! The economics of mining one bitcoin: a [`Scenario`] of inputs in, an [`Outcome`] out, plus the
//! series behind the page's three charts and the region table. Pure functions, no UI.
//!
//! # Never NaN, never infinite
//! `Scenario`'s fields are public (the UI builds it), so no function here trusts them.
//! Every function first passes the scenario through [`Scenario::clamped`]: NaN becomes the default
//! and every other value (infinities too) is clamped into its [`ParamSpec`] range, so hash rate
//! (>= 50 EH/s), efficiency (>= 5 J/TH) and hardware life (>= 1 year) are positive. The one divisor
//! a valid scenario can still zero, the block reward (subsidy 0 and fees 0), is floored at one
//! satoshi per block ([`MIN_REWARD_BTC_PER_BLOCK`]): the cost per bitcoin then becomes enormous but
//! finite, which is the honest answer. Extra arguments (a kWh price, chart ranges) are clamped
//! into the same ranges, and point counts into `2..=MAX_POINTS`. With all inputs bounded, every
//! product and quotient below is bounded too.
//!
//! [`ParamSpec`]: super::scenario::ParamSpec

mod charts;
pub use charts::{
    cost_sweep, generation_economics, margin_grid, region_economics, CostPoint,
    GenerationEconomics, MarginGrid, RegionEconomics, Verdict,
};

/// Blocks per day at the 600 s target block time (86,400 s / 600 s).
pub const BLOCKS_PER_DAY: f64 = 144.0;

/// Smallest block reward the model divides by: one satoshi (BTC).
pub const MIN_REWARD_BTC_PER_BLOCK: f64 = 1e-8;

/// Most points a sweep or grid axis returns.
pub const MAX_POINTS: usize = 1001;

/// Every input of the model. Build it with `Scenario::default()`, [`Scenario::from_query`],
/// [`Scenario::set`] or a preset so values stay in range; struct literals can bypass
/// that, which is why the functions here clamp anyway.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scenario {
    /// Bitcoin market price (USD per BTC).
    pub price_usd: f64,
    /// Electricity price paid by miners (USD per kWh).
    pub kwh_usd: f64,
    /// Average fleet efficiency (joules per terahash).
    pub eff_j_per_th: f64,
    /// Network hash rate (EH/s = 10^18 hashes per second).
    pub hashrate_ehs: f64,
    /// Transaction fees per block (BTC).
    pub fees_btc: f64,
    /// Block subsidy (BTC per block).
    pub subsidy_btc: f64,
    /// Hardware price (USD per TH/s of capacity).
    pub capex_usd_per_ths: f64,
    /// Years over which hardware is written off.
    pub life_years: f64,
    /// Operating costs other than electricity, as a share of the electricity bill (0.233 = 23.3%).
    pub opex_share: f64,
}

/// What a scenario implies for the whole network, per day and per bitcoin mined.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    /// Bitcoins mined per day: 144 x (subsidy + fees).
    pub btc_per_day: f64,
    /// Miners' revenue (USD per day).
    pub revenue_usd_per_day: f64,
    /// Revenue per unit of hash rate (USD per PH/s per day).
    pub hashprice_usd_per_ph_day: f64,
    /// Network power draw (watts).
    pub power_w: f64,
    /// Network power draw (gigawatts).
    pub power_gw: f64,
    /// Electricity used (kWh per day).
    pub energy_kwh_per_day: f64,
    /// Electricity cost (USD per bitcoin mined).
    pub energy_usd_per_btc: f64,
    /// Other operating costs (USD per bitcoin mined).
    pub other_opex_usd_per_btc: f64,
    /// Hardware write-off (USD per day).
    pub hardware_usd_per_day: f64,
    /// Hardware write-off (USD per bitcoin mined).
    pub hardware_usd_per_btc: f64,
    /// Electricity + other opex + hardware (USD per bitcoin mined).
    pub all_in_usd_per_btc: f64,
    /// Electricity price at which the power bill alone eats all revenue (USD per kWh).
    pub breakeven_kwh_usd: f64,
    /// Electricity price at which the all-in cost equals the price (USD per kWh; 0 if none).
    pub breakeven_all_in_kwh_usd: f64,
    /// Price minus all-in cost (USD per bitcoin; negative = loss).
    pub margin_usd_per_btc: f64,
    /// Whether the margin is positive.
    pub profitable: bool,
}

/// Computes the [`Outcome`] of a scenario (clamped first; see the module docs).
pub fn outcome(s: &Scenario) -> Outcome {
    let s = s.clamped();
    let btc_per_day = BLOCKS_PER_DAY * (s.subsidy_btc + s.fees_btc).max(MIN_REWARD_BTC_PER_BLOCK);
    let revenue_usd_per_day = btc_per_day * s.price_usd;
    let ths = s.hashrate_ehs * 1e6;
    let power_w = ths * s.eff_j_per_th;
    let energy_kwh_per_day = power_w * 24.0 / 1000.0;
    let energy_usd_per_day = energy_kwh_per_day * s.kwh_usd;
    let energy_usd_per_btc = energy_usd_per_day / btc_per_day;
    let hardware_usd_per_day = ths * s.capex_usd_per_ths / (s.life_years * 365.0);
    let all_in_usd_per_btc =
        (energy_usd_per_day * (1.0 + s.opex_share) + hardware_usd_per_day) / btc_per_day;
    let breakeven_all_in =
        (revenue_usd_per_day - hardware_usd_per_day) / (energy_kwh_per_day * (1.0 + s.opex_share));
    let margin_usd_per_btc = s.price_usd - all_in_usd_per_btc;
    Outcome {
        btc_per_day,
        revenue_usd_per_day,
        hashprice_usd_per_ph_day: hashprice_usd_per_ph_day(
            s.price_usd,
            s.subsidy_btc + s.fees_btc,
            s.hashrate_ehs,
        ),
        power_w,
        power_gw: power_w / 1e9,
        energy_kwh_per_day,
        energy_usd_per_btc,
        other_opex_usd_per_btc: energy_usd_per_btc * s.opex_share,
        hardware_usd_per_day,
        hardware_usd_per_btc: hardware_usd_per_day / btc_per_day,
        all_in_usd_per_btc,
        breakeven_kwh_usd: revenue_usd_per_day / energy_kwh_per_day,
        breakeven_all_in_kwh_usd: breakeven_all_in.max(0.0),
        margin_usd_per_btc,
        profitable: margin_usd_per_btc > 0.0,
    }
}

/// Revenue per unit of hash rate (USD per PH/s per day) when blocks come every 600 s: 144 blocks x
/// `reward_btc` (floored at one satoshi) x `price_usd` / (`hashrate_ehs` x 1,000 PH/s per EH/s).
/// The hash rate is the one the difficulty expects; callers keep it positive.
pub fn hashprice_usd_per_ph_day(price_usd: f64, reward_btc: f64, hashrate_ehs: f64) -> f64 {
    BLOCKS_PER_DAY * reward_btc.max(MIN_REWARD_BTC_PER_BLOCK) * price_usd / (hashrate_ehs * 1000.0)
}

/// Power bill of one PH/s for a day (USD): `j_per_th` J/TH x 1,000 TH/s = `j_per_th` kW, x 24 h
/// x `kwh_usd`. Other operating costs are left out.
pub fn power_usd_per_ph_day(j_per_th: f64, kwh_usd: f64) -> f64 {
    j_per_th * 24.0 * kwh_usd
}

/// All-in cost per bitcoin (USD) if electricity cost `kwh_usd` instead (clamped to 0..0.30).
pub fn cost_per_btc_at_kwh(s: &Scenario, kwh_usd: f64) -> f64 {
    outcome(&Scenario { kwh_usd, ..*s }).all_in_usd_per_btc
}

#[cfg(test)]
#[path = "economics_tests.rs"]
mod tests;
