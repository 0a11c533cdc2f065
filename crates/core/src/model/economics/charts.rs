//! The series behind the page's charts and the region table, all derived from [`outcome`].
//! Chart ranges are clamped into the inputs' ranges and point counts into `2..=MAX_POINTS`, so
//! every value returned is finite (see the parent module's docs).

use std::ops::RangeInclusive;

use super::{cost_per_btc_at_kwh, outcome, Scenario, MAX_POINTS};
use crate::data::hardware::HardwareGeneration;
use crate::data::regions::Region;
use crate::model::scenario::Param;

/// One point of chart 1: the cost of a bitcoin, split by kind, at one electricity price.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CostPoint {
    pub kwh_usd: f64,
    pub energy_usd_per_btc: f64,
    pub other_opex_usd_per_btc: f64,
    pub hardware_usd_per_btc: f64,
    pub all_in_usd_per_btc: f64,
}

/// Chart 1: cost per bitcoin at `n` evenly spaced electricity prices across `kwh_usd` (USD/kWh).
/// The range is clamped to 0..0.30 and ordered ascending; `n` is clamped to `2..=MAX_POINTS`.
pub fn cost_sweep(s: &Scenario, kwh_usd: RangeInclusive<f64>, n: usize) -> Vec<CostPoint> {
    axis(Param::Kwh, kwh_usd, n)
        .into_iter()
        .map(|kwh_usd| {
            let o = outcome(&Scenario { kwh_usd, ..*s });
            CostPoint {
                kwh_usd,
                energy_usd_per_btc: o.energy_usd_per_btc,
                other_opex_usd_per_btc: o.other_opex_usd_per_btc,
                hardware_usd_per_btc: o.hardware_usd_per_btc,
                all_in_usd_per_btc: o.all_in_usd_per_btc,
            }
        })
        .collect()
}

/// Chart 2: margin per bitcoin over electricity price x bitcoin price.
#[derive(Debug, Clone, PartialEq)]
pub struct MarginGrid {
    /// Electricity prices, ascending (USD per kWh): the columns.
    pub kwh_usd: Vec<f64>,
    /// Bitcoin prices, ascending (USD): the rows.
    pub price_usd: Vec<f64>,
    /// `margin_usd_per_btc[row][column]`: price minus all-in cost (USD per BTC).
    pub margin_usd_per_btc: Vec<Vec<f64>>,
}

/// Chart 2: margins on an `n` (electricity) x `m` (price) grid. Ranges are clamped to the
/// parameters' ranges and ordered ascending; counts are clamped to `2..=MAX_POINTS`.
pub fn margin_grid(
    s: &Scenario,
    kwh_usd: RangeInclusive<f64>,
    n: usize,
    price_usd: RangeInclusive<f64>,
    m: usize,
) -> MarginGrid {
    let kwh_axis = axis(Param::Kwh, kwh_usd, n);
    let price_axis = axis(Param::Price, price_usd, m);
    // The all-in cost does not depend on the bitcoin price: compute each column once.
    let costs: Vec<f64> = kwh_axis
        .iter()
        .map(|&k| cost_per_btc_at_kwh(s, k))
        .collect();
    let margin_usd_per_btc = price_axis
        .iter()
        .map(|&p| costs.iter().map(|&c| p - c).collect())
        .collect();
    MarginGrid {
        kwh_usd: kwh_axis,
        price_usd: price_axis,
        margin_usd_per_btc,
    }
}

/// Chart 3: what one TH/s of a hardware generation earns and costs per day in a scenario.
/// Hardware cost is left out: old machines are paid for, and the question is whether they
/// still cover their power bill.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GenerationEconomics<'a> {
    pub generation: &'a HardwareGeneration,
    /// Revenue (USD per TH/s per day): hashprice / 1000.
    pub revenue_usd_per_ths_day: f64,
    /// Electricity + other opex (USD per TH/s per day): J/TH x 24 / 1000 x kwh x (1 + opex).
    pub cost_usd_per_ths_day: f64,
    /// Revenue minus cost (USD per TH/s per day).
    pub profit_usd_per_ths_day: f64,
    /// Electricity price at which this generation breaks even (USD per kWh).
    pub breakeven_kwh_usd: f64,
    pub profitable: bool,
}

