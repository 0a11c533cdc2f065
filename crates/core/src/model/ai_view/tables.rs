//! The AI charts' "show the data as a table" alternatives, built from the data each chart draws:
//! the edge AI market paths and ranges, and the on-device models against the phone's memory.

use super::{gb_range, EdgeAiChart, ModelFitRow};
use crate::data::Quality;
use crate::model::ai::Fit;
use crate::model::data_table::DataTable;
use crate::model::format;

/// How a model fits on the phone, in words.
pub fn fit_words(fit: Fit) -> &'static str {
    match fit {
        Fit::Fits => "fits",
        Fit::SmallerSizesOnly => "smaller sizes only",
        Fit::TooBig => "too big",
    }
}

/// The CSS class of a fit's table cell (`td.fit-fits` and so on in style.css).
pub fn fit_class(fit: Fit) -> &'static str {
    match fit {
        Fit::Fits => "fit-fits",
        Fit::SmallerSizesOnly => "fit-smallersizesonly",
        Fit::TooBig => "fit-toobig",
    }
}

fn busd(v: f64) -> String {
    format::number(v, 1)
}

/// The edge AI chart as a table: each year of the two constant-rate paths, and the other
/// estimates' ranges in the years the chart draws them.
pub fn edge_ai_table(c: &EdgeAiChart) -> DataTable {
    let mut t = DataTable::new(
        "Edge AI market, billion USD a year: the article's figures joined at a constant rate, \
         where \u{201c}nearly 300%\u{201d} would lead, and other estimates",
        &[
            ("Year", false),
            ("Constant-rate path", true),
            ("At \u{201c}nearly 300%\u{201d}", true),
            ("Other estimates", true),
        ],
    );
    let range = |(lo, hi): (f64, f64)| format!("{}\u{2013}{}", busd(lo), busd(hi));
    for (i, &(year, value)) in c.path.iter().enumerate() {
        let claimed = c
            .claimed_path
            .get(i)
            .map_or_else(|| "\u{2014}".to_string(), |&(_, v)| busd(v));
        let other = if year == c.endpoints[0].0 {
            range(c.other_start)
        } else if (c.other_end_years.0..=c.other_end_years.1).contains(&year) {
            range(c.other_end)
        } else {
            "\u{2014}".to_string()
        };
        t.push(vec![format!("{year:.0}"), busd(value), claimed, other]);
    }
    t
}

/// The model memory chart as a table: each model's memory at 4-bit and whether it fits.
pub fn memory_table(rows: &[ModelFitRow], phone_ram_gb: f64) -> DataTable {
    let phone = format!(
        "On a phone with {} GB",
        format::significant_or_whole(phone_ram_gb)
    );
    let mut t = DataTable::new(
        "Memory to run each on-device model at 4-bit, smallest first",
        &[
            ("Model", false),
            ("Memory (GB)", true),
            ("Figure", false),
            (phone.as_str(), false),
        ],
    );
    for r in rows {
        let figure = match r.fit.memory.quality {
            Quality::Reported => "reported",
            Quality::Derived => "derived",
            Quality::Estimate => "estimate",
        };
        t.push(vec![
            r.model.name.to_string(),
            gb_range(r.fit.memory.gb),
            figure.to_string(),
            fit_words(r.fit.fit).to_string(),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::ai::OnDeviceModel;
    use crate::model::ai::{seed_growth_correction, ModelMemory, PhoneFit};
    use crate::model::ai_view::edge_ai_chart;

    #[test]
    fn edge_ai_table_reads_the_paths() {
        let t = edge_ai_table(&edge_ai_chart(&seed_growth_correction()));
        assert_eq!(t.rows.len(), 9);
        assert_eq!(t.rows[0], ["2025", "25.0", "25.0", "25.0\u{2013}36.0"]);
        // 25 * 4.76^(1/8) = 25 * 1.2153 = 30.38; 25 * 4^(1/8) = 25 * 1.1892 = 29.73.
        assert_eq!(t.rows[1], ["2026", "30.4", "29.7", "\u{2014}"]);
        assert_eq!(t.rows[8], ["2033", "119.0", "100.0", "100.0\u{2013}143.0"]);
        assert_eq!(t.rows[5][3], "100.0\u{2013}143.0");
        assert_eq!(t.rows[4][3], "\u{2014}");
    }

    static SMALL: OnDeviceModel = OnDeviceModel {
        name: "Small",
        publisher: "P",
        released: None,
        params_b: (1.0, 1.0),
        memory_gb: Some(0.9),
        note: None,
    };
    static FAMILY: OnDeviceModel = OnDeviceModel {
        name: "Family",
        publisher: "P",
        released: None,
        params_b: (2.0, 9.0),
        memory_gb: None,
        note: None,
    };

    #[test]
    fn memory_table_reads_the_rows() {
        let rows = [
            ModelFitRow {
                model: &SMALL,
                fit: PhoneFit {
                    memory: ModelMemory {
                        gb: (0.9, 0.9),
                        quality: Quality::Reported,
                    },
                    available_gb: 4.0,
                    fit: Fit::Fits,
                },
            },
            ModelFitRow {
                model: &FAMILY,
                fit: PhoneFit {
                    memory: ModelMemory {
                        gb: (1.25, 5.3),
                        quality: Quality::Estimate,
                    },
                    available_gb: 4.0,
                    fit: Fit::SmallerSizesOnly,
                },
            },
        ];
        let t = memory_table(&rows, 8.0);
        assert_eq!(t.headers[3], "On a phone with 8 GB");
        assert_eq!(t.rows[0], ["Small", "0.9", "reported", "fits"]);
        assert_eq!(
            t.rows[1],
            [
                "Family",
                "1.25\u{2013}5.3",
                "estimate",
                "smaller sizes only"
            ]
        );
        assert!(t.is_numeric(1) && !t.is_numeric(3));
    }
}
