//! Tests of URL reading and writing in `query.rs`: every kind of bad value, and proptests.

use proptest::collection::vec;
use proptest::prelude::*;

use super::*;

fn parse(q: &str) -> (Scenario, Vec<ParamNote>) {
    Scenario::from_query(q)
}

/// The one note a query produced, checked for key and kind.
fn only_note(q: &str, key: &str) -> (Scenario, ParamNote) {
    let (s, notes) = parse(q);
    assert_eq!(notes.len(), 1, "{q}: {notes:?}");
    assert_eq!(notes[0].key, key);
    (s, notes[0].clone())
}

#[test]
fn empty_queries_give_the_defaults_silently() {
    for q in ["", "?", "&", "?&&", "??", "?foo=bar&utm_source=x&=1&=&&"] {
        assert_eq!(parse(q), (Scenario::default(), vec![]), "{q:?}");
    }
}

#[test]
fn given_values_are_used_and_missing_ones_default() {
    let (s, notes) = parse("?price=80000&subsidy=1.5625&foo=1");
    assert!(notes.is_empty());
    let expected = Scenario {
        price_usd: 80_000.0,
        subsidy_btc: 1.5625,
        ..Scenario::default()
    };
    assert_eq!(s, expected);
    assert_eq!(
        parse("price=80000&subsidy=1.5625").0,
        expected,
        "no leading ?"
    );
}

#[test]
fn malformed_values_take_the_default_with_a_readable_note() {
    let (s, n) = only_note("kwh=abc", "kwh");
    assert_eq!(s, Scenario::default());
    assert_eq!(n.kind, NoteKind::Defaulted);
    assert_eq!(
        n.message,
        "Electricity price \u{201c}abc\u{201d} is not a number; using the default 0.045 USD/kWh"
    );
    let (_, n) = only_note("price=", "price");
    assert_eq!(
        n.message,
        "Bitcoin price was left empty; using the default 67,000 USD"
    );
    let (_, n) = only_note("price", "price");
    assert_eq!(n.kind, NoteKind::Defaulted);
    for bad in ["NaN", "nan", "inf", "-inf", "+Infinity", "INF"] {
        let (s, n) = only_note(&format!("eff={bad}"), "eff");
        assert_eq!(
            (s.eff_j_per_th, n.kind),
            (28.2, NoteKind::Defaulted),
            "{bad}"
        );
        assert!(
            n.message.contains("is not a finite number"),
            "{}",
            n.message
        );
    }
    for bad in [
        "1,000", "0x10", "1e", "-", ".", "1.2.3", "12abc", "٠٫٠٣", "0.03€", "３", "%FF", "%zz",
    ] {
        let (s, n) = only_note(&format!("kwh={bad}"), "kwh");
        assert_eq!((s.kwh_usd, n.kind), (0.045, NoteKind::Defaulted), "{bad}");
    }
}

#[test]
fn huge_junk_is_defaulted_and_quoted_short() {
    let junk = "x".repeat(10_000);
    let (s, n) = only_note(&format!("price={junk}"), "price");
    assert_eq!(s.price_usd, 67_000.0);
    assert_eq!(n.raw.chars().count(), 41);
    assert!(n.raw.ends_with('…'));
    assert!(n.message.len() < 200, "{}", n.message);
    let digits = "9".repeat(10_000);
    let (_, n) = only_note(&format!("price={digits}"), "price");
    assert!(n.message.contains("too long"));
    let (_, n) = only_note("price=%00%07abc", "price");
    assert!(!n.raw.chars().any(char::is_control));
}

#[test]
fn out_of_range_values_are_clamped_with_a_note() {
    let (s, n) = only_note("kwh=0.5", "kwh");
    assert_eq!((s.kwh_usd, n.kind), (0.3, NoteKind::Clamped { to: 0.3 }));
    assert_eq!(
        n.message,
        "Electricity price \u{201c}0.5\u{201d} is above the maximum 0.3 USD/kWh; using 0.3 USD/kWh"
    );
    let (s, n) = only_note("price=10", "price");
    assert_eq!(s.price_usd, 1_000.0);
    assert_eq!(
        n.message,
        "Bitcoin price \u{201c}10\u{201d} is below the minimum 1,000 USD; using 1,000 USD"
    );
    let (s, _) = only_note("hashrate=1e999", "hashrate");
    assert_eq!(s.hashrate_ehs, 3_000.0);
    let (_, n) = only_note("life=0.5", "life");
    assert_eq!(
        n.message,
        "Hardware life \u{201c}0.5\u{201d} is below the minimum 1 year; using 1 year"
    );
    let (s, _) = only_note("eff=-5", "eff");
    assert_eq!(s.eff_j_per_th, 5.0);
    let (s, notes) = parse("life=1&life=10&kwh=0&kwh=-0&opex=2");
    assert!(notes.is_empty(), "bounds are inclusive: {notes:?}");
    assert_eq!((s.life_years, s.opex_share), (10.0, 2.0));
    assert!(s.kwh_usd.is_sign_positive());
}

#[test]
fn percent_encoding_plus_and_case_are_handled() {
    let want = Scenario {
        kwh_usd: 0.03,
        ..Scenario::default()
    };
    for q in [
        "kwh=%30.03",
        "kwh=0%2E03",
        "%6Bwh=0.03",
        "KWH=0.03",
        "kwh=+0.03+",
        "kwh=%200.03",
    ] {
        assert_eq!(parse(q), (want, vec![]), "{q}");
    }
    let (s, _) = parse("price=%2B80000");
    assert_eq!(s.price_usd, 80_000.0);
}

