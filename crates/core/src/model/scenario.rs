//! The scenario's inputs: one [`ParamSpec`] per input (URL key, label, unit, range, step, default
//! and where the default comes from) and clamping. The table itself is in `params`, the presets
//! in `presets`, URL reading and writing in `query` ([`Scenario::from_query`],
//! [`Scenario::to_query`]).

use crate::data::Figure;

pub use super::economics::Scenario;

mod params;
mod presets;
mod query;
pub use params::{CAPEX_DEFAULT_USD_PER_THS, OPEX_DEFAULT_SHARE, PARAMS, SUBSIDY_EPOCHS_BTC};
pub use presets::{Preset, PRESETS};
pub(crate) use query::shortest;
pub use query::{merge_into_query, NoteKind, ParamNote};

/// One input of the model. `Param::ALL` and [`PARAMS`] list them in the same order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Param {
    Price,
    Kwh,
    Eff,
    Hashrate,
    Fees,
    Subsidy,
    Capex,
    Life,
    Opex,
}

impl Param {
    /// Every input, in the order the page shows them.
    pub const ALL: [Param; 9] = [
        Param::Price,
        Param::Kwh,
        Param::Eff,
        Param::Hashrate,
        Param::Fees,
        Param::Subsidy,
        Param::Capex,
        Param::Life,
        Param::Opex,
    ];

    /// This input's row of [`PARAMS`].
    pub fn spec(self) -> &'static ParamSpec {
        &PARAMS[self as usize]
    }

    /// The input whose URL key is `key` (ASCII case-insensitive), if any.
    pub fn from_key(key: &str) -> Option<Param> {
        Param::ALL
            .into_iter()
            .find(|p| p.spec().key.eq_ignore_ascii_case(key))
    }
}

/// Everything the page and the URL need to know about one input: the single source of truth.
#[derive(Debug, PartialEq)]
pub struct ParamSpec {
    pub param: Param,
    /// Key in the URL query string (`kwh` in `?kwh=0.03`).
    pub key: &'static str,
    /// Label next to the slider.
    pub label: &'static str,
    /// Unit as shown to readers.
    pub unit: &'static str,
    /// Smallest accepted value (inclusive).
    pub min: f64,
    /// Largest accepted value (inclusive).
    pub max: f64,
    /// Slider step; typed and URL values need not be multiples of it.
    pub step: f64,
    /// Value of the article's 2026 scenario.
    pub default: f64,
    /// Where the default comes from, in words, for the tooltip.
    pub default_source: &'static str,
    /// The cited figure the default is, when it is one.
    pub figure: Option<&'static Figure>,
    /// Values offered as buttons (the subsidy's halving epochs); empty for a plain slider.
    pub choices: &'static [f64],
}

impl ParamSpec {
    /// `value` clamped into `min..=max`; NaN becomes the default and -0 becomes 0.
    pub fn clamp(&self, value: f64) -> f64 {
        if value.is_nan() {
            self.default
        } else {
            value.clamp(self.min, self.max) + 0.0
        }
    }
}

impl Default for Scenario {
    /// The article's 2026 scenario: every input at its [`ParamSpec::default`].
    fn default() -> Self {
        let d = |p: Param| p.spec().default;
        Scenario {
            price_usd: d(Param::Price),
            kwh_usd: d(Param::Kwh),
            eff_j_per_th: d(Param::Eff),
            hashrate_ehs: d(Param::Hashrate),
            fees_btc: d(Param::Fees),
            subsidy_btc: d(Param::Subsidy),
            capex_usd_per_ths: d(Param::Capex),
            life_years: d(Param::Life),
            opex_share: d(Param::Opex),
        }
    }
}

impl Scenario {
    /// The value of one input, in its spec's unit.
    pub fn get(&self, p: Param) -> f64 {
        match p {
            Param::Price => self.price_usd,
            Param::Kwh => self.kwh_usd,
            Param::Eff => self.eff_j_per_th,
            Param::Hashrate => self.hashrate_ehs,
            Param::Fees => self.fees_btc,
            Param::Subsidy => self.subsidy_btc,
            Param::Capex => self.capex_usd_per_ths,
            Param::Life => self.life_years,
            Param::Opex => self.opex_share,
        }
    }

    fn field_mut(&mut self, p: Param) -> &mut f64 {
        match p {
            Param::Price => &mut self.price_usd,
            Param::Kwh => &mut self.kwh_usd,
            Param::Eff => &mut self.eff_j_per_th,
            Param::Hashrate => &mut self.hashrate_ehs,
            Param::Fees => &mut self.fees_btc,
            Param::Subsidy => &mut self.subsidy_btc,
            Param::Capex => &mut self.capex_usd_per_ths,
            Param::Life => &mut self.life_years,
            Param::Opex => &mut self.opex_share,
        }
    }

    /// A copy with every input clamped by [`ParamSpec::clamp`]: what the economics computes with.
    pub fn clamped(&self) -> Scenario {
        let mut s = *self;
        for p in Param::ALL {
            *s.field_mut(p) = p.spec().clamp(self.get(p));
        }
        s
    }

    /// [`Scenario::clamped`], with every value rounded to 12 significant digits: the canonical
    /// form that `from_query`, `set` and `to_query` use.
    pub fn normalized(&self) -> Scenario {
        let mut s = self.clamped();
        for p in Param::ALL {
            *s.field_mut(p) = query::snap(s.get(p));
        }
        s
    }

    /// Sets one input to a value typed in its number field, rounded to 12 significant digits.
    /// NaN takes the default and anything outside the range is clamped, with a [`ParamNote`]
    /// saying so; `None` means the value was taken as given.
    pub fn set(&mut self, p: Param, value: f64) -> Option<ParamNote> {
        let (v, note) = query::check_value(p.spec(), value, &query::shortest(value));
        *self.field_mut(p) = v;
        note
    }

    /// A copy with `overrides` applied (unclamped; the economics clamps).
    pub fn with(mut self, overrides: &[(Param, f64)]) -> Scenario {
        for &(p, v) in overrides {
            *self.field_mut(p) = v;
        }
        self
    }
}

#[cfg(test)]
#[path = "scenario_tests.rs"]
mod tests;
