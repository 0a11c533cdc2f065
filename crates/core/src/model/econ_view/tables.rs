//! The economics charts' "show the data as a table" alternatives, built from the very data each
//! chart draws: a sample of the cost curve's points, a sample of the margin map's grid, and every
//! hardware generation's bar.

use super::{short_device_name, CostChart, GenerationRow, MarginMap};
use crate::model::data_table::{sample_indices, DataTable};
use crate::model::format;

/// Rows of the cost curve's table: every tenth of its 61 points.
pub const COST_TABLE_ROWS: usize = 7;
/// The margin map's table: this many bitcoin prices (rows) by this many power prices (columns).
pub const MARGIN_TABLE_ROWS: usize = 5;
pub const MARGIN_TABLE_COLUMNS: usize = 5;

fn kwh(v: f64) -> String {
    format!("${}", format::significant_or_whole(v))
}

/// Chart 1 as a table: per power price, the cost per bitcoin split as the chart stacks it.
pub fn cost_table(c: &CostChart) -> DataTable {
    let mut t = DataTable::new(
        format!(
            "Cost to mine one bitcoin by power price (USD), at a bitcoin price of {}",
            format::usd(c.price_usd)
        ),
        &[
            ("Power (USD/kWh)", true),
            ("Hardware", true),
            ("Electricity", true),
            ("Other costs", true),
            ("All-in cost", true),
        ],
    );
    for i in sample_indices(c.points.len(), COST_TABLE_ROWS) {
        let p = &c.points[i];
        t.push(vec![
            kwh(p.kwh_usd),
            format::usd(p.hardware_usd_per_btc),
            format::usd(p.energy_usd_per_btc),
            format::usd(p.other_opex_usd_per_btc),
            format::usd(p.all_in_usd_per_btc),
        ]);
    }
    t
}

/// Chart 2 as a table: the margin per bitcoin at a sample of the map's cells, highest bitcoin
/// price first as on the map.
pub fn margin_table(m: &MarginMap) -> DataTable {
    let g = &m.grid;
    let columns = sample_indices(g.kwh_usd.len(), MARGIN_TABLE_COLUMNS);
    let headers: Vec<String> = std::iter::once("Bitcoin price".to_string())
        .chain(
            columns
                .iter()
                .map(|&j| format!("{}/kWh", kwh(g.kwh_usd[j]))),
        )
        .collect();
    let spec: Vec<(&str, bool)> = headers.iter().map(|h| (h.as_str(), true)).collect();
    let mut t = DataTable::new(
        "Margin per bitcoin (USD; negative is a loss) by bitcoin price and power price",
        &spec,
    );
    for i in sample_indices(g.price_usd.len(), MARGIN_TABLE_ROWS)
        .into_iter()
        .rev()
    {
        let Some(row) = g.margin_usd_per_btc.get(i) else {
            continue;
        };
        let mut cells = vec![format::usd(g.price_usd[i])];
        cells.extend(
            columns
                .iter()
                .map(|&j| row.get(j).map_or_else(String::new, |&v| format::usd(v))),
        );
        t.push(cells);
    }
    t
}

