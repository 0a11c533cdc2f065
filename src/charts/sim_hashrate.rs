//! The simulator's hash rate by machine: stacked steps over the run's days, oldest machines at
//! the bottom, the events marked with dashed lines.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::frame::{draw_legend, mix, Frame};
use super::sim_common::{
    days_chart, draw_events, draw_mesh, layer_colours, to_px, Labels, PLOT_H, TEXT, X_AREA,
};
use super::{err, DrawResult};
use hashwatt_core::model::format;
use hashwatt_core::model::sim_view::{short, CohortChart};

pub fn draw(canvas: &HtmlCanvasElement, d: &CohortChart) -> DrawResult {
    let f = Frame::of(canvas);
    let theme = super::current_theme();
    let colours = layer_colours(&theme, d.labels.len());
    let entries: Vec<(RGBColor, String)> = colours
        .iter()
        .zip(&d.labels)
        .map(|(c, l)| {
            let label = if f.narrow() { short(l) } else { l };
            (*c, label.to_string())
        })
        .collect();
    // Shorter in a deck step, so the chart fits it at the projector's text size.
    let plot_h = f.fit_plot(PLOT_H, &entries, TEXT);
    let (s, plot, legend) = f.surface_with_legend(canvas, plot_h, &entries, TEXT)?;
    let t = s.theme;
    let mut chart = days_chart(&plot, &f, X_AREA, d.x_max_day, d.y_max_ehs)?;
    draw_mesh(&mut chart, &f, &t, "EH/s", &|v| format!("{v:.0}"), true)?;
    // Each layer as rectangles from the layers below it to its own top, one per stretch.
    for (start, end, ehs) in &d.steps {
        let mut base = 0.0;
        for (m, v) in ehs.iter().enumerate() {
            if *v <= 0.0 {
                continue;
            }
            let top = base + v;
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(*start, base), (*end, top.min(d.y_max_ehs))],
                    colours[m].filled(),
                )))
                .map_err(err)?;
            base = top;
        }
    }
    // The outline of the total, so the steps read as one line.
    let outline: Vec<(f64, f64)> = d
        .steps
        .iter()
        .flat_map(|(a, b, ehs)| {
            let total: f64 = ehs.iter().sum();
            [(*a, total), (*b, total)]
        })
        .collect();
    let outline_px = to_px(&chart, &outline);
    chart
        .draw_series(LineSeries::new(
            outline,
            mix(&t.text, &t.background, 0.2).stroke_width(f.p(1.5) as u32),
        ))
        .map_err(err)?;
    // The fleet installed at the start, to measure what stopped against.
    chart
        .draw_series(DashedLineSeries::new(
            [(0.0, d.start_ehs), (d.x_max_day, d.start_ehs)],
            f.p(6.0),
            f.p(4.0),
            t.text.stroke_width(f.p(1.5).max(1) as u32),
        ))
        .map_err(err)?;
    chart
        .draw_series(std::iter::once(
            EmptyElement::at((d.x_max_day, d.start_ehs))
                + Text::new(
                    format!(
                        "installed at the start: {} EH/s",
                        format::number(d.start_ehs, 0)
                    ),
                    (-f.p(4.0), -f.p(3.0)),
                    f.font(TEXT - 1.0, &t.text)
                        .pos(Pos::new(HPos::Right, VPos::Bottom)),
                ),
        ))
        .map_err(err)?;
    let mut labels = Labels::default();
    draw_events(
        &mut chart,
        &f,
        &t,
        &d.events,
        d.y_max_ehs,
        &[&outline_px],
        &mut labels,
    )?;
    draw_legend(&legend, &t.text, &f, &entries, 8.0, 4.0, TEXT)?;
    s.area.present().map_err(err)
}
