//! The simulator's words: the run in plain words, its start explained with numbers a reader can
//! check, the fleet as set, and the predict-then-reveal question.

use super::tables::{self, cents, group};
use super::{event_marks, short, signed};
use crate::data::fleet::POWER_TIERS;
use crate::model::economics::power_usd_per_ph_day;
use crate::model::format;
use crate::model::predictions::{choice_for, Answer, Choice, Question};
use crate::model::simulate::{subsidy_btc_at, Cohort, Run, Segment, BANDS, MACHINES, NEW_MACHINES};

/// The run in plain words: what switches off, how the difficulty answers, where the hashprice
/// ends.
/// The line under the headline figures: which scenario values drive the run ("Driven by the
/// scenario in the economics section: a bitcoin price of $67,000, ...").
pub fn driven_by(sc: &crate::model::economics::Scenario) -> String {
    let sc = sc.clamped();
    format!(
        "Driven by the scenario in the economics section: a bitcoin price of {}, power at ${}/kWh \
         for the median miner, {} EH/s and {} BTC of fees per block. Change them there.",
        format::usd(sc.price_usd),
        format::significant_or_whole(sc.kwh_usd),
        format::number(sc.hashrate_ehs, 0),
        format::significant_or_whole(sc.fees_btc)
    )
}

/// The note above the survivors' countries: the country HHI before and after the run.
pub fn countries_note(h: &super::Headline) -> String {
    format!(
        "The country HHI goes from {} to {}: the hash rate that is left sits more where power is \
         cheap. Other countries are counted as many small ones, so both are lower bounds.",
        format::number(h.hhi_before, 0),
        format::number(h.hhi_after, 0)
    )
}

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
        let when = if marks.is_empty() {
            "at the start"
        } else {
            "just before"
        };
        // A peak well above both ends is part of the story (the chart shows it): say it.
        let peak = after
            .iter()
            .copied()
            .max_by(|a, b| a.hashprice.total_cmp(&b.hashprice))
            .filter(|p| p.hashprice > 1.05 * end.hashprice.max(hp_before));
        let verb = if end.hashprice >= hp_before {
            "recovers to"
        } else {
            "ends at"
        };
        let path = match peak {
            Some(p) => format!(
                "peaks at ${} on day {}, then ends at",
                cents(p.hashprice),
                format::number(p.start_day, 0)
            ),
            None => verb.to_string(),
        };
        out.push_str(&format!(
            ", and the hashprice, ${} {when}, {path} ${} per PH/s per day by day {}.",
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
    // The fleet at the start: the new machines' cohorts hold what arrived by the run's end.
    let off_ehs: f64 = r
        .cohorts
        .iter()
        .filter(|c| c.machine != NEW_MACHINES && c.cost_per_ph_day > s.hashprice)
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
