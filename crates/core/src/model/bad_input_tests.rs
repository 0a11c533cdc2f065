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

/// Each kind of junk in the header box, with the exact error and message it must produce.
#[test]
fn the_header_box_explains_junk_instead_of_failing() {
    const NOT_HEX: &str = "which is not a hex digit: a header uses only 0-9 and a-f (spaces, line \
                           breaks and a leading 0x are fine).";
    let empty = "The header is empty: paste the 160 hex digits (80 bytes) of a block header.";
    let cases: Vec<(String, HeaderHexError, String)> = vec![
        ("".into(), HeaderHexError::Empty, empty.into()),
        ("   \n".into(), HeaderHexError::Empty, empty.into()),
        ("0x".into(), HeaderHexError::Empty, empty.into()),
        (
            "NaN".into(),
            HeaderHexError::InvalidChar {
                character: 'N',
                position: 1,
            },
            format!("Character 1 is 'N', {NOT_HEX}"),
        ),
        (
            "Infinity".into(),
            HeaderHexError::InvalidChar {
                character: 'I',
                position: 1,
            },
            format!("Character 1 is 'I', {NOT_HEX}"),
        ),
        (
            "-5".into(),
            HeaderHexError::InvalidChar {
                character: '-',
                position: 1,
            },
            format!("Character 1 is '-', {NOT_HEX}"),
        ),
        // 1, e, 3, 0 and 8 are all hex digits: five of them.
        (
            "1e308".into(),
            HeaderHexError::OddDigits { digits: 5 },
            "The header has 5 hex digits, an odd number: every byte is two digits, so one is \
             missing or extra."
                .into(),
        ),
        (
            "\u{663}".into(),
            HeaderHexError::InvalidChar {
                character: '\u{663}',
                position: 1,
            },
            format!("Character 1 is '\u{663}', {NOT_HEX}"),
        ),
        // A fullwidth 3 after two digits: the third character.
        (
            "ab\u{ff13}".into(),
            HeaderHexError::InvalidChar {
                character: '\u{ff13}',
                position: 3,
            },
            format!("Character 3 is '\u{ff13}', {NOT_HEX}"),
        ),
        (
            " 0x\u{1f4b8}".into(),
            HeaderHexError::InvalidChar {
                character: '\u{1f4b8}',
                position: 4,
            },
            format!("Character 4 is '\u{1f4b8}', {NOT_HEX}"),
        ),
        // 10,000 digits = 5,000 bytes, far more than 80.
        (
            "ab".repeat(5_000),
            HeaderHexError::WrongLength { bytes: 5_000 },
            "The input is 5000 bytes (10000 hex digits), but a block header is exactly 80 bytes = \
             160 hex digits. Copy only the header, not the whole block."
                .into(),
        ),
        // 158 digits = 79 bytes, one short.
        (
            "ab".repeat(79),
            HeaderHexError::WrongLength { bytes: 79 },
            "The input is 79 bytes (158 hex digits), but a block header is exactly 80 bytes = 160 \
             hex digits. Part of it seems to be missing."
                .into(),
        ),
        (
            "z".repeat(10_000),
            HeaderHexError::InvalidChar {
                character: 'z',
                position: 1,
            },
            format!("Character 1 is 'z', {NOT_HEX}"),
        ),
    ];
    for (text, want, message) in cases {
        let error = BlockHeader::parse_hex(&text).expect_err("junk is not a header");
        assert_eq!(error, want, "{text:.40}");
        assert_eq!(error.to_string(), message, "{text:.40}");
        assert_eq!(verify(&text).err(), Some(error), "verify reports the same");
    }
}

/// The error `parse_hex` must give for `text`, worked out the plain way (None for a header):
/// after leading whitespace and one `0x`, the first character that is neither whitespace nor an
/// ASCII hex digit is the error, counted in characters from 1; otherwise the number of digits
/// decides (none, odd, or not 160).
fn expected_header_error(text: &str) -> Option<HeaderHexError> {
    let trimmed = text.trim_start();
    let mut skipped = text.chars().count() - trimmed.chars().count();
    let body = match trimmed.get(..2) {
        Some("0x" | "0X") => {
            skipped += 2;
            &trimmed[2..]
        }
        _ => trimmed,
    };
    let mut digits = 0;
    for (i, character) in body.chars().enumerate() {
        if character.is_whitespace() {
            continue;
        }
        if !character.is_ascii_hexdigit() {
            return Some(HeaderHexError::InvalidChar {
                character,
                position: skipped + i + 1,
            });
        }
        digits += 1;
    }
    match digits {
        0 => Some(HeaderHexError::Empty),
        d if d % 2 == 1 => Some(HeaderHexError::OddDigits { digits: d }),
        160 => None,
        d => Some(HeaderHexError::WrongLength { bytes: d / 2 }),
    }
}

/// The header box's answer to `text`: a header that round-trips, or exactly the expected error
/// with a message that names what was wrong (the character and where, or the count).
fn check_header_box(text: &str) -> Result<(), TestCaseError> {
    match (BlockHeader::parse_hex(text), expected_header_error(text)) {
        (Ok(h), None) => prop_assert_eq!(BlockHeader::parse_hex(&h.to_hex()), Ok(h)),
        (Err(error), Some(want)) => {
            prop_assert_eq!(&error, &want);
            let message = error.to_string();
            let start = match want {
                HeaderHexError::Empty => "The header is empty: paste the 160 hex digits".into(),
                HeaderHexError::InvalidChar {
                    character,
                    position,
                } => format!("Character {position} is {character:?}, which is not a hex digit"),
                HeaderHexError::OddDigits { digits } => {
                    format!("The header has {digits} hex digits, an odd number")
                }
                HeaderHexError::WrongLength { bytes } => format!(
                    "The input is {bytes} bytes ({} hex digits), but a block header is exactly 80",
                    bytes * 2
                ),
            };
            prop_assert!(message.starts_with(&start), "{message}");
        }
        (got, want) => prop_assert!(false, "{text:?}: got {got:?}, expected {want:?}"),
    }
    Ok(())
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
            // No note only when the text really was an in-range number, as the page prints them.
            let typed = crate::model::decimal::read_typed_number(&text, p.spec().unit)
                .ok_or_else(|| TestCaseError::fail("no note on junk"))?;
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

    /// Any text in the header box: either 80 bytes that round-trip, or the specific error it
    /// deserves, with a message naming the character and its position, or the count.
    #[test]
    fn any_text_in_the_header_box_parses_or_explains(text in "(?s).{0,200}") {
        check_header_box(&text)?;
    }

    /// Hex digits and whitespace only, of any count: empty, odd, the wrong number of bytes, or
    /// (exactly 160 digits) a header.
    #[test]
    fn hex_of_any_length_is_counted(text in "(0x)?[0-9a-fA-F \n]{0,200}", header in any::<bool>()) {
        let text = if header { format!("{}{text}", "0".repeat(160)) } else { text };
        check_header_box(&text)?;
    }

    /// One junk character inside otherwise good hex is named, with its position.
    #[test]
    fn a_junk_character_is_named_where_it_is(
        before in "[0-9a-f ]{0,170}",
        junk in "[^0-9a-fA-F\\s]",
        after in ".{0,20}",
    ) {
        let text = format!("{before}{junk}{after}");
        let want = HeaderHexError::InvalidChar {
            character: junk.chars().next().unwrap_or_default(),
            position: before.chars().count() + 1,
        };
        prop_assert_eq!(BlockHeader::parse_hex(&text), Err(want));
        check_header_box(&text)?;
    }
}
