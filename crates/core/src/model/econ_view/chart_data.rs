//! The data behind the section's three charts, their axis ranges and their one-sentence
//! summaries, all derived from the scenario by `model::economics`.

use super::margin_text;
use crate::data::hardware::GENERATIONS;
use crate::model::economics::{
    cost_sweep, generation_economics, margin_grid, CostPoint, MarginGrid, Outcome, Scenario,
};
use crate::model::format;
use crate::model::scenario::Param;

/// Points along chart 1's electricity axis. The cost is linear in the power price, so a few
/// dozen points draw it exactly; more only cost time.
pub const COST_POINTS: usize = 61;
/// Chart 2's grid: columns (electricity) x rows (bitcoin price): fine enough for a smooth map,
/// and the chart merges equal neighbours, so a redraw stays well inside a frame.
pub const MAP_COLUMNS: usize = 60;
pub const MAP_ROWS: usize = 40;

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

/// Chart 1's data for a scenario and its outcome.
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
        super::about_usd(c.cost_usd_per_btc),
        format::usd(c.price_usd)
    );
    let floor = c.points.first().map_or(0.0, |p| p.all_in_usd_per_btc);
    match c.breakeven_kwh_usd {
        Some(k) => format!(
            "{at}; mining covers its all-in cost only below ${}/kWh, the all-in break-even.",
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

/// Chart 2's data for a scenario and its outcome.
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
         a price above {}, so at {} the scenario is a {} of {} per BTC.",
        format::significant_or_whole(m.kwh_usd),
        super::about_usd(o.all_in_usd_per_btc),
        format::usd(m.price_usd),
        t.label.to_ascii_lowercase(),
        super::about_usd(m.margin_usd_per_btc.abs())
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

/// Chart 3's words at the end of a bar: the verdict, then what the number is, so that a cost is
/// never read as an accounting loss ("pays: running cost $0.0286 a day", "loses: running cost
/// $13.32k a day", per TH/s as the axis says).
pub fn generation_bar_label(r: &GenerationRow) -> String {
    let verdict = if r.profitable { "pays" } else { "loses" };
    format!(
        "{verdict}: running cost {} a day",
        format::usd_tick(r.cost_usd_per_ths_day)
    )
}

/// Chart 3's words for a bar, longest first, each as its lines, for a chart too narrow for the
/// full words beside or inside a bar: the full label on one line, then on two ("loses: running
/// cost" over "$13.32k a day"), then without the verdict (the bar's colour and the caption keep
/// it), then "a day" as "/day". Every form says the number is a running cost per day.
pub fn generation_bar_labels(r: &GenerationRow) -> [Vec<String>; 4] {
    let verdict = if r.profitable { "pays" } else { "loses" };
    let cost = format::usd_tick(r.cost_usd_per_ths_day);
    let running = "running cost".to_string();
    [
        vec![generation_bar_label(r)],
        vec![format!("{verdict}: running cost"), format!("{cost} a day")],
        vec![running.clone(), format!("{cost} a day")],
        vec![running, format!("{cost}/day")],
    ]
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
        [] => format!(
            "{head}; no generation, not even the newest, covers its running costs (power and \
             other operating costs)."
        ),
        w if w.len() == rows.len() => format!(
            "{head}; every generation covers its running costs (power and other operating \
             costs), even a CPU."
        ),
        w => format!(
            "{head}; only {} of {} generations cover their running costs (power and other \
             operating costs): {}.",
            w.len(),
            rows.len(),
            w.join(", ")
        ),
    }
}
