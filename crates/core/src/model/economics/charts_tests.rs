//! Tests of `charts.rs` against numbers computed by hand.

use super::*;
use crate::data::hardware::{HardwareClass, GENERATIONS};
use crate::data::regions::REGIONS;

/// `a` within `rel` (relative) of `b`.
fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs().max(1e-12)
}

fn assert_close(a: f64, b: f64, what: &str) {
    assert!(close(a, b, 1e-9), "{what}: {a} != {b}");
}

#[test]
fn cost_sweep_is_monotone_and_spans_the_range() {
    let pts = cost_sweep(&Scenario::default(), 0.0..=0.10, 101);
    assert_eq!(pts.len(), 101);
    assert_eq!((pts[0].kwh_usd, pts[100].kwh_usd), (0.0, 0.10));
    for w in pts.windows(2) {
        assert!(w[0].kwh_usd < w[1].kwh_usd);
        assert!(w[0].all_in_usd_per_btc < w[1].all_in_usd_per_btc);
        assert!(w[0].energy_usd_per_btc < w[1].energy_usd_per_btc);
        assert_eq!(w[0].hardware_usd_per_btc, w[1].hardware_usd_per_btc);
    }
    let p = pts[45]; // kwh 0.045: the default
    let parts = p.energy_usd_per_btc + p.other_opex_usd_per_btc + p.hardware_usd_per_btc;
    assert_close(parts, p.all_in_usd_per_btc, "parts");
    // Reversed, out-of-range and degenerate requests still give a sane ascending axis.
    let rev = cost_sweep(&Scenario::default(), 1.0..=-1.0, 0);
    assert_eq!(
        rev.iter().map(|p| p.kwh_usd).collect::<Vec<_>>(),
        vec![0.0, 0.30]
    );
    assert_eq!(
        cost_sweep(&Scenario::default(), 0.0..=0.3, usize::MAX).len(),
        MAX_POINTS
    );
}

#[test]
fn margin_grid_falls_with_power_price_and_rises_with_bitcoin_price() {
    let s = Scenario::default();
    let g = margin_grid(&s, 0.0..=0.10, 11, 20_000.0..=150_000.0, 14);
    assert_eq!((g.kwh_usd.len(), g.price_usd.len()), (11, 14));
    assert_eq!(g.margin_usd_per_btc.len(), 14);
    for (row, &price) in g.margin_usd_per_btc.iter().zip(&g.price_usd) {
        assert_eq!(row.len(), 11);
        assert!(row.windows(2).all(|w| w[0] > w[1]));
        for (&m, &k) in row.iter().zip(&g.kwh_usd) {
            assert_close(m, price - cost_per_btc_at_kwh(&s, k), "cell");
        }
    }
    for col in 0..11 {
        assert!(g
            .margin_usd_per_btc
            .windows(2)
            .all(|w| w[0][col] < w[1][col]));
    }
}

#[test]
fn hardware_generations_at_the_defaults() {
    let econ = generation_economics(&Scenario::default(), GENERATIONS);
    assert_eq!(econ.len(), GENERATIONS.len());
    let by_name = |n: &str| econ.iter().find(|e| e.generation.name == n).copied();
    let s21xp = by_name("Antminer S21 XP").expect("S21 XP row");
    // Revenue 30.314016 / 1000; cost 13.5 x 24 / 1000 x 0.045 x 1.233 = 0.017977…
    assert_close(s21xp.revenue_usd_per_ths_day, 0.030314016, "S21 XP revenue");
    assert_close(
        s21xp.cost_usd_per_ths_day,
        13.5 * 0.024 * 0.045 * 1.233,
        "S21 XP cost",
    );
    assert!(s21xp.profitable && s21xp.profit_usd_per_ths_day > 0.012);
    let cpu = econ
        .iter()
        .find(|e| e.generation.class == HardwareClass::Cpu)
        .expect("CPU row");
    // 10^7 J/TH x 0.024 x 0.045 x 1.233 = $13,316 a day per TH/s, against 3 cents of revenue.
    assert!(!cpu.profitable);
    assert!(cpu.cost_usd_per_ths_day > 100_000.0 * cpu.revenue_usd_per_ths_day);
    assert!(close(cpu.cost_usd_per_ths_day, 13_316.4, 1e-4));
    assert_eq!(by_name("Antminer S9").map(|e| e.profitable), Some(false));
    for e in &econ {
        let cost = e.generation.j_per_th * 0.024 * e.breakeven_kwh_usd * 1.233;
        assert!(
            close(cost, e.revenue_usd_per_ths_day, 1e-9),
            "{}",
            e.generation.name
        );
    }
}

#[test]
fn region_verdicts_at_the_defaults() {
    // All-in break-even at $67,000 is $0.03239/kWh (see `default_hashprice_power_and_breakeven`).
    let econ = region_economics(&Scenario::default(), REGIONS);
    let verdicts: Vec<(&str, Verdict)> = econ.iter().map(|e| (e.region.name, e.verdict)).collect();
    use Verdict::*;
    let expected = [
        ("US: Texas (Riot)", Depends), // 0.027..0.034
        ("Paraguay", Loses),           // 0.047
        ("Ethiopia", Wins),            // 0.032, just under
        ("Kazakhstan", Depends),       // 0.03..0.04
        ("Russia (Bratsk)", Loses),    // 0.04
        ("Canada (Quebec)", Loses),    // CAD 0.05 = 0.0365
        ("Norway", Depends),           // 0.03..0.05
        ("Iceland", Loses),            // EUR 0.08 = 0.0944
        ("Worldwide (survey median)", Loses),
    ];
    assert_eq!(verdicts, expected);
    let ethiopia = econ[2];
    assert_close(
        ethiopia.cost_low_usd_per_btc,
        cost_per_btc_at_kwh(&Scenario::default(), 0.032),
        "",
    );
    assert!(ethiopia.cost_low_usd_per_btc < 67_000.0 && ethiopia.cost_low_usd_per_btc > 66_000.0);
    let rich = Scenario {
        price_usd: 250_000.0,
        ..Scenario::default()
    };
    assert!(region_economics(&rich, REGIONS)
        .iter()
        .all(|e| e.verdict == Wins));
    let poor = Scenario {
        price_usd: 1_000.0,
        ..Scenario::default()
    };
    assert!(region_economics(&poor, REGIONS)
        .iter()
        .all(|e| e.verdict == Loses));
}
