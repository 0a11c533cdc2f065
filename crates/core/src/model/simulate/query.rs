//! The simulator's inputs in the URL (`?sim_move=-25&sim_week=2`), read and written through the
//! page's one URL module (`model::url::Query`), with per-field notes in the same style as the scenario's [`ParamNote`]s.

use super::settings::{with_unit, SimParam, SimSettings, SimSpec};
use crate::model::decimal::parse_f64;
use crate::model::scenario::{NoteKind, ParamNote};
use crate::model::url::Query;

impl SimSettings {
    /// Reads the simulator's keys from a URL query string (with or without `?`), through the page's
    /// one URL reader ([`Query::sim_settings`]): keys matched case-insensitively, other keys
    /// ignored, the last of a repeated key wins. A value that is not a finite number takes the
    /// default, one out of range the nearest bound, each with a [`ParamNote`]; one between steps is
    /// rounded silently. Never panics.
    pub fn from_query(query: &str) -> (SimSettings, Vec<ParamNote>) {
        Query::parse(query).sim_settings()
    }

    /// The settings read from URL values: `value_of(key)` gives a key's decoded value, if present.
    pub(crate) fn from_url_values<'a>(
        value_of: impl Fn(&str) -> Option<&'a str>,
    ) -> (SimSettings, Vec<ParamNote>) {
        let mut s = SimSettings::default();
        let mut notes = Vec::new();
        for p in SimParam::ALL {
            if let Some(text) = value_of(p.spec().key) {
                let (v, note) = read(p.spec(), text);
                *s.field_mut(p) = v;
                notes.extend(note);
            }
        }
        (s, notes)
    }

    /// The inputs that differ from their defaults as `(key, value)` pairs, in [`SimParam::ALL`]
    /// order; none for the defaults.
    pub(crate) fn url_pairs(&self) -> Vec<(&'static str, String)> {
        let s = self.clamped();
        SimParam::ALL
            .into_iter()
            .filter(|&p| s.get(p) != p.spec().default)
            .map(|p| (p.spec().key, format!("{}", s.get(p))))
            .collect()
    }

    /// The inputs that differ from their defaults, as `key=value` pairs joined by `&` (no `?`),
    /// in [`SimParam::ALL`] order; the defaults give the empty string.
    pub fn to_query(&self) -> String {
        let mut query = Query::default();
        query.set_sim_settings(self);
        query.to_string()
    }
}

/// `existing` (a page's query, with or without `?`) with the simulator's keys replaced by
/// `settings`'; every other pair is kept as it was, in its order.
pub fn merge_into_query(existing: &str, settings: &SimSettings) -> String {
    let mut query = Query::parse(existing);
    query.set_sim_settings(settings);
    query.to_string()
}

/// Longest raw value quoted back in a note (characters).
const RAW_DISPLAY_CHARS: usize = 40;

/// One URL value for `spec`: the value to use and, when it is not what was given, the note.
fn read(spec: &SimSpec, text: &str) -> (f64, Option<ParamNote>) {
    let t = text.trim();
    let shown: String = t
        .chars()
        .take(RAW_DISPLAY_CHARS)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .chain(t.chars().nth(RAW_DISPLAY_CHARS).map(|_| '…'))
        .collect();
    let number = (t.len() <= 64).then(|| parse_f64(t)).flatten();
    let note = |kind, message| ParamNote {
        key: spec.key,
        raw: shown.clone(),
        kind,
        message,
    };
    match number {
        Some(v) if v.is_finite() && v > spec.max => (
            spec.max,
            Some(note(
                NoteKind::Clamped { to: spec.max },
                format!(
                    "{} \u{201c}{shown}\u{201d} is above the maximum {}; using {}",
                    spec.label,
                    with_unit(spec, spec.max),
                    with_unit(spec, spec.max)
                ),
            )),
        ),
        Some(v) if v.is_finite() && v < spec.min => (
            spec.min,
            Some(note(
                NoteKind::Clamped { to: spec.min },
                format!(
                    "{} \u{201c}{shown}\u{201d} is below the minimum {}; using {}",
                    spec.label,
                    with_unit(spec, spec.min),
                    with_unit(spec, spec.min)
                ),
            )),
        ),
        Some(v) if v.is_finite() => (spec.clamp(v), None),
        _ => {
            let what = if t.is_empty() {
                format!("{} is empty", spec.label)
            } else {
                format!("{} \u{201c}{shown}\u{201d} is not a number", spec.label)
            };
            let message = format!(
                "{what}; using the default {}",
                with_unit(spec, spec.default)
            );
            (spec.default, Some(note(NoteKind::Defaulted, message)))
        }
    }
}
