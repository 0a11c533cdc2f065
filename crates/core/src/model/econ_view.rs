//! What the economics section shows, as plain values and sentences: the inputs' accessible value
//! texts, the headline figures' wording, the cost split, the regions' ranges and verdicts; and (in
//! `chart_data`) the charts' data, axis ranges and one-sentence summaries. Pure, so the components only render and the tests can check
//! every word and number the reader sees.

use super::economics::{Outcome, Verdict};
use super::format;
use super::scenario::Param;

mod chart_data;
mod headline;
mod tables;
pub use chart_data::*;
pub use headline::*;
pub use tables::*;

/// A value with its unit, for a slider's `aria-valuetext` ("0.045 USD/kWh", "67,000 USD").
pub fn value_text(param: Param, value: f64) -> String {
    let unit = if param == Param::Life && value == 1.0 {
        "year"
    } else {
        param.spec().unit
    };
    format!("{} {unit}", format::significant_or_whole(value))
}

/// A value as an editable number for the number field: plain digits, no separators, so that what
/// is shown reads back as the same value ("67000", "0.045", "1.5625").
pub fn field_text(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let plain = value.to_string();
    if plain.len() <= 24 {
        plain
    } else {
        format!("{value:e}")
    }
}

/// The years of each halving epoch, by subsidy (BTC per block), for the subsidy's choices.
pub fn epoch_label(subsidy_btc: f64) -> String {
    const YEARS: [(f64, &str); 7] = [
        (50.0, "2009-12"),
        (25.0, "2012-16"),
        (12.5, "2016-20"),
        (6.25, "2020-24"),
        (3.125, "2024-28"),
        (1.5625, "from ~2028"),
        (0.781_25, "from ~2032"),
    ];
    let Some((_, years)) = YEARS.iter().find(|(s, _)| *s == subsidy_btc) else {
        return format!("{} BTC", format::significant_or_whole(subsidy_btc));
    };
    format!(
        "{} BTC ({years})",
        format::significant_or_whole(subsidy_btc)
    )
}

/// The margin per bitcoin in words, never in colour alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarginText {
    /// "Profit", "Loss" or "Break-even".
    pub label: &'static str,
    /// The amount without its sign ("$23,264 per BTC").
    pub amount: String,
    /// Whether to show it as good news.
    pub good: bool,
}

/// [`MarginText`] for a margin in USD per BTC. Margins under half a dollar read as break-even.
pub fn margin_text(margin_usd_per_btc: f64) -> MarginText {
    let amount = format!("{} per BTC", format::usd(margin_usd_per_btc.abs()));
    match margin_usd_per_btc {
        m if m.abs() < 0.5 => MarginText {
            label: "Break-even",
            amount,
            good: true,
        },
        m if m > 0.0 => MarginText {
            label: "Profit",
            amount,
            good: true,
        },
        _ => MarginText {
            label: "Loss",
            amount,
            good: false,
        },
    }
}

/// One part of the all-in cost of a bitcoin.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CostShare {
    pub label: &'static str,
    /// Stable name for the CSS class and tests ("energy", "opex", "hardware").
    pub key: &'static str,
    pub usd_per_btc: f64,
    /// Share of the all-in cost, 0 to 1.
    pub share: f64,
}

/// The all-in cost split into electricity, other operating costs and hardware.
pub fn cost_split(o: &Outcome) -> [CostShare; 3] {
    let total = o.all_in_usd_per_btc;
    let share = |v: f64| if total > 0.0 { v / total } else { 0.0 };
    [
        ("Electricity", "energy", o.energy_usd_per_btc),
        ("Other operating costs", "opex", o.other_opex_usd_per_btc),
        ("Hardware write-off", "hardware", o.hardware_usd_per_btc),
    ]
    .map(|(label, key, usd_per_btc)| CostShare {
        label,
        key,
        usd_per_btc,
        share: share(usd_per_btc),
    })
}

/// A share as a percentage with one decimal ("74.6%").
pub fn percent(share: f64) -> String {
    format!("{}%", format::number(share * 100.0, 1))
}

/// Energy (per day, as the label says) in the largest readable unit ("677 GWh").
pub fn energy_per_day_text(kwh_per_day: f64) -> String {
    let (v, unit) = match kwh_per_day {
        k if k >= 1e9 => (k / 1e9, "TWh"),
        k if k >= 1e6 => (k / 1e6, "GWh"),
        k if k >= 1e3 => (k / 1e3, "MWh"),
        k => (k, "kWh"),
    };
    format!("{} {unit}", format::significant(v))
}

/// Electricity prices as a range or one figure ("$0.027-0.034/kWh", "$0.047/kWh").
pub fn kwh_range_text(low: f64, high: f64) -> String {
    let (low, high) = (low.min(high), low.max(high));
    if (high - low).abs() < 1e-9 {
        format!("${}/kWh", format::significant_or_whole(low))
    } else {
        format!(
            "${}\u{2013}{}/kWh",
            format::significant_or_whole(low),
            format::significant_or_whole(high)
        )
    }
}

/// A cost range per bitcoin, rounded as a model's result deserves ([`format::usd_rounded`]):
/// "$84,000-$95,000", or one figure when the rounded ends agree ("$90,000", never "$90,264").
pub fn usd_range_text(low: f64, high: f64) -> String {
    let (low, high) = (
        format::usd_rounded(low.min(high)),
        format::usd_rounded(low.max(high)),
    );
    if low == high {
        low
    } else {
        format!("{low}\u{2013}{high}")
    }
}

/// A region's verdict in words and its CSS class ("wins" / "good").
pub fn verdict_text(v: Verdict) -> (&'static str, &'static str) {
    match v {
        Verdict::Wins => ("wins", "good"),
        Verdict::Loses => ("loses", "bad"),
        Verdict::Depends => ("depends on the deal", "depends"),
    }
}

#[cfg(test)]
#[path = "econ_view_tests.rs"]
mod tests;
