//! What the simulator's part shows, from one [`Run`]: the three charts' data, the headline
//! figures, the plain-words summary, the check-it-yourself sentences of the start, and (in
//! `tables`) every table. Pure, so the components only render.

use super::economics::power_usd_per_ph_day;
use super::format;
use super::predictions::{choice_for, Answer, Choice, Question};
use super::simulate::{subsidy_btc_at, Cohort, Run, Segment, BANDS, MACHINES, NEW_MACHINES};
use crate::data::fleet::POWER_TIERS;

mod tables;
pub use tables::*;

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
fn signed(v: f64, decimals: usize) -> String {
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

/// The run in plain words: what switches off, how the difficulty answers, where the hashprice
/// ends.
pub fn summary(r: &Run) -> String {
    let first = r.first_event_day.unwrap_or(0.0);
    let before_seg = r.segments.iter().rev().find(|s| s.end_day <= first);
    let before_ehs = before_seg.map_or(r.start_ehs, Segment::total_ehs);
    let hp_before = before_seg
        .or(r.segments.first())
        .map_or(0.0, |s| s.hashprice);
    let after: Vec<&Segment> = r.segments.iter().filter(|s| s.start_day >= first).collect();
    let trough = after
        .iter()
        .map(|s| s.total_ehs())
        .fold(before_ehs, f64::min);
    let off_pct = if before_ehs > 0.0 {
        (1.0 - trough / before_ehs) * 100.0
    } else {
        0.0
    };
    let marks = event_marks(r);
    let lead = if marks.is_empty() {
        format!(
            "As soon as the run starts, at {}",
            format::usd(r.segments.first().map_or(0.0, |s| s.price_usd))
        )
    } else {
        let words: Vec<String> = marks
            .iter()
            .map(|e| match e.label.as_str() {
                "halving" => "the halving".to_string(),
                l if l.starts_with("storm") => format!(
                    "the storm (day {}, {} days)",
                    format::number(r.settings.storm_day, 0),
                    format::number(r.settings.storm_days, 0)
                ),
                _ => format!(
                    "the price move of {}% (week {})",
                    signed(r.settings.price_move_pct, 0),
                    format::number(r.settings.price_week, 0)
                ),
            })
            .collect();
        format!("With {}", words.join(" and "))
    };
    let mut out = format!(
        "{lead}, {}% of the hash rate stops ({} of {} EH/s).",
        format::number(off_pct, 0),
        format::number(before_ehs - trough, 0),
        format::number(before_ehs, 0)
    );
    // The difficulty's answer: the run of falls from the first retarget after the event.
    let epochs: Vec<_> = r.epochs.iter().filter(|e| e.end_day > first).collect();
    let falls = epochs.iter().take_while(|e| e.retarget_pct < 0.0).count();
    if falls > 0 {
        let start = epochs[0].expected_ehs;
        let low = epochs[falls - 1].expected_ehs * (1.0 + epochs[falls - 1].retarget_pct / 100.0);
        out.push_str(&format!(
            " The difficulty falls {}% over {} epoch{}",
            format::number((1.0 - low / start) * 100.0, 0),
            falls,
            if falls == 1 { "" } else { "s" }
        ));
    } else if let Some(e) = epochs.first() {
        out.push_str(&format!(
            " The difficulty does not fall: the next retarget is {}%",
            signed(e.retarget_pct, 1)
        ));
    }
    if let Some(end) = r.segments.last() {
        let verb = if end.hashprice >= hp_before {
            "recovers to"
        } else {
            "ends at"
        };
        out.push_str(&format!(
            ", and the hashprice, ${} before, {verb} ${} per PH/s per day by day {}.",
            cents(hp_before),
            cents(end.hashprice),
            format::number(end.end_day, 0)
        ));
    } else {
        out.push('.');
    }
    if r.stalled {
        out.push_str(
            " Then no machine covers its power bill and no block comes: the difficulty cannot \
             retarget without blocks, so the run stops there.",
        );
    }
    out
}

/// The start of the run, in sentences a reader can check with a calculator: the hashprice from
/// the price, reward and difficulty, and the power bills that are above it.
pub fn start_explained(r: &Run) -> Vec<String> {
    let (Some(s), Some(e)) = (r.segments.first(), r.epochs.first()) else {
        return Vec::new();
    };
    let reward = subsidy_btc_at(r.start_height) + r.fees_btc;
    let mut out = vec![format!(
        "At the start one PH/s earns ${} a day: 144 blocks x {} BTC (subsidy and fees) x {} / \
         {} PH/s, the hash rate the difficulty expects.",
        cents(s.hashprice),
        format::significant_or_whole(reward),
        format::usd(s.price_usd),
        format::number(e.expected_ehs * 1000.0, 0),
    )];
    let mut off = Vec::new();
    for (m, machine) in MACHINES.iter().enumerate().take(NEW_MACHINES) {
        for (t, tier) in POWER_TIERS.iter().enumerate() {
            let g = group(&r.cohorts, m, t);
            let above = r
                .cohorts
                .iter()
                .filter(|c| c.machine == m && c.tier == t && c.cost_per_ph_day > s.hashprice)
                .count();
            if above == 0 {
                continue;
            }
            let bands = if above == BANDS.len() {
                "all of it".to_string()
            } else {
                format!("{above} of its {} bands", BANDS.len())
            };
            off.push(format!(
                "{} on {} ({} J/TH x 24 h x ${}/kWh = ${}, \u{b1}20%: {bands})",
                short(machine.label),
                tier.label.to_lowercase(),
                format::significant_or_whole(machine.j_per_th),
                format::significant_or_whole(g.kwh_usd),
                cents(power_usd_per_ph_day(machine.j_per_th, g.kwh_usd)),
            ));
        }
    }
    let off_ehs: f64 = r
        .cohorts
        .iter()
        .filter(|c| c.cost_per_ph_day > s.hashprice)
        .map(|c| c.installed_ehs)
        .sum();
    out.push(if off.is_empty() {
        "Every machine covers its power bill at that, so none switches off at the start."
            .to_string()
    } else {
        format!(
            "Every machine whose power bill is higher switches off: {}. That is {} of {} EH/s.",
            off.join("; "),
            format::number(off_ehs, 1),
            format::number(r.start_ehs, 0)
        )
    });
    out
}

/// The fleet the run starts with, in words: the machine mix with its average efficiency, the
/// power tiers with their prices and countries, the median price, and the arrivals.
pub fn fleet_text(r: &Run) -> Vec<String> {
    let installed: f64 = r
        .cohorts
        .iter()
        .filter(|c| c.machine != NEW_MACHINES)
        .map(|c| c.installed_ehs)
        .sum();
    if installed <= 0.0 {
        return Vec::new();
    }
    let part = |keep: &dyn Fn(&Cohort) -> bool| -> f64 {
        r.cohorts
            .iter()
            .filter(|c| c.machine != NEW_MACHINES && keep(c))
            .map(|c| c.installed_ehs)
            .sum::<f64>()
            / installed
    };
    let mut avg = 0.0;
    let machines: Vec<String> = MACHINES
        .iter()
        .enumerate()
        .take(NEW_MACHINES)
        .map(|(m, machine)| {
            let share = part(&|c| c.machine == m);
            avg += share * machine.j_per_th;
            format!(
                "{}% {} ({} J/TH)",
                format::number(share * 100.0, 0),
                short(machine.label),
                format::significant_or_whole(machine.j_per_th)
            )
        })
        .collect();
    let tiers: Vec<String> = POWER_TIERS
        .iter()
        .enumerate()
        .map(|(t, tier)| {
            let countries: Vec<&str> = tier.countries.iter().map(|c| c.0).collect();
            format!(
                "{}% on {} (${}/kWh: {})",
                format::number(part(&|c| c.tier == t) * 100.0, 0),
                tier.label.to_lowercase(),
                format::significant_or_whole(tables::group(&r.cohorts, 0, t).kwh_usd),
                countries.join(", ")
            )
        })
        .collect();
    vec![
        format!(
            "Machines: {}, {} J/TH on average.",
            machines.join(", "),
            format::number(avg, 1)
        ),
        format!(
            "Power: {}, each spread \u{b1}20% over five bands.",
            tiers.join("; ")
        ),
        format!(
            "New machines: {} EH/s per epoch of the newest reported model, the {} ({} J/TH), \
             spread over the tiers like the fleet.",
            format::number(r.settings.arrivals_ehs, 0),
            short(MACHINES[NEW_MACHINES - 1].label),
            format::significant_or_whole(MACHINES[NEW_MACHINES].j_per_th)
        ),
    ]
}

/// The predict-then-reveal question of the simulator.
pub const FIRST_RETARGET: Question = Question {
    id: "sim-retarget",
    prompt: "In the run below, how does the difficulty change at the first retarget after the \
             first event (or at the first one, if there is no event)?",
    choices: &[
        Choice {
            label: "It rises or stays",
            low: 0.0,
            high: f64::INFINITY,
        },
        Choice {
            label: "It falls less than 10%",
            low: -10.0,
            high: 0.0,
        },
        Choice {
            label: "It falls 10% to 25%",
            low: -25.0,
            high: -10.0,
        },
        Choice {
            label: "It falls more than 25%",
            low: f64::NEG_INFINITY,
            high: -25.0,
        },
    ],
};

/// The answer to [`FIRST_RETARGET`] for a run.
pub fn first_retarget_answer(r: &Run) -> Option<Answer> {
    let e = r.first_retarget_after_event()?;
    let v = e.retarget_pct;
    Some(Answer {
        value: v,
        correct: choice_for(FIRST_RETARGET.choices, v)?,
        text: format!(
            "{}%: the epoch's blocks came every {} minutes on average, against the 10 the \
             difficulty aims for, so it changes by 10 / {} - 1{}. History's largest fall was \
             -27.94% (2021-07-03, China's ban; CoinDesk).",
            signed(v, 2),
            format::number(e.mean_block_s / 60.0, 2),
            format::number(e.mean_block_s / 60.0, 2),
            if e.clamped {
                ", clamped to a factor of 4"
            } else {
                ""
            }
        ),
    })
}

#[cfg(test)]
#[path = "sim_view_tests.rs"]
mod tests;
