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

/// What a reader may type in a number field that shows `unit`, as the page itself prints numbers:
/// "67,000", "$50000", "$ 67 000", "$0.045", "0.045/kWh", "28.2 J/TH". Strips, in order: spaces
/// at either end; a trailing unit (the field's `unit`, or that unit without a leading "USD", so
/// "/kWh" for "USD/kWh", compared ignoring case); one leading `$` after an optional sign; and
/// grouping commas or spaces, only where they separate thousands in the whole part
/// ("1,234,567.5", never "1,5" or "12,34"). What is left must be a plain decimal for
/// [`parse_f64`], which stays strict. `None` for anything else, so the caller can say why.
pub fn read_typed_number(text: &str, unit: &str) -> Option<f64> {
    let mut t = text.trim();
    let bare_unit = unit.strip_prefix("USD").unwrap_or(unit).trim();
    for form in [unit.trim(), bare_unit] {
        // `get` rather than slicing: the cut may fall inside a reader's emoji.
        let cut = t.len().saturating_sub(form.len());
        let (Some(head), Some(tail)) = (t.get(..cut), t.get(cut..)) else {
            continue;
        };
        if !form.is_empty() && tail.eq_ignore_ascii_case(form) {
            t = head.trim_end();
            break;
        }
    }
    let (sign, rest) = match t.as_bytes().first() {
        Some(b'+' | b'-') => t.split_at(1),
        _ => ("", t),
    };
    let rest = rest.strip_prefix('$').unwrap_or(rest).trim_start();
    let (whole, tail) = rest
        .find(['.', 'e', 'E'])
        .map_or((rest, ""), |i| rest.split_at(i));
    let digits = ungroup(whole)?;
    parse_f64(&format!("{sign}{digits}{tail}"))
}

/// `whole` without its thousands separators (all commas or all spaces), or `None` when they are
/// not in thousands positions: 1 to 3 digits, then groups of exactly 3.
fn ungroup(whole: &str) -> Option<String> {
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    let Some(separator) = whole.chars().find(|&c| c == ',' || c == ' ') else {
        // The sign goes before the `$`: "$-5" is not how anyone writes a number.
        return digits(whole).then(|| whole.to_string());
    };
    let groups: Vec<&str> = whole.split(separator).collect();
    let first_ok = (1..=3).contains(&groups[0].len()) && digits(groups[0]);
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3 && digits(g));
    (first_ok && rest_ok).then(|| groups.concat())
}

#[cfg(test)]
#[path = "decimal_tests.rs"]
mod tests;
