//! Tests of `economics.rs` against numbers computed by hand.

use proptest::collection::vec;
use proptest::prelude::*;

use super::*;
use crate::data::hardware::GENERATIONS;
use crate::data::network::{HASHPRICE_2021_AVG, JPMORGAN_COST_2026_START};
use crate::data::regions::REGIONS;
use crate::model::scenario::PRESETS;

/// `a` within `rel` (relative) of `b`.
fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs().max(1e-12)
}

fn assert_close(a: f64, b: f64, what: &str) {
    assert!(close(a, b, 1e-9), "{what}: {a} != {b}");
}

/// A scenario with round numbers, worked by hand:
/// - BTC per day B = 144 x (3.125 + 0.125) = 144 x 3.25 = 468
/// - revenue R = 468 x 50,000 = $23,400,000 per day
/// - hashprice = 23,400,000 / (500 x 1000 PH/s) = $46.80 per PH/s per day
/// - TH/s = 500 x 10^6 = 5 x 10^8; power = 5 x 10^8 x 20 J/TH = 10^10 W = 10 GW
/// - energy E = 10^10 x 24 / 1000 = 2.4 x 10^8 kWh per day; x $0.05 = $12,000,000 per day
/// - energy per BTC = 12,000,000 / 468 = $25,641.03; other opex x 0.5 = $12,820.51
/// - hardware = 5 x 10^8 x $7.30 / (5 x 365) = $2,000,000 per day = $4,273.50 per BTC
/// - all-in = (12,000,000 x 1.5 + 2,000,000) / 468 = 20,000,000 / 468 = $42,735.04
/// - break-even power price = 23,400,000 / 2.4 x 10^8 = $0.0975 per kWh
/// - all-in break-even = (23,400,000 - 2,000,000) / (2.4 x 10^8 x 1.5) = $0.059444 per kWh
/// - margin = 50,000 - 42,735.04 = $7,264.96, profitable
fn hand_scenario() -> Scenario {
    Scenario {
        price_usd: 50_000.0,
        kwh_usd: 0.05,
        eff_j_per_th: 20.0,
        hashrate_ehs: 500.0,
        fees_btc: 0.125,
        subsidy_btc: 3.125,
        capex_usd_per_ths: 7.3,
        life_years: 5.0,
        opex_share: 0.5,
    }
}

#[test]
fn hand_computed_scenario() {
    let o = outcome(&hand_scenario());
    assert_close(o.btc_per_day, 468.0, "B");
    assert_close(o.revenue_usd_per_day, 23_400_000.0, "R");
    assert_close(o.hashprice_usd_per_ph_day, 46.8, "hashprice");
    assert_close(o.power_w, 1e10, "power W");
    assert_close(o.power_gw, 10.0, "power GW");
    assert_close(o.energy_kwh_per_day, 2.4e8, "E");
    assert_close(o.energy_usd_per_btc, 12_000_000.0 / 468.0, "energy/BTC");
    assert_close(o.other_opex_usd_per_btc, 6_000_000.0 / 468.0, "opex/BTC");
    assert_close(o.hardware_usd_per_day, 2_000_000.0, "hardware/day");
    assert_close(o.hardware_usd_per_btc, 2_000_000.0 / 468.0, "hardware/BTC");
    assert_close(o.all_in_usd_per_btc, 20_000_000.0 / 468.0, "all-in");
    assert_close(o.breakeven_kwh_usd, 0.0975, "break-even");
    assert_close(
        o.breakeven_all_in_kwh_usd,
        21.4e6 / 3.6e8,
        "all-in break-even",
    );
    assert_close(
        o.margin_usd_per_btc,
        50_000.0 - 20_000_000.0 / 468.0,
        "margin",
    );
    assert!(o.profitable);
}

/// Defaults (see `CAPEX_DEFAULT_USD_PER_THS`): B = 452.448; energy $67,313.81, other opex
/// $15,684.12, hardware $7,266.41: all-in $90,264.34 per BTC.
#[test]
fn default_reproduces_the_article() {
    let o = outcome(&Scenario::default());
    let target = JPMORGAN_COST_2026_START.value;
    assert!(
        close(o.all_in_usd_per_btc, target, 0.05),
        "{}",
        o.all_in_usd_per_btc
    );
    assert!((o.all_in_usd_per_btc - 90_264.34).abs() < 0.01);
    assert!((o.energy_usd_per_btc - 67_313.81).abs() < 0.01);
    assert!((o.other_opex_usd_per_btc - 15_684.12).abs() < 0.01);
    assert!((o.hardware_usd_per_btc - 7_266.41).abs() < 0.01);
    let split = o.energy_usd_per_btc + o.other_opex_usd_per_btc + o.hardware_usd_per_btc;
    assert_close(split, o.all_in_usd_per_btc, "split");
    assert!(!o.profitable, "the article's miners lose money at $67,000");
    assert!((o.margin_usd_per_btc + 23_264.34).abs() < 0.01);
}

#[test]
fn default_hashprice_power_and_breakeven() {
    let o = outcome(&Scenario::default());
    // 452.448 BTC x $67,000 = $30,314,016 per day over 10^6 PH/s.
    assert_close(o.hashprice_usd_per_ph_day, 30.314016, "hashprice");
    assert_close(o.power_gw, 28.2, "GW");
    // $30,314,016 / 676.8 million kWh.
    assert_close(o.breakeven_kwh_usd, 30_314_016.0 / 676.8e6, "break-even");
    assert!((o.breakeven_all_in_kwh_usd - 0.032386).abs() < 1e-6);
}

