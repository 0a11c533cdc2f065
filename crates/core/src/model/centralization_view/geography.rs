//! The "where the hash rate is" block as the page prints it: the pool panel's sentence next to the
//! country one ("operationally concentrated yet geographically spreading"), the published country
//! HHI, the note on its range, the country table's rows and each period's caveats. Built from the
//! stacked country bars, so the component only lays the strings out.

use super::{country_share, published_geo_hhi, region_fact_text, GeoBar};
use crate::data::geography::RegionProfile;
use crate::model::concentration::Concentration;
use crate::model::format;

/// A share the source does not give, written the same in the country table, the chart's data
/// table and the sentences ("n/a" in one place and a dash in another read as two meanings).
pub const NOT_GIVEN: &str = "n/a";

/// One row of the country table (`#geo-table`).
#[derive(Debug, Clone, PartialEq)]
pub struct GeoRow {
    /// Period as the source gives it; the page prints it with `period`, which keeps dates whole.
    pub as_of: &'static str,
    /// A survey of part of the network, marked "(survey)" after the period.
    pub survey: bool,
    /// The United States' share, "37.8%", or "n/a" where the source gives none.
    pub us: String,
    /// China's share, as `us`.
    pub china: String,
    /// Listed countries needed for more than half of the hash rate, or "n/a".
    pub countries_for_half: String,
    /// The country HHI, "1,863", or its range "1,863–2,932" when the unlisted share bounds it.
    pub hhi: String,
}

/// Everything the geography block prints, from the country bars and the pools' measures.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoView {
    /// "3 pools find more than half of the blocks; pool HHI 1,626" (the page cites the pools).
    pub pools_text: String,
    /// "China 65.1% (2019-09 – 2020-04) to 14.1% (2025-Q4); country HHI 4,407–4,963 to ",
    /// followed on the page by the newest HHI's range: each period's range, never one bound.
    pub spread_text: String,
    /// The newest period's country HHI as `#geo-hhi` prints it: its range ([`hhi_range_text`]).
    pub geo_hhi_text: String,
    /// The published lower bound ([`published_geo_hhi`]) to one decimal, `#geo-hhi`'s
    /// `data-value` ("1863.0").
    pub geo_hhi_value: String,
    /// Why the newest HHI is a range and what each end assumes.
    pub range_note: String,
    /// The table's rows, oldest period first.
    pub rows: Vec<GeoRow>,
    /// Each period's caveats, "2021-08: The countries listed cover 91.5% ...".
    pub period_notes: Vec<String>,
}

/// `country`'s share in `bar` as the page prints it: "37.8%", or "n/a" if the source gives none.
pub fn share_text(bar: &GeoBar, country: &str) -> String {
    country_share(bar, country).map_or_else(
        || NOT_GIVEN.to_string(),
        |s| format!("{}%", format::number(s, 1)),
    )
}

/// The country HHI of `bar`: "1,863", or "1,863–2,932" when the share the source does not break
/// down makes it a range (bounds more than half a point apart).
pub fn hhi_range_text(bar: &GeoBar) -> String {
    let c = &bar.concentration;
    if (c.hhi_high - c.hhi_low).abs() < 0.5 {
        format::number(c.hhi_low, 0)
    } else {
        format!(
            "{}\u{2013}{}",
            format::number(c.hhi_low, 0),
            format::number(c.hhi_high, 0)
        )
    }
}

/// The table's rows for `bars`, in their order.
pub fn geo_rows(bars: &[GeoBar]) -> Vec<GeoRow> {
    bars.iter()
        .map(|b| GeoRow {
            as_of: b.as_of,
            survey: b.survey,
            us: share_text(b, "United States"),
            china: share_text(b, "China"),
            countries_for_half: b
                .concentration
                .nakamoto
                .map_or_else(|| NOT_GIVEN.to_string(), |k| k.to_string()),
            hhi: hhi_range_text(b),
        })
        .collect()
}

/// The block's words for `bars` (oldest first) next to the pools' `pools` measures; None without
/// a period to show.
pub fn geo_view(bars: &[GeoBar], pools: &Concentration) -> Option<GeoView> {
    let (first, newest) = (bars.first()?, bars.last()?);
    let geo = &newest.concentration;
    let published = published_geo_hhi(geo);
    Some(GeoView {
        pools_text: format!(
            "{} pools find more than half of the blocks; pool HHI {}",
            pools
                .nakamoto
                .map_or_else(|| "No set of".to_string(), |k| k.to_string()),
            format::number(pools.hhi, 0)
        ),
        spread_text: format!(
            "China {} ({}) to {} ({}); country HHI {} to ",
            share_text(first, "China"),
            format::period(first.as_of),
            share_text(newest, "China"),
            format::period(newest.as_of),
            hhi_range_text(first)
        ),
        geo_hhi_text: hhi_range_text(newest),
        geo_hhi_value: format!("{published:.1}"),
        range_note: format!(
            "The HHI for {} is a range, {} to {}: the lower value spreads the {}% the source \
             does not break down over many small countries, like the pool HHI does with its \
             small pools; the higher counts it as one country.",
            format::period(newest.as_of),
            format::number(geo.hhi_low, 0),
            format::number(geo.hhi_high, 0),
            format::number(100.0 - geo.listed_pct, 1)
        ),
        rows: geo_rows(bars),
        period_notes: bars
            .iter()
            .filter_map(|b| {
                let note = b.concentration.note.as_ref()?;
                Some(format!("{}: {note}", format::period(b.as_of)))
            })
            .collect(),
    })
}

/// A country's note as a list: each figure, "Mining sites: more than 60 sites (2024-08)", then
/// each dated event, "Permits for new mining paused (2025-02)".
pub fn region_lines(profile: &RegionProfile) -> Vec<String> {
    let facts = profile
        .facts
        .iter()
        .map(|f| format!("{}: {}", f.what, region_fact_text(f)));
    let events = profile
        .events
        .iter()
        .map(|e| format!("{} ({})", e.what, format::period(e.as_of)));
    facts.chain(events).collect()
}

#[cfg(test)]
#[path = "geography_tests.rs"]
mod tests;
