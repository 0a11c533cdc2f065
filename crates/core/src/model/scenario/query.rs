//! The scenario in the URL: `?price=80000&kwh=0.03`. The query itself is split, decoded and
//! written by [`crate::model::url`]; this module checks the values. Reading never fails: a missing key takes its
//! default silently; a malformed or out-of-range value is defaulted or clamped, with a
//! [`ParamNote`] the page shows next to that input.

use super::{Param, ParamSpec, Scenario};
use crate::model::decimal::{parse_f64, read_typed_number};
use crate::model::format;
use crate::model::url::Query;

/// Longest raw value quoted back in a note (characters).
const RAW_DISPLAY_CHARS: usize = 40;

/// Longest text parsed as a number: every value `to_query` writes is far shorter.
const MAX_NUMBER_CHARS: usize = 64;

/// What happened to a value that could not be used as given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NoteKind {
    /// Not a usable number: the input's default was used instead.
    Defaulted,
    /// A number outside the input's range: the nearest bound was used.
    Clamped { to: f64 },
}

/// Why an input does not show exactly what the URL or the number field said.
#[derive(Debug, Clone, PartialEq)]
pub struct ParamNote {
    /// URL key of the input (`"kwh"`).
    pub key: &'static str,
    /// The value as given, cut to 40 characters (with "…") and with control characters replaced.
    pub raw: String,
    pub kind: NoteKind,
    /// A sentence for the reader: "kwh=abc is not a number; using the default 0.045 USD/kWh".
    pub message: String,
}

impl Scenario {
    /// Reads a URL query string, with or without the leading `?`, by the rules of
    /// [`crate::model::url`]: keys are matched case-insensitively, unknown keys are ignored, `+`
    /// and `%XX` are decoded, and when a key appears twice the last one wins (so appending
    /// `&kwh=0.03` to a shared link overrides it; earlier duplicates are not checked). Never
    /// panics; every value ends up inside its range.
    pub fn from_query(query: &str) -> (Scenario, Vec<ParamNote>) {
        Query::parse(query).scenario()
    }

    /// Writes the scenario as a query string without the leading `?`: only the inputs that differ
    /// from their defaults (so the article's scenario is the empty string and a shared link
    /// carries just what the reader changed), in [`Param::ALL`] order, after
    /// [`Scenario::normalized`]. Numbers are the shortest decimals that read back as the same
    /// `f64` ("0.12", never "0.12000000000000001"), so `from_query(&s.to_query())` gives back
    /// `s.normalized()` with no notes, which is `s` itself for every scenario built by
    /// `default`, `from_query`, `set` or a preset.
    pub fn to_query(&self) -> String {
        let mut query = Query::default();
        query.set_scenario(self);
        query.to_string()
    }
}

impl Param {
    /// Reads one decoded URL value for this input: strict plain decimals only (the page writes
    /// nothing else), the value to use and, when it differs from what was given, the note.
    pub fn read_url_value(self, text: &str) -> (f64, Option<ParamNote>) {
        check_text(self.spec(), text)
    }

    /// Reads what a reader typed in this input's number field: the value to use and, when it is
    /// not exactly what was typed, the note to show beside it. Beyond the URL's plain decimals it
    /// accepts numbers as the page prints them ("67,000", "$50000", "0.045/kWh": see
    /// [`read_typed_number`]); anything else gets the URL's note.
    pub fn read_typed(self, text: &str) -> (f64, Option<ParamNote>) {
        let spec = self.spec();
        let short = text.trim().chars().count() <= MAX_NUMBER_CHARS;
        match read_typed_number(text, spec.unit).filter(|_| short) {
            Some(v) => check_value(spec, v, text.trim()),
            None => check_text(spec, text),
        }
    }
}

/// `existing` (a page's query string, with or without `?`) with the scenario's keys replaced by
/// `scenario.to_query()`: other keys (`present`, say) are kept as they were, in their order.
pub fn merge_into_query(existing: &str, scenario: &Scenario) -> String {
    let mut query = Query::parse(existing);
    query.set_scenario(scenario);
    query.to_string()
}

