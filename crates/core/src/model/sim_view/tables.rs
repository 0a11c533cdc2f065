//! The simulator's tables: one under each chart ("show the data as a table"), built from the
//! same run, plus which cohorts survive and the countries before and after.

use super::short;
use crate::data::fleet::POWER_TIERS;
use crate::model::data_table::DataTable;
use crate::model::format;
use crate::model::simulate::{country_shares, Cohort, Run, BANDS, MACHINES, NEW_MACHINES};

fn day(v: f64) -> String {
    format::number(v, 1)
}

/// The last segment of each epoch: the hash rate the epoch ended with, per machine (EH/s).
fn end_of_epochs(r: &Run) -> Vec<(usize, f64, Vec<f64>)> {
    r.epochs
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            r.segments
                .iter()
                .rev()
                .find(|s| s.end_day <= e.end_day + 1e-9)
                .map(|s| (i, e.end_day, s.running_ehs.clone()))
        })
        .collect()
}

/// Chart 1 as a table: at the end of each epoch, the hash rate running by machine.
pub fn cohort_table(r: &Run) -> DataTable {
    let mut headers: Vec<(String, bool)> = vec![("Epoch".into(), false), ("Day".into(), true)];
    headers.extend(
        MACHINES
            .iter()
            .map(|m| (format!("{} (EH/s)", m.label), true)),
    );
    headers.push(("All (EH/s)".into(), true));
    let spec: Vec<(&str, bool)> = headers.iter().map(|(h, n)| (h.as_str(), *n)).collect();
    let mut t = DataTable::new(
        "Hash rate running at the end of each epoch, by machine (EH/s)",
        &spec,
    );
    for (i, end, ehs) in end_of_epochs(r) {
        let mut row = vec![(i + 1).to_string(), day(end)];
        row.extend(ehs.iter().map(|v| format::number(*v, 1)));
        row.push(format::number(ehs.iter().sum(), 1));
        t.push(row);
    }
    t
}

/// Chart 2 as a table: each epoch's difficulty, mean block time and retarget.
pub fn difficulty_table(r: &Run) -> DataTable {
    let mut t = DataTable::new(
        "Difficulty and block time by epoch",
        &[
            ("Epoch", false),
            ("Days", true),
            ("First block", true),
            ("Difficulty (T)", true),
            ("Mean block time (min)", true),
            ("Retarget at its end", true),
        ],
    );
    for (i, e) in r.epochs.iter().enumerate() {
        t.push(vec![
            (i + 1).to_string(),
            format!("{}\u{2013}{}", day(e.start_day), day(e.end_day)),
            format::number(e.start_height as f64, 0),
            format::number(e.difficulty_t, 2),
            format::number(e.mean_block_s / 60.0, 2),
            format!(
                "{}%{}",
                format::number(e.retarget_pct, 2),
                if e.clamped { " (clamped)" } else { "" }
            ),
        ]);
    }
    t
}

/// Chart 3 as a table: every stretch with its price and hashprice.
pub fn hashprice_table(r: &Run) -> DataTable {
    let mut t = DataTable::new(
        "Bitcoin price and hashprice over the run",
        &[
            ("From day", true),
            ("To day", true),
            ("Bitcoin price", true),
            ("Hashprice (USD per PH/s per day)", true),
            ("Running (EH/s)", true),
        ],
    );
    for s in &r.segments {
        t.push(vec![
            day(s.start_day),
            day(s.end_day),
            format::usd(s.price_usd),
            format::number(s.hashprice, 2),
            format::number(s.total_ehs(), 1),
        ]);
    }
    t
}

/// One machine on one power tier, its bands together.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Group {
    pub installed_ehs: f64,
    pub running_ehs: f64,
    /// The tier's power price (the middle band's, USD per kWh).
    pub kwh_usd: f64,
    /// Power bills of the cheapest and the dearest band (USD per PH/s per day).
    pub bill_low: f64,
    pub bill_high: f64,
    /// The latest epoch (0-based) in which a band switched off and stayed off.
    pub off_since: Option<usize>,
}

