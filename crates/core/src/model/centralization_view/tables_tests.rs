use super::*;
use crate::data::geography::GEO_PERIODS;
use crate::data::hardware::GENERATIONS;
use crate::data::network::YEARLY_HASHRATE;
use crate::model::centralization_view::{geo_bars, hardware_rows};
use crate::model::concentration::{ranked, snapshot_entities};
use crate::model::history::coefficient_series;

#[test]
fn pool_table_reads_the_snapshot_bars() {
    let bars = ranked(&snapshot_entities());
    let t = pool_table(&bars);
    assert_eq!(t.headers, ["Pool", "Share of blocks", "Running total"]);
    assert_eq!(t.rows.len(), bars.len());
    assert_eq!(t.rows[0], ["Foundry USA", "30.9%", "30.9%"]);
    // 30.89 + 18.04 = 48.93.
    assert_eq!(t.rows[1], ["AntPool", "18.0%", "48.9%"]);
    assert!(t.rows.iter().any(|r| r[0].ends_with("(bucket)")));
    assert_eq!(t.rows.last().map(|r| r[2].as_str()), Some("100.0%"));
    assert!(!t.is_numeric(0) && t.is_numeric(1) && t.is_numeric(2));
}

#[test]
fn coefficient_table_has_a_row_per_point() {
    let series = coefficient_series();
    let t = coefficient_table(&series);
    assert_eq!(t.rows.len(), series.len());
    assert_eq!(
        t.rows[0],
        ["GHash.io, June 2014 (about 12 hours)", "1", "\u{2014}"]
    );
    let last = t.rows.last().unwrap();
    assert_eq!(last, &["30 days to 2026-04-22", "3", "2"]);
}

#[test]
fn geo_table_has_a_column_per_segment() {
    let bars = geo_bars(&GEO_PERIODS);
    let t = geo_table(&bars);
    assert_eq!(t.headers.len(), 8);
    assert_eq!(t.rows.len(), GEO_PERIODS.len());
    // 2021-08: other listed 4.68 + 4.59 + 4.48 + 3.11 + 0.58 = 17.44; listed 91.49, so 8.51 is
    // not broken down.
    let aug = t.rows.iter().find(|r| r[0] == "2021-08").unwrap();
    assert_eq!(
        aug[1..],
        ["35.4%", "0.0%", "18.1%", "11.0%", "9.6%", "17.4%", "8.5%"]
    );
    // 2025-Q4: three countries; 100 - 67.31 = 32.69 not broken down.
    assert_eq!(
        t.rows.last().unwrap(),
        &["2025-Q4", "37.8%", "14.1%", "n/a", "15.5%", "n/a", "n/a", "32.7%"]
    );
    // China in the 2024 survey: not given, written as the country table writes it.
    let survey = t.rows.iter().find(|r| r[0].ends_with("(survey)")).unwrap();
    assert_eq!(survey[2], "n/a", "{survey:?}");
    assert!(t.rows.iter().any(|r| r[0].ends_with("(survey)")));
}

#[test]
fn efficiency_table_reads_the_hardware_rows() {
    let rows = hardware_rows(GENERATIONS, YEARLY_HASHRATE);
    let t = efficiency_table(&rows);
    assert_eq!(t.rows.len(), GENERATIONS.len());
    assert_eq!(t.rows[0][0], "CPU (Phenom II X6)");
    assert_eq!(t.rows[0][2], "10,000,000");
    assert_eq!(t.rows[0][4], "\u{2014}");
    let s9 = t.rows.iter().find(|r| r[0] == "Antminer S9").unwrap();
    assert_eq!(s9, &["Antminer S9", "2016", "98", "derived", "0.00135%"]);
}
