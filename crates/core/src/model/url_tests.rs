//! Tests of the URL query in `url.rs`: decoding, duplicates, empty values, bare keys, what is kept
//! on writing, and round trips. Expected values are worked out by hand in the comments.

use proptest::prelude::*;

use super::*;
use crate::model::presentation::Presentation;
use crate::model::scenario::NoteKind;

#[test]
fn values_are_percent_decoded_and_plus_is_a_space() {
    // %2C is ',', %20 and + are spaces, %2B is a literal '+', %25 is '%'.
    let q = Query::parse("?list=a%2Cb&words=one+two%20three&sum=1%2B1&pct=100%25");
    assert_eq!(q.get("list"), Some("a,b"));
    assert_eq!(q.get("words"), Some("one two three"));
    assert_eq!(q.get("sum"), Some("1+1"));
    assert_eq!(q.get("pct"), Some("100%"));
    // A stray or broken escape stays literal; bytes that are not UTF-8 become U+FFFD.
    let q = Query::parse("a=100%&b=%zz&c=%2&d=%FF");
    assert_eq!(q.get("a"), Some("100%"));
    assert_eq!(q.get("b"), Some("%zz"));
    assert_eq!(q.get("c"), Some("%2"));
    assert_eq!(q.get("d"), Some("\u{FFFD}"));
}

#[test]
fn a_decoded_comma_is_still_not_a_number() {
    // "0%2C03" decodes to "0,03": a European decimal comma, defaulted with the note quoting it.
    let (s, notes) = Query::parse("kwh=0%2C03").scenario();
    assert_eq!(s.kwh_usd, 0.045);
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].kind, NoteKind::Defaulted);
    assert_eq!(
        notes[0].message,
        "Electricity price \u{201c}0,03\u{201d} is not a number; using the default 0.045 USD/kWh"
    );
}

#[test]
fn keys_are_decoded_trimmed_and_matched_ignoring_ascii_case() {
    let q = Query::parse("%6Bwh=0.03&+Price+=80000&PRESENT=2");
    assert_eq!(q.get("kwh"), Some("0.03"));
    assert_eq!(q.get("price"), Some("80000"));
    assert_eq!(q.present(), Some("2"));
    assert_eq!(q.get("presenter"), None);
    assert_eq!(Query::parse("presenter=1").present(), None);
}

#[test]
fn the_last_of_repeated_keys_wins_for_every_key() {
    let q = Query::parse("kwh=0.01&x=1&kwh=0.02&KWH=0.03");
    assert_eq!(q.get("kwh"), Some("0.03"));
    // The scenario and the presentation flag follow the same rule: slide 5 is index 4.
    assert_eq!(q.scenario().0.kwh_usd, 0.03);
    assert_eq!(Presentation::from_query("present=2&present=5", 8).index, 4);
    // Writing a key removes all of its copies.
    let mut q = Query::parse("present=2&a=1&present=5");
    q.set_present(false);
    assert_eq!(q.to_string(), "a=1");
}

#[test]
fn empty_values_and_bare_keys_read_as_empty() {
    let q = Query::parse("a=&b&c==&=d");
    assert_eq!(q.get("a"), Some(""));
    assert_eq!(q.get("b"), Some(""), "a key without '='");
    assert_eq!(q.get("c"), Some("="), "only the first '=' splits");
    assert_eq!(q.get(""), Some("d"), "an empty key is a key too");
    assert_eq!(q.get("e"), None);
    // A bare scenario key is an empty value: defaulted, with a note.
    let (s, notes) = Query::parse("price").scenario();
    assert_eq!(s.price_usd, 67_000.0);
    assert_eq!(
        notes[0].message,
        "Bitcoin price was left empty; using the default 67,000 USD"
    );
}

#[test]
fn pairs_the_page_does_not_own_are_kept_verbatim_and_in_order() {
    let mut q = Query::parse("?utm_source=x&kwh=0.05&note=a%20b+c&&present=3&=1&z");
    let s = Scenario::default().with(&[(Param::Kwh, 0.03), (Param::Price, 80_000.0)]);
    q.set_scenario(&s);
    // kwh is taken out; the scenario's pairs go at the end in Param order (price before kwh); the
    // empty pair is dropped; "a%20b+c" is not re-encoded as "a+b+c".
    assert_eq!(
        q.to_string(),
        "utm_source=x&note=a%20b+c&present=3&=1&z&price=80000&kwh=0.03"
    );
    q.set_present(true);
    assert_eq!(
        q.to_string(),
        "present&utm_source=x&note=a%20b+c&=1&z&price=80000&kwh=0.03"
    );
    q.set_present(false);
    q.set_scenario(&Scenario::default());
    assert_eq!(q.to_string(), "utm_source=x&note=a%20b+c&=1&z");
}