/// Machine `m` on tier `t`, its bands summed, from the cohorts of a run.
pub fn group(cohorts: &[Cohort], m: usize, t: usize) -> Group {
    let mut g = Group {
        installed_ehs: 0.0,
        running_ehs: 0.0,
        kwh_usd: 0.0,
        bill_low: f64::INFINITY,
        bill_high: 0.0,
        off_since: None,
    };
    for c in cohorts.iter().filter(|c| c.machine == m && c.tier == t) {
        g.installed_ehs += c.installed_ehs;
        g.running_ehs += c.running_ehs();
        g.bill_low = g.bill_low.min(c.cost_per_ph_day);
        g.bill_high = g.bill_high.max(c.cost_per_ph_day);
        if BANDS[c.band] == 1.0 {
            g.kwh_usd = c.kwh_usd;
        }
        g.off_since = g.off_since.max(c.off_since);
    }
    g
}

/// "runs", "62% runs", "off since epoch 3".
pub fn group_state(g: &Group) -> String {
    let share = if g.installed_ehs > 0.0 {
        g.running_ehs / g.installed_ehs
    } else {
        0.0
    };
    match (share, g.off_since) {
        (s, _) if s >= 1.0 - 1e-9 => "runs".to_string(),
        (s, _) if s > 1e-9 => format!("{}% runs", format::number(s * 100.0, 0)),
        (_, Some(e)) => format!("off since epoch {}", e + 1),
        _ => "off".to_string(),
    }
}

/// Bills as a range ("$25.49–38.23").
pub fn bill_range(g: &Group) -> String {
    format!("${}\u{2013}{}", cents(g.bill_low), cents(g.bill_high))
}

/// Dollars with cents, without the sign ("30.31").
pub fn cents(v: f64) -> String {
    format::number(v, 2)
}

/// Which cohorts survive: per machine and power tier, how much of it runs at the end of the
/// run, with its power bills.
pub fn survivors_table(r: &Run) -> DataTable {
    let mut headers: Vec<String> = vec!["Machine (J/TH)".into()];
    for (t, tier) in POWER_TIERS.iter().enumerate() {
        let g = group(&r.cohorts, 0, t);
        headers.push(format!(
            "{} (${}/kWh \u{b1}20%)",
            tier.label,
            format::significant_or_whole(g.kwh_usd)
        ));
    }
    let spec: Vec<(&str, bool)> = headers.iter().map(|h| (h.as_str(), false)).collect();
    let mut table = DataTable::new(
        "At the end of the run: how much of each machine runs on each power tier, and its power \
         bill (USD per PH/s per day)",
        &spec,
    );
    for (m, machine) in MACHINES.iter().enumerate() {
        let groups: Vec<Group> = (0..POWER_TIERS.len())
            .map(|t| group(&r.cohorts, m, t))
            .collect();
        if m == NEW_MACHINES && groups.iter().all(|g| g.installed_ehs == 0.0) {
            continue;
        }
        let mut row = vec![format!(
            "{} ({})",
            short(machine.label),
            format::significant_or_whole(machine.j_per_th)
        )];
        row.extend(groups.iter().map(|g| {
            format!(
                "{}; bill ${}",
                group_state(g),
                bill_range(g).trim_start_matches('$')
            )
        }));
        table.push(row);
    }
    table
}

/// The countries before (the installed fleet) and after (what runs at the end), in percent of
/// each total.
pub fn countries_table(r: &Run) -> DataTable {
    let installed = |c: &Cohort| {
        if c.machine == NEW_MACHINES {
            0.0
        } else {
            c.installed_ehs
        }
    };
    let before = country_shares(&r.cohorts, installed);
    let after = country_shares(&r.cohorts, Cohort::running_ehs);
    let pct = |v: f64, all: f64| {
        if all > 0.0 {
            format!("{}%", format::number(v / all * 100.0, 1))
        } else {
            "\u{2014}".to_string()
        }
    };
    let (b_all, a_all): (f64, f64) = (
        before.iter().map(|c| c.1).sum(),
        after.iter().map(|c| c.1).sum(),
    );
    let mut t = DataTable::new(
        "Share of the hash rate by country, at the start and at the end of the run (the model's \
         assumed split)",
        &[("Country", false), ("Start", true), ("End", true)],
    );
    for ((country, b), (_, a)) in before.iter().zip(&after) {
        t.push(vec![country.to_string(), pct(*b, b_all), pct(*a, a_all)]);
    }
    t
}
