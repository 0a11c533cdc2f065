//! The simulator's own inputs: one [`SimSpec`] per input (URL key, label, unit, range, default),
//! the presets, and their URL form (`?sim_move=-25&sim_week=2`), read with per-field notes in
//! the same style as the scenario's [`ParamNote`]s.

use crate::model::decimal::parse_f64;
use crate::model::format;
use crate::model::scenario::{NoteKind, ParamNote};

/// One input of the simulator. `SimParam::ALL` and [`SIM_PARAMS`] list them in the same order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SimParam {
    OldShare,
    CheapShare,
    Arrivals,
    PriceMove,
    PriceWeek,
    StormShare,
    StormDay,
    StormDays,
    Halving,
}

impl SimParam {
    /// Every input, in the order the page shows them.
    pub const ALL: [SimParam; 9] = [
        SimParam::OldShare,
        SimParam::CheapShare,
        SimParam::Arrivals,
        SimParam::PriceMove,
        SimParam::PriceWeek,
        SimParam::StormShare,
        SimParam::StormDay,
        SimParam::StormDays,
        SimParam::Halving,
    ];

    /// This input's row of [`SIM_PARAMS`].
    pub fn spec(self) -> &'static SimSpec {
        &SIM_PARAMS[self as usize]
    }
}

/// What the page and the URL need to know about one simulator input.
#[derive(Debug, PartialEq)]
pub struct SimSpec {
    pub param: SimParam,
    /// Key in the URL query string.
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub default: f64,
    /// Why the default is what it is, for the page.
    pub default_source: &'static str,
}

impl SimSpec {
    /// `value` clamped into range and rounded to the step (NaN becomes the default).
    pub fn clamp(&self, value: f64) -> f64 {
        if value.is_nan() {
            return self.default;
        }
        let v = value.clamp(self.min, self.max);
        ((v / self.step).round() * self.step).clamp(self.min, self.max) + 0.0
    }
}

macro_rules! spec {
    ($p:ident, $key:literal, $label:literal, $unit:literal, $min:expr, $max:expr, $default:expr,
     $why:literal) => {
        SimSpec {
            param: SimParam::$p,
            key: $key,
            label: $label,
            unit: $unit,
            min: $min,
            max: $max,
            step: 1.0,
            default: $default,
            default_source: $why,
        }
    };
}

/// The inputs, in [`SimParam::ALL`] order. Every step is 1, so URL values are whole numbers.
pub static SIM_PARAMS: [SimSpec; 9] = [
    spec!(
        OldShare,
        "sim_old",
        "Old machines (Antminer S9)",
        "% of the fleet",
        0.0,
        50.0,
        10.0,
        "10%: our assumption, which with the rest of the mix gives the survey's 28.2 J/TH"
    ),
    spec!(
        CheapShare,
        "sim_cheap",
        "Fleet on cheap power",
        "% of the fleet",
        5.0,
        90.0,
        35.0,
        "35%: our assumption, which puts the median at the survey's $0.045/kWh"
    ),
    spec!(
        Arrivals,
        "sim_new",
        "New machines per epoch",
        "EH/s",
        0.0,
        50.0,
        10.0,
        "10 EH/s per epoch: our assumption, below the ~14 EH/s per epoch the network added \
           from 2024-01 (521 EH/s) to 2025-10 (1,160 EH/s), public hash rate charts"
    ),
    spec!(
        PriceMove,
        "sim_move",
        "Price change",
        "%",
        -80.0,
        200.0,
        0.0,
        "0: the price stays at the scenario's"
    ),
    spec!(
        PriceWeek,
        "sim_week",
        "Price change in week",
        "weeks from the start",
        0.0,
        50.0,
        2.0,
        "week 2"
    ),
    spec!(
        StormShare,
        "sim_storm",
        "Storm: hash rate curtailed",
        "%",
        0.0,
        60.0,
        0.0,
        "0: no storm"
    ),
    spec!(
        StormDay,
        "sim_day",
        "Storm starts on day",
        "days from the start",
        0.0,
        300.0,
        3.0,
        "day 3"
    ),
    spec!(
        StormDays,
        "sim_days",
        "Storm lasts",
        "days",
        0.0,
        60.0,
        7.0,
        "7 days: our assumption for a storm like Fern"
    ),
    spec!(
        Halving,
        "sim_halving",
        "Include the 2028 halving",
        "0 = no, 1 = yes",
        0.0,
        1.0,
        0.0,
        "off"
    ),
];

