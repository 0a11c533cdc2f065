use proptest::prelude::*;

use super::*;
use crate::data::geography::{GEO_2019_2020, GEO_2024_SURVEY, GEO_2025_Q4, GEO_PERIODS};
use crate::data::pools::{
    ANTPOOL_TEMPLATE_POOLS, ANTPOOL_TEMPLATE_POOLS_NAMED_IN_POST, BY_YEAR, POOL_SNAPSHOT,
};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn snapshot_has_coefficient_3_and_hhi_near_1627() {
    // Foundry 30.89 + AntPool 18.04 = 48.93, not above 50; + F2Pool 11.13 = 60.06 -> 3.
    // Squares of the 12 named pools: 954.1921 + 325.4416 + 123.8769 + 81.7216 + 67.0761
    // + 27.4576 + 22.8484 + 10.5625 + 4.84 + 3.8025 + 2.0736 + 1.8225 = 1,625.7154.
    // The aggregates (unknown 0.18, other pools 2.32) make the total 100.00 and add no squares;
    // counted as single entities they would add 0.0324 + 5.3824 -> 1,631.1302.
    // FACTS' ~1,627 lies between: the unlisted 2.32% is several small pools.
    let c = measure(&snapshot_entities());
    assert_eq!(c.nakamoto, Some(3));
    assert!(close(c.hhi, 1625.7154, 1e-6), "{}", c.hhi);
    assert!(close(c.hhi, 1_627.0, 2.0));
    assert!(close(c.hhi_upper, 1631.1302, 1e-6), "{}", c.hhi_upper);
}

#[test]
fn snapshot_rows_leave_2_32_percent_to_other_pools() {
    let e = snapshot_entities();
    assert_eq!(e.len(), 14);
    let other = e.iter().find(|e| e.name == OTHER_POOLS).unwrap();
    assert_eq!((other.share, other.kind), (2.32, EntityKind::Aggregate));
    let unknown = e.iter().find(|e| e.name == "unknown").unwrap();
    assert_eq!(unknown.kind, EntityKind::Aggregate);
    assert!(close(e.iter().map(|e| e.share).sum::<f64>(), 100.0, 1e-9));
}

#[test]
fn snapshot_data_is_consistent() {
    // Largest first, and every template pool is spelled as in the snapshot.
    assert!(POOL_SNAPSHOT
        .windows(2)
        .all(|w| w[0].share_pct >= w[1].share_pct));
    let names: Vec<&str> = POOL_SNAPSHOT.iter().map(|p| p.name).collect();
    for name in ANTPOOL_TEMPLATE_POOLS
        .iter()
        .chain(&ANTPOOL_TEMPLATE_POOLS_NAMED_IN_POST)
    {
        assert!(names.contains(name), "{name}");
    }
    // 30.89 + 18.04 + ... + 0.18 = 97.68.
    assert!(close(
        POOL_SNAPSHOT.iter().map(|p| p.share_pct).sum::<f64>(),
        97.68,
        1e-9
    ));
}

#[test]
fn grouping_antpool_template_pools_gives_2() {
    // AntPool 18.04 + SECPOOL 5.24 + Luxor 3.25 + Binance 2.20 + Braiins 1.35 = 30.08;
    // Foundry 30.89 + 30.08 = 60.97 > 50 -> 2.
    // HHI: 1,625.7154 - (325.4416 + 27.4576 + 10.5625 + 4.84 + 1.8225) + 30.08^2 (904.8064)
    // = 2,160.3976.
    let grouped = group(
        &snapshot_entities(),
        &ANTPOOL_TEMPLATE_POOLS,
        "AntPool & friends",
    )
    .unwrap();
    assert_eq!(grouped.len(), 10);
    let c = measure(&grouped);
    assert_eq!(c.nakamoto, Some(2));
    assert!(close(c.hhi, 2160.3976, 1e-6), "{}", c.hhi);
    // Only the pools the post names: 18.04 + 2.20 + 1.35 = 21.59; 30.89 + 21.59 = 52.48 -> 2.
    let narrow = group(
        &snapshot_entities(),
        &ANTPOOL_TEMPLATE_POOLS_NAMED_IN_POST,
        "AntPool+",
    )
    .unwrap();
    assert_eq!(measure(&narrow).nakamoto, Some(2));
}

#[test]
fn removing_foundry_keeps_3_but_lowers_hhi() {
    // Total 100 - 30.89 = 69.11, half 34.555: AntPool 18.04 + F2Pool 11.13 = 29.17 (no),
    // + ViaBTC 9.04 = 38.21 (yes) -> still 3. HHI (1,625.7154 - 954.1921) / 69.11^2 * 10^4
    // = 671.5233 / 4,776.1921 * 10^4 = 1,405.98.
    let c = measure(&remove(&snapshot_entities(), "Foundry USA").unwrap());
    assert_eq!(c.nakamoto, Some(3));
    assert!(close(c.hhi, 1_405.98, 0.01), "{}", c.hhi);
}