#[test]
fn the_presentation_flag_is_read_back_as_written() {
    let mut q = Query::parse("price=80000");
    assert_eq!(q.present(), None);
    q.set_present(true);
    assert_eq!(q.to_string(), "present&price=80000");
    let again = Query::parse(&q.to_string());
    assert_eq!(again.present(), Some(""));
    // A bare flag opens at the first section.
    let p = Presentation::from_query(&q.to_string(), 8);
    assert!(p.active);
    assert_eq!(p.index, 0);
    assert_eq!(again.scenario().0.price_usd, 80_000.0);
}

#[test]
fn written_values_are_encoded_and_read_back() {
    let mut q = Query::default();
    q.push("note", Some("a b,c&d=e"));
    q.push("flag", None);
    q.push_front("first", Some("1"));
    // ' ' -> '+', ',' -> %2C, '&' -> %26, '=' -> %3D; a bare key has no '='.
    assert_eq!(q.to_string(), "first=1&note=a+b%2Cc%26d%3De&flag");
    let back = Query::parse(&q.to_string());
    assert_eq!(back.get("note"), Some("a b,c&d=e"));
    assert_eq!(back.get("flag"), Some(""));
    assert_eq!(back, q, "reading what was written gives the same query");
}

#[test]
fn a_query_without_empty_pairs_is_written_back_unchanged() {
    for q in ["", "a", "a=1&b=%2C&c=+x+&A=2", "present=3&kwh=abc&utm=%FF"] {
        assert_eq!(Query::parse(q).to_string(), q);
        assert_eq!(Query::parse(&format!("?{q}")).to_string(), q, "?{q}");
    }
    assert_eq!(Query::parse("?&a=1&&b&").to_string(), "a=1&b");
}

#[test]
fn a_scenario_round_trips_through_the_query() {
    let s = Scenario::default().with(&[(Param::Subsidy, 1.5625), (Param::Life, 3.0)]);
    let mut q = Query::parse("present");
    q.set_scenario(&s);
    assert_eq!(q.to_string(), "present&subsidy=1.5625&life=3");
    assert_eq!(Query::parse(&q.to_string()).scenario(), (s, vec![]));
}

proptest! {
    #[test]
    fn any_pushed_value_reads_back(
        key in "[a-z_]{1,8}",
        value in any::<String>(),
        other in any::<String>(),
    ) {
        let mut q = Query::parse(&other);
        q.push(&key, Some(&value));
        let back = Query::parse(&format!("?{q}"));
        prop_assert_eq!(back.get(&key), Some(value.as_str()));
    }

    /// The address bar's query, written and read again (with its `?`), is written the same way.
    #[test]
    fn writing_back_is_stable(q in any::<String>()) {
        let once = Query::parse(&q).to_string();
        prop_assert_eq!(Query::parse(&format!("?{once}")).to_string(), once.clone());
    }
}

#[test]
fn the_simulators_keys_are_read_and_written_by_the_same_query() {
    // The last sim_move wins (-30), matched ignoring case; sim_old=99 is above its maximum of 50.
    let q = Query::parse("?sim_move=-25&price=80000&SIM_MOVE=-30&sim_old=99&x=%20y");
    let (sim, notes) = q.sim_settings();
    assert_eq!(sim.get(SimParam::PriceMove), -30.0);
    assert_eq!(sim.get(SimParam::OldShare), 50.0);
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].key, "sim_old");
    assert!(matches!(notes[0].kind, NoteKind::Clamped { to } if to == 50.0));
    // The scenario's keys are not the simulator's.
    assert_eq!(q.scenario().0.get(Param::Price), 80_000.0);

    // Writing replaces every copy of the simulator's keys, at the end; the rest stays verbatim.
    let mut q = q;
    q.set_sim_settings(&sim);
    assert_eq!(q.to_string(), "price=80000&x=%20y&sim_old=50&sim_move=-30");
    // The defaults write nothing.
    q.set_sim_settings(&SimSettings::default());
    assert_eq!(q.to_string(), "price=80000&x=%20y");
}

#[test]
fn the_speaker_view_is_a_bare_key() {
    assert!(Query::parse("?speaker").speaker());
    assert!(Query::parse("?price=1&Speaker=1").speaker());
    assert!(!Query::parse("?present").speaker());
}
