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
