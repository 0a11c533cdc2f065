use super::*;
use crate::data::geography::{GEO_2021_08, GEO_2025_Q4, GEO_PERIODS};
use crate::data::hardware::GENERATIONS;
use crate::data::network::YEARLY_HASHRATE;
use crate::model::concentration::{measure, ranked, snapshot_entities, Entity};
use crate::model::history::coefficient_series;

#[test]
fn pool_summary_names_the_majority() {
    let e = snapshot_entities();
    let text = pool_chart_summary(&ranked(&e), &measure(&e));
    // 30.89 + 18.04 + 11.13 = 60.06 (of 100).
    assert_eq!(
        text,
        "Foundry USA (30.9%), AntPool (18.0%) and F2Pool (11.1%) found 60.1% of blocks, more than \
         half: a Nakamoto coefficient of 3 pools. HHI 1,626 of 10,000."
    );
}

#[test]
fn pool_summary_without_a_majority_or_pools() {
    let e = vec![
        Entity::single("a", 10.0),
        Entity::aggregate("other pools", 90.0),
    ];
    assert!(pool_chart_summary(&ranked(&e), &measure(&e)).starts_with("No group"));
    assert!(pool_chart_summary(&[], &measure(&[])).starts_with("No pools left"));
    let one = vec![Entity::single("a", 1.0)];
    assert!(pool_chart_summary(&ranked(&one), &measure(&one)).contains("of 1 pool."));
}

#[test]
fn coefficient_summary_reads_the_series() {
    let text = coefficient_summary(&coefficient_series());
    assert!(text
        .starts_with("Pools needed for a majority of blocks: 1 (GHash.io, June 2014), 4 (2021)"));
    assert!(text.contains("3 (30 days to 2026-04-22), or 2 if AntPool's"));
    assert!(text.ends_with("between 1 and 4."));
    assert_eq!(coefficient_summary(&[]), "No coefficient figures.");
}

#[test]
fn geo_bars_keep_reported_zeros_and_add_the_rest() {
    let bars = geo_bars(&[&GEO_2021_08, &GEO_2025_Q4]);
    // China's 0 after the ban is a reported zero, kept; Canada is absent in 2025-Q4.
    assert_eq!(country_share(&bars[0], "China"), Some(0.0));
    assert_eq!(country_share(&bars[1], "Canada"), None);
    // 2021-08: Ireland 4.68 + Malaysia 4.59 + Germany 4.48 + Iran 3.11 + Norway 0.58 = 17.44.
    let other = bars[0]
        .segments
        .iter()
        .find(|s| s.kind == GeoSegmentKind::OtherListed)
        .unwrap();
    assert!((other.share_pct - 17.44).abs() < 1e-9);
    // 2025-Q4 lists 37.75 + 14.05 + 15.51 = 67.31%; 32.69% is not broken down.
    let rest = bars[1].segments.last().unwrap();
    assert_eq!(rest.kind, GeoSegmentKind::NotBrokenDown);
    assert!((rest.share_pct - 32.69).abs() < 1e-9);
    for bar in &bars {
        let sum: f64 = bar.segments.iter().map(|s| s.share_pct).sum();
        assert!((sum - 100.0).abs() < 0.1, "{}: {sum}", bar.as_of);
    }
}

#[test]
fn published_geo_hhi_is_the_lower_bound() {
    let bars = geo_bars(&GEO_PERIODS);
    let newest = &bars.last().unwrap().concentration;
    // 37.75^2 + 14.05^2 + 15.51^2 = 1,425.06 + 197.40 + 240.56 = 1,863.02.
    assert!((published_geo_hhi(newest) - 1863.02).abs() < 0.01);
    assert!(newest.hhi_high > newest.hhi_low);
    assert!(bars[3].survey && !bars[4].survey);
}

#[test]
fn geo_summary_tracks_china_and_the_us() {
    let text = geo_summary(&geo_bars(&GEO_PERIODS));
    assert!(
        text.starts_with(
            "China's share went from 65.1% (2019-09 \u{2013} 2020-04) to 14.1% (2025-Q4) and the United \
         States' share went from 7.2% (2019-09 \u{2013} 2020-04) to 37.8% (2025-Q4)."
        ),
        "{text}"
    );
    // 2019-09..2020-04: listed 93.54%, squares 4,406.85, + 6.46^2 = 41.73 if the rest were one
    // country: 4,449. 2025-Q4: listed 67.31%, 1,863.03, + 32.69^2 = 1,068.64: 2,932. Each period
    // is a range, and the sentence gives both ends.
    assert!(
        text.ends_with("The country HHI went from 4,407\u{2013}4,449 to 1,863\u{2013}2,932."),
        "{text}"
    );
    assert_eq!(geo_summary(&[]), "No country figures.");
}