/// Chart 3 as a table: each generation's revenue and running cost per TH/s per day.
pub fn generation_table(rows: &[GenerationRow]) -> DataTable {
    let mut t = DataTable::new(
        "Revenue and running cost of one TH/s per day (USD), by hardware generation",
        &[
            ("Device", false),
            ("Year", false),
            ("Revenue", true),
            ("Running cost", true),
            ("Pays?", false),
        ],
    );
    for r in rows {
        t.push(vec![
            short_device_name(r.name).to_string(),
            r.year_label.to_string(),
            format::usd(r.revenue_usd_per_ths_day),
            format::usd(r.cost_usd_per_ths_day),
            if r.profitable { "yes" } else { "no" }.to_string(),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::economics::{CostPoint, MarginGrid};

    fn point(kwh_usd: f64) -> CostPoint {
        // 200,000 kWh per bitcoin; hardware $20,000 and other costs $5,000 per bitcoin.
        let energy = kwh_usd * 200_000.0;
        CostPoint {
            kwh_usd,
            energy_usd_per_btc: energy,
            other_opex_usd_per_btc: 5_000.0,
            hardware_usd_per_btc: 20_000.0,
            all_in_usd_per_btc: 25_000.0 + energy,
        }
    }

    #[test]
    fn cost_table_samples_every_tenth_point() {
        let points: Vec<CostPoint> = (0..61).map(|i| point(f64::from(i) * 0.002)).collect();
        let c = CostChart {
            points,
            kwh_max: 0.12,
            price_usd: 67_000.0,
            kwh_usd: 0.05,
            cost_usd_per_btc: 35_000.0,
            breakeven_kwh_usd: Some(0.21),
        };
        let t = cost_table(&c);
        assert_eq!(t.headers.len(), 5);
        assert_eq!(t.rows.len(), 7);
        assert_eq!(t.rows[0], ["$0", "$20,000", "$0", "$5,000", "$25,000"]);
        // Point 10: 0.02 USD/kWh * 200,000 kWh = $4,000 of power.
        assert_eq!(
            t.rows[1],
            ["$0.02", "$20,000", "$4,000", "$5,000", "$29,000"]
        );
        assert_eq!(t.rows[6][0], "$0.12");
        assert!(t.caption.contains("$67,000"));
    }

    #[test]
    fn margin_table_is_a_sample_of_the_grid_highest_price_first() {
        let kwh_usd: Vec<f64> = (0..9).map(|j| f64::from(j) * 0.01).collect();
        let price_usd: Vec<f64> = (1..=5).map(|i| f64::from(i) * 20_000.0).collect();
        // Margin = price - (10,000 + 500,000 * kWh price).
        let margin_usd_per_btc = price_usd
            .iter()
            .map(|p| {
                kwh_usd
                    .iter()
                    .map(|k| p - 10_000.0 - 500_000.0 * k)
                    .collect()
            })
            .collect();
        let m = MarginMap {
            grid: MarginGrid {
                kwh_usd,
                price_usd,
                margin_usd_per_btc,
            },
            kwh_usd: 0.05,
            price_usd: 60_000.0,
            margin_usd_per_btc: 25_000.0,
            max_abs_usd: 90_000.0,
        };
        let t = margin_table(&m);
        assert_eq!(
            t.headers,
            [
                "Bitcoin price",
                "$0/kWh",
                "$0.02/kWh",
                "$0.04/kWh",
                "$0.06/kWh",
                "$0.08/kWh"
            ]
        );
        assert_eq!(t.rows.len(), 5);
        // $100,000 - $10,000 - $500,000 * 0.02 = $80,000.
        assert_eq!(
            t.rows[0],
            ["$100,000", "$90,000", "$80,000", "$70,000", "$60,000", "$50,000"]
        );
        assert_eq!(t.rows[4][0], "$20,000");
        assert_eq!(t.rows[4][5], "-$30,000");
        assert!((0..6).all(|i| t.is_numeric(i)));
    }

    #[test]
    fn generation_table_has_one_row_per_bar() {
        let rows = [
            GenerationRow {
                name: "CPU (Phenom II X6)",
                year_label: "~2009-13",
                revenue_usd_per_ths_day: 0.05,
                cost_usd_per_ths_day: 120_000.0,
                profitable: false,
            },
            GenerationRow {
                name: "Antminer S21",
                year_label: "2024",
                revenue_usd_per_ths_day: 0.05,
                cost_usd_per_ths_day: 0.0212,
                profitable: true,
            },
        ];
        // Three significant figures below $100 (format::usd): $0.05 prints as "$0.0500".
        let t = generation_table(&rows);
        assert_eq!(t.rows[0], ["CPU", "~2009-13", "$0.0500", "$120,000", "no"]);
        assert_eq!(t.rows[1], ["S21", "2024", "$0.0500", "$0.0212", "yes"]);
        assert!(!t.is_numeric(0) && t.is_numeric(2) && t.is_numeric(3));
    }
}
