use super::*;
use proptest::prelude::*;

fn same(text: &str) {
    let ours = parse_f64(text).map(f64::to_bits);
    let std = text.parse::<f64>().ok().map(f64::to_bits);
    assert_eq!(ours, std, "{text:?}");
}

#[test]
fn long_digit_strings_round_as_the_standard_library_does() {
    // Half the smallest subnormal, exactly (its exact decimal halved by long division): ties
    // to even gives 0; a 1 three thousand digits further gives 5e-324.
    let smallest = format!("{:.1100e}", f64::from_bits(1));
    let (digits, exp) = smallest.split_once('e').expect("scientific notation");
    let mut half = String::new();
    let mut carry = 0;
    for c in digits.chars().filter(char::is_ascii_digit) {
        let d = carry * 10 + c.to_digit(10).expect("a digit");
        half.push(char::from_digit(d / 2, 10).expect("a digit"));
        carry = d % 2;
    }
    half.push(char::from_digit(carry * 5, 10).expect("a digit"));
    let exp: i32 = exp.parse().expect("an exponent");
    let mantissa = format!("0.{}", half.trim_end_matches('0'));
    let exp = exp + 1;
    assert_eq!(parse_f64(&format!("{mantissa}e{exp}")), Some(0.0));
    assert_eq!(
        parse_f64(&format!("{mantissa}{}1e{exp}", "0".repeat(3000))),
        Some(f64::from_bits(1))
    );
    for text in [
        format!("{mantissa}e{exp}"),
        format!("{mantissa}{}1e{exp}", "0".repeat(3000)),
        format!("{mantissa}{}e{exp}", "0".repeat(3000)),
        format!("0.{}", "1".repeat(5000)),
        format!("{}e-2000", "9".repeat(2000)),
        format!("1{}", "0".repeat(400)),
    ] {
        same(&text);
    }
    // A pasted megabyte of digits is read in bounded work (the digits past 800 become one).
    same(&format!("0.{}", "3".repeat(1_000_000)));
}

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
    // 0.1 + 0.2 as printed, and a long decimal that takes the slow path.
    assert_eq!(parse_f64("0.30000000000000004"), Some(0.1 + 0.2));
    same("0.1000000000000000055511151231257827021181583404541015625");
    same("2.2250738585072011e-308");
    same("2.2250738585072012e-308");
}

proptest! {
    #[test]
    fn every_float_reads_back_exactly(bits in any::<u64>()) {
        let v = f64::from_bits(bits);
        prop_assume!(v.is_finite());
        prop_assert_eq!(parse_f64(&v.to_string()).map(f64::to_bits), Some(bits));
        prop_assert_eq!(parse_f64(&format!("{v:e}")).map(f64::to_bits), Some(bits));
        let twelve = format!("{v:.11e}");
        prop_assert_eq!(parse_f64(&twelve), twelve.parse::<f64>().ok());
    }

    #[test]
    fn decimals_read_as_str_parse_reads_them(
        sign in "[+-]?",
        int in "[0-9]{0,25}",
        point in proptest::option::of("[0-9]{0,25}"),
        exp in proptest::option::of(("[eE]", "[+-]?", -400i32..400)),
    ) {
        let mut text = format!("{sign}{int}");
        if let Some(frac) = point {
            text += &format!(".{frac}");
        }
        if let Some((e, s, n)) = exp {
            text += &format!("{e}{s}{}", n.unsigned_abs());
        }
        same(&text);
    }

    #[test]
    fn any_short_text_is_read_as_str_parse_reads_it(text in "[-+.eE0-9]{0,12}") {
        same(&text);
    }

    #[test]
    fn halfway_points_round_like_str_parse(m in (1u128 << 52)..(1u128 << 53), k in -25i32..=70) {
        // The exact midpoint between m * 2^k and the next float up, (2m + 1) * 2^(k - 1), as an
        // integer or as an integer over a power of ten; then just above and just below it.
        let odd = 2 * m + 1;
        let (int, scale) = if k >= 1 {
            (odd << (k - 1), 0)
        } else {
            (odd * 5u128.pow((1 - k) as u32), 1 - k)
        };
        for digits in [int.to_string(), format!("{int}000001"), format!("{}999999", int - 1)] {
            let extra = digits.len() as i32 - int.to_string().len() as i32;
            same(&format!("{digits}e-{}", scale + extra));
        }
    }
}
