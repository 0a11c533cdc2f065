//! Concentration and hardware over time: the Nakamoto coefficient series for the history chart,
//! and the share of the whole network one device of each hardware era would have had.
//!
//! Hardware and hash-rate figures live in `data::hardware` and `data::network`; the functions here
//! take them as plain values so this module does not depend on how those are laid out.

use super::concentration::{group, measure, snapshot_entities};
use crate::data::pools::{ANTPOOL_TEMPLATE_POOLS, BY_YEAR};

/// One point of the coefficient-over-time chart.
#[derive(Debug, Clone, PartialEq)]
pub struct CoefficientPoint {
    /// Decimal year: mid-year (year + 0.5) for a whole-year figure, the date for a moment.
    pub year: f64,
    /// What the point is, in words ("2021", "GHash.io, June 2014").
    pub label: String,
    /// Pools needed for more than half of the blocks.
    pub nakamoto: usize,
    /// The same if pools on AntPool's templates count as one; None where not computed.
    pub nakamoto_template_grouped: Option<usize>,
    /// True for a short episode (GHash.io's ~12 hours), not a period average.
    pub momentary: bool,
}

/// 2014-06-12/13 as a decimal year (day 163 of 365).
const GHASH_MAJORITY_YEAR: f64 = 2014.45;
/// Midpoint of the 30-day snapshot window 2026-03-23..2026-04-22 (2026-04-07, day 97).
const SNAPSHOT_YEAR: f64 = 2026.26;

/// The coefficient series: GHash.io's June 2014 majority (one pool above 50% for ~12 hours, so 1),
/// the reported yearly coefficients 2021..2025, and the 2026 snapshot computed by
/// [`super::concentration::measure`], also with AntPool's template pools grouped.
/// Sources: data::pools (GHASH_2014_06, BY_YEAR, POOL_SNAPSHOT, ANTPOOL_TEMPLATE_POOLS).
pub fn coefficient_series() -> Vec<CoefficientPoint> {
    let mut series = vec![CoefficientPoint {
        year: GHASH_MAJORITY_YEAR,
        label: "GHash.io, June 2014".into(),
        nakamoto: 1,
        nakamoto_template_grouped: None,
        momentary: true,
    }];
    series.extend(BY_YEAR.iter().map(|y| CoefficientPoint {
        year: f64::from(y.year) + 0.5,
        label: y.year.to_string(),
        nakamoto: y.nakamoto,
        nakamoto_template_grouped: None,
        momentary: false,
    }));
    let snapshot = snapshot_entities();
    let grouped = group(&snapshot, &ANTPOOL_TEMPLATE_POOLS, "AntPool & friends")
        .ok()
        .and_then(|g| measure(&g).nakamoto);
    if let Some(nakamoto) = measure(&snapshot).nakamoto {
        series.push(CoefficientPoint {
            year: SNAPSHOT_YEAR,
            label: "30 days to 2026-04-22".into(),
            nakamoto,
            nakamoto_template_grouped: grouped,
            momentary: false,
        });
    }
    series
}

/// Network hash rate in EH/s at `year` (decimal), from `history` = [(decimal year, EH/s)].
///
/// Between two points the hash rate is interpolated log-linearly (straight on a log scale: hash
/// rate grows by factors, 100x from 2013-09 to 2014-06). After the last point it is held at the
/// last value. Before the first point it is None: the network grew by orders of magnitude
/// before 2013-09 (FACTS' first figure) and holding 1 PH/s back to 2009 would be wrong by
/// that much. Points need not be sorted; points with a non-finite year or a non-positive or
/// non-finite hash rate are ignored. Empty history: None.
pub fn network_ehs_at(year: f64, history: &[(f64, f64)]) -> Option<f64> {
    let mut points: Vec<(f64, f64)> = history
        .iter()
        .copied()
        .filter(|&(y, h)| y.is_finite() && h.is_finite() && h > 0.0)
        .collect();
    points.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (first, last) = (points.first()?, points.last()?);
    if !year.is_finite() || year < first.0 {
        return None;
    }
    if year >= last.0 {
        return Some(last.1);
    }
    let i = points.partition_point(|&(y, _)| y <= year);
    // points[i - 1].0 <= year < points[i].0, so the interval has positive length.
    let ((y0, h0), (y1, h1)) = (points[i - 1], points[i]);
    if year == y0 {
        return Some(h0);
    }
    let t = (year - y0) / (y1 - y0);
    Some((h0.ln() + t * (h1.ln() - h0.ln())).exp())
}

/// One device measured against the whole network of its year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DeviceShare {
    /// Network hash rate used, EH/s (interpolated, see [`network_ehs_at`]).
    pub network_ehs: f64,
    /// The device's share of the network, percent.
    pub share_pct: f64,
    /// How many such devices would make up the whole network.
    pub devices_for_network: f64,
}

/// Share of the whole network one device of `device_hs` (H/s) would have had in `year` (decimal).
/// None before the history's first point (see [`network_ehs_at`]: for the CPU, GPU, FPGA and
/// first-ASIC eras FACTS has no network figure), or for a non-positive device hash rate.
pub fn device_share(device_hs: f64, year: f64, history: &[(f64, f64)]) -> Option<DeviceShare> {
    if !(device_hs.is_finite() && device_hs > 0.0) {
        return None;
    }
    let network_ehs = network_ehs_at(year, history)?;
    let network_hs = network_ehs * 1e18;
    Some(DeviceShare {
        network_ehs,
        share_pct: device_hs / network_hs * 100.0,
        devices_for_network: network_hs / device_hs,
    })
}

#[cfg(test)]
#[path = "history_tests.rs"]
mod tests;
