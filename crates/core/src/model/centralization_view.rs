//! What the centralization section's charts and tables show, shaped from the data and the
//! measures: stacked country bars, hardware rows with each device's share of its year's network,
//! and the one-sentence summaries that give each chart its accessible name. Pure, so the words a
//! screen reader hears are the same numbers the tests check.

use super::concentration::{
    country_concentration, Concentration, CountryConcentration, RankedEntity,
};
use super::format;
use super::history::{device_share, CoefficientPoint, DeviceShare};
use crate::data::geography::{Amount, GeoPeriod, RegionFact};
use crate::data::hardware::HardwareGeneration;
use crate::data::Quality;

/// Countries drawn as their own segment, in stacking order: the ones that held a large share in
/// some period. Every other listed country joins "other listed countries".
pub const MAJOR_COUNTRIES: [&str; 5] = ["United States", "China", "Kazakhstan", "Russia", "Canada"];

/// One segment of a stacked country bar.
#[derive(Debug, Clone, PartialEq)]
pub enum GeoSegmentKind {
    /// One of [`MAJOR_COUNTRIES`], by index (the chart's colour).
    Major(usize),
    /// The sum of the other countries the source lists.
    OtherListed,
    /// The share the source does not break down.
    NotBrokenDown,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GeoSegment {
    pub label: String,
    pub kind: GeoSegmentKind,
    /// Percent of the period's hash rate.
    pub share_pct: f64,
}

/// One period's stacked bar and its country concentration.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoBar {
    /// Period as the source gives it ("2019-09..2020-04", "2025-Q4").
    pub as_of: &'static str,
    /// Segments in [`MAJOR_COUNTRIES`] order, then other listed, then not broken down; a country
    /// the source does not give is absent, a reported 0 (China, 2021-08) is kept.
    pub segments: Vec<GeoSegment>,
    /// Names of the countries in "other listed".
    pub other_names: Vec<&'static str>,
    pub concentration: CountryConcentration,
    /// A survey of part of the network (the 2024 figures), not a network-wide estimate.
    pub survey: bool,
    /// For a survey, the share of the network's hash rate it covers, percent.
    pub coverage_pct: Option<f64>,
}

/// Stacked bars for `periods`, oldest first as given.
pub fn geo_bars(periods: &[&GeoPeriod]) -> Vec<GeoBar> {
    periods
        .iter()
        .map(|p| {
            let positive = |s: f64| if s.is_finite() && s > 0.0 { s } else { 0.0 };
            let mut segments: Vec<GeoSegment> = MAJOR_COUNTRIES
                .iter()
                .enumerate()
                .filter_map(|(i, &c)| {
                    p.shares
                        .iter()
                        .find(|(name, _)| *name == c)
                        .map(|&(_, s)| GeoSegment {
                            label: c.to_string(),
                            kind: GeoSegmentKind::Major(i),
                            share_pct: positive(s),
                        })
                })
                .collect();
            let others: Vec<(&'static str, f64)> = p
                .shares
                .iter()
                .filter(|(name, _)| !MAJOR_COUNTRIES.contains(name))
                .copied()
                .collect();
            let other_sum: f64 = others.iter().map(|&(_, s)| positive(s)).sum();
            if other_sum > 0.0 {
                segments.push(GeoSegment {
                    label: "other listed countries".into(),
                    kind: GeoSegmentKind::OtherListed,
                    share_pct: other_sum,
                });
            }
            let concentration = country_concentration(p);
            let rest = (100.0 - concentration.listed_pct).max(0.0);
            if rest >= 0.05 {
                segments.push(GeoSegment {
                    label: "not broken down".into(),
                    kind: GeoSegmentKind::NotBrokenDown,
                    share_pct: rest,
                });
            }
            GeoBar {
                as_of: p.as_of,
                segments,
                other_names: others.iter().map(|&(n, _)| n).collect(),
                concentration,
                survey: p.survey_coverage_pct.is_some(),
                coverage_pct: p.survey_coverage_pct,
            }
        })
        .collect()
}

/// `country`'s share in `bar`, if the source gives it.
pub fn country_share(bar: &GeoBar, country: &str) -> Option<f64> {
    bar.segments
        .iter()
        .find(|s| s.label == country)
        .map(|s| s.share_pct)
}

/// The country HHI the page publishes as `#geo-hhi`'s value: the lower bound `hhi_low`, which
/// spreads the share a source does not break down over many small countries. It is the same
/// convention as the pool HHI (whose "unlisted small pools" bucket is spread thin too), so the two numbers
/// side by side compare like with like; the upper bound is shown next to it as a range.
pub fn published_geo_hhi(c: &CountryConcentration) -> f64 {
    c.hhi_low
}

/// "Foundry USA (30.9%), AntPool (18.0%) and F2Pool (11.1%) found 60.1% of blocks, more than
/// half: a Nakamoto coefficient of 3. HHI 1,626 of 10,000."
pub fn pool_chart_summary(bars: &[RankedEntity], c: &Concentration) -> String {
    let hhi = format!("HHI {} of 10,000.", format::number(c.hhi, 0));
    match c.nakamoto {
        Some(k) => {
            let majority: Vec<&RankedEntity> = bars.iter().filter(|b| b.in_majority).collect();
            let names: Vec<String> = majority
                .iter()
                .map(|b| format!("{} ({}%)", b.name, format::number(b.share_pct, 1)))
                .collect();
            let together = majority.last().map_or(0.0, |b| b.cumulative_pct);
            let pools = if k == 1 { "pool" } else { "pools" };
            format!(
                "{} found {}% of blocks, more than half: a Nakamoto coefficient of {k} {pools}. {hhi}",
                join_words(&names),
                format::number(together, 1),
            )
        }
        None if bars.is_empty() => "No pools left: every pool has been removed.".into(),
        None => format!(
            "No group of the pools shown reaches half of the blocks: the rest comes from pools too \
             small to list, so there is no Nakamoto coefficient. {hhi}"
        ),
    }
}

/// What a pool chart legend entry stands for; the chart picks the colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolLegend {
    /// The pools whose running total first passes half.
    Majority,
    /// Named pools after them.
    OutsideMajority,
    /// Buckets such as [`super::concentration::OTHER_POOLS`] and "unknown".
    Bucket,
    /// The running-total dots.
    RunningTotal,
}

