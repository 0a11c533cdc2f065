//! The simulator's own inputs: one [`SimSpec`] per input (URL key, label, unit, range, default)
//! and [`SimSettings`]. Their URL form is in `query`, the presets in `presets`.

use crate::model::format;

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
        "Storm: hash rate switched off",
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

    pub(super) fn field_mut(&mut self, p: SimParam) -> &mut f64 {
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
}

/// A value with its unit, as the page shows it: "35% of the fleet", "7 days", "-10%".
pub fn with_unit(spec: &SimSpec, v: f64) -> String {
    let space = if spec.unit.starts_with('%') { "" } else { " " };
    format!("{}{space}{}", format::significant_or_whole(v), spec.unit)
}