#[test]
fn hardware_rows_measure_devices_against_their_year() {
    let rows = hardware_rows(GENERATIONS, YEARLY_HASHRATE);
    assert_eq!(rows.len(), GENERATIONS.len());
    // No network figure before 2013-09: CPU, GPU, FPGA and Avalon (2013-01) have no share.
    assert!(rows[..4].iter().all(|r| r.share.is_none()));
    // S9 in 2016.0: the network was 1 EH/s (2016-01), 13.5 TH/s is 0.00135% of it.
    let s9 = rows.iter().find(|r| r.name == "Antminer S9").unwrap();
    let share = s9.share.unwrap().share_pct;
    assert!((share - 0.00135).abs() < 1e-9, "{share}");
    // 10^7 / 9.5 = 1,052,631.6.
    assert!((efficiency_gain(&rows).unwrap() - 1_052_631.6).abs() < 0.1);
    // S23 Hydro in 2026.0: the 2026-01-12 7-day average, 1,024 EH/s, not the storm's 743.
    let s23 = rows
        .iter()
        .find(|r| r.name == "Antminer S23 Hydro")
        .unwrap();
    assert_eq!(s23.share.unwrap().network_ehs, 1_024.0);
    // S19 Pro in 2020.0, log-linear between 2019-09 (2019.6667, 102.8) and 2022-02 (2022.0833,
    // 248): t = 0.3333 / 2.4167 = 0.13793; 102.8 x (248 / 102.8)^0.13793 = 102.8 x e^0.12146
    // = 116.07 EH/s, not the ~92 a line through the 2021-06 low gives.
    let s19 = rows.iter().find(|r| r.name == "Antminer S19 Pro").unwrap();
    let ehs = s19.share.unwrap().network_ehs;
    assert!((ehs - 116.07).abs() < 0.01, "{ehs}");
}

#[test]
fn ratios_read_as_rough_as_they_are() {
    assert_eq!(about_times(1_052_631.6), "about a million");
    assert_eq!(about_times(5_037.0), "about 5,000");
    assert_eq!(about_times(277_777.8), "about 300,000");
    assert_eq!(about_times(2.6e7), "about 30 million");
    assert_eq!(about_times(f64::NAN), "\u{2014}");
}

#[test]
fn efficiency_summary_reads_the_rows() {
    let rows = hardware_rows(GENERATIONS, YEARLY_HASHRATE);
    let text = efficiency_summary(&rows);
    assert!(text.starts_with(
        "Energy per terahash fell from about 10,000,000 J/TH (CPU (Phenom II X6), ~2009-13) to \
         about 9.5 J/TH (Antminer S23 Hydro, 2026): about a million times less, an estimate (the \
         figures at either end are estimates)."
    ), "{text}");
    assert!(
        text.contains("One Antminer S9 was 0.00135% of the whole network in 2016"),
        "{text}"
    );
    assert_eq!(
        efficiency_summary(&rows[..1]),
        "Not enough hardware figures to compare."
    );
}

#[test]
fn join_words_lists() {
    let w = |v: &[&str]| join_words(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    assert_eq!(w(&[]), "");
    assert_eq!(w(&["a"]), "a");
    assert_eq!(w(&["a", "b"]), "a and b");
    assert_eq!(w(&["a", "b", "c"]), "a, b and c");
}

#[test]
fn region_facts_read_as_reported() {
    use crate::data::geography::{ETHIOPIA, PARAGUAY};
    let texts: Vec<String> = PARAGUAY.facts.iter().map(region_fact_text).collect();
    assert_eq!(texts[0], "14,000 MW");
    assert_eq!(texts[3], "more than 60 sites (2024-08)");
    assert_eq!(texts[6], "1.2-1.5% (2022-23)");
    assert_eq!(region_fact_text(&ETHIOPIA.facts[0]), "~600 MW (2024-12)");
}
