//! The page's URL query, read and written in one place: the scenario's keys (`?price=80000`), the
//! presentation flag (`?present`, `?present=3`) and whatever else a link carries (`utm_source`, a
//! teacher's own note), which the page keeps as it was when it writes the query back.
//!
//! Splitting a pair at its `=` and decoding (`+` is a space, `%XX` a byte, a stray `%` stays
//! literal, invalid UTF-8 becomes U+FFFD) are `form_urlencoded`'s. The rules the page adds:
//! - pairs are separated by `&`; a leading `?` is dropped, and empty pairs (`&&`) are skipped;
//! - a key without `=` (`present`) has the value "";
//! - keys are matched after decoding, ignoring surrounding spaces and ASCII case (`KWH`, `%6Bwh`);
//! - when a key appears more than once the **last** one wins, for every key (so appending
//!   `&kwh=0.03` to a shared link overrides it);
//! - writing a key removes every pair with that key; pairs the page does not own are written back
//!   byte for byte (`x=%20y` stays `x=%20y`), in their order.
//!
//! The values themselves are checked elsewhere: a scenario value by [`Param::read_url_value`] (which
//! clamps or defaults it with a note), the slide number by `Presentation::from_query`.

use std::fmt;

use super::scenario::{shortest, Param, ParamNote, Scenario};
use super::simulate::{SimParam, SimSettings};

/// The presentation flag's key: `?present` opens the page in presentation mode, `?present=3` at
/// its third section.
pub const PRESENT_KEY: &str = "present";

/// The speaker view's key: `?speaker` opens the deck's speaker view (the `S` key opens it in a
/// second window).
pub const SPEAKER_KEY: &str = "speaker";

/// A query string as a list of pairs, in the order the address gave them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pairs: Vec<Pair>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Pair {
    /// The pair as written in the address, written back unchanged unless the page replaces it.
    raw: String,
    /// Decoded key (not trimmed: matching trims).
    key: String,
    /// Decoded value; "" for a key without `=`.
    value: String,
}

impl Pair {
    fn is(&self, key: &str) -> bool {
        self.key.trim().eq_ignore_ascii_case(key)
    }
}

impl Query {
    /// Reads a query string, with or without its leading `?`. Never fails: any text is a query.
    pub fn parse(query: &str) -> Query {
        let query = query.strip_prefix('?').unwrap_or(query);
        let pairs = query
            .split('&')
            .filter(|raw| !raw.is_empty())
            .filter_map(|raw| {
                // One pair at a time, so that its raw text is kept beside its decoded parts.
                let (key, value) = form_urlencoded::parse(raw.as_bytes()).next()?;
                Some(Pair {
                    raw: raw.to_string(),
                    key: key.into_owned(),
                    value: value.into_owned(),
                })
            })
            .collect();
        Query { pairs }
    }

    /// The decoded value of `key` (matched ignoring spaces around it and ASCII case), the last one
    /// if it appears more than once; "" for a key without `=`; `None` if it is absent.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .rev()
            .find(|p| p.is(key))
            .map(|p| p.value.as_str())
    }

    /// Removes every pair with `key`.
    pub fn remove(&mut self, key: &str) {
        self.pairs.retain(|p| !p.is(key));
    }

    /// Adds `key=value` at the end, percent-encoded (a space as `+`); `None` writes the bare key.
    pub fn push(&mut self, key: &str, value: Option<&str>) {
        let pair = Self::pair(key, value);
        self.pairs.push(pair);
    }

    /// Adds `key=value` at the front, as [`Query::push`] writes it.
    pub fn push_front(&mut self, key: &str, value: Option<&str>) {
        let pair = Self::pair(key, value);
        self.pairs.insert(0, pair);
    }

    fn pair(key: &str, value: Option<&str>) -> Pair {
        let encode = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        let raw = match value {
            Some(v) => format!("{}={}", encode(key), encode(v)),
            None => encode(key),
        };
        Pair {
            raw,
            key: key.to_string(),
            value: value.unwrap_or_default().to_string(),
        }
    }

    /// The scenario the query describes: a missing key takes its default silently, a value that
    /// cannot be used as given is defaulted or clamped with the [`ParamNote`] saying so (in
    /// [`Param::ALL`] order). Every value ends up inside its range.
    pub fn scenario(&self) -> (Scenario, Vec<ParamNote>) {
        let mut overrides = Vec::new();
        let mut notes = Vec::new();
        for p in Param::ALL {
            if let Some(text) = self.get(p.spec().key) {
                let (value, note) = p.read_url_value(text);
                overrides.push((p, value));
                notes.extend(note);
            }
        }
        (Scenario::default().with(&overrides), notes)
    }

    /// Replaces the scenario's keys with `scenario`'s: after [`Scenario::normalized`], only the
    /// inputs that differ from their defaults, at the end, in [`Param::ALL`] order, as the shortest
    /// decimals that read back as the same `f64`. Other pairs stay where they were.
    pub fn set_scenario(&mut self, scenario: &Scenario) {
        for p in Param::ALL {
            self.remove(p.spec().key);
        }
        let s = scenario.normalized();
        for p in Param::ALL {
            if s.get(p) != p.spec().default {
                self.push(p.spec().key, Some(&shortest(s.get(p))));
            }
        }
    }

    /// The simulator's settings the query describes (`sim_*` keys), with a note for each value
    /// that was clamped or defaulted, as for the scenario.
    pub fn sim_settings(&self) -> (SimSettings, Vec<ParamNote>) {
        SimSettings::from_url_values(|key| self.get(key))
    }

    /// Replaces the simulator's keys with `settings`' (only those that differ from their
    /// defaults, at the end, in [`SimParam::ALL`] order). Other pairs stay where they were.
    pub fn set_sim_settings(&mut self, settings: &SimSettings) {
        for p in SimParam::ALL {
            self.remove(p.spec().key);
        }
        for (key, value) in settings.url_pairs() {
            self.push(key, Some(&value));
        }
    }

    /// Whether the query asks for the speaker view (`?speaker`).
    pub fn speaker(&self) -> bool {
        self.get(SPEAKER_KEY).is_some()
    }

    /// The presentation flag's value ("" for a bare `present`), if the query has it.
    pub fn present(&self) -> Option<&str> {
        self.get(PRESENT_KEY)
    }

    /// Sets the presentation flag (a bare `present`, first) or removes it; other pairs are kept.
    pub fn set_present(&mut self, present: bool) {
        self.remove(PRESENT_KEY);
        if present {
            self.push_front(PRESENT_KEY, None);
        }
    }
}

/// The query without its `?`: the pairs joined by `&` ("" when there are none).
impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, pair) in self.pairs.iter().enumerate() {
            if i > 0 {
                f.write_str("&")?;
            }
            f.write_str(&pair.raw)?;
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "url_tests.rs"]
mod tests;
