//! What the simulator's three charts share: a days axis, the event marks, the layer colours.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{mix, Area, Frame};
use super::place::{self, Rect};
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

/// The labels placed so far on a days chart: their boxes (canvas pixels), and how many found no
/// place clear of the lines and the other labels (`fit::mark_labels_clear` notes it).
#[derive(Default)]
pub struct Labels {
    pub taken: Vec<Rect>,
    pub misses: u32,
}

impl Labels {
    /// The first of `candidates` (top left corners) for a `size` box inside the plot and clear
    /// of the labels placed so far and of `lines`; else, counted as a miss, the first one slid
    /// inside the plot. The box is kept, so later labels keep clear of it.
    pub fn place(
        &mut self,
        chart: &DaysChart<'_>,
        candidates: &[(i32, i32)],
        size: (i32, i32),
        lines: &[&[(i32, i32)]],
    ) -> Rect {
        let bounds = plot_box(chart);
        let r = place::first_clear(candidates, size, &bounds, &self.taken, lines).unwrap_or_else(
            || {
                self.misses += 1;
                let at = candidates.first().copied().unwrap_or((bounds.0, bounds.1));
                let (x, y) = place::slide_inside(at, size, &bounds);
                (x, y, x + size.0, y + size.1)
            },
        );
        // Side by side, half a line's height apart, so that two labels never read as one.
        let space = size.1 / 2;
        self.taken.push((r.0 - space, r.1, r.2 + space, r.3));
        r
    }
}

/// The plot's box in canvas pixels.
pub fn plot_box(chart: &DaysChart<'_>) -> Rect {
    let (x, y) = chart.plotting_area().get_pixel_range();
    (x.start, y.start, x.end, y.end)
}

/// `points` (day, value) in canvas pixels: a line for labels to keep clear of.
pub fn to_px(chart: &DaysChart<'_>, points: &[(f64, f64)]) -> Vec<(i32, i32)> {
    points.iter().map(|p| chart.backend_coord(p)).collect()
}

/// `text`'s size in canvas pixels in `font`.
pub fn text_size(
    chart: &DaysChart<'_>,
    text: &str,
    font: &TextStyle,
) -> Result<(i32, i32), String> {
    let (w, h) = chart
        .plotting_area()
        .estimate_text_size(text, font)
        .map_err(err)?;
    Ok((w as i32, h as i32))
}

/// `text` in `font` with its top left corner at the box `at` (canvas pixels).
pub fn draw_text_at(
    chart: &mut DaysChart<'_>,
    text: String,
    at: Rect,
    font: TextStyle<'static>,
) -> Result<(), String> {
    let origin = (chart.x_range().start, chart.y_range().start);
    let o = chart.backend_coord(&origin);
    let font = font.pos(Pos::new(HPos::Left, VPos::Top));
    chart
        .draw_series(std::iter::once(
            EmptyElement::at(origin) + Text::new(text, (at.0 - o.0, at.1 - o.1), font),
        ))
        .map_err(err)?;
    Ok(())
}

/// Each event's line, from the axis up to `y_top`, in canvas pixels: what labels keep clear of.
pub fn event_lines(
    chart: &DaysChart<'_>,
    events: &[EventMark],
    y_top: f64,
) -> Vec<Vec<(i32, i32)>> {
    let y0 = chart.y_range().start;
    events
        .iter()
        .map(|e| to_px(chart, &[(e.day, y0), (e.day, y_top)]))
        .collect()
}

/// Dashed vertical lines at the events, labelled near the top: right of their line, else left
/// of it, else right of a later event's line, lower down until the label is clear of the event
/// lines, of `lines` (the chart's data) and of the labels already placed.
pub fn draw_events(
    chart: &mut DaysChart<'_>,
    f: &Frame,
    t: &Theme,
    events: &[EventMark],
    y_top: f64,
    lines: &[&[(i32, i32)]],
    labels: &mut Labels,
) -> Result<(), String> {
    let y0 = chart.y_range().start;
    for e in events {
        chart
            .draw_series(DashedLineSeries::new(
                [(e.day, y0), (e.day, y_top)],
                f.p(5.0),
                f.p(4.0),
                t.bad.stroke_width(f.p(1.5).max(1) as u32),
            ))
            .map_err(err)?;
    }
    let marks = event_lines(chart, events, y_top);
    let all: Vec<&[(i32, i32)]> = marks
        .iter()
        .map(Vec::as_slice)
        .chain(lines.iter().copied())
        .collect();
    let font = f.font(TEXT - 1.0, &t.text);
    let (gap, top) = (f.p(4.0), plot_box(chart).1);
    for (i, e) in events.iter().enumerate() {
        let size = text_size(chart, &e.label, &font)?;
        let x = |m: &Vec<(i32, i32)>| m[0].0;
        let step = size.1 + f.p(4.0);
        let candidates: Vec<(i32, i32)> = (0..8)
            .flat_map(|level| {
                let y = top + gap + step * level;
                let own = x(&marks[i]);
                [(own + gap, y), (own - gap - size.0, y)]
                    .into_iter()
                    .chain(marks[i + 1..].iter().map(move |m| (x(m) + gap, y)))
            })
            .collect();
        let at = labels.place(chart, &candidates, size, &all);
        draw_text_at(chart, e.label.clone(), at, font.clone())?;
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
