//! Reading a typed decimal ("0.045", "-1.5e3") as an f64. The standard library's `str::parse::<f64>`
//! does the reading (correctly rounded, bounded work on a pasted megabyte of digits); this module
//! only narrows what counts as a number to what a reader types. An earlier version re-implemented the
//! algorithm to save the 10 KB table it brings into the page's wasm; with the 400 KB transfer budget
//! the well-kept library is the better trade (BENCHMARKS.md has the size either way).

/// `text` as an f64, or `None` unless it is a plain decimal: an optional sign, digits with at most
/// one point (at least one digit), and an optional exponent (`e` or `E`, an optional sign, digits).
/// No spaces, no grouping commas: callers that accept "$67,000" strip those first. Unlike
/// `str::parse`, "inf", "infinity" and "NaN" are `None`; too large reads as infinity and too small as
/// zero, as with `str::parse`.
pub fn parse_f64(text: &str) -> Option<f64> {
    let plain_alphabet = text
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E'));
    // Within that alphabet `str::parse` accepts exactly the grammar above.
    plain_alphabet.then(|| text.parse().ok()).flatten()
}

#[cfg(test)]
#[path = "decimal_tests.rs"]
mod tests;
