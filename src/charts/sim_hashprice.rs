//! The simulator's hashprice: revenue per PH/s per day as steps over the run, against the power
//! bills of the machines on median power (dotted), with the events marked.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::frame::{draw_legend, Frame};
use super::sim_common::{days_chart, draw_events, draw_mesh, PLOT_H, TEXT, X_AREA};
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
    for (label, bill) in &d.bills {
        chart
            .draw_series(DashedLineSeries::new(
                [(0.0, *bill), (d.x_max_day, *bill)],
                f.p(2.0),
                f.p(4.0),
                t.neutral.stroke_width(f.p(1.0).max(1) as u32),
            ))
            .map_err(err)?;
        chart
            .draw_series(std::iter::once(
                EmptyElement::at((d.x_max_day, *bill))
                    + Text::new(
                        format!("{label} ${}", format::number(*bill, 2)),
                        (-f.p(4.0), -f.p(2.0)),
                        f.font(TEXT - 2.0, &t.neutral)
                            .pos(Pos::new(HPos::Right, VPos::Bottom)),
                    ),
            ))
            .map_err(err)?;
    }
    let steps: Vec<(f64, f64)> = d
        .steps
        .iter()
        .flat_map(|(a, b, v)| [(*a, v.min(d.y_max)), (*b, v.min(d.y_max))])
        .collect();
    chart
        .draw_series(LineSeries::new(steps, t.btc.stroke_width(f.p(3.0) as u32)))
        .map_err(err)?;
    draw_events(&mut chart, &f, &t, &d.events, d.y_max)?;
    draw_legend(&legend, &t.text, &f, &entries, 8.0, 4.0, TEXT)?;
    s.area.present().map_err(err)
}
