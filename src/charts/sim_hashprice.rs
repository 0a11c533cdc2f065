//! The simulator's hashprice: revenue per PH/s per day as steps over the run, against the power
//! bills of the machines on median power (dotted), with the events marked.

use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

use super::fit::mark_labels_clear;
use super::frame::{draw_legend, Frame};
use super::sim_common::{
    days_chart, draw_events, draw_mesh, draw_text_at, event_lines, text_size, to_px, Labels,
    PLOT_H, TEXT, X_AREA,
};
use super::{err, DrawResult};
use hashwatt_core::model::format;
use hashwatt_core::model::sim_view::HashpriceChart;

pub fn draw(canvas: &HtmlCanvasElement, d: &HashpriceChart) -> DrawResult {
    let f = Frame::of(canvas);
    let theme = super::current_theme();
    let entries = vec![
        (theme.btc, "hashprice (USD per PH/s per day)".to_string()),
        (
            theme.neutral,
            "power bills at the median power price".to_string(),
        ),
    ];
    // Shorter in a deck step, so the chart fits it at the projector's text size.
    let plot_h = f.fit_plot(PLOT_H, &entries, TEXT);
    let (s, plot, legend) = f.surface_with_legend(canvas, plot_h, &entries, TEXT)?;
    let t = s.theme;
    let mut chart = days_chart(&plot, &f, X_AREA, d.x_max_day, d.y_max)?;
    draw_mesh(
        &mut chart,
        &f,
        &t,
        "USD per PH/s per day",
        &|v| format!("${v:.0}"),
        true,
    )?;
    let steps: Vec<(f64, f64)> = d
        .steps
        .iter()
        .flat_map(|(a, b, v)| [(*a, v.min(d.y_max)), (*b, v.min(d.y_max))])
        .collect();
    let bills: Vec<Vec<(i32, i32)>> = d
        .bills
        .iter()
        .map(|(_, bill)| to_px(&chart, &[(0.0, *bill), (d.x_max_day, *bill)]))
        .collect();
    let events = event_lines(&chart, &d.events, d.y_max);
    let price = to_px(&chart, &steps);
    let lines: Vec<&[(i32, i32)]> = bills
        .iter()
        .chain(&events)
        .map(Vec::as_slice)
        .chain([price.as_slice()])
        .collect();
    // Each bill's label above its line at the right end, else below it, else further left
    // along it, clear of the hashprice, the events and the other bills.
    let mut labels = Labels::default();
    let font = f.font(TEXT - 2.0, &t.neutral);
    let gap = f.p(2.0);
    let mut bill_labels = Vec::new();
    for ((label, bill), line) in d.bills.iter().zip(&bills) {
        let text = format!("{label} ${}", format::number(*bill, 2));
        let size = text_size(&chart, &text, &font)?;
        let (right, y) = (line[1].0 - f.p(4.0), line[1].1);
        let span = (right - line[0].0 - size.0).max(0);
        let candidates: Vec<(i32, i32)> = (0..24)
            .flat_map(|k| {
                let x = right - size.0 - span * k / 23;
                [(x, y - gap - size.1), (x, y + gap)]
            })
            .collect();
        let at = labels.place(&chart, &candidates, size, &lines);
        bill_labels.push((text, at));
    }
    for bill in &d.bills {
        chart
            .draw_series(DashedLineSeries::new(
                [(0.0, bill.1), (d.x_max_day, bill.1)],
                f.p(2.0),
                f.p(4.0),
                t.neutral.stroke_width(f.p(1.0).max(1) as u32),
            ))
            .map_err(err)?;
    }
    for (text, at) in bill_labels {
        draw_text_at(&mut chart, text, at, font.clone())?;
    }
    chart
        .draw_series(LineSeries::new(steps, t.btc.stroke_width(f.p(3.0) as u32)))
        .map_err(err)?;
    draw_events(
        &mut chart,
        &f,
        &t,
        &d.events,
        d.y_max,
        &[&price],
        &mut labels,
    )?;
    mark_labels_clear(canvas, labels.misses);
    draw_legend(&legend, &t.text, &f, &entries, 8.0, 4.0, TEXT)?;
    s.area.present().map_err(err)
}