/// Chart 3: [`GenerationEconomics`] of each generation at the scenario's hashprice and power price.
pub fn generation_economics<'a>(
    s: &Scenario,
    generations: &'a [HardwareGeneration],
) -> Vec<GenerationEconomics<'a>> {
    let c = s.clamped();
    let revenue = outcome(&c).hashprice_usd_per_ph_day / 1000.0;
    generations
        .iter()
        .map(|g| {
            // Static data, but a caller may pass its own: keep efficiency positive and finite.
            let j_per_th = if g.j_per_th.is_finite() {
                g.j_per_th.clamp(1e-3, 1e12)
            } else {
                1e12
            };
            // kWh per TH/s per day, grossed up by the other opex paid per kWh.
            let paid_kwh_per_ths_day = j_per_th * 24.0 / 1000.0 * (1.0 + c.opex_share);
            let cost = paid_kwh_per_ths_day * c.kwh_usd;
            GenerationEconomics {
                generation: g,
                revenue_usd_per_ths_day: revenue,
                cost_usd_per_ths_day: cost,
                profit_usd_per_ths_day: revenue - cost,
                breakeven_kwh_usd: revenue / paid_kwh_per_ths_day,
                profitable: revenue > cost,
            }
        })
        .collect()
}

/// How a region fares at the scenario's bitcoin price, across its range of power prices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Profitable even at the region's highest reported price.
    Wins,
    /// Loses money even at its lowest reported price.
    Loses,
    /// Profitable at the low end of the range, not at the high end.
    Depends,
}

/// A region's all-in cost per bitcoin at the ends of its electricity price range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RegionEconomics<'a> {
    pub region: &'a Region,
    /// All-in cost at the region's lowest price (USD per BTC).
    pub cost_low_usd_per_btc: f64,
    /// All-in cost at the region's highest price (USD per BTC).
    pub cost_high_usd_per_btc: f64,
    pub verdict: Verdict,
}

/// The region table: each region's cost range and [`Verdict`] at the scenario's bitcoin price
/// (with the scenario's fleet efficiency, other opex and hardware cost).
pub fn region_economics<'a>(s: &Scenario, regions: &'a [Region]) -> Vec<RegionEconomics<'a>> {
    let price = s.clamped().price_usd;
    regions
        .iter()
        .map(|r| {
            let low = cost_per_btc_at_kwh(s, r.usd_per_kwh_low.min(r.usd_per_kwh_high));
            let high = cost_per_btc_at_kwh(s, r.usd_per_kwh_low.max(r.usd_per_kwh_high));
            let verdict = if high < price {
                Verdict::Wins
            } else if low >= price {
                Verdict::Loses
            } else {
                Verdict::Depends
            };
            RegionEconomics {
                region: r,
                cost_low_usd_per_btc: low,
                cost_high_usd_per_btc: high,
                verdict,
            }
        })
        .collect()
}

/// `n` evenly spaced values across `range`, clamped into `param`'s range and sorted ascending.
fn axis(param: Param, range: RangeInclusive<f64>, n: usize) -> Vec<f64> {
    let spec = param.spec();
    let (a, b) = (spec.clamp(*range.start()), spec.clamp(*range.end()));
    let (lo, hi) = (a.min(b), a.max(b));
    let n = n.clamp(2, MAX_POINTS);
    let step = (hi - lo) / (n - 1) as f64;
    (0..n)
        .map(|i| if i == n - 1 { hi } else { lo + step * i as f64 })
        .collect()
}

#[cfg(test)]
#[path = "charts_tests.rs"]
mod tests;