#[test]
fn removing_the_top_entity_changes_both_measures() {
    // [60, 20, 20]: 60 > 50 -> 1; HHI 3,600 + 400 + 400 = 4,400.
    // Without the 60: [20, 20] -> each 50%: 50 is not above half -> 2; HHI 2,500 * 2 = 5,000.
    let e = vec![
        Entity::single("a", 60.0),
        Entity::single("b", 20.0),
        Entity::single("c", 20.0),
    ];
    let before = measure(&e);
    assert_eq!(before.nakamoto, Some(1));
    assert!(close(before.hhi, 4_400.0, 1e-9));
    let after = measure(&remove(&e, "a").unwrap());
    assert_eq!(after.nakamoto, Some(2));
    assert!(close(after.hhi, 5_000.0, 1e-9));
}

#[test]
fn edge_cases() {
    assert_eq!(nakamoto_coefficient(&[]), None);
    assert_eq!(hhi(&[]), 0.0);
    assert_eq!(nakamoto_coefficient(&[0.0, 0.0]), None);
    assert_eq!(hhi(&[0.0, 0.0]), 0.0);
    // One entity holds everything, whatever its unit.
    assert_eq!(nakamoto_coefficient(&[7.0]), Some(1));
    assert_eq!(hhi(&[7.0]), 10_000.0);
    // Negative, NaN and infinite shares count as zero.
    assert_eq!(
        nakamoto_coefficient(&[-5.0, f64::NAN, f64::INFINITY, 10.0]),
        Some(1)
    );
    assert_eq!(hhi(&[-5.0, f64::NAN, 10.0]), 10_000.0);
}

#[test]
fn a_thousand_tiny_entities() {
    // 1,000 x 0.1%: 500 of them make exactly 50%, not above half -> 501; HHI 1,000 * 0.1^2 = 10.
    let shares = vec![0.1; 1_000];
    assert_eq!(nakamoto_coefficient(&shares), Some(501));
    assert!(close(hhi(&shares), 10.0, 1e-9));
}

#[test]
fn ties() {
    // [25; 4]: 50 is not a majority -> 3; HHI 4 * 625 = 2,500.
    assert_eq!(nakamoto_coefficient(&[25.0; 4]), Some(3));
    assert!(close(hhi(&[25.0; 4]), 2_500.0, 1e-9));
    assert_eq!(nakamoto_coefficient(&[50.0, 50.0]), Some(2));
    assert_eq!(nakamoto_coefficient(&[1.0, 1.0, 1.0]), Some(2));
    // Order does not matter.
    assert_eq!(
        nakamoto_coefficient(&[10.0, 30.0, 20.0, 40.0]),
        nakamoto_coefficient(&[40.0, 30.0, 20.0, 10.0])
    );
}

#[test]
fn normalized_versus_of_total() {
    // [30, 20, 10] normalized: 50%, 33.3%, 16.7% -> 50 + 33.3 > 50 -> 2;
    // HHI 2,500 + 1,111.1 + 277.8 = 3,888.9.
    assert_eq!(nakamoto_coefficient(&[30.0, 20.0, 10.0]), Some(2));
    assert!(close(hhi(&[30.0, 20.0, 10.0]), 3_888.888_9, 1e-3));
    // As parts of 100: 30 + 20 = 50 (no) + 10 = 60 -> 3; HHI 900 + 400 + 100 = 1,400.
    assert_eq!(
        nakamoto_coefficient_of_total(&[30.0, 20.0, 10.0], 100.0),
        Some(3)
    );
    assert!(close(
        hhi_of_total(&[30.0, 20.0, 10.0], 100.0),
        1_400.0,
        1e-9
    ));
    // A partial list that cannot reach half.
    assert_eq!(nakamoto_coefficient_of_total(&[10.0, 10.0], 100.0), None);
    // A total below the listed sum is ignored.
    assert_eq!(hhi_of_total(&[50.0, 50.0], 10.0), 5_000.0);
}

#[test]
fn by_year_top_shares_reproduce_reported_coefficients() {
    // 2021: 14.8 + 14.5 + 10.7 = 40.0, + 10.3 = 50.3 -> 4. 2022: 22.3 + 16.3 + 14.8 = 53.4 -> 3.
    // 2023: 30.6 + 22.8 = 53.4 -> 2. 2024: 29.8 + 24.2 = 54.0 -> 2. 2025: no shares given.
    for y in BY_YEAR.iter().filter(|y| !y.top.is_empty()) {
        let top: Vec<f64> = y.top.iter().map(|t| t.share_pct).collect();
        assert_eq!(
            nakamoto_coefficient_of_total(&top, 100.0),
            Some(y.nakamoto),
            "{}",
            y.year
        );
    }
}

#[test]
fn what_if_errors_are_actionable() {
    let e = snapshot_entities();
    assert_eq!(
        remove(&e, "Nope"),
        Err(WhatIfError::NotFound("Nope".into()))
    );
    assert_eq!(
        merge(&e, "AntPool", "AntPool"),
        Err(WhatIfError::SameEntity("AntPool".into()))
    );
    assert_eq!(group(&e, &["Nope"], "G"), Err(WhatIfError::NothingToGroup));
    assert_eq!(
        group(&e, &["AntPool"], "F2Pool"),
        Err(WhatIfError::NameTaken("F2Pool".into()))
    );
    assert!(WhatIfError::NotFound("X".into())
        .to_string()
        .contains("\"X\""));
    // Grouping under a member's own name is allowed.
    assert!(group(&e, &["AntPool", "SECPOOL"], "AntPool").is_ok());
}