/// The pool chart's legend, in order. "Pools outside the majority" are named pools; the bucket of
/// pools too small to list is [`super::concentration::OTHER_POOLS`], a different name.
pub fn pool_legend(bars: &[RankedEntity]) -> Vec<(PoolLegend, String)> {
    let k = bars.iter().filter(|b| b.in_majority).count();
    let mut entries = Vec::new();
    if k > 0 {
        let pools = if k == 1 { "pool" } else { "pools" };
        entries.push((
            PoolLegend::Majority,
            format!("the {k} {pools} of the majority"),
        ));
    }
    entries.push((
        PoolLegend::OutsideMajority,
        "pools outside the majority".into(),
    ));
    if bars
        .iter()
        .any(|b| b.kind == super::concentration::EntityKind::Aggregate)
    {
        entries.push((PoolLegend::Bucket, "buckets, not one pool".into()));
    }
    entries.push((PoolLegend::RunningTotal, "running total (dots)".into()));
    entries
}

/// Under the pool chart: which bars are buckets.
pub fn pool_buckets_note() -> String {
    format!(
        "\u{201c}{}\u{201d} and \u{201c}{}\u{201d} are buckets: they count in the total, never as \
         one pool.",
        super::concentration::OTHER_POOLS,
        crate::data::pools::UNKNOWN_POOL
    )
}

