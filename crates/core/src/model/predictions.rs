//! "Predict, then reveal": a question the class answers before the page shows the answer. Each
//! question's choices are ranges; the answer is computed from the model at the moment of the
//! reveal (the pool snapshot, the reader's measured hash rate, the current scenario), and the
//! right choice is whichever range holds it. Nothing here is a hard-coded result.

use super::concentration::{measure, ranked, snapshot_entities, EntityKind};
use super::economics::{outcome, Scenario};
use super::format;
use super::solo::expected_years_to_block;
use crate::data::hardware::{HardwareClass, GENERATIONS};
use crate::data::network::DIFFICULTY_T;

/// A choice: its words, and the half-open range `[low, high)` of the computed value it stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Choice {
    pub label: &'static str,
    pub low: f64,
    pub high: f64,
}

const fn choice(label: &'static str, low: f64, high: f64) -> Choice {
    Choice { label, low, high }
}

/// A question and its choices, which together cover every value the answer can take.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Question {
    /// Used in element ids: `predict-<id>`.
    pub id: &'static str,
    pub prompt: &'static str,
    pub choices: &'static [Choice],
}

/// The computed answer: the value, the index of the choice that holds it, and a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub value: f64,
    pub correct: usize,
    pub text: String,
}

/// The index of the choice whose range holds `value`, if any.
pub fn choice_for(choices: &[Choice], value: f64) -> Option<usize> {
    choices
        .iter()
        .position(|c| value >= c.low && value < c.high)
}

pub const POOLS_FOR_HALF: Question = Question {
    id: "pools",
    prompt: "How many mining pools does it take to find more than half of Bitcoin's blocks?",
    choices: &[
        choice("1", 1.0, 2.0),
        choice("2", 2.0, 3.0),
        choice("3 to 5", 3.0, 6.0),
        choice("6 to 20", 6.0, 21.0),
        choice("More than 20", 21.0, f64::INFINITY),
    ],
};

/// The pool snapshot's Nakamoto coefficient, and which pools make it.
pub fn pools_for_half() -> Option<Answer> {
    let entities = snapshot_entities();
    let k = measure(&entities).nakamoto?;
    let top: Vec<_> = ranked(&entities)
        .into_iter()
        .filter(|e| e.kind == EntityKind::Single)
        .take(k)
        .collect();
    let names: Vec<String> = top.iter().map(|e| e.name.clone()).collect();
    let share: f64 = top.iter().map(|e| e.share_pct).sum();
    let value = k as f64;
    Some(Answer {
        value,
        correct: choice_for(POOLS_FOR_HALF.choices, value)?,
        text: format!(
            "{k}. In the last 30 days of the snapshot, {} together found {}% of the blocks.",
            super::centralization_view::join_words(&names),
            format::number(share, 1),
        ),
    })
}

pub const LAPTOP_BLOCK: Question = Question {
    id: "laptop",
    prompt: "Mining alone, how long would an ordinary computer like this one take, on average, to find one real Bitcoin block?",
    choices: &[
        choice("Less than a year", 0.0, 1.0),
        choice("1 to 1,000 years", 1.0, 1e3),
        choice("1,000 to a million years", 1e3, 1e6),
        choice("A million to a billion years", 1e6, 1e9),
        choice("More than a billion years", 1e9, f64::INFINITY),
    ],
};

/// The device to price when the reader has not measured a rate: the hardware data's CPU.
pub fn reference_cpu() -> Option<(&'static str, f64)> {
    GENERATIONS
        .iter()
        .find(|g| g.class == HardwareClass::Cpu)
        .map(|g| (g.name, g.hashrate_hs))
}

/// "at the difficulty of 2026-01-08, 148 trillion" for the page's dated figure, else "at a
/// difficulty of 100 trillion": a dated figure is never called today's.
fn difficulty_words(difficulty: f64) -> String {
    let trillions = format::significant(difficulty / 1e12);
    if difficulty == DIFFICULTY_T.value * 1e12 {
        format!(
            "at the difficulty of {}, {trillions} trillion",
            DIFFICULTY_T.as_of
        )
    } else {
        format!("at a difficulty of {trillions} trillion")
    }
}

/// Expected years to one block at the network's `difficulty`, hashing at the reader's measured
/// `rate_hs` if it is above 0, else at [`reference_cpu`]'s rate.
pub fn laptop_block(rate_hs: f64, difficulty: f64) -> Option<Answer> {
    let measured = rate_hs.is_finite() && rate_hs > 0.0;
    let (rate, whose) = if measured {
        (
            rate_hs,
            format!(
                "at the rate your browser measured, {}",
                format::hashrate(rate_hs)
            ),
        )
    } else {
        let (name, rate) = reference_cpu()?;
        (
            rate,
            format!(
                "at {}, the rate of a {name}, until the miner measures yours",
                format::hashrate(rate)
            ),
        )
    };
    let years = expected_years_to_block(difficulty, rate)?;
    Some(Answer {
        value: years,
        correct: choice_for(LAPTOP_BLOCK.choices, years)?,
        text: format!(
            "About {}, {whose}, {}.",
            format::years(years),
            difficulty_words(difficulty),
        ),
    })
}

pub const MINING_PAYS: Question = Question {
    id: "pays",
    prompt:
        "At the prices in the scenario below, does the average miner make money on each bitcoin?",
    choices: &[
        choice("No, it loses money", f64::NEG_INFINITY, 0.0),
        choice("Yes, up to a 25% margin", 0.0, 0.25),
        choice("Yes, a margin above 25%", 0.25, f64::INFINITY),
    ],
};

/// The scenario's margin as a share of the price.
pub fn mining_pays(s: &Scenario) -> Option<Answer> {
    let o = outcome(s);
    let price = s.clamped().price_usd;
    let margin = o.margin_usd_per_btc / price;
    if !margin.is_finite() {
        return None;
    }
    let verdict = if o.profitable { "Yes" } else { "No" };
    Some(Answer {
        value: margin,
        correct: choice_for(MINING_PAYS.choices, margin)?,
        text: format!(
            "{verdict}: mining a bitcoin costs about {} all in, and it sells for {}, a margin of {}%.",
            format::usd(o.all_in_usd_per_btc),
            format::usd(price),
            format::number(margin * 100.0, 0),
        ),
    })
}

/// What the reader picked, and whether the answer is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PredictState {
    pub picked: Option<usize>,
    pub revealed: bool,
}

/// How the class did: a line shown under the answer.
pub fn verdict(state: PredictState, answer: &Answer, choices: &[Choice]) -> String {
    match state.picked.and_then(|i| choices.get(i).map(|c| (i, c))) {
        Some((i, _)) if i == answer.correct => "Your prediction was right.".to_string(),
        Some((_, c)) => format!(
            "You predicted \u{201c}{}\u{201d}; the answer is \u{201c}{}\u{201d}.",
            c.label,
            choices.get(answer.correct).map_or("", |c| c.label)
        ),
        None => "No prediction was picked.".to_string(),
    }
}

#[cfg(test)]
#[path = "predictions_tests.rs"]
mod tests;