/// Significant digits kept by [`snap`]: far below a slider's resolution, far above float noise.
const SIGNIFICANT_DIGITS: usize = 12;

/// `v` rounded to 12 significant digits, so arithmetic noise (0.1 + 0.02 = 0.12000000000000001)
/// never reaches the URL. Idempotent, and maps `min..=max` into itself (the bounds have fewer
/// digits). -0 becomes 0.
pub(super) fn snap(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v + 0.0;
    }
    parse_f64(&format!("{v:.*e}", SIGNIFICANT_DIGITS - 1)).unwrap_or(v)
}

/// Shortest round-trip decimal (also how a typed value is quoted back); exponent form only where the plain decimal would be long (1e-300).
pub(crate) fn shortest(v: f64) -> String {
    let plain = v.to_string();
    if plain.len() <= 24 {
        plain
    } else {
        format!("{v:e}")
    }
}

/// Reads one decoded URL value for `spec`: the value to use and, if it differs from what was
/// given, the note explaining why.
fn check_text(spec: &ParamSpec, text: &str) -> (f64, Option<ParamNote>) {
    let t = text.trim();
    let problem = if t.is_empty() {
        // "was left empty", not "is empty": from a link, the box beside the note shows the
        // default it now holds.
        return defaulted(spec, text, format!("{} was left empty", spec.label));
    } else if t.chars().count() > MAX_NUMBER_CHARS {
        "is too long to be a number"
    } else if matches!(
        t.trim_start_matches(['+', '-'])
            .to_ascii_lowercase()
            .as_str(),
        "inf" | "infinity" | "nan"
    ) {
        "is not a finite number"
    } else if let Some(v) = parse_f64(t) {
        // Digits too large for an f64 read as infinity, and are clamped like any large number.
        return check_value(spec, v, t);
    } else {
        "is not a number"
    };
    defaulted(
        spec,
        text,
        format!(
            "{} \u{201c}{}\u{201d} {problem}",
            spec.label,
            display_raw(t)
        ),
    )
}

/// Checks a number against `spec`'s range; `raw` is how the reader gave it, for the message.
pub(super) fn check_value(spec: &ParamSpec, value: f64, raw: &str) -> (f64, Option<ParamNote>) {
    let (bound, side) = if value.is_nan() {
        let what = format!(
            "{} \u{201c}{}\u{201d} is not a number",
            spec.label,
            display_raw(raw)
        );
        return defaulted(spec, raw, what);
    } else if value > spec.max {
        (spec.max, "above the maximum")
    } else if value < spec.min {
        (spec.min, "below the minimum")
    } else {
        return (snap(value), None);
    };
    let raw = display_raw(raw);
    let bound_text = with_unit(spec, bound);
    let message = format!(
        "{} \u{201c}{raw}\u{201d} is {side} {bound_text}; using {bound_text}",
        spec.label
    );
    let kind = NoteKind::Clamped { to: bound };
    (
        bound,
        Some(ParamNote {
            key: spec.key,
            raw,
            kind,
            message,
        }),
    )
}

/// The default, with a note: "`what`; using the default 0.045 USD/kWh".
fn defaulted(spec: &ParamSpec, raw: &str, what: String) -> (f64, Option<ParamNote>) {
    let message = format!(
        "{what}; using the default {}",
        with_unit(spec, spec.default)
    );
    let raw = display_raw(raw);
    (
        spec.default,
        Some(ParamNote {
            key: spec.key,
            raw,
            kind: NoteKind::Defaulted,
            message,
        }),
    )
}

/// "0.045 USD/kWh", "67,000 USD".
fn with_unit(spec: &ParamSpec, v: f64) -> String {
    let unit = if spec.unit == "years" && v == 1.0 {
        "year"
    } else {
        spec.unit
    };
    format!("{} {unit}", format::significant_or_whole(v))
}

/// `raw` made safe to quote: at most 40 characters, control characters replaced.
fn display_raw(raw: &str) -> String {
    let mut shown: String = raw
        .chars()
        .take(RAW_DISPLAY_CHARS)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if raw.chars().nth(RAW_DISPLAY_CHARS).is_some() {
        shown.push('…');
    }
    shown
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;
