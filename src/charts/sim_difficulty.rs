//! The simulator's difficulty and block time: the difficulty (T) as steps per epoch in the top
//! panel, the epoch's mean time between blocks (minutes) as bars in the bottom one, against the
//! 10 minutes the difficulty aims for.

use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

use super::fit::mark_labels_clear;
use super::frame::{draw_legend, mix, Frame};
use super::sim_common::{
    days_chart, draw_events, draw_mesh, to_px, Labels, PLOT_H, TEXT, X_AREA, X_AREA_BARE,
};
use super::{err, DrawResult};
use hashwatt_core::model::sim_view::DifficultyChart;

pub fn draw(canvas: &HtmlCanvasElement, d: &DifficultyChart) -> DrawResult {
    let f = Frame::of(canvas);
    let theme = super::current_theme();
    let bars = mix(&theme.ai, &theme.background, 0.45);
    let entries = vec![
        (theme.btc, "difficulty (T)".to_string()),
        (bars, "mean time between blocks (minutes)".to_string()),
        (theme.neutral, "the 10-minute aim".to_string()),
    ];
    // Shorter in a deck step, so the chart fits it at the projector's text size (two panels: each
    // can give up more of its height than one chart's plot).
    let plot_h = f.fit_plot_down_to(PLOT_H * 1.6, PLOT_H * 0.6, &entries, TEXT);
    let (s, plot, legend) = f.surface_with_legend(canvas, plot_h, &entries, TEXT)?;
    let t = s.theme;
    // The two panels share the days axis: only the lower one is titled.
    let (top, bottom) = plot.split_vertically(f.p(plot_h * 0.75 / 1.6));

    let d_max = d.epochs.iter().map(|e| e.2).fold(1.0, f64::max) * 1.15;
    let mut upper = days_chart(&top, &f, X_AREA_BARE, d.x_max_day, d_max)?;
    draw_mesh(
        &mut upper,
        &f,
        &t,
        "difficulty (T)",
        &|v| format!("{v:.0}"),
        false,
    )?;
    let steps: Vec<(f64, f64)> = d
        .epochs
        .iter()
        .flat_map(|e| [(e.0, e.2), (e.1, e.2)])
        .collect();
    let line = to_px(&upper, &steps);
    upper
        .draw_series(LineSeries::new(steps, t.btc.stroke_width(f.p(2.5) as u32)))
        .map_err(err)?;
    let mut labels = Labels::default();
    draw_events(&mut upper, &f, &t, &d.events, d_max, &[&line], &mut labels)?;
    mark_labels_clear(canvas, labels.misses);

    let m_max = d.epochs.iter().map(|e| e.3).fold(12.0, f64::max) * 1.1;
    let mut lower = days_chart(&bottom, &f, X_AREA, d.x_max_day, m_max)?;
    draw_mesh(&mut lower, &f, &t, "minutes", &|v| format!("{v:.0}"), true)?;
    let gap = d.x_max_day / 400.0;
    lower
        .draw_series(d.epochs.iter().map(|e| {
            Rectangle::new(
                [(e.0 + gap, 0.0), (e.1 - gap, e.3.min(m_max))],
                bars.filled(),
            )
        }))
        .map_err(err)?;
    lower
        .draw_series(DashedLineSeries::new(
            [(0.0, 10.0), (d.x_max_day, 10.0)],
            f.p(6.0),
            f.p(4.0),
            t.neutral.stroke_width(f.p(1.5).max(1) as u32),
        ))
        .map_err(err)?;
    draw_legend(&legend, &t.text, &f, &entries, 8.0, 4.0, TEXT)?;
    s.area.present().map_err(err)
}
