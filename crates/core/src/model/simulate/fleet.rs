//! The simulated fleet: cohorts of one machine on one power tier, built from `data::fleet`'s
//! assumed mix and the reader's sliders, and the country concentration of what runs.

use super::{SimSettings, HYSTERESIS, RAMP};
use crate::data::fleet::{generation, FLEET_MIX, NEWEST_MACHINE, OTHER_COUNTRIES, POWER_TIERS};
use crate::model::concentration::hhi_of_total;
use crate::model::economics::{power_usd_per_ph_day, Scenario};

/// A kind of machine in the run: one of `data::fleet::FLEET_MIX`, or the new machines.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Machine {
    /// For keys and tables ("S9 (2016)", "New S21 XP").
    pub label: &'static str,
    /// Efficiency (J/TH), from `data::hardware`.
    pub j_per_th: f64,
}

/// Label of the machines that arrive during the run.
pub const NEW_MACHINE_LABEL: &str = "New machines (S21 XP)";

/// The machines: `FLEET_MIX`'s in order, then the arrivals at index [`NEW_MACHINES`].
pub static MACHINES: std::sync::LazyLock<Vec<Machine>> = std::sync::LazyLock::new(|| {
    let eff = |name: &str| generation(name).map_or(f64::INFINITY, |g| g.j_per_th);
    FLEET_MIX
        .iter()
        .map(|m| Machine {
            label: m.short,
            j_per_th: eff(m.name),
        })
        .chain([Machine {
            label: NEW_MACHINE_LABEL,
            j_per_th: eff(NEWEST_MACHINE),
        }])
        .collect()
});

/// Index of the new machines in [`MACHINES`].
pub const NEW_MACHINES: usize = 5;

/// One machine generation on one power tier.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cohort {
    /// Index into [`MACHINES`].
    pub machine: usize,
    /// Index into `data::fleet::POWER_TIERS`.
    pub tier: usize,
    /// Index into [`BANDS`]: where in its tier's price range it pays.
    pub band: usize,
    /// Installed hash rate (EH/s).
    pub installed_ehs: f64,
    /// Power price (USD per kWh): the tier's ratio x the scenario's power price.
    pub kwh_usd: f64,
    /// Power bill (USD per PH/s per day).
    pub cost_per_ph_day: f64,
    /// Share of the installed machines running, 0 to 1.
    pub on: f64,
    /// The epoch in which it last switched off, if it is off.
    pub off_since: Option<usize>,
}

impl Cohort {
    /// Whether any of it runs.
    pub fn running(&self) -> bool {
        self.on > 0.0
    }

    /// Applies the run rule at `hashprice` (USD per PH/s per day) in epoch `epoch`. The running
    /// part stays on while the hashprice covers its power bill and switches off at once just
    /// below break-even (it saves the bill at once). Machines that are off come back only at
    /// the start of an epoch (`epoch_start`), when the hashprice is [`HYSTERESIS`] above the
    /// bill, and a quarter ([`RAMP`]) of the cohort at a time: re-powering takes weeks, and
    /// coming back all at once would make the difficulty swing from epoch to epoch.
    pub fn decide(&mut self, hashprice: f64, epoch: usize, epoch_start: bool) {
        if hashprice < self.cost_per_ph_day {
            if self.on > 0.0 {
                self.off_since = Some(epoch);
            }
            self.on = 0.0;
        } else if epoch_start
            && self.on < 1.0
            && hashprice >= self.cost_per_ph_day * (1.0 + HYSTERESIS)
        {
            self.on = (self.on + RAMP).min(1.0);
            self.off_since = None;
        }
    }

    /// Hash rate running (EH/s).
    pub fn running_ehs(&self) -> f64 {
        self.installed_ehs * self.on
    }

    /// The bitcoin price (USD) at which this cohort's power bill equals its revenue, with a
    /// block reward of `reward_btc` and a difficulty expecting `expected_ehs`: hashprice is
    /// linear in the price, so bill / (hashprice per dollar of price).
    pub fn breakeven_price_usd(&self, reward_btc: f64, expected_ehs: f64) -> f64 {
        let per_dollar =
            crate::model::economics::hashprice_usd_per_ph_day(1.0, reward_btc, expected_ehs);
        self.cost_per_ph_day / per_dollar
    }
}

/// Shares of the installed hash rate per machine (sum 1): the S9 at the reader's share, the
/// others scaled from `FLEET_MIX` to fill the rest; no new machines at the start.
fn machine_shares(old_pct: f64) -> Vec<f64> {
    let old = (old_pct / 100.0).clamp(0.0, 1.0);
    let rest_default: f64 = FLEET_MIX[1..].iter().map(|m| m.share).sum();
    FLEET_MIX
        .iter()
        .enumerate()
        .map(|(i, m)| {
            if i == 0 {
                old
            } else {
                m.share / rest_default * (1.0 - old)
            }
        })
        .collect()
}

