//! What the simulator's part shows, from one [`Run`]: the three charts' data and the headline
//! figures here, every table in `tables`, and in `words` the plain-words summary, the
//! check-it-yourself sentences of the start, the fleet as set and the prediction. Pure, so the
//! components only render.

use super::format;
use super::simulate::{Cohort, Run, Segment, BANDS, MACHINES, NEW_MACHINES};
use crate::data::fleet::POWER_TIERS;

mod tables;
mod words;
pub use tables::*;
pub use words::*;

/// A marked moment on the charts' time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMark {
    pub day: f64,
    /// "price -10%", "storm", "halving".
    pub label: String,
}

/// The events of a run, in time order.
pub fn event_marks(r: &Run) -> Vec<EventMark> {
    let s = &r.settings;
    let mut out = Vec::new();
    if s.price_move_pct != 0.0 {
        out.push(EventMark {
            day: s.price_week * 7.0,
            label: format!("price {}%", signed(s.price_move_pct, 0)),
        });
    }
    if s.storm_pct > 0.0 && s.storm_days > 0.0 {
        out.push(EventMark {
            day: s.storm_day,
            label: format!("storm -{}%", format::number(s.storm_pct, 0)),
        });
    }
    if let Some(day) = r.halving_day {
        out.push(EventMark {
            day,
            label: "halving".to_string(),
        });
    }
    out.sort_by(|a, b| a.day.total_cmp(&b.day));
    out
}

/// "+25", "-10", "0".
pub(crate) fn signed(v: f64, decimals: usize) -> String {
    let text = format::number(v, decimals);
    if v > 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{text}")
    } else {
        text
    }
}

/// Chart 1: hash rate by machine, stacked, as steps over days.
#[derive(Debug, Clone, PartialEq)]
pub struct CohortChart {
    /// One label per machine, oldest first (the stack's order from the bottom).
    pub labels: Vec<&'static str>,
    /// (start day, end day, EH/s per machine) for every stretch of the run.
    pub steps: Vec<(f64, f64, Vec<f64>)>,
    pub x_max_day: f64,
    /// The axis top (EH/s): the tallest stack, 10% up.
    pub y_max_ehs: f64,
    /// The installed fleet at the start (EH/s), drawn as a dashed line.
    pub start_ehs: f64,
    pub events: Vec<EventMark>,
}

/// The end of the run in days (at least one day).
fn last_day(r: &Run) -> f64 {
    r.segments.last().map_or(1.0, |s| s.end_day).max(1.0)
}

/// Chart 1's data.
pub fn cohort_chart(r: &Run) -> CohortChart {
    let top = r
        .segments
        .iter()
        .map(Segment::total_ehs)
        .fold(r.start_ehs, f64::max);
    CohortChart {
        labels: MACHINES.iter().map(|m| m.label).collect(),
        steps: r
            .segments
            .iter()
            .map(|s| (s.start_day, s.end_day, s.running_ehs.clone()))
            .collect(),
        x_max_day: last_day(r),
        y_max_ehs: (top * 1.1).max(1.0),
        start_ehs: r.start_ehs,
        events: event_marks(r),
    }
}

/// Chart 2: difficulty (line) and the mean time between blocks (bars), per epoch.
#[derive(Debug, Clone, PartialEq)]
pub struct DifficultyChart {
    /// (start day, end day, difficulty T, mean block time in minutes) per epoch.
    pub epochs: Vec<(f64, f64, f64, f64)>,
    pub x_max_day: f64,
    pub events: Vec<EventMark>,
}

/// Chart 2's data.
pub fn difficulty_chart(r: &Run) -> DifficultyChart {
    DifficultyChart {
        epochs: r
            .epochs
            .iter()
            .map(|e| {
                (
                    e.start_day,
                    e.end_day,
                    e.difficulty_t,
                    e.mean_block_s / 60.0,
                )
            })
            .collect(),
        x_max_day: last_day(r),
        events: event_marks(r),
    }
}

/// Chart 3: the hashprice as steps, with the power bills it is measured against.
#[derive(Debug, Clone, PartialEq)]
pub struct HashpriceChart {
    /// (start day, end day, USD per PH/s per day).
    pub steps: Vec<(f64, f64, f64)>,
    /// Power bills at the median power price (label, USD per PH/s per day) of the machines
    /// whose bill is within the chart.
    pub bills: Vec<(String, f64)>,
    pub x_max_day: f64,
    pub y_max: f64,
    pub events: Vec<EventMark>,
}

/// Chart 3's data.
pub fn hashprice_chart(r: &Run) -> HashpriceChart {
    let steps: Vec<(f64, f64, f64)> = r
        .segments
        .iter()
        .map(|s| (s.start_day, s.end_day, s.hashprice))
        .collect();
    let top = steps.iter().map(|s| s.2).fold(0.0, f64::max).max(1.0) * 1.25;
    let bills = r
        .cohorts
        .iter()
        .filter(|c| {
            POWER_TIERS[c.tier].id == "median" && BANDS[c.band] == 1.0 && c.machine != NEW_MACHINES
        })
        .filter(|c| c.cost_per_ph_day < top)
        .map(|c| {
            (
                format!("{} bill", short(MACHINES[c.machine].label)),
                c.cost_per_ph_day,
            )
        })
        .collect();
    HashpriceChart {
        steps,
        bills,
        x_max_day: last_day(r),
        y_max: top,
        events: event_marks(r),
    }
}

