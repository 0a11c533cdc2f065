//! What the classroom's page shows, as text and proportions: a student's own figures, the teacher's
//! dashboard (students, block producers, the class hash rate over time, blocks) and a vote's tally.
//! Every figure comes from the server's messages (rates from accepted shares); this only words and
//! scales them, so the components render without arithmetic.

use super::names::MAX_NAME_CHARS;
use super::payout::{BLOCK_REWARD, PPLNS_WINDOW_BLOCKS};
use super::protocol::{BlockRow, ClassStatus, PoolInfo, RatePoint};
use crate::model::format;

/// "23%" (whole percent; "<1%" for a small non-zero share, so nobody reads 0 while mining; one
/// decimal from 45% to 55%, so a share is never rounded onto or across the 50% line).
pub fn percent(fraction: f64) -> String {
    if !fraction.is_finite() {
        return "\u{2014}".to_string();
    }
    let pct = fraction * 100.0;
    if pct > 0.0 && pct < 0.5 {
        return "<1%".to_string();
    }
    let decimals = usize::from((45.0..55.0).contains(&pct));
    format!("{}%", format::number(pct, decimals))
}

/// What a name may be, beside the join field.
pub fn name_rule() -> String {
    format!(
        "1 to {MAX_NAME_CHARS} letters, digits, spaces and - ' . _ Your name is shown to the class \
         on the teacher's screen."
    )
}

/// Class coins, as the server counts them ("3.125", "0.78").
pub fn coins(value: f64) -> String {
    if !value.is_finite() || value == 0.0 {
        return "0".to_string();
    }
    format::significant_or_whole((value * 1000.0).round() / 1000.0)
}

/// The pool's rule for a student, in a sentence: what a block pays whom.
pub fn reward_rule(pool: Option<u32>, pools: &[PoolInfo]) -> String {
    let reward = format::significant_or_whole(BLOCK_REWARD);
    match pool.and_then(|id| pools.iter().find(|p| p.id == id)) {
        None => format!(
            "Solo: a block's whole reward, {reward} class coins, goes to whoever finds it, and \
             nothing to anyone else."
        ),
        Some(p) => format!(
            "Pool {}: each block any member finds pays {reward} class coins, shared by the \
             members' shares over the last {} blocks' worth of work (PPLNS): smaller, steadier pay.",
            p.name,
            format::significant_or_whole(PPLNS_WINDOW_BLOCKS)
        ),
    }
}

/// A student's figures from the server's `me` message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Me {
    pub shares: u64,
    pub rate: f64,
    pub class_rate: f64,
    pub share_of_class: f64,
    pub blocks: u64,
    pub reward: f64,
}

/// A figure on a student's page: its label, its value, and the stable hook (`data-figure`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub id: &'static str,
    pub label: &'static str,
    pub value: String,
}

/// A student's own figures, as the page lists them.
pub fn my_figures(me: &Me) -> Vec<Figure> {
    vec![
        Figure {
            id: "shares",
            label: "My accepted shares",
            value: format::number(me.shares as f64, 0),
        },
        Figure {
            id: "rate",
            label: "My hash rate (the class counts it from my shares)",
            value: format::hashrate(me.rate),
        },
        Figure {
            id: "share",
            label: "My share of all the hash rate (a simulated farm's included)",
            value: percent(me.share_of_class),
        },
        Figure {
            id: "class-rate",
            label: "The students' hash rate",
            value: format::hashrate(me.class_rate),
        },
        Figure {
            id: "blocks",
            label: "Class blocks my shares found",
            value: format::number(me.blocks as f64, 0),
        },
        Figure {
            id: "reward",
            label: "My reward so far",
            value: format!("{} class coins", coins(me.reward)),
        },
    ]
}

/// One student on the dashboard.
#[derive(Debug, Clone, PartialEq)]
pub struct StudentLine {
    pub id: u64,
    pub name: String,
    /// "solo" or the pool's name.
    pub pool: String,
    pub rate_hs: f64,
    pub rate: String,
    pub shares: u64,
    pub blocks: u64,
    pub share: String,
    /// This student's share of the class's hash rate, 0 to 1, for the bar.
    pub bar: f64,
    pub online: bool,
}

/// The dashboard's students, fastest first (then by name), as the server measured them.
pub fn student_lines(status: &ClassStatus) -> Vec<StudentLine> {
    let pool_name = |id: Option<u32>| -> String {
        id.and_then(|id| status.pools.iter().find(|p| p.id == id))
            .map_or_else(|| "solo".to_string(), |p| p.name.clone())
    };
    let mut lines: Vec<StudentLine> = status
        .students
        .iter()
        .map(|s| StudentLine {
            id: s.id,
            name: s.name.clone(),
            pool: pool_name(s.pool),
            rate_hs: s.rate,
            rate: format::hashrate(s.rate),
            shares: s.shares,
            blocks: s.blocks,
            share: percent(s.share_of_class),
            bar: clamp01(s.share_of_class),
            online: s.online,
        })
        .collect();
    lines.sort_by(|a, b| b.rate_hs.total_cmp(&a.rate_hs).then(a.name.cmp(&b.name)));
    lines
}