/// The simulator's inputs, each in its spec's unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SimSettings {
    /// Share of the installed hash rate on old machines (Antminer S9), percent.
    pub old_pct: f64,
    /// Share of the installed hash rate on cheap power, percent.
    pub cheap_pct: f64,
    /// New machines (EH/s) arriving at the start of each epoch after the first.
    pub arrivals_ehs: f64,
    /// Price change (percent of the scenario's price), from week `price_week` on.
    pub price_move_pct: f64,
    pub price_week: f64,
    /// Share of the running hash rate curtailed by a storm, percent.
    pub storm_pct: f64,
    pub storm_day: f64,
    pub storm_days: f64,
    /// 1 to start four epochs before block 1,050,000, 0 to start at block 935,424.
    pub halving: f64,
}

impl Default for SimSettings {
    fn default() -> Self {
        let mut s = SimSettings {
            old_pct: 0.0,
            cheap_pct: 0.0,
            arrivals_ehs: 0.0,
            price_move_pct: 0.0,
            price_week: 0.0,
            storm_pct: 0.0,
            storm_day: 0.0,
            storm_days: 0.0,
            halving: 0.0,
        };
        for p in SimParam::ALL {
            *s.field_mut(p) = p.spec().default;
        }
        s
    }
}

impl SimSettings {
    /// The value of one input.
    pub fn get(&self, p: SimParam) -> f64 {
        match p {
            SimParam::OldShare => self.old_pct,
            SimParam::CheapShare => self.cheap_pct,
            SimParam::Arrivals => self.arrivals_ehs,
            SimParam::PriceMove => self.price_move_pct,
            SimParam::PriceWeek => self.price_week,
            SimParam::StormShare => self.storm_pct,
            SimParam::StormDay => self.storm_day,
            SimParam::StormDays => self.storm_days,
            SimParam::Halving => self.halving,
        }
    }

    fn field_mut(&mut self, p: SimParam) -> &mut f64 {
        match p {
            SimParam::OldShare => &mut self.old_pct,
            SimParam::CheapShare => &mut self.cheap_pct,
            SimParam::Arrivals => &mut self.arrivals_ehs,
            SimParam::PriceMove => &mut self.price_move_pct,
            SimParam::PriceWeek => &mut self.price_week,
            SimParam::StormShare => &mut self.storm_pct,
            SimParam::StormDay => &mut self.storm_day,
            SimParam::StormDays => &mut self.storm_days,
            SimParam::Halving => &mut self.halving,
        }
    }

    /// A copy with every input clamped and rounded by [`SimSpec::clamp`]: what the run uses.
    pub fn clamped(&self) -> SimSettings {
        let mut s = *self;
        for p in SimParam::ALL {
            *s.field_mut(p) = p.spec().clamp(self.get(p));
        }
        s
    }

    /// Sets one input (clamped and rounded to its step).
    pub fn set(&mut self, p: SimParam, value: f64) {
        *self.field_mut(p) = p.spec().clamp(value);
    }

    /// Whether the run includes the 2028 halving.
    pub fn with_halving(&self) -> bool {
        self.clamped().halving >= 0.5
    }

    /// Reads the simulator's keys from a URL query string (with or without `?`): keys are
    /// matched case-insensitively, other keys are ignored, the last of a repeated key wins. A
    /// value that is not a finite number takes the default, one out of range the nearest bound,
    /// each with a [`ParamNote`]; one between steps is rounded silently. Never panics.
    pub fn from_query(query: &str) -> (SimSettings, Vec<ParamNote>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut raw: [Option<String>; 9] = Default::default();
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            if let Some(p) = SimParam::ALL
                .into_iter()
                .find(|p| p.spec().key.eq_ignore_ascii_case(key.trim()))
            {
                raw[p as usize] = Some(value.into_owned());
            }
        }
        let mut s = SimSettings::default();
        let mut notes = Vec::new();
        for p in SimParam::ALL {
            if let Some(text) = &raw[p as usize] {
                let (v, note) = read(p.spec(), text);
                *s.field_mut(p) = v;
                notes.extend(note);
            }
        }
        (s, notes)
    }

    /// The inputs that differ from their defaults, as `key=value` pairs joined by `&` (no `?`),
    /// in [`SimParam::ALL`] order; the defaults give the empty string.
    pub fn to_query(&self) -> String {
        let s = self.clamped();
        let mut out = form_urlencoded::Serializer::new(String::new());
        for p in SimParam::ALL {
            if s.get(p) != p.spec().default {
                out.append_pair(p.spec().key, &format!("{}", s.get(p)));
            }
        }
        out.finish()
    }
}