#[test]
fn breakeven_power_price_zeroes_margin_without_hardware_or_opex() {
    for s in [Scenario::default(), hand_scenario()] {
        let lean = Scenario {
            capex_usd_per_ths: 0.0,
            opex_share: 0.0,
            ..s
        };
        let at = Scenario {
            kwh_usd: outcome(&lean).breakeven_kwh_usd,
            ..lean
        };
        assert!(outcome(&at).margin_usd_per_btc.abs() < 1e-6 * s.price_usd);
        // The all-in break-even does the same with hardware and opex in.
        let at = Scenario {
            kwh_usd: outcome(&s).breakeven_all_in_kwh_usd,
            ..s
        };
        assert!(outcome(&at).margin_usd_per_btc.abs() < 1e-6 * s.price_usd);
    }
}

#[test]
fn cost_at_kwh_agrees_with_outcome() {
    let s = hand_scenario();
    assert_close(
        cost_per_btc_at_kwh(&s, 0.05),
        outcome(&s).all_in_usd_per_btc,
        "same kwh",
    );
    assert_close(
        cost_per_btc_at_kwh(&s, 0.0),
        2_000_000.0 / 468.0,
        "free power",
    );
    assert_eq!(
        cost_per_btc_at_kwh(&s, 9.0),
        cost_per_btc_at_kwh(&s, 0.30),
        "clamped"
    );
}

#[test]
fn presets_tell_their_stories() {
    let find = |id: &str| PRESETS.iter().find(|p| p.id == id).map(|p| p.scenario());
    let bull = find("bull-2021").expect("2021 preset");
    let hp = outcome(&bull).hashprice_usd_per_ph_day;
    assert!(
        close(hp, HASHPRICE_2021_AVG.value, 0.01),
        "2021 hashprice {hp}"
    );
    assert!(outcome(&bull).profitable);
    let halved = find("halving-2028").expect("2028 preset");
    // Half the subsidy: the same daily costs spread over (1.5625 + 0.017) / (3.125 + 0.017)
    // as many bitcoins.
    let ratio =
        outcome(&halved).all_in_usd_per_btc / outcome(&Scenario::default()).all_in_usd_per_btc;
    assert_close(
        ratio,
        (3.125 + 0.017) / (1.5625 + 0.017),
        "cost ratio after the halving",
    );
}

#[test]
fn zero_reward_is_finite_and_unprofitable() {
    let s = Scenario {
        subsidy_btc: 0.0,
        fees_btc: 0.0,
        ..Scenario::default()
    };
    let o = outcome(&s);
    assert_close(
        o.btc_per_day,
        144.0 * MIN_REWARD_BTC_PER_BLOCK,
        "one satoshi a block",
    );
    assert!(o.all_in_usd_per_btc.is_finite() && !o.profitable);
}

fn assert_all_finite(s: &Scenario) {
    let o = outcome(s);
    let fields = [
        o.btc_per_day,
        o.revenue_usd_per_day,
        o.hashprice_usd_per_ph_day,
        o.power_w,
        o.power_gw,
        o.energy_kwh_per_day,
        o.energy_usd_per_btc,
        o.other_opex_usd_per_btc,
        o.hardware_usd_per_day,
        o.hardware_usd_per_btc,
        o.all_in_usd_per_btc,
        o.breakeven_kwh_usd,
        o.breakeven_all_in_kwh_usd,
        o.margin_usd_per_btc,
    ];
    assert!(fields.iter().all(|v| v.is_finite()), "{s:?} -> {o:?}");
    for p in cost_sweep(s, f64::NAN..=f64::INFINITY, 5) {
        assert!(p.all_in_usd_per_btc.is_finite() && p.kwh_usd.is_finite());
    }
    let g = margin_grid(s, f64::NEG_INFINITY..=f64::NAN, 3, f64::NAN..=f64::NAN, 3);
    assert!(g.margin_usd_per_btc.iter().flatten().all(|v| v.is_finite()));
    for e in generation_economics(s, GENERATIONS) {
        assert!(e.profit_usd_per_ths_day.is_finite() && e.breakeven_kwh_usd.is_finite());
    }
    for e in region_economics(s, REGIONS) {
        assert!(e.cost_low_usd_per_btc.is_finite() && e.cost_high_usd_per_btc.is_finite());
    }
}

#[test]
fn hostile_scenarios_give_finite_numbers() {
    for v in [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        0.0,
        -0.0,
        -1.0,
        f64::MAX,
        f64::MIN_POSITIVE,
    ] {
        let s = Scenario {
            price_usd: v,
            kwh_usd: v,
            eff_j_per_th: v,
            hashrate_ehs: v,
            fees_btc: v,
            subsidy_btc: v,
            capex_usd_per_ths: v,
            life_years: v,
            opex_share: v,
        };
        assert_all_finite(&s);
    }
}

proptest! {
    #[test]
    fn any_scenario_gives_finite_numbers(v in vec(proptest::num::f64::ANY, 9)) {
        let s = Scenario {
            price_usd: v[0],
            kwh_usd: v[1],
            eff_j_per_th: v[2],
            hashrate_ehs: v[3],
            fees_btc: v[4],
            subsidy_btc: v[5],
            capex_usd_per_ths: v[6],
            life_years: v[7],
            opex_share: v[8],
        };
        assert_all_finite(&s);
    }
}
