//! Concentration measures (Nakamoto coefficient, Herfindahl-Hirschman index) of shares and of
//! countries; the what-ifs on pool lists live in [`what_if`] and are re-exported here.
//!
//! Shares are weights in any unit (percent of blocks, EH/s). The plain measures normalize them to
//! their sum: after a pool is removed its hash rate leaves and the others' shares grow. The
//! `_of_total` variants take the total explicitly for lists that cover only part of it (a top-5
//! list, countries adding to 93%): the unlisted rest counts in the total but is treated as spread
//! over many entities too small to matter, so it never counts as one entity and adds ~0 to the HHI.

use crate::data::geography::GeoPeriod;
use crate::model::format;

pub mod what_if;

pub use what_if::{
    entities_from_pools, group, measure, merge, ranked, remove, snapshot_entities, Concentration,
    Entity, EntityKind, RankedEntity, WhatIfError, OTHER_POOLS,
};

/// Running sums within this relative distance of exactly half count as half, so that rounding
/// cannot turn a tie ([50, 50], 1,000 x 0.1) into a majority.
const HALF_SLACK: f64 = 1e-9;

/// Negative, NaN and infinite shares count as 0.
fn clean(share: f64) -> f64 {
    if share.is_finite() && share > 0.0 {
        share
    } else {
        0.0
    }
}

/// Cleaned shares and the total to divide by: `total` if given and above their sum, else the sum.
fn basis(shares: &[f64], total: Option<f64>) -> (Vec<f64>, f64) {
    let cleaned: Vec<f64> = shares.iter().map(|&s| clean(s)).collect();
    let listed: f64 = cleaned.iter().sum();
    match total {
        Some(t) if t.is_finite() && t > listed => (cleaned, t),
        _ => (cleaned, listed),
    }
}

fn nakamoto(shares: &[f64], total: Option<f64>) -> Option<usize> {
    let (mut shares, total) = basis(shares, total);
    if total <= 0.0 {
        return None;
    }
    shares.sort_by(|a, b| b.total_cmp(a));
    let needed = total / 2.0 * (1.0 + HALF_SLACK);
    let mut running = 0.0;
    for (i, share) in shares.iter().enumerate() {
        running += share;
        if running > needed {
            return Some(i + 1);
        }
    }
    None
}

fn herfindahl(shares: &[f64], total: Option<f64>) -> f64 {
    let (shares, total) = basis(shares, total);
    if total <= 0.0 {
        return 0.0;
    }
    let sum: f64 = shares.iter().map(|s| (s / total * 100.0).powi(2)).sum();
    sum.min(10_000.0)
}

/// Nakamoto coefficient: the fewest entities whose shares add to strictly more than half of their
/// sum (exactly half is not a majority: [50, 50] gives 2). Shares are normalized to their sum.
/// Returns a count in 1..=n, or None when the shares add to 0 (empty, all zero).
pub fn nakamoto_coefficient(shares: &[f64]) -> Option<usize> {
    nakamoto(shares, None)
}

/// Nakamoto coefficient of a partial list: shares are parts of `total` (100 for percentages); the
/// unlisted rest is never counted as one entity. None if the listed shares cannot exceed half.
pub fn nakamoto_coefficient_of_total(shares: &[f64], total: f64) -> Option<usize> {
    nakamoto(shares, Some(total))
}

/// Herfindahl-Hirschman index: sum of squared percentage shares, shares normalized to 100.
/// 0..=10,000 (one entity: 10,000; n equal entities: 10,000/n); empty or all-zero input: 0.
pub fn hhi(shares: &[f64]) -> f64 {
    herfindahl(shares, None)
}

/// HHI of a partial list whose shares are parts of `total`: the unlisted rest adds ~0 (spread
/// thin), which makes this a lower bound.
pub fn hhi_of_total(shares: &[f64], total: f64) -> f64 {
    herfindahl(shares, Some(total))
}

/// Concentration of hash rate by country in one period.
#[derive(Debug, Clone, PartialEq)]
pub struct CountryConcentration {
    /// Countries needed for more than half of the hash rate, counting listed countries only
    /// (an upper bound when the unlisted rest is large).
    pub nakamoto: Option<usize>,
    /// HHI with the unlisted rest spread over many small countries (lower bound).
    pub hhi_low: f64,
    /// HHI if the unlisted rest were one country (upper bound); equal to `hhi_low` when the
    /// listed countries cover 100%.
    pub hhi_high: f64,
    /// Percent of the period's hash rate the listed countries cover.
    pub listed_pct: f64,
    /// Set when the figures cover less than the whole network (partial list, survey).
    pub note: Option<String>,
}

/// Country concentration of a period. Shares are percent of the period's hash rate (of surveyed
/// miners for a survey); countries the source does not give, and "others", are the unlisted rest
/// 100 - listed, which bounds the HHI (see the fields).
pub fn country_concentration(period: &GeoPeriod) -> CountryConcentration {
    let shares: Vec<f64> = period.shares.iter().map(|&(_, s)| s).collect();
    let listed: f64 = shares.iter().map(|&s| clean(s)).sum();
    let rest = (100.0 - listed).max(0.0);
    let mut with_rest = shares.clone();
    with_rest.push(rest);
    let (low, high) = (hhi_of_total(&shares, 100.0), hhi(&with_rest));
    let mut notes = Vec::new();
    if rest >= 0.05 {
        // The bounds with separators, as every other HHI on the page ("4,407", not "4407").
        notes.push(format!(
            "The countries listed cover {listed:.1}% of the hash rate; the other {rest:.1}% is not \
             broken down, so the HHI is a range: {} if it is spread over many countries, {} if it \
             were one.",
            format::number(low, 0),
            format::number(high, 0),
        ));
    }
    if let Some(cov) = period.survey_coverage_pct {
        notes.push(format!(
            "Shares are of surveyed miners, who hold only {cov:.0}% of the network hash rate."
        ));
    }
    CountryConcentration {
        nakamoto: nakamoto_coefficient_of_total(&shares, 100.0),
        hhi_low: low,
        hhi_high: high,
        listed_pct: listed,
        note: (!notes.is_empty()).then(|| notes.join(" ")),
    }
}

#[cfg(test)]
#[path = "concentration_tests.rs"]
mod tests;