fn clamp01(x: f64) -> f64 {
    if x.is_finite() {
        x.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// A block producer as the network counts them: a pool, a solo student, the simulated farm.
#[derive(Debug, Clone, PartialEq)]
pub struct Producer {
    pub name: String,
    pub rate_hs: f64,
    /// Its share of all producers' hash rate, 0 to 1.
    pub share: f64,
    pub share_text: String,
    pub simulated: bool,
}

/// The class's block producers, biggest first: each pool (its members' rates added), each solo
/// student, and the farm: the entities the server's Nakamoto coefficient and HHI are computed over
/// (`payout::entities`).
pub fn producers(status: &ClassStatus) -> Vec<Producer> {
    let mut list: Vec<(String, f64, bool)> = Vec::new();
    for pool in &status.pools {
        let rate: f64 = status
            .students
            .iter()
            .filter(|s| s.pool == Some(pool.id))
            .map(|s| s.rate)
            .sum();
        list.push((format!("Pool {}", pool.name), rate, false));
    }
    for s in status.students.iter().filter(|s| s.pool.is_none()) {
        list.push((format!("{} (solo)", s.name), s.rate, false));
    }
    if let Some(farm) = status.farm.as_ref().filter(|f| f.rate > 0.0) {
        list.push(("ASIC farm (simulated)".to_string(), farm.rate, true));
    }
    let total: f64 = list.iter().map(|(_, r, _)| r.max(0.0)).sum();
    let mut out: Vec<Producer> = list
        .into_iter()
        .filter(|(_, rate, _)| *rate > 0.0)
        .map(|(name, rate, simulated)| {
            let share = if total > 0.0 { rate / total } else { 0.0 };
            Producer {
                name,
                rate_hs: rate,
                share,
                share_text: percent(share),
                simulated,
            }
        })
        .collect();
    out.sort_by(|a, b| b.rate_hs.total_cmp(&a.rate_hs).then(a.name.cmp(&b.name)));
    out
}

/// The Nakamoto coefficient in words, for the dashboard's big figure.
pub fn nakamoto_words(nakamoto: Option<usize>) -> String {
    match nakamoto {
        None => "Nobody is mining yet: the Nakamoto coefficient needs some hash rate.".to_string(),
        Some(1) => "One producer alone has more than half of the class's hash rate: it could \
                    decide which blocks the class's chain keeps."
            .to_string(),
        Some(k) => format!(
            "It takes the {} largest producers together to have more than half of the class's \
             hash rate.",
            format::number(k as f64, 0)
        ),
    }
}

/// The HHI out of its maximum: 10,000 is one producer with all the hash rate, and n equal
/// producers make 10,000 / n.
pub fn hhi_words(hhi: f64) -> String {
    if !hhi.is_finite() || hhi <= 0.0 {
        return "HHI: no hash rate yet.".to_string();
    }
    format!(
        "HHI {} out of 10,000 (10,000 is one producer with everything; n equal producers make \
         10,000 \u{f7} n)",
        format::number(hhi, 0)
    )
}

/// The class hash rate over time as an SVG polyline in a `width` x `height` box (y down), and the
/// scale's top as text. `None` with fewer than two points.
#[derive(Debug, Clone, PartialEq)]
pub struct RateChart {
    pub points: String,
    pub top: String,
    pub minutes: String,
}

pub fn rate_chart(history: &[RatePoint], width: f64, height: f64) -> Option<RateChart> {
    let (first, last) = (history.first()?, history.last()?);
    if history.len() < 2 || last.time <= first.time {
        return None;
    }
    let top = history
        .iter()
        .map(|p| p.rate)
        .filter(|r| r.is_finite())
        .fold(0.0_f64, f64::max);
    let span = (last.time - first.time) as f64;
    let scale = if top > 0.0 { top } else { 1.0 };
    let points = history
        .iter()
        .map(|p| {
            let x = (p.time.saturating_sub(first.time)) as f64 / span * width;
            let rate = if p.rate.is_finite() {
                p.rate.max(0.0)
            } else {
                0.0
            };
            let y = height - rate / scale * height;
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some(RateChart {
        points,
        top: format::hashrate(top),
        minutes: format!("the last {}", format::duration(span)),
    })
}

/// A block in the dashboard's list.
pub fn block_line(block: &BlockRow) -> String {
    let by = match (&block.pool, block.simulated) {
        (_, true) => block.finder.clone(),
        (Some(pool), false) => format!("{} for pool {pool}", block.finder),
        (None, false) => format!("{} (solo)", block.finder),
    };
    format!(
        "Block {} found by {by}",
        format::number(block.height as f64, 0)
    )
}

/// One option of a revealed vote.
#[derive(Debug, Clone, PartialEq)]
pub struct TallyLine {
    pub label: String,
    pub count: u32,
    /// "3 (43%)".
    pub text: String,
    /// Its share of the answers, 0 to 1, for the bar.
    pub bar: f64,
    pub correct: bool,
}

/// The class's answers beside the right one.
pub fn tally(options: &[String], counts: &[u32], correct: Option<u32>) -> Vec<TallyLine> {
    let total: u32 = counts.iter().sum();
    options
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let count = counts.get(i).copied().unwrap_or(0);
            let bar = if total > 0 {
                f64::from(count) / f64::from(total)
            } else {
                0.0
            };
            TallyLine {
                label: label.clone(),
                count,
                text: format!("{count} ({})", percent(bar)),
                bar,
                correct: correct == Some(i as u32),
            }
        })
        .collect()
}

/// "5 of 7 students have answered" (never what).
pub fn answered_words(answered: u32, students: u32) -> String {
    let (noun, verb) = if students == 1 {
        ("student", "has")
    } else {
        ("students", "have")
    };
    format!("{answered} of {students} {noun} {verb} answered")
}