#[test]
fn merge_folds_one_share_into_another() {
    // Foundry 30.89 + AntPool 18.04 = 48.93 as one pool; 48.93 + F2Pool 11.13 = 60.06 -> 2.
    let merged = merge(&snapshot_entities(), "AntPool", "Foundry USA").unwrap();
    let foundry = merged.iter().find(|e| e.name == "Foundry USA").unwrap();
    assert!(close(foundry.share, 48.93, 1e-9));
    assert_eq!(measure(&merged).nakamoto, Some(2));
}

#[test]
fn ranked_bars_with_running_totals() {
    let bars = ranked(&snapshot_entities());
    assert_eq!(bars[0].name, "Foundry USA");
    assert!(close(bars[1].cumulative_pct, 48.93, 1e-9));
    assert!(close(bars[2].cumulative_pct, 60.06, 1e-9));
    let majority: Vec<&str> = bars
        .iter()
        .filter(|b| b.in_majority)
        .map(|b| b.name.as_str())
        .collect();
    assert_eq!(majority, ["Foundry USA", "AntPool", "F2Pool"]);
    // Aggregates last, whatever their size: other pools (2.32) before unknown (0.18).
    let tail: Vec<&str> = bars[12..].iter().map(|b| b.name.as_str()).collect();
    assert_eq!(tail, [OTHER_POOLS, "unknown"]);
    assert!(close(bars.last().unwrap().cumulative_pct, 100.0, 1e-9));
    assert!(ranked(&[]).is_empty());
}

#[test]
fn country_concentration_by_period() {
    // 2019-20: 7.24^2 + 65.08^2 + 6.17^2 + 6.90^2 + 4.33^2 + 3.82^2 = 52.4176 + 4,235.4064
    // + 38.0689 + 47.61 + 18.7489 + 14.5924 = 4,406.8442; rest 100 - 93.54 = 6.46 -> + 41.7316.
    let c = country_concentration(&GEO_2019_2020);
    assert_eq!(c.nakamoto, Some(1));
    assert!(close(c.hhi_low, 4406.8442, 1e-6));
    assert!(close(c.hhi_high, 4448.5758, 1e-6));
    let note = c.note.as_deref().unwrap();
    assert!(note.contains("93.5%"), "{note}");
    // The bounds written as the rest of the page writes an HHI, with a thousands separator.
    assert!(
        note.contains("a range: 4,407 if it is spread over many countries, 4,449 if it were one"),
        "{note}"
    );
    // 2025-Q4: 37.75^2 + 14.05^2 + 15.51^2 = 1,425.0625 + 197.4025 + 240.5601 = 1,863.0251;
    // rest 32.69 -> + 1,068.6361 = 2,931.6612. US + Russia = 53.26 -> 2.
    let c = country_concentration(&GEO_2025_Q4);
    assert_eq!(c.nakamoto, Some(2));
    assert!(close(c.hhi_low, 1863.0251, 1e-6));
    assert!(close(c.hhi_high, 2931.6612, 1e-6));
    assert!(country_concentration(&GEO_2024_SURVEY)
        .note
        .unwrap()
        .contains("48%"));
    for p in GEO_PERIODS {
        let c = country_concentration(p);
        assert!(
            c.hhi_low <= c.hhi_high && c.listed_pct < 100.0 && c.note.is_some(),
            "{}",
            p.label
        );
    }
}

proptest! {
    #[test]
    fn measures_stay_in_range(shares in prop::collection::vec(0.0..1e6f64, 0..60)) {
        let h = hhi(&shares);
        prop_assert!((0.0..=10_000.0).contains(&h));
        let k = nakamoto_coefficient(&shares);
        if shares.iter().sum::<f64>() > 0.0 {
            prop_assert!(matches!(k, Some(k) if (1..=shares.len()).contains(&k)));
        }
    }

    #[test]
    fn merging_never_raises_the_coefficient(
        shares in prop::collection::vec(0u32..1_000, 2..40),
        picks in (0usize..1_000, 1usize..1_000),
    ) {
        // Whole numbers keep every sum exact, so the comparison is about the rule, not rounding.
        let n = shares.len();
        let (from, into) = (picks.0 % n, (picks.0 + picks.1 % (n - 1) + 1) % n);
        let e: Vec<Entity> =
            shares.iter().enumerate().map(|(i, &s)| Entity::single(format!("p{i}"), f64::from(s))).collect();
        let merged = merge(&e, &e[from].name, &e[into].name).unwrap();
        let (before, after) = (measure(&e).nakamoto, measure(&merged).nakamoto);
        prop_assert_eq!(before.is_some(), after.is_some());
        prop_assert!(after <= before);
    }
}