/// Shares of the installed hash rate per power tier (sum 1): cheap at the reader's share, the
/// others scaled from `POWER_TIERS`.
pub fn tier_shares(cheap_pct: f64) -> Vec<f64> {
    let cheap = (cheap_pct / 100.0).clamp(0.0, 1.0);
    let rest_default: f64 = POWER_TIERS[1..].iter().map(|t| t.share).sum();
    POWER_TIERS
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if i == 0 {
                cheap
            } else {
                t.share / rest_default * (1.0 - cheap)
            }
        })
        .collect()
}

/// Power price multipliers of a tier's five bands: each tier's deals spread over +-20% of its
/// price (our assumption), so a cohort leaves in steps, not all at once. The middle band is the
/// tier's price, so the median stays the survey's.
pub const BANDS: [f64; 5] = [0.8, 0.9, 1.0, 1.1, 1.2];

fn cohort(sc: &Scenario, machine: usize, tier: usize, band: usize, installed_ehs: f64) -> Cohort {
    let kwh_usd = POWER_TIERS[tier].kwh_ratio * BANDS[band] * sc.kwh_usd;
    Cohort {
        machine,
        tier,
        band,
        installed_ehs,
        kwh_usd,
        cost_per_ph_day: power_usd_per_ph_day(MACHINES[machine].j_per_th, kwh_usd),
        on: 1.0,
        off_since: None,
    }
}

/// The fleet at the start: the scenario's hash rate split machine x tier, all running, plus an
/// empty cohort of new machines per tier. Machines and tiers are independent (every tier has
/// the same machine mix): our assumption.
pub fn build_fleet(sc: &Scenario, st: &SimSettings) -> Vec<Cohort> {
    let machines = machine_shares(st.old_pct);
    let tiers = tier_shares(st.cheap_pct);
    let each = 1.0 / BANDS.len() as f64;
    let mut out = Vec::with_capacity(MACHINES.len() * tiers.len() * BANDS.len());
    for (m, ms) in machines.iter().chain([&0.0]).enumerate() {
        for (t, ts) in tiers.iter().enumerate() {
            for b in 0..BANDS.len() {
                out.push(cohort(sc, m, t, b, sc.hashrate_ehs * ms * ts * each));
            }
        }
    }
    out
}

/// `ehs` of new machines, spread over the tiers in the installed fleet's tier shares. They are
/// plugged in and then follow the run rule.
pub(super) fn add_arrivals(cohorts: &mut [Cohort], ehs: f64) {
    let installed: Vec<f64> = (0..POWER_TIERS.len())
        .map(|t| {
            cohorts
                .iter()
                .filter(|c| c.tier == t && c.machine != NEW_MACHINES)
                .map(|c| c.installed_ehs)
                .sum()
        })
        .collect();
    let total: f64 = installed.iter().sum();
    for c in cohorts.iter_mut().filter(|c| c.machine == NEW_MACHINES) {
        let share = if total > 0.0 {
            installed[c.tier] / total
        } else {
            1.0 / POWER_TIERS.len() as f64
        } / BANDS.len() as f64;
        // New machines are plugged in and run if they pay (the next decision says): they join
        // the running part.
        let added = ehs * share;
        if added > 0.0 {
            let on_ehs = c.running_ehs() + added;
            c.installed_ehs += added;
            c.on = (on_ehs / c.installed_ehs).min(1.0);
            c.off_since = None;
        }
    }
}

/// Running hash rate of machine `m` across the tiers (EH/s).
pub(super) fn running_of(cohorts: &[Cohort], m: usize) -> f64 {
    cohorts
        .iter()
        .filter(|c| c.machine == m)
        .map(Cohort::running_ehs)
        .sum()
}

/// HHI of hash rate by country, each cohort's hash rate (`weight(cohort)`, EH/s) split by its
/// tier's countries; "Other countries" is spread over many small ones, so it adds ~0 (a lower
/// bound, as `concentration::hhi_of_total`). 0 when nothing runs.
pub fn country_hhi(cohorts: &[Cohort], weight: impl Fn(&Cohort) -> f64) -> f64 {
    let shares = country_shares(cohorts, weight);
    let total: f64 = shares.iter().map(|s| s.1).sum();
    let named: Vec<f64> = shares
        .iter()
        .filter(|s| s.0 != OTHER_COUNTRIES)
        .map(|s| s.1)
        .collect();
    hhi_of_total(&named, total)
}

/// Hash rate by country (EH/s), in the order countries first appear in `POWER_TIERS`.
pub fn country_shares(
    cohorts: &[Cohort],
    weight: impl Fn(&Cohort) -> f64,
) -> Vec<(&'static str, f64)> {
    let mut out: Vec<(&'static str, f64)> = Vec::new();
    for tier in POWER_TIERS {
        for &(country, _) in tier.countries {
            if !out.iter().any(|c| c.0 == country) {
                out.push((country, 0.0));
            }
        }
    }
    for c in cohorts {
        for &(country, share) in POWER_TIERS[c.tier].countries {
            if let Some(slot) = out.iter_mut().find(|s| s.0 == country) {
                slot.1 += weight(c) * share;
            }
        }
    }
    out
}
