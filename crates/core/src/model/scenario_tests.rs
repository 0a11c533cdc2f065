//! Tests of the parameter table, the defaults' sources, presets and `set` (`scenario.rs`).

use super::*;
use crate::data::network::{CAMBRIDGE_ALL_OPEX_USD_PER_KWH, HALVINGS};
use crate::data::regions::REGIONS;

fn parse(q: &str) -> (Scenario, Vec<ParamNote>) {
    Scenario::from_query(q)
}

#[test]
fn table_is_consistent() {
    for (i, p) in Param::ALL.into_iter().enumerate() {
        let spec = p.spec();
        assert_eq!(spec.param, p);
        assert_eq!(PARAMS[i].key, spec.key);
        assert_eq!(Param::from_key(spec.key), Some(p));
        assert!(spec.min < spec.max && spec.step > 0.0, "{}", spec.key);
        assert!(
            (spec.min..=spec.max).contains(&spec.default),
            "{}",
            spec.key
        );
        assert!(
            spec.figure.is_none_or(|f| f.value == spec.default),
            "{}",
            spec.key
        );
        assert!(spec
            .choices
            .iter()
            .all(|c| (spec.min..=spec.max).contains(c)));
    }
    assert_eq!(Param::from_key("KWH"), Some(Param::Kwh));
    assert_eq!(Param::from_key("watts"), None);
}

#[test]
fn defaults_come_from_the_facts() {
    let d = Scenario::default();
    assert_eq!(
        (d.price_usd, d.kwh_usd, d.eff_j_per_th),
        (67_000.0, 0.045, 28.2)
    );
    assert_eq!(
        (d.hashrate_ehs, d.fees_btc, d.subsidy_btc),
        (1_000.0, 0.017, 3.125)
    );
    assert_eq!(
        (d.capex_usd_per_ths, d.life_years, d.opex_share),
        (6.0, 5.0, 0.233)
    );
    let derived = CAMBRIDGE_ALL_OPEX_USD_PER_KWH.value / d.kwh_usd - 1.0;
    assert_eq!((derived * 1000.0).round() / 1000.0, OPEX_DEFAULT_SHARE);
    let epochs: Vec<f64> = HALVINGS.iter().map(|h| h.subsidy_btc).collect();
    assert_eq!(SUBSIDY_EPOCHS_BTC, epochs.as_slice());
    assert_eq!(HALVINGS[4].subsidy_btc, d.subsidy_btc);
    assert!(Param::Capex.spec().default_source.contains("calibrated"));
}

#[test]
fn presets_are_valid_and_match_their_sources() {
    assert_eq!(PRESETS[0].scenario(), Scenario::default());
    for p in PRESETS {
        let s = p.scenario();
        assert_eq!(s.clamped(), s, "{} is out of range", p.id);
        assert_eq!(parse(&s.to_query()), (s, vec![]), "{}", p.id);
    }
    let kwh = |id: &str| {
        PRESETS
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.scenario().kwh_usd)
    };
    for (id, region) in [("texas", 0), ("paraguay", 1), ("ethiopia", 2)] {
        let r = &REGIONS[region];
        let k = kwh(id).unwrap_or(f64::NAN);
        assert!(
            (r.usd_per_kwh_low..=r.usd_per_kwh_high).contains(&k),
            "{id} {k}"
        );
    }
    let halving = PRESETS
        .iter()
        .find(|p| p.id == "halving-2028")
        .map(|p| p.scenario());
    assert_eq!(
        halving.map(|s| s.subsidy_btc),
        Some(HALVINGS[5].subsidy_btc)
    );
}

#[test]
fn set_clamps_typed_values() {
    let mut s = Scenario::default();
    assert_eq!(s.set(Param::Kwh, 0.031), None);
    assert_eq!(s.kwh_usd, 0.031);
    let n = s.set(Param::Price, 1e7);
    assert_eq!(n.map(|n| n.kind), Some(NoteKind::Clamped { to: 250_000.0 }));
    assert_eq!(s.price_usd, 250_000.0);
    let n = s.set(Param::Life, f64::NAN);
    assert_eq!(n.map(|n| n.kind), Some(NoteKind::Defaulted));
    assert_eq!(s.life_years, 5.0);
    let n = s.set(Param::Eff, f64::NEG_INFINITY);
    assert_eq!(n.map(|n| n.kind), Some(NoteKind::Clamped { to: 5.0 }));
}

/// Issue 13's one way of writing a product: "×", as the glossary writes it, never a letter x
/// ("144 x 6.25", "x the power bill") in what the inputs and presets print.
#[test]
fn products_are_written_with_the_times_sign() {
    let letter_x = |text: &str| text.split_whitespace().any(|w| w == "x");
    let mut texts: Vec<&str> = Param::ALL.iter().map(|p| p.spec().unit).collect();
    texts.extend(
        PRESETS
            .iter()
            .flat_map(|p| [Some(p.description), p.details].into_iter().flatten()),
    );
    for text in texts {
        assert!(!letter_x(text), "a letter x as a times sign: {text}");
    }
    assert_eq!(Param::Opex.spec().unit, "\u{d7} the power bill");
}
