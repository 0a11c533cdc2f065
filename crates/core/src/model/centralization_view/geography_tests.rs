use super::*;
use crate::data::geography::{Amount, GeoPeriod, RegionEvent, RegionFact, RegionProfile};
use crate::data::sources::LUXOR_HRI_GEO;
use crate::model::centralization_view::geo_bars;
use crate::model::concentration::{measure, Entity};

// Listed 10 + 60 + 5 = 75, so 25 is not broken down. HHI low 10² + 60² + 5² = 100 + 3,600 + 25
// = 3,725; high adds the rest as one country, + 25² = 4,350. China alone (60) is over half: 1.
static OLD: GeoPeriod = GeoPeriod {
    label: "old",
    as_of: "2019-09..2020-04",
    shares: &[
        ("United States", 10.0),
        ("China", 60.0),
        ("Kazakhstan", 5.0),
    ],
    source: &LUXOR_HRI_GEO,
    survey_coverage_pct: None,
    note: None,
};

// A survey listing all of its 100: HHI 50² + 50² = 5,000 either way; 50 is not more than half,
// 50 + 50 is: 2 countries.
static SURVEY: GeoPeriod = GeoPeriod {
    label: "survey",
    as_of: "2024",
    shares: &[("United States", 50.0), ("China", 50.0)],
    source: &LUXOR_HRI_GEO,
    survey_coverage_pct: Some(48.0),
    note: None,
};

// China not given. Listed 40 + 20 = 60, rest 40: HHI low 40² + 20² = 1,600 + 400 = 2,000, high
// + 40² = 3,600; 40 then 40 + 20 = 60 > 50: 2 countries.
static NEW: GeoPeriod = GeoPeriod {
    label: "new",
    as_of: "2025-Q4",
    shares: &[("United States", 40.0), ("Canada", 20.0)],
    source: &LUXOR_HRI_GEO,
    survey_coverage_pct: None,
    note: None,
};

fn bars() -> Vec<GeoBar> {
    geo_bars(&[&OLD, &SURVEY, &NEW])
}

#[test]
fn rows_print_shares_counts_and_hhi_ranges() {
    let rows = geo_rows(&bars());
    assert_eq!(
        rows,
        [
            GeoRow {
                as_of: "2019-09..2020-04",
                survey: false,
                us: "10.0%".into(),
                china: "60.0%".into(),
                countries_for_half: "1".into(),
                hhi: "3,725\u{2013}4,350".into(),
            },
            GeoRow {
                as_of: "2024",
                survey: true,
                us: "50.0%".into(),
                china: "50.0%".into(),
                countries_for_half: "2".into(),
                hhi: "5,000".into(),
            },
            GeoRow {
                as_of: "2025-Q4",
                survey: false,
                us: "40.0%".into(),
                china: "n/a".into(),
                countries_for_half: "2".into(),
                hhi: "2,000\u{2013}3,600".into(),
            },
        ]
    );
}

#[test]
fn the_view_sets_pools_against_countries() {
    // Pools 50, 30, 20: 50 is not more than half, 50 + 30 = 80 is: 2 pools; HHI 2,500 + 900
    // + 400 = 3,800.
    let pools = measure(&[
        Entity::single("a", 50.0),
        Entity::single("b", 30.0),
        Entity::single("c", 20.0),
    ]);
    let view = geo_view(&bars(), &pools).expect("three periods");
    assert_eq!(
        view.pools_text,
        "2 pools find more than half of the blocks; pool HHI 3,800"
    );
    assert_eq!(
        view.spread_text,
        "China 60.0% (2019-09 \u{2013} 2020-04) to n/a (2025-Q4); country HHI \
         3,725\u{2013}4,350 to "
    );
    assert_eq!(view.geo_hhi_text, "2,000\u{2013}3,600");
    assert_eq!(view.geo_hhi_value, "2000.0");
    // 100 - 60 listed = 40.0% not broken down.
    assert_eq!(
        view.range_note,
        "The HHI for 2025-Q4 is a range, 2,000 to 3,600: the lower value spreads the 40.0% the \
         source does not break down over many small countries, like the pool HHI does with its \
         small pools; the higher counts it as one country."
    );
    assert_eq!(
        view.period_notes,
        [
            "2019-09 \u{2013} 2020-04: The countries listed cover 75.0% of the hash rate; the other \
             25.0% is not broken down, so the HHI is a range: 3,725 if it is spread over many \
             countries, 4,350 if it were one.",
            "2024: Shares are of surveyed miners, who hold only 48% of the network hash rate.",
            "2025-Q4: The countries listed cover 60.0% of the hash rate; the other 40.0% is not \
             broken down, so the HHI is a range: 2,000 if it is spread over many countries, 3,600 \
             if it were one.",
        ]
    );
    assert_eq!(view.rows, geo_rows(&bars()));
}

#[test]
fn pools_without_a_majority_and_no_periods() {
    // The single pool has 10 of 100: no set of single pools passes half; HHI 10² = 100 (the
    // "unlisted small pools" bucket is spread thin).
    let pools = measure(&[
        Entity::single("a", 10.0),
        Entity::aggregate("other pools", 90.0),
    ]);
    let view = geo_view(&bars(), &pools).expect("three periods");
    assert_eq!(
        view.pools_text,
        "No set of pools find more than half of the blocks; pool HHI 100"
    );
    assert_eq!(geo_view(&[], &pools), None);
}

static PLACE: RegionProfile = RegionProfile {
    country: "Place",
    facts: &[
        RegionFact {
            what: "Dam capacity",
            amount: Amount::Exactly(14_000.0),
            unit: "MW",
            as_of: None,
        },
        RegionFact {
            what: "Share of network hash rate",
            amount: Amount::Between(1.2, 1.5),
            unit: "%",
            as_of: Some("2022-23"),
        },
    ],
    events: &[RegionEvent {
        as_of: "2024-01..2024-06",
        what: "New permits paused",
    }],
    source: &LUXOR_HRI_GEO,
};

#[test]
fn a_region_note_lists_figures_then_events() {
    assert_eq!(
        region_lines(&PLACE),
        [
            "Dam capacity: 14,000 MW",
            "Share of network hash rate: 1.2-1.5% (2022-23)",
            "New permits paused (2024-01 \u{2013} 2024-06)",
        ]
    );
}