/// `existing` (a page's query, with or without `?`) with the simulator's keys replaced by
/// `settings.to_query()`; every other pair is kept as it was, in its order.
pub fn merge_into_query(existing: &str, settings: &SimSettings) -> String {
    let existing = existing.strip_prefix('?').unwrap_or(existing);
    let kept = existing.split('&').filter(|pair| {
        let key = pair.split_once('=').map_or(*pair, |(k, _)| k);
        !pair.is_empty()
            && !SIM_PARAMS
                .iter()
                .any(|s| s.key.eq_ignore_ascii_case(key.trim()))
    });
    let ours = settings.to_query();
    kept.chain((!ours.is_empty()).then_some(ours.as_str()))
        .collect::<Vec<_>>()
        .join("&")
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

/// A value with its unit, as the page shows it: "35% of the fleet", "7 days", "-10%".
pub fn with_unit(spec: &SimSpec, v: f64) -> String {
    let space = if spec.unit.starts_with('%') { "" } else { " " };
    format!("{}{space}{}", format::significant_or_whole(v), spec.unit)
}

/// A named set of events the reader can load with one click. It sets the timeline (the price
/// move, the storm, the halving) and keeps the reader's fleet.
#[derive(Debug, PartialEq)]
pub struct SimPreset {
    /// Stable id: the button is `#sim-preset-<id>`.
    pub id: &'static str,
    pub description: &'static str,
    /// The timeline inputs this preset sets; the others keep their value.
    pub events: &'static [(SimParam, f64)],
}

/// The timeline's inputs: what a preset sets.
pub const EVENT_PARAMS: [SimParam; 6] = [
    SimParam::PriceMove,
    SimParam::PriceWeek,
    SimParam::StormShare,
    SimParam::StormDay,
    SimParam::StormDays,
    SimParam::Halving,
];

impl SimPreset {
    /// `current` with this preset's timeline: its events, and every other timeline input at
    /// its default.
    pub fn apply(&self, current: &SimSettings) -> SimSettings {
        let mut s = *current;
        for p in EVENT_PARAMS {
            s.set(p, p.spec().default);
        }
        for &(p, v) in self.events {
            s.set(p, v);
        }
        s
    }

    /// Whether `s`'s timeline is this preset's.
    pub fn is_active(&self, s: &SimSettings) -> bool {
        let s = s.clamped();
        self.apply(&s) == s
    }

    /// The button's words; the flat preset names the scenario's price.
    pub fn label(&self, price_usd: f64) -> String {
        match self.id {
            "flat" => format!("Price stays at {}", format::usd(price_usd)),
            "halving" => "The 2028 halving".to_string(),
            _ => "A storm like February 2026".to_string(),
        }
    }
}

/// The presets: a flat price, the 2028 halving, and a storm like Winter Storm Fern.
pub static SIM_PRESETS: &[SimPreset] = &[
    SimPreset {
        id: "flat",
        description: "No event: the fleet meets the scenario's price, and new machines keep \
                      arriving.",
        events: &[],
    },
    SimPreset {
        id: "halving",
        description: "The same fleet and price meet block 1,050,000 (~April 2028), where the \
                      subsidy halves from 3.125 to 1.5625 BTC. The run starts four epochs \
                      before it.",
        events: &[(SimParam::Halving, 1.0)],
    },
    SimPreset {
        id: "storm",
        description: "Like Winter Storm Fern and the price fall of early 2026: 11% of the hash \
                      rate curtailed for 7 days from day 3 (more than 110 of ~1,000 EH/s, \
                      CoinShares via the press; the 7 days are our assumption), and the price \
                      down 10% in week 1 (~$67,000 to ~$60,000 by 2026-02-05). The real \
                      retarget of 2026-02-07 was -11.16%.",
        events: &[
            (SimParam::StormShare, 11.0),
            (SimParam::StormDay, 3.0),
            (SimParam::StormDays, 7.0),
            (SimParam::PriceMove, -10.0),
            (SimParam::PriceWeek, 1.0),
        ],
    },
];