/// "a", "a and b", "a, b and c".
pub fn join_words(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "One pool, GHash.io, held a majority in June 2014; 4 pools were needed in 2021, 2 in 2023 and
/// 2024, and 3 in the 30 days to 2026-04-22 (2 if AntPool's template pools count as one)."
pub fn coefficient_summary(series: &[CoefficientPoint]) -> String {
    let (Some(first), Some(last)) = (series.first(), series.last()) else {
        return "No coefficient figures.".into();
    };
    let steps: Vec<String> = series
        .iter()
        .map(|p| format!("{} ({})", p.nakamoto, p.label))
        .collect();
    let min = series
        .iter()
        .map(|p| p.nakamoto)
        .min()
        .unwrap_or(first.nakamoto);
    let max = series
        .iter()
        .map(|p| p.nakamoto)
        .max()
        .unwrap_or(first.nakamoto);
    let grouped = last
        .nakamoto_template_grouped
        .map(|g| format!(", or {g} if AntPool's template pools count as one"))
        .unwrap_or_default();
    format!(
        "Pools needed for a majority of blocks: {}{grouped}. It has stayed between {min} and {max}.",
        join_words(&steps)
    )
}

/// "China's share went from 65.1% (2019-09..2020-04) to ~14.1% (2025-Q4); the United States'
/// from 7.2% to 37.8%. The country HHI went from 4,407–4,963 to 1,863–2,932": each a range,
/// since part of each period's hash rate is not broken down by country."
pub fn geo_summary(bars: &[GeoBar]) -> String {
    let (Some(first), Some(last)) = (bars.first(), bars.last()) else {
        return "No country figures.".into();
    };
    let change = |country: &str, who: &str| match (
        country_share(first, country),
        country_share(last, country),
    ) {
        (Some(a), Some(b)) => Some(format!(
            "{who} share went from {}% ({}) to {}% ({})",
            format::number(a, 1),
            format::period(first.as_of),
            format::number(b, 1),
            format::period(last.as_of)
        )),
        _ => None,
    };
    let moves: Vec<String> = [
        change("China", "China's"),
        change("United States", "the United States'"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut text = if moves.is_empty() {
        String::new()
    } else {
        format!("{}. ", join_words(&moves))
    };
    text.push_str(&format!(
        "The country HHI went from {} to {}.",
        hhi_range_text(first),
        hhi_range_text(last)
    ));
    text
}

/// One hardware generation as the "how mining was done earlier" chart and table show it.
#[derive(Debug, Clone, PartialEq)]
pub struct HardwareRow {
    pub name: &'static str,
    pub year: f64,
    pub year_label: &'static str,
    pub hashrate_hs: f64,
    pub j_per_th: f64,
    pub quality: Quality,
    pub source_id: &'static str,
    /// One device against the network of its year; None before the first network figure (2013-09).
    pub share: Option<DeviceShare>,
}

/// Rows for `generations`, each measured against `history` ((decimal year, EH/s)) at its year.
pub fn hardware_rows(
    generations: &[HardwareGeneration],
    history: &[(f64, f64)],
) -> Vec<HardwareRow> {
    generations
        .iter()
        .map(|g| HardwareRow {
            name: g.name,
            year: g.year,
            year_label: g.year_label,
            hashrate_hs: g.hashrate_hs,
            j_per_th: g.j_per_th,
            quality: g.quality,
            source_id: g.source.id,
            share: device_share(g.hashrate_hs, g.year, history),
        })
        .collect()
}

/// How many times less energy per hash the newest row needs than the oldest (first J/TH / last
/// J/TH); None for fewer than two rows or a non-positive figure.
pub fn efficiency_gain(rows: &[HardwareRow]) -> Option<f64> {
    let (first, last) = (rows.first()?, rows.last()?);
    (rows.len() >= 2 && first.j_per_th > 0.0 && last.j_per_th > 0.0)
        .then(|| first.j_per_th / last.j_per_th)
}

/// A ratio as rough as its inputs, in words: one significant figure ("about a million",
/// "about 5,000", "about 30 million").
pub fn about_times(ratio: f64) -> String {
    if !(ratio.is_finite() && ratio > 0.0) {
        return "\u{2014}".into();
    }
    let step = 10f64.powi(ratio.log10().floor() as i32);
    let rounded = (ratio / step).round() * step;
    match rounded {
        r if r >= 1e9 => format!("about {} billion", format::significant_or_whole(r / 1e9)),
        1e6 => "about a million".into(),
        r if r >= 1e6 => format!("about {} million", format::significant_or_whole(r / 1e6)),
        r => format!("about {}", format::number(r, 0)),
    }
}

/// "Energy per terahash fell from about 10,000,000 J/TH (CPU (Phenom II X6), ~2009-13) to about
/// 9.5 J/TH (Antminer S23 Hydro, 2026): about a million times less, an estimate (...). One
/// Antminer S9 was 0.00135% of the whole network in 2016; ..." An end that is an estimate makes
/// the ratio one, and the words say so.
pub fn efficiency_summary(rows: &[HardwareRow]) -> String {
    let (Some(first), Some(last), Some(gain)) = (rows.first(), rows.last(), efficiency_gain(rows))
    else {
        return "Not enough hardware figures to compare.".into();
    };
    let estimate = if first.quality == Quality::Estimate || last.quality == Quality::Estimate {
        ", an estimate (the figures at either end are estimates)"
    } else {
        ""
    };
    let mut text = format!(
        "Energy per terahash fell from about {} J/TH ({}, {}) to about {} J/TH ({}, {}): {} \
         times less{estimate}.",
        format::significant_or_whole(first.j_per_th),
        first.name,
        first.year_label,
        format::significant_or_whole(last.j_per_th),
        last.name,
        last.year_label,
        about_times(gain),
    );
    let with_share: Vec<&HardwareRow> = rows.iter().filter(|r| r.share.is_some()).collect();
    if let (Some(a), Some(b)) = (with_share.first(), with_share.last()) {
        if let (Some(sa), Some(sb)) = (a.share, b.share) {
            text.push_str(&format!(
                " One {} was {}% of the whole network in {}; one {} is {}% in {}.",
                a.name,
                format::significant(sa.share_pct),
                a.year_label,
                b.name,
                format::significant(sb.share_pct),
                b.year_label
            ));
        }
    }
    text
}

/// A regional figure as the page prints it: "~600 MW", "more than 60 sites", "1.2-1.5%",
/// "14,000 MW (2024-08)", with the approximation words the source used.
pub fn region_fact_text(fact: &RegionFact) -> String {
    let n = |v: f64| format::significant_or_whole(v);
    let value = match fact.amount {
        Amount::Exactly(v) => n(v),
        Amount::About(v) => format!("~{}", n(v)),
        Amount::MoreThan(v) => format!("more than {}", n(v)),
        Amount::Between(lo, hi) => format!("{}-{}", n(lo), n(hi)),
    };
    let with_unit = match fact.unit {
        "%" => format!("{value}%"),
        unit => format!("{value} {unit}"),
    };
    match fact.as_of {
        Some(date) => format!("{with_unit} ({date})"),
        None => with_unit,
    }
}

mod geography;
mod tables;
pub use geography::*;
pub use tables::*;

#[cfg(test)]
#[path = "centralization_view_tests.rs"]
mod tests;
