//! The centralization charts' "show the data as a table" alternatives, each built from the data
//! its chart draws: the pool bars, the coefficient series, the stacked country bars and the
//! hardware rows.

use super::{GeoBar, GeoSegmentKind, HardwareRow, MAJOR_COUNTRIES, NOT_GIVEN};
use crate::data::Quality;
use crate::model::concentration::{EntityKind, RankedEntity};
use crate::model::data_table::DataTable;
use crate::model::format;
use crate::model::history::CoefficientPoint;

fn pct(v: f64) -> String {
    format!("{}%", format::number(v, 1))
}

/// The pool chart as a table: each bar's share of the blocks and the running total the 50% line
/// is read against.
pub fn pool_table(bars: &[RankedEntity]) -> DataTable {
    let mut t = DataTable::new(
        "Share of blocks by pool, largest first",
        &[
            ("Pool", false),
            ("Share of blocks", true),
            ("Running total", true),
        ],
    );
    for b in bars {
        let name = match b.kind {
            EntityKind::Single => b.name.clone(),
            EntityKind::Aggregate => format!("{} (bucket)", b.name),
        };
        t.push(vec![name, pct(b.share_pct), pct(b.cumulative_pct)]);
    }
    t
}

/// The coefficient chart as a table: pools needed for half of the blocks at each point.
pub fn coefficient_table(series: &[CoefficientPoint]) -> DataTable {
    let mut t = DataTable::new(
        "Nakamoto coefficient over time: pools needed for more than half of the blocks",
        &[
            ("When", false),
            ("Pools for half", true),
            ("With AntPool's template pools as one", true),
        ],
    );
    for p in series {
        let when = if p.momentary {
            format!("{} (about 12 hours)", p.label)
        } else {
            p.label.clone()
        };
        t.push(vec![
            when,
            p.nakamoto.to_string(),
            p.nakamoto_template_grouped
                .map_or_else(|| "\u{2014}".to_string(), |g| g.to_string()),
        ]);
    }
    t
}

/// The country chart as a table: one row per period, one column per stacked segment;
/// [`NOT_GIVEN`] where the source gives no figure, as in the country table.
pub fn geo_table(bars: &[GeoBar]) -> DataTable {
    let mut columns: Vec<(&str, bool)> = vec![("Period", false)];
    columns.extend(MAJOR_COUNTRIES.iter().map(|&c| (c, true)));
    columns.extend([("Other listed", true), ("Not broken down", true)]);
    let mut t = DataTable::new("Share of hash rate by country and period", &columns);
    for b in bars {
        let cell = |want: &dyn Fn(&GeoSegmentKind) -> bool| {
            b.segments
                .iter()
                .find(|s| want(&s.kind))
                .map_or_else(|| NOT_GIVEN.to_string(), |s| pct(s.share_pct))
        };
        let mut row = vec![if b.survey {
            format!("{} (survey)", format::period(b.as_of))
        } else {
            format::period(b.as_of)
        }];
        row.extend(
            (0..MAJOR_COUNTRIES.len())
                .map(|i| cell(&|k: &GeoSegmentKind| *k == GeoSegmentKind::Major(i))),
        );
        row.push(cell(&|k: &GeoSegmentKind| {
            *k == GeoSegmentKind::OtherListed
        }));
        row.push(cell(&|k: &GeoSegmentKind| {
            *k == GeoSegmentKind::NotBrokenDown
        }));
        t.push(row);
    }
    t
}

/// The efficiency chart as a table: each device's energy per terahash and its share of the
/// network in its year.
pub fn efficiency_table(rows: &[HardwareRow]) -> DataTable {
    let mut t = DataTable::new(
        "Mining hardware: energy per terahash and one device's share of the network",
        &[
            ("Device", false),
            ("Year", false),
            ("J/TH", true),
            ("Figure", false),
            ("Share of network (derived)", true),
        ],
    );
    for r in rows {
        t.push(vec![
            r.name.to_string(),
            r.year_label.to_string(),
            format::significant_or_whole(r.j_per_th),
            match r.quality {
                Quality::Reported => "reported",
                Quality::Derived => "derived",
                Quality::Estimate => "estimate",
            }
            .to_string(),
            r.share.map_or_else(
                || "\u{2014}".to_string(),
                |s| format!("{}%", format::significant(s.share_pct)),
            ),
        ]);
    }
    t
}

#[cfg(test)]
#[path = "tables_tests.rs"]
mod tests;
