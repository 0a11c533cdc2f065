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
#[path = "decimal_tests.rs"]
mod tests;