#[test]
fn typed_values_follow_the_url_rules() {
    assert_eq!(Param::Kwh.read_typed("0.03"), (0.03, None));
    let (value, note) = Param::Kwh.read_typed("abc");
    assert_eq!(value, 0.045);
    assert_eq!(note.map(|n| n.kind), Some(NoteKind::Defaulted));
    let (value, note) = Param::Price.read_typed("1e9");
    assert_eq!(value, 250_000.0);
    assert_eq!(
        note.map(|n| n.kind),
        Some(NoteKind::Clamped { to: 250_000.0 })
    );
}

#[test]
fn merging_keeps_other_keys_and_replaces_the_scenario() {
    let s = Scenario::default().with(&[(Param::Kwh, 0.03)]);
    assert_eq!(
        merge_into_query("?present&price=1&x=%20y", &s),
        "present&x=%20y&kwh=0.03"
    );
    assert_eq!(merge_into_query("", &Scenario::default()), "");
    assert_eq!(merge_into_query("?KWH=9", &Scenario::default()), "");
}

#[test]
fn the_last_duplicate_wins() {
    let (s, notes) = parse("kwh=abc&kwh=0.03&price=1&price=90000");
    assert!(notes.is_empty());
    assert_eq!((s.kwh_usd, s.price_usd), (0.03, 90_000.0));
}

#[test]
fn to_query_writes_only_changes_without_float_noise() {
    assert_eq!(Scenario::default().to_query(), "");
    let s = Scenario {
        price_usd: 80_000.0,
        kwh_usd: 0.1 + 0.02,
        ..Scenario::default()
    };
    assert_eq!(s.to_query(), "price=80000&kwh=0.12");
    let wild = Scenario {
        kwh_usd: f64::NAN,
        eff_j_per_th: 1e9,
        ..Scenario::default()
    };
    assert_eq!(wild.to_query(), "eff=200");
    let noisy = Scenario {
        kwh_usd: 0.001 * 123.0,
        ..Scenario::default()
    };
    assert_eq!(noisy.to_query(), "kwh=0.123");
    let mut typed = Scenario::default();
    assert_eq!(typed.set(Param::Kwh, 0.1 + 0.02), None);
    assert_eq!(typed.kwh_usd.to_string(), "0.12");
    let tiny = Scenario {
        subsidy_btc: 1e-300,
        ..Scenario::default()
    };
    assert_eq!(tiny.to_query(), "subsidy=1e-300");
    assert_eq!(parse(&tiny.to_query()), (tiny, vec![]));
}

/// A value of `p`'s range from a fraction in 0..=1 (bounds and default included).
fn in_range(p: Param, u: f64) -> f64 {
    let spec = p.spec();
    (spec.min + u * (spec.max - spec.min)).clamp(spec.min, spec.max)
}

fn fraction() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(1.0), 0.0..=1.0f64]
}

/// Values near the edge of valid: numbers, percent escapes, separators, any printable text.
fn value_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "(%[0-9A-Fa-f]{2}|[-+.eE0-9]){0,16}",
        "[-+.eE0-9%a-zA-Z&=\\PC]{0,30}",
        any::<f64>().prop_map(|v| v.to_string()),
    ]
}

fn assert_in_range(s: &Scenario) {
    for p in Param::ALL {
        let (v, spec) = (s.get(p), p.spec());
        assert!(v >= spec.min && v <= spec.max, "{} = {v}", spec.key);
    }
}

proptest! {
    #[test]
    fn from_query_never_panics_and_stays_in_range(q in any::<String>()) {
        assert_in_range(&parse(&q).0);
    }

    #[test]
    fn from_query_survives_arbitrary_values_for_real_keys(
        pairs in vec((0usize..9, value_text()), 0..12),
    ) {
        let q: Vec<String> = pairs
            .iter()
            .map(|(i, v)| format!("{}={v}", Param::ALL[*i].spec().key))
            .collect();
        let (s, notes) = parse(&q.join("&"));
        assert_in_range(&s);
        assert!(notes.iter().all(|n| n.raw.chars().count() <= 41 && !n.message.is_empty()));
    }

    #[test]
    fn to_query_normalizes_any_scenario(u in vec(proptest::num::f64::ANY, 9)) {
        let overrides: [(Param, f64); 9] = std::array::from_fn(|i| (Param::ALL[i], u[i]));
        let s = Scenario::default().with(&overrides);
        let n = s.normalized();
        assert_in_range(&n);
        prop_assert_eq!(n.normalized(), n);
        prop_assert_eq!(parse(&s.to_query()), (n, vec![]));
    }

    #[test]
    fn to_query_round_trips(u in vec(fraction(), 9), keep in any::<u16>()) {
        let mut s = Scenario::default();
        for (i, p) in Param::ALL.into_iter().enumerate() {
            // Leave some inputs at their defaults, so the "changed only" rule is exercised.
            if keep & (1 << i) == 0 {
                let _ = s.set(p, in_range(p, u[i]));
            }
        }
        prop_assert_eq!(parse(&s.to_query()), (s, vec![]));
    }
}
