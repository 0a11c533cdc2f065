//! Issue 8's "bad input, everywhere", in one place: every field a reader, a URL or a paste can fill
//! is fed the same hostile values (empty, words, NaN, Infinity, negative, huge, 10,000 characters,
//! non-ASCII digits and emoji). Each must come back as a usable value (in range, never NaN) with a
//! message saying what was used instead, and never panic: a panic in wasm would freeze the page.

use proptest::prelude::*;

use super::header::{BlockHeader, HeaderHexError};
use super::laptop::{
    self, read_power_w, read_zero_bits, DEFAULT_POWER_W, DEFAULT_ZERO_BITS, MAX_POWER_W,
    MAX_ZERO_BITS, MIN_POWER_W, MIN_ZERO_BITS,
};
use super::scenario::{NoteKind, Param, Scenario};
use super::verify::verify;

/// The hostile values every numeric field is tried with. None of them is a usable in-range
/// number, so every one must produce a note.
fn junk() -> Vec<String> {
    let mut v: Vec<String> = [
        "",
        "   ",
        "abc",
        "12abc",
        "NaN",
        "nan",
        "-NaN",
        "Infinity",
        "-Infinity",
        "inf",
        "+inf",
        "-5",
        "1e308",
        "-1e308",
        "1e999",
        "\u{663}",
        "\u{ff13}",
        "\u{1f4b8}",
        "5\u{1f4b8}",
        "0x10",
        "1,5",
        "--1",
        "1e",
        ".",
        "\u{0}",
        "\n\t",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.push("9".repeat(10_000));
    v.push("x".repeat(10_000));
    v.push("\u{663}".repeat(10_000));
    v.push("\u{1f600}".repeat(10_000));
    v
}

#[test]
fn every_economics_field_clamps_or_defaults_junk_with_a_message() {
    for p in Param::ALL {
        let spec = p.spec();
        for text in junk() {
            let (value, note) = p.read_typed(&text);
            assert!(!value.is_nan(), "{}={text:.40}: NaN", spec.key);
            assert!(
                (spec.min..=spec.max).contains(&value),
                "{}={text:.40} gave {value}, outside {}..={}",
                spec.key,
                spec.min,
                spec.max
            );
            // "-5" is in range for no input except those with min <= -5 (none): still a note.
            let note = note.unwrap_or_else(|| panic!("{}={text:.40}: no note", spec.key));
            assert_eq!(note.key, spec.key);
            assert!(!note.message.is_empty());
            // A note quotes at most 40 characters of what was given, so 10,000 cannot flood it.
            assert!(note.raw.chars().count() <= 41, "{}: raw too long", spec.key);
            assert!(
                note.message.chars().count() < 300,
                "{}: {}",
                spec.key,
                note.message
            );
            match note.kind {
                NoteKind::Defaulted => assert_eq!(value, spec.default, "{}={text:.40}", spec.key),
                NoteKind::Clamped { to } => {
                    assert_eq!(value, to);
                    assert!(to == spec.min || to == spec.max);
                }
            }
        }
    }
}

#[test]
fn huge_and_negative_numbers_clamp_to_the_nearest_bound() {
    for p in Param::ALL {
        let spec = p.spec();
        assert_eq!(p.read_typed("1e308").0, spec.max, "{}", spec.key);
        assert_eq!(p.read_typed(&"9".repeat(60)).0, spec.max, "{}", spec.key);
        assert_eq!(p.read_typed("-1e308").0, spec.min, "{}", spec.key);
        // "-5" is below every input's minimum (all are >= 0).
        assert_eq!(p.read_typed("-5").0, spec.min, "{}", spec.key);
        assert!(matches!(
            p.read_typed("NaN").1.map(|n| n.kind),
            Some(NoteKind::Defaulted)
        ));
        assert!(matches!(
            p.read_typed("Infinity").1.map(|n| n.kind),
            Some(NoteKind::Defaulted)
        ));
        // Arabic-Indic and full-width digits are not read as numbers (Rust's parser would not
        // either): defaulted, not misread.
        assert_eq!(p.read_typed("\u{663}").0, spec.default, "{}", spec.key);
        assert_eq!(p.read_typed("\u{ff13}").0, spec.default, "{}", spec.key);
    }
}

#[test]
fn a_url_made_only_of_junk_still_gives_a_scenario_in_range() {
    for text in junk() {
        let query: String = Param::ALL
            .iter()
            .map(|p| format!("{}={}", p.spec().key, text))
            .collect::<Vec<_>>()
            .join("&");
        let (scenario, notes) = Scenario::from_query(&query);
        assert_eq!(
            notes.len(),
            Param::ALL.len(),
            "one note per input for {text:.40}"
        );
        for p in Param::ALL {
            let v = scenario.get(p);
            assert!(
                (p.spec().min..=p.spec().max).contains(&v),
                "{}={v}",
                p.spec().key
            );
        }
    }
}

#[test]
fn the_difficulty_field_clamps_or_defaults_junk_with_a_message() {
    for text in junk() {
        let (bits, note) = read_zero_bits(&text);
        assert!(
            (MIN_ZERO_BITS..=MAX_ZERO_BITS).contains(&bits),
            "{text:.40} gave {bits}"
        );
        let note = note.unwrap_or_else(|| panic!("{text:.40}: no note"));
        assert!(note.chars().count() < 200, "{note}");
    }
    assert_eq!(read_zero_bits("-5").0, MIN_ZERO_BITS);
    assert_eq!(read_zero_bits("1e308").0, MAX_ZERO_BITS);
    assert_eq!(read_zero_bits("NaN").0, DEFAULT_ZERO_BITS);
    assert_eq!(read_zero_bits("Infinity").0, DEFAULT_ZERO_BITS);
    assert_eq!(read_zero_bits("\u{ff13}").0, DEFAULT_ZERO_BITS);
    assert_eq!(read_zero_bits("12"), (12, None), "a good value has no note");
}

#[test]
fn the_power_field_clamps_or_defaults_junk_with_a_message() {
    for text in junk() {
        let (watts, note) = read_power_w(&text);
        assert!(!watts.is_nan());
        assert!(
            (MIN_POWER_W..=MAX_POWER_W).contains(&watts),
            "{text:.40} gave {watts}"
        );
        let note = note.unwrap_or_else(|| panic!("{text:.40}: no note"));
        assert!(note.chars().count() < 200, "{note}");
    }
    assert_eq!(read_power_w("-5").0, MIN_POWER_W);
    assert_eq!(read_power_w("1e308").0, MAX_POWER_W);
    assert_eq!(read_power_w("NaN").0, DEFAULT_POWER_W);
    assert_eq!(read_power_w("Infinity").0, DEFAULT_POWER_W);
    assert_eq!(read_power_w("\u{663}").0, DEFAULT_POWER_W);
    assert_eq!(read_power_w("15"), (15.0, None));
}

#[test]
fn the_miner_message_takes_any_text_the_input_limit_is_only_cosmetic() {
    // The page's input says maxlength=200, but a script or paste can exceed it: the model must not
    // care. Each message gives its own merkle root, and the rest of the header is fixed.
    let long = "\u{1f4b8}".repeat(10_000);
    let texts = [
        "",
        "x",
        "\u{663}\u{ff13}",
        "\u{0}\n\t",
        long.as_str(),
        &"a".repeat(10_000),
    ];
    let headers: Vec<BlockHeader> = texts
        .iter()
        .map(|t| laptop::practice_header(t, 1_700_000_000))
        .collect();
    for (t, h) in texts.iter().zip(&headers) {
        assert_eq!(h.merkle_root, super::header::merkle_root_from_message(t));
        assert_eq!(BlockHeader::parse_hex(&h.to_hex()), Ok(*h), "round-trips");
    }
    for (i, a) in headers.iter().enumerate() {
        for b in &headers[i + 1..] {
            assert_ne!(
                a.merkle_root, b.merkle_root,
                "distinct messages, distinct roots"
            );
        }
    }
}

/// What a header error must look like for one junk input.
type ErrorCheck = fn(&HeaderHexError) -> bool;

#[test]
fn the_header_box_explains_junk_instead_of_failing() {
    let cases: Vec<(String, ErrorCheck)> = vec![
        ("".into(), |e| *e == HeaderHexError::Empty),
        ("   \n".into(), |e| *e == HeaderHexError::Empty),
        ("0x".into(), |e| *e == HeaderHexError::Empty),
        ("NaN".into(), |e| {
            matches!(
                e,
                HeaderHexError::InvalidChar {
                    character: 'N',
                    position: 1
                }
            )
        }),
        ("Infinity".into(), |e| {
            matches!(e, HeaderHexError::InvalidChar { character: 'I', .. })
        }),
        ("-5".into(), |e| {
            matches!(e, HeaderHexError::InvalidChar { character: '-', .. })
        }),
        ("1e308".into(), |e| {
            matches!(e, HeaderHexError::OddDigits { digits: 5 })
        }),
        ("\u{663}".into(), |e| {
            matches!(
                e,
                HeaderHexError::InvalidChar {
                    character: '\u{663}',
                    ..
                }
            )
        }),
        ("ab\u{ff13}".into(), |e| {
            matches!(e, HeaderHexError::InvalidChar { position: 3, .. })
        }),
        ("\u{1f4b8}".into(), |e| {
            matches!(e, HeaderHexError::InvalidChar { .. })
        }),
        ("ab".repeat(5_000), |e| {
            *e == HeaderHexError::WrongLength { bytes: 5_000 }
        }),
        ("z".repeat(10_000), |e| {
            matches!(e, HeaderHexError::InvalidChar { position: 1, .. })
        }),
    ];
    for (text, expected) in cases {
        let error = BlockHeader::parse_hex(&text).expect_err("junk is not a header");
        assert!(expected(&error), "{text:.40}: {error:?}");
        let message = error.to_string();
        assert!(!message.is_empty() && message.len() < 300, "{message}");
        assert_eq!(verify(&text).err(), Some(error), "verify reports the same");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any text at all in any economics field: a value in range, and a note whenever the value
    /// is not what was typed.
    #[test]
    fn any_text_in_any_field_is_read_in_range(text in ".{0,80}", i in 0usize..9) {
        let p = Param::ALL[i];
        let (value, note) = p.read_typed(&text);
        prop_assert!((p.spec().min..=p.spec().max).contains(&value));
        prop_assert!(!value.is_nan());
        if note.is_none() {
            // No note only when the text really was an in-range number.
            let typed: f64 = text.trim().parse().map_err(|_| TestCaseError::fail("no note on junk"))?;
            prop_assert!((p.spec().min..=p.spec().max).contains(&typed));
        }
    }

    #[test]
    fn any_text_in_the_miner_fields_is_read_in_range(text in ".{0,80}") {
        let (bits, _) = read_zero_bits(&text);
        prop_assert!((MIN_ZERO_BITS..=MAX_ZERO_BITS).contains(&bits));
        let (watts, _) = read_power_w(&text);
        prop_assert!((MIN_POWER_W..=MAX_POWER_W).contains(&watts));
        let header = laptop::practice_header(&text, 0);
        prop_assert_eq!(BlockHeader::parse_hex(&header.to_hex()), Ok(header));
    }

    /// Any text in the header box: either 80 bytes that round-trip, or an error with a message.
    #[test]
    fn any_text_in_the_header_box_parses_or_explains(text in "(?s).{0,200}") {
        match BlockHeader::parse_hex(&text) {
            Ok(h) => prop_assert_eq!(BlockHeader::parse_hex(&h.to_hex()), Ok(h)),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}
