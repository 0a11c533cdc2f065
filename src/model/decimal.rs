//! Reading a typed decimal ("0.045", "-1.5e3") as an f64 without `str::parse::<f64>`: the standard
//! library's algorithm (Eisel-Lemire, with a 10 KB table of 128-bit powers of five, and a big-decimal
//! fallback) was one of the largest tables in the page's wasm. The answers are the same, bit for bit
//! (property-tested against `str::parse` below): Clinger's fast path for short numbers, and for the
//! rest an estimate corrected one ulp at a time by exact big-integer comparisons with the halfway
//! points between neighbouring floats (Clinger's AlgorithmR). That is slow, but only long or extreme
//! input (a pasted 17-digit number, 1e-300) takes it, once per edit.

use std::cmp::Ordering;

/// 10^0 ..= 10^22: every one is exact in an f64 (5^22 < 2^53).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Significant digits kept exactly (see `parse_f64`); at least 768 are needed for correct rounding.
const MAX_DIGITS: usize = 800;

/// Exponents are saturated here while reading: far beyond any f64 whatever the digits.
const EXPONENT_CAP: i64 = 1_000_000_000;

/// `text` as an f64, or `None` unless it is a plain decimal: an optional sign, digits with at most
/// one point (at least one digit), and an optional exponent (`e` or `E`, an optional sign, digits).
/// Equal to `text.parse::<f64>().ok()` for every such text, including the rounding; unlike it,
/// "inf", "infinity" and "NaN" are `None`. Too large reads as infinity and too small as zero, as
/// with `str::parse`.
pub fn parse_f64(text: &str) -> Option<f64> {
    let (negative, rest) = split_sign(text.as_bytes());
    // The value is `digits` (significant digits, no leading zeros) times 10^exponent.
    let mut digits = Vec::new();
    let mut exponent = 0i64;
    let mut seen_digit = false;
    let mut seen_point = false;
    let mut i = 0;
    while let Some(&b) = rest.get(i) {
        match b {
            b'0'..=b'9' => {
                seen_digit = true;
                if seen_point {
                    exponent -= 1;
                }
                if !(digits.is_empty() && b == b'0') {
                    digits.push(b - b'0');
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    if let Some(b'e' | b'E') = rest.get(i) {
        let (exponent_negative, written) = split_sign(&rest[i + 1..]);
        if written.is_empty() || !written.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let written = written.iter().fold(0i64, |e, &d| {
            (e * 10 + i64::from(d - b'0')).min(EXPONENT_CAP)
        });
        exponent += if exponent_negative { -written } else { written };
    } else if i != rest.len() {
        return None;
    }
    while digits.last() == Some(&0) {
        digits.pop();
        exponent += 1;
    }
    // No f64 halfway point needs more than 767 significant digits to be told apart, so beyond
    // MAX_DIGITS the rest is replaced by one non-zero "sticky" digit (the last kept digit is not
    // zero, so something non-zero was dropped): the same rounding, and the big-integer work
    // stays bounded for a pasted megabyte of digits.
    if digits.len() > MAX_DIGITS {
        let dropped = digits.len() - MAX_DIGITS;
        digits.truncate(MAX_DIGITS);
        digits.push(1);
        exponent += dropped as i64 - 1;
    }
    let magnitude = magnitude(&digits, exponent);
    Some(if negative { -magnitude } else { magnitude })
}

fn split_sign(bytes: &[u8]) -> (bool, &[u8]) {
    match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    }
}

/// The f64 nearest to `digits` × 10^`exponent` (ties to even); `digits` has no leading or trailing
/// zeros.
fn magnitude(digits: &[u8], exponent: i64) -> f64 {
    if digits.is_empty() {
        return 0.0;
    }
    let n = digits.len() as i64;
    // 10^(n + exponent - 1) <= value < 10^(n + exponent). From 1e309 up the value is past the
    // largest f64 (1.797e308) by more than half a step; below 1e-324 it is under half the
    // smallest (4.9e-324).
    if n + exponent >= 310 {
        return f64::INFINITY;
    }
    if n + exponent <= -324 {
        return 0.0;
    }
    // Clinger's fast path: an integer below 2^53 (15 digits are below 10^15 < 2^53) and a power of
    // ten are both exact, so one multiplication or division rounds once, correctly.
    if n <= 15 {
        let m = to_u64(digits) as f64;
        if (0..=22).contains(&exponent) {
            return m * POW10[exponent as usize];
        }
        if (-22..0).contains(&exponent) {
            return m / POW10[(-exponent) as usize];
        }
        // 12e30 = (12e8) * 1e22, where 12e8 is still an exact integer below 2^53.
        if exponent > 22 && n + exponent - 22 <= 15 {
            return m * POW10[(exponent - 22) as usize] * 1e22;
        }
    }
    correct(estimate(digits, exponent), digits, exponent)
}

fn to_u64(digits: &[u8]) -> u64 {
    digits.iter().fold(0, |m, &d| m * 10 + u64::from(d))
}

/// A float within a few ulps of the value: the first 19 digits, scaled by powers of ten.
fn estimate(digits: &[u8], exponent: i64) -> f64 {
    let used = digits.len().min(19);
    let mut z = to_u64(&digits[..used]) as f64;
    let mut e = exponent + (digits.len() - used) as i64;
    while e > 22 {
        z *= 1e22;
        e -= 22;
    }
    while e < -22 {
        z /= 1e22;
        e += 22;
    }
    let z = if e >= 0 {
        z * POW10[e as usize]
    } else {
        z / POW10[(-e) as usize]
    };
    z.min(f64::MAX)
}

/// Steps `z` one float at a time until the value lies within half a step of it (AlgorithmR).
fn correct(mut z: f64, digits: &[u8], exponent: i64) -> f64 {
    let value = Big::from_digits(digits);
    loop {
        let (m, k) = parts(z);
        // Above the halfway point to the next float up?
        match compare(&value, exponent, 2 * m + 1, k - 1) {
            Ordering::Greater => {
                z = next_up(z);
                if z.is_infinite() {
                    return z;
                }
                continue;
            }
            Ordering::Equal => return if m % 2 == 1 { next_up(z) } else { z },
            Ordering::Less => {}
        }
        if m == 0 {
            return z;
        }
        // The float below a power of two is half a step closer when z is normal.
        let below = if m == 1 << 52 && z.to_bits() >> 52 > 1 {
            compare(&value, exponent, 4 * m - 1, k - 2)
        } else {
            compare(&value, exponent, 2 * m - 1, k - 1)
        };
        match below {
            Ordering::Less => z = next_down(z),
            Ordering::Equal => return if m % 2 == 1 { next_down(z) } else { z },
            Ordering::Greater => return z,
        }
    }
}

/// `z` (finite, not negative) as `m` × 2^`k` with an integer `m`.
fn parts(z: f64) -> (u64, i64) {
    let bits = z.to_bits();
    let biased = (bits >> 52) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    }
}

fn next_up(z: f64) -> f64 {
    f64::from_bits(z.to_bits() + 1)
}

fn next_down(z: f64) -> f64 {
    f64::from_bits(z.to_bits() - 1)
}

/// `value` × 10^`exponent` against `m` × 2^`k`, exactly.
fn compare(value: &Big, exponent: i64, m: u64, k: i64) -> Ordering {
    let mut left = value.clone();
    let mut right = Big::from_u64(m);
    if exponent >= 0 {
        left.mul_pow10(exponent as u64);
    } else {
        right.mul_pow10(exponent.unsigned_abs());
    }
    if k >= 0 {
        right.shl(k as u64);
    } else {
        left.shl(k.unsigned_abs());
    }
    left.cmp(&right)
}

/// An unsigned integer in base-2^32 limbs, least significant first, no high zero limbs.
#[derive(Clone, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big {
        let mut big = Big(vec![v as u32, (v >> 32) as u32]);
        big.trim();
        big
    }

    fn from_digits(digits: &[u8]) -> Big {
        let mut big = Big(Vec::new());
        for chunk in digits.chunks(9) {
            big.mul_small(10u32.pow(chunk.len() as u32));
            big.add_small(to_u64(chunk) as u32);
        }
        big
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn mul_small(&mut self, factor: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn add_small(&mut self, addend: u32) {
        let mut carry = u64::from(addend);
        for limb in &mut self.0 {
            if carry == 0 {
                return;
            }
            let sum = u64::from(*limb) + carry;
            *limb = sum as u32;
            carry = sum >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, mut power: u64) {
        while power >= 9 {
            self.mul_small(1_000_000_000);
            power -= 9;
        }
        self.mul_small(10u32.pow(power as u32));
    }

    fn shl(&mut self, bits: u64) {
        if self.0.is_empty() {
            return;
        }
        let (limbs, bits) = ((bits / 32) as usize, (bits % 32) as u32);
        if bits > 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let shifted = (*limb << bits) | carry;
                carry = *limb >> (32 - bits);
                *limb = shifted;
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Big) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

#[cfg(test)]
mod tests {
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
}
