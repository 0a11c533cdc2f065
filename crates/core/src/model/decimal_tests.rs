use super::*;

#[test]
fn plain_numbers() {
    assert_eq!(parse_f64("0.045"), Some(0.045));
    assert_eq!(parse_f64("67000"), Some(67_000.0));
    assert_eq!(parse_f64("+1.5e3"), Some(1_500.0));
    assert_eq!(parse_f64("-2E-2"), Some(-0.02));
    assert_eq!(parse_f64(".5"), Some(0.5));
    assert_eq!(parse_f64("5."), Some(5.0));
    assert_eq!(parse_f64("1.e1"), Some(10.0));
    assert_eq!(parse_f64("007"), Some(7.0));
    assert_eq!(parse_f64("0.000"), Some(0.0));
    assert_eq!(parse_f64("-0").map(f64::to_bits), Some((-0.0f64).to_bits()));
    // 12 * 10^30 through the extended fast path: exactly 1.2e31.
    assert_eq!(parse_f64("12e30"), Some(1.2e31));
}

#[test]
fn anything_else_is_not_a_number() {
    for text in [
        "",
        ".",
        "+",
        "-",
        "e5",
        ".e1",
        "1e",
        "1e+",
        "1e-",
        "1.2.3",
        " 1",
        "1 ",
        "1_000",
        "0x10",
        "1,5",
        "--1",
        "+-1",
        "1e5.0",
        "1e5e5",
        "inf",
        "-Infinity",
        "NaN",
        "١",
    ] {
        assert_eq!(parse_f64(text), None, "{text:?}");
    }
}

#[test]
fn extremes_overflow_to_infinity_and_underflow_to_zero() {
    assert_eq!(parse_f64("1e400"), Some(f64::INFINITY));
    assert_eq!(
        parse_f64("-1e99999999999999999999"),
        Some(f64::NEG_INFINITY)
    );
    assert_eq!(parse_f64("1e-400"), Some(0.0));
    assert_eq!(parse_f64("0e999999"), Some(0.0));
    // The largest f64 is 1.7976931348623157e308; halfway to 2^1024 is 1.797693134862315807...e308.
    assert_eq!(parse_f64("1.7976931348623157e308"), Some(f64::MAX));
    assert_eq!(parse_f64("1.797693134862315807e308"), Some(f64::MAX));
    assert_eq!(parse_f64("1.797693134862315808e308"), Some(f64::INFINITY));
    // The smallest subnormal is 2^-1074 = 4.94e-324; half of it, 2.4703282292062327208...e-324,
    // is the boundary.
    let tiny = f64::from_bits(1);
    assert_eq!(parse_f64("5e-324"), Some(tiny));
    assert_eq!(parse_f64("2.4703282292062328e-324"), Some(tiny));
    assert_eq!(parse_f64("2.4703282292062327e-324"), Some(0.0));
}

#[test]
fn halfway_cases_round_to_even() {
    // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2: the even one, 2^53.
    assert_eq!(parse_f64("9007199254740993"), Some(9_007_199_254_740_992.0));
    // 2^53 + 3 lies between 2^53 + 2 and 2^53 + 4: the even mantissa is 2^53 + 4.
    assert_eq!(parse_f64("9007199254740995"), Some(9_007_199_254_740_996.0));
    // Just above the halfway point rounds up.
    assert_eq!(
        parse_f64("9007199254740993.000000000000000000001"),
        Some(9_007_199_254_740_994.0)
    );
    // 0.1 + 0.2 as printed.
    assert_eq!(parse_f64("0.30000000000000004"), Some(0.1 + 0.2));
}

#[test]
fn a_pasted_megabyte_of_digits_is_still_a_number() {
    let third = parse_f64(&format!("0.{}", "3".repeat(1_000_000))).expect("a number");
    assert_eq!(third, 1.0 / 3.0);
    let junk_at_the_end = format!("0.{}x", "3".repeat(1_000_000));
    assert_eq!(parse_f64(&junk_at_the_end), None);
}

#[test]
fn typed_numbers_read_as_the_page_prints_them() {
    assert_eq!(read_typed_number("67,000", "USD"), Some(67_000.0));
    assert_eq!(read_typed_number("$50000", "USD"), Some(50_000.0));
    assert_eq!(read_typed_number(" $67,000 ", "USD"), Some(67_000.0));
    assert_eq!(read_typed_number("$ 67 000", "USD"), Some(67_000.0));
    assert_eq!(read_typed_number("67,000 USD", "USD"), Some(67_000.0));
    assert_eq!(read_typed_number("1,234,567.5", "USD"), Some(1_234_567.5));
    assert_eq!(read_typed_number("-$1,200", "USD"), Some(-1_200.0));
    assert_eq!(read_typed_number("$0.045", "USD/kWh"), Some(0.045));
    assert_eq!(read_typed_number("0.045/kWh", "USD/kWh"), Some(0.045));
    assert_eq!(read_typed_number("$0.045/kwh", "USD/kWh"), Some(0.045));
    assert_eq!(read_typed_number("0.045 USD/kWh", "USD/kWh"), Some(0.045));
    assert_eq!(read_typed_number("28.2 J/TH", "J/TH"), Some(28.2));
    assert_eq!(read_typed_number("6 per TH/s", "USD per TH/s"), Some(6.0));
    assert_eq!(read_typed_number("1.5e3", "EH/s"), Some(1_500.0));
    // Plain input reads as parse_f64 does.
    assert_eq!(read_typed_number("0.045", "USD/kWh"), parse_f64("0.045"));
}

#[test]
fn typed_junk_is_still_not_a_number() {
    for text in [
        "",
        "$",
        "USD",
        "/kWh",
        "1,5",
        "12,34",
        "1,2345",
        ",123",
        "123,",
        "1,234.5,6",
        "1.234,5",
        "1,234 567",
        "1 2",
        "$$5",
        "5$",
        "--5",
        "$-5",
        "0.045 J/TH",
        "67,000 EUR",
        "12abc",
        "0x10",
        "inf",
        "$NaN",
        "5\u{1f4b8}",
        "\u{663}",
    ] {
        assert_eq!(read_typed_number(text, "USD/kWh"), None, "{text:?}");
    }
    assert_eq!(read_typed_number("67,000 USD", "J/TH"), None);
}

#[test]
fn a_unit_cut_inside_a_character_is_no_unit_and_no_panic() {
    // "/kWh" is 4 bytes: the cut falls inside the 4-byte emoji, and inside U+202E's 3 bytes.
    assert_eq!(read_typed_number("\u{1f4b8}", "/kWh"), None);
    assert_eq!(read_typed_number("5\u{202e}'&`", "USD/kWh"), None);
    assert_eq!(read_typed_number("\u{1f4b8}", "USD/kWh"), None);
}
