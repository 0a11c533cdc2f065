//! What the simulator's three charts share: a days axis, the event marks, the layer colours.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{mix, Area, Frame};
use super::{err, Canvas, Theme};
use hashwatt_core::model::sim_view::EventMark;

/// Text size (layout units).
pub const TEXT: f64 = 13.0;
/// Plot height (layout units) above the legend.
pub const PLOT_H: f64 = 260.0;

/// A chart over days (across) and `f64` values (up).
pub type DaysChart<'a> = ChartContext<
    'a,
    Canvas,
    Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
>;

/// A chart on `area` over the run's days (0 to `x_max_day`) and 0 to `y_max` up, with
/// `x_area_u` layout units under the plot for the days ([`X_AREA`] with the axis title,
/// [`X_AREA_BARE`] without) and room for the values' labels on the left.
pub fn days_chart<'a>(
    area: &'a Area,
    f: &Frame,
    x_area_u: f64,
    x_max_day: f64,
    y_max: f64,
) -> Result<DaysChart<'a>, String> {
    ChartBuilder::on(area)
        .margin(f.p(10.0))
        .x_label_area_size(f.p(x_area_u))
        .y_label_area_size(f.p(48.0))
        .build_cartesian_2d(0.0..x_max_day, 0.0..y_max)
        .map_err(err)
}

/// The mesh: days from the start across (titled when `x_title`), `y_desc` up, `y_label` for
/// its ticks.
pub fn draw_mesh(
    chart: &mut DaysChart<'_>,
    f: &Frame,
    t: &Theme,
    y_desc: &str,
    y_label: &dyn Fn(&f64) -> String,
    x_title: bool,
) -> Result<(), String> {
    let mut mesh = chart.configure_mesh();
    mesh.disable_x_mesh()
        .x_labels(if f.narrow() { 5 } else { 9 })
        .x_label_formatter(&|d| format!("{d:.0}"));
    if x_title {
        mesh.x_desc("days from the start");
    }
    mesh.y_labels(if f.narrow() { 4 } else { 6 })
        .y_label_formatter(y_label)
        .y_desc(y_desc)
        .label_style(f.font(12.0, &t.text))
        .axis_desc_style(f.font(12.0, &t.text))
        .light_line_style(t.background)
        .bold_line_style(t.grid)
        .axis_style(t.neutral);
    mesh.draw().map_err(err)
}

/// Room under the plot for the day labels and the axis title (layout units).
pub const X_AREA: f64 = 44.0;
/// Room under the plot for the day labels alone (layout units).
pub const X_AREA_BARE: f64 = 24.0;

/// Dashed vertical lines at the events, labelled at the top.
pub fn draw_events(
    chart: &mut DaysChart<'_>,
    f: &Frame,
    t: &Theme,
    events: &[EventMark],
    y_top: f64,
) -> Result<(), String> {
    let y0 = chart.y_range().start;
    for (i, e) in events.iter().enumerate() {
        chart
            .draw_series(DashedLineSeries::new(
                [(e.day, y0), (e.day, y_top)],
                f.p(5.0),
                f.p(4.0),
                t.bad.stroke_width(f.p(1.5).max(1) as u32),
            ))
            .map_err(err)?;
        // Staggered, so two events close together do not print over each other.
        let dy = f.p(4.0 + 16.0 * i as f64);
        chart
            .draw_series(std::iter::once(
                EmptyElement::at((e.day, y_top))
                    + Text::new(
                        e.label.clone(),
                        (f.p(4.0), dy),
                        f.font(TEXT - 1.0, &t.text)
                            .pos(Pos::new(HPos::Left, VPos::Top)),
                    ),
            ))
            .map_err(err)?;
    }
    Ok(())
}

/// One colour per machine, oldest first: the old ones in warm, fading greys toward the neutral,
/// the newest in the good colour, the arrivals in the AI blue (Okabe-Ito hues stay apart for the
/// common colour-vision deficiencies).
pub fn layer_colours(t: &Theme, n: usize) -> Vec<RGBColor> {
    let base = [
        t.bad,
        t.btc,
        mix(&t.btc, &t.neutral, 0.6),
        mix(&t.good, &t.neutral, 0.55),
        t.good,
        t.ai,
    ];
    (0..n).map(|i| base[i.min(base.len() - 1)]).collect()
}