/// A machine's label without its years ("S19 XP (2022)" -> "S19 XP").
pub fn short(label: &str) -> &str {
    label.split(" (").next().unwrap_or(label)
}

/// The headline figures, each also a `data-value` hook.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Headline {
    /// The first retarget after the first event (%); the first retarget if there is none.
    pub first_retarget_pct: f64,
    pub hashrate_start_ehs: f64,
    pub hashrate_end_ehs: f64,
    /// Share of the hash rate running at the end on cheap power (%).
    pub survivors_cheap_power_pct: f64,
    /// Share of the hash rate running at the end on the newest machines (S21 XP and the new
    /// machines, %).
    pub survivors_newest_pct: f64,
    /// Country HHI of the installed fleet and of what runs at the end (lower bounds).
    pub hhi_before: f64,
    pub hhi_after: f64,
}

/// Share of `weight` in the cohorts that `keep` selects (%), 0 when nothing runs.
fn share_pct(cohorts: &[Cohort], keep: impl Fn(&Cohort) -> bool) -> f64 {
    let total: f64 = cohorts.iter().map(Cohort::running_ehs).sum();
    if total <= 0.0 {
        return 0.0;
    }
    let part: f64 = cohorts
        .iter()
        .filter(|c| keep(c))
        .map(Cohort::running_ehs)
        .sum();
    part / total * 100.0
}

/// The headline figures of a run.
pub fn headline(r: &Run) -> Headline {
    use super::simulate::country_hhi;
    let newest = NEW_MACHINES - 1;
    Headline {
        first_retarget_pct: r
            .first_retarget_after_event()
            .map_or(0.0, |e| e.retarget_pct),
        hashrate_start_ehs: r.start_ehs,
        hashrate_end_ehs: r.end_ehs,
        survivors_cheap_power_pct: share_pct(&r.cohorts, |c| c.tier == 0),
        survivors_newest_pct: share_pct(&r.cohorts, |c| c.machine >= newest),
        hhi_before: country_hhi(&r.cohorts, |c| {
            if c.machine == NEW_MACHINES {
                0.0
            } else {
                c.installed_ehs
            }
        }),
        hhi_after: country_hhi(&r.cohorts, Cohort::running_ehs),
    }
}

/// One headline figure as the page shows it; `id` carries the raw `value` in `data-value`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatView {
    pub id: &'static str,
    pub label: &'static str,
    /// The raw number (in the unit the label states), for `data-value`.
    pub value: f64,
    pub shown: String,
    pub sub: String,
}

/// The headline figures of a run, in the order the page shows them.
pub fn headline_stats(r: &Run) -> Vec<StatView> {
    let h = headline(r);
    let pct = |v: f64| format!("{}%", format::number(v, 1));
    let ehs = |v: f64| format!("{} EH/s", format::number(v, 0));
    let stat = |id, label, value, shown, sub: &str| StatView {
        id,
        label,
        value,
        shown,
        sub: sub.to_string(),
    };
    vec![
        stat(
            "sim-first-retarget-pct",
            "First retarget after the first event",
            h.first_retarget_pct,
            pct(h.first_retarget_pct),
            "difficulty change",
        ),
        stat(
            "sim-hashrate-start-ehs",
            "Hash rate at the start",
            h.hashrate_start_ehs,
            ehs(h.hashrate_start_ehs),
            "the scenario's",
        ),
        stat(
            "sim-hashrate-end-ehs",
            "Hash rate at the end",
            h.hashrate_end_ehs,
            ehs(h.hashrate_end_ehs),
            &format!("after {} epochs", r.epochs.len()),
        ),
        stat(
            "sim-survivors-cheap-power-pct",
            "Survivors on cheap power",
            h.survivors_cheap_power_pct,
            pct(h.survivors_cheap_power_pct),
            &format!(
                "of the hash rate left ({} at the start)",
                pct(r.settings.cheap_pct)
            ),
        ),
        stat(
            "sim-survivors-newest-pct",
            "Survivors on the newest machines",
            h.survivors_newest_pct,
            pct(h.survivors_newest_pct),
            "S21 XP and new machines",
        ),
        stat(
            "sim-hhi-after",
            "Country HHI",
            h.hhi_after,
            format!(
                "{} \u{2192} {}",
                format::number(h.hhi_before, 0),
                format::number(h.hhi_after, 0)
            ),
            "start \u{2192} end (lower bound)",
        ),
    ]
}

#[cfg(test)]
#[path = "sim_view_tests.rs"]
mod tests;
