//! What the economics section shows, as plain values and sentences: the inputs' accessible value
//! texts, the headline figures' wording, the cost split, the charts' data and axis ranges, and
//! each chart's one-sentence summary. Pure, so the components only render and the tests can check
//! every word and number the reader sees.

use super::economics::{
    cost_sweep, generation_economics, margin_grid, CostPoint, MarginGrid, Outcome, Scenario,
    Verdict,
};
use super::format;
use super::scenario::Param;
use crate::data::hardware::GENERATIONS;

/// Points along chart 1's electricity axis. The cost is linear in the power price, so a few
/// dozen points draw it exactly; more only cost time.
pub const COST_POINTS: usize = 61;
/// Chart 2's grid: columns (electricity) x rows (bitcoin price): fine enough for a smooth map,
/// and the chart merges equal neighbours, so a redraw stays well inside a frame.
pub const MAP_COLUMNS: usize = 60;
pub const MAP_ROWS: usize = 40;

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

/// A cost range per bitcoin ("$84,000-95,000", or one figure when the ends agree to the dollar).
pub fn usd_range_text(low: f64, high: f64) -> String {
    let (low, high) = (low.min(high), low.max(high));
    if (high - low).abs() < 0.5 {
        format::usd(low)
    } else {
        format!("{}\u{2013}{}", format::usd(low), format::usd(high))
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

/// Rounds `v` up to a multiple of `step` (for axis ends that read well).
fn ceil_to(v: f64, step: f64) -> f64 {
    (v / step).ceil() * step
}

/// Chart 1 and 2's electricity axis end (USD/kWh): wide enough to show the scenario and its
/// break-even point with room to spare, at least $0.10, at most the input's maximum ($0.30).
pub fn kwh_axis_max(s: &Scenario, o: &Outcome) -> f64 {
    let s = s.clamped();
    let want = (s.kwh_usd * 1.6)
        .max(o.breakeven_all_in_kwh_usd * 1.3)
        .max(0.10);
    ceil_to(want, 0.01).min(Param::Kwh.spec().max)
}

/// Chart 2's bitcoin-price axis end (USD): at least $150,000 and 1.6 times the price, rounded up
/// to $10,000, at most the input's maximum.
pub fn price_axis_max(s: &Scenario) -> f64 {
    let s = s.clamped();
    ceil_to((s.price_usd * 1.6).max(150_000.0), 10_000.0).min(Param::Price.spec().max)
}

/// Chart 1's data: the cost sweep plus the scenario's point and the price line.
#[derive(Debug, Clone, PartialEq)]
pub struct CostChart {
    pub points: Vec<CostPoint>,
    pub kwh_max: f64,
    pub price_usd: f64,
    pub kwh_usd: f64,
    pub cost_usd_per_btc: f64,
    /// Where the all-in cost meets the price (USD/kWh), when that is inside the axis.
    pub breakeven_kwh_usd: Option<f64>,
}

pub fn cost_chart(s: &Scenario, o: &Outcome) -> CostChart {
    let c = s.clamped();
    let kwh_max = kwh_axis_max(s, o);
    let breakeven = o.breakeven_all_in_kwh_usd;
    CostChart {
        points: cost_sweep(s, 0.0..=kwh_max, COST_POINTS),
        kwh_max,
        price_usd: c.price_usd,
        kwh_usd: c.kwh_usd,
        cost_usd_per_btc: o.all_in_usd_per_btc,
        breakeven_kwh_usd: (breakeven > 0.0 && breakeven <= kwh_max).then_some(breakeven),
    }
}

/// Chart 1's summary sentence.
pub fn cost_summary(c: &CostChart) -> String {
    let at = format!(
        "At ${}/kWh a bitcoin costs {} to mine, against a price of {}",
        format::significant_or_whole(c.kwh_usd),
        format::usd(c.cost_usd_per_btc),
        format::usd(c.price_usd)
    );
    let floor = c.points.first().map_or(0.0, |p| p.all_in_usd_per_btc);
    match c.breakeven_kwh_usd {
        Some(k) => format!(
            "{at}; mining covers its all-in cost only below ${}/kWh.",
            format::significant(k)
        ),
        None if floor >= c.price_usd => format!(
            "{at}; even free electricity would not cover the hardware ({} per BTC).",
            format::usd(floor)
        ),
        None => format!(
            "{at}; it stays profitable up to ${}/kWh and beyond.",
            format::significant_or_whole(c.kwh_max)
        ),
    }
}

/// Chart 2's data: the margin grid plus the scenario's point.
#[derive(Debug, Clone, PartialEq)]
pub struct MarginMap {
    pub grid: MarginGrid,
    pub kwh_usd: f64,
    pub price_usd: f64,
    pub margin_usd_per_btc: f64,
    /// Largest |margin| in the grid, for the colour scale (at least $1).
    pub max_abs_usd: f64,
}

pub fn margin_map(s: &Scenario, o: &Outcome) -> MarginMap {
    let c = s.clamped();
    let grid = margin_grid(
        s,
        0.0..=kwh_axis_max(s, o),
        MAP_COLUMNS,
        Param::Price.spec().min..=price_axis_max(s),
        MAP_ROWS,
    );
    let max_abs_usd = grid
        .margin_usd_per_btc
        .iter()
        .flatten()
        .fold(1.0_f64, |m, v| m.max(v.abs()));
    MarginMap {
        grid,
        kwh_usd: c.kwh_usd,
        price_usd: c.price_usd,
        margin_usd_per_btc: o.margin_usd_per_btc,
        max_abs_usd,
    }
}

/// Chart 2's summary sentence.
pub fn margin_summary(m: &MarginMap, o: &Outcome) -> String {
    let t = margin_text(m.margin_usd_per_btc);
    format!(
        "Mining pays wherever the bitcoin price is above the all-in cost; at ${}/kWh that takes \
         a price above {}, so at {} the scenario is a {} of {}.",
        format::significant_or_whole(m.kwh_usd),
        format::usd(o.all_in_usd_per_btc),
        format::usd(m.price_usd),
        t.label.to_lowercase(),
        t.amount
    )
}

/// One hardware generation in chart 3 (USD per TH/s per day).
#[derive(Debug, Clone, PartialEq)]
pub struct GenerationRow {
    pub name: &'static str,
    pub year_label: &'static str,
    pub revenue_usd_per_ths_day: f64,
    pub cost_usd_per_ths_day: f64,
    pub profitable: bool,
}

/// Chart 3's data: each generation of FACTS section 4, at the scenario's hashprice and power price.
pub fn generation_rows(s: &Scenario) -> Vec<GenerationRow> {
    generation_economics(s, GENERATIONS)
        .into_iter()
        .map(|g| GenerationRow {
            name: g.generation.name,
            year_label: g.generation.year_label,
            revenue_usd_per_ths_day: g.revenue_usd_per_ths_day,
            cost_usd_per_ths_day: g.cost_usd_per_ths_day,
            profitable: g.profitable,
        })
        .collect()
}

/// A device's name short enough for a phone's chart axis: without the parenthesis and the maker
/// ("CPU (Phenom II X6)" -> "CPU", "Antminer S19 XP" -> "S19 XP").
pub fn short_device_name(name: &str) -> &str {
    let base = name.split(" (").next().unwrap_or(name);
    base.strip_prefix("Antminer ").unwrap_or(base)
}

/// Chart 3's summary sentence.
pub fn generation_summary(rows: &[GenerationRow], s: &Scenario) -> String {
    let winners: Vec<&str> = rows
        .iter()
        .filter(|r| r.profitable)
        .map(|r| r.name)
        .collect();
    let revenue = rows.first().map_or(0.0, |r| r.revenue_usd_per_ths_day);
    let head = format!(
        "At ${}/kWh one TH/s earns {} a day",
        format::significant_or_whole(s.clamped().kwh_usd),
        format::usd(revenue)
    );
    match winners.as_slice() {
        [] => format!("{head}; no generation, not even the newest, covers its power bill."),
        w if w.len() == rows.len() => {
            format!("{head}; every generation covers its power bill, even a CPU.")
        }
        w => format!(
            "{head}; only {} of {} generations cover their power bill: {}.",
            w.len(),
            rows.len(),
            w.join(", ")
        ),
    }
}

#[cfg(test)]
#[path = "econ_view_tests.rs"]
mod tests;
