//! Sizing for the centralization and AI charts, which must stay legible on a 360-pixel phone.
//!
//! [`Surface`] scales fonts with the canvas width (an 800-pixel design), which on a phone shrinks
//! 14-pixel text to 6 pixels. Here a layout unit is never smaller than one CSS pixel, and the
//! height follows the content (rows of bars, legend lines) instead of a fixed aspect, so a narrow
//! chart grows taller rather than smaller.

use std::cell::Cell;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use plotters::coord::ranged1d::ValueFormatter;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;

use super::{err, Canvas, Surface, Theme};
use hashwatt_core::model::deck::Rows;

/// A chart's layout scale, decided before the canvas is sized.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    /// Canvas pixels per layout unit.
    pub k: f64,
    /// Canvas width in layout units.
    pub width_u: f64,
    /// The height the stylesheet caps the canvas at (a deck step), in layout units.
    pub max_h_u: Option<f64>,
}

impl Frame {
    /// The frame for `canvas` at its current CSS width.
    pub fn of(canvas: &HtmlCanvasElement) -> Self {
        let dpr = web_sys::window()
            .map_or(1.0, |w| w.device_pixel_ratio())
            .clamp(1.0, 3.0);
        let css = match canvas.client_width() {
            w if w > 0 => f64::from(w),
            _ => 800.0,
        };
        let width_px = (css * dpr).round().clamp(200.0, 4000.0);
        let k = (width_px / 800.0).max(dpr);
        // In a deck step (the stylesheet caps the canvas's height), text for the projector.
        let max_h = super::fit::max_height_css(canvas);
        let k = match max_h {
            Some(_) => k.max(super::fit::deck_text_px() * dpr / super::fit::SMALLEST_TEXT),
            None => k,
        };
        super::fit::mark_text_px(canvas, super::fit::SMALLEST_TEXT * k / dpr);
        Self {
            k,
            width_u: width_px / k,
            max_h_u: max_h.map(|h| h * dpr / k),
        }
    }

    /// A row height for a chart of `rows` rows around which `around_u` more is drawn: `row_u`,
    /// or less in a deck step, so that the chart fits the step at its text size rather than being
    /// shrunk, text and all (never below `min_u`).
    pub fn fit_row(&self, row_u: f64, min_u: f64, rows: usize, around_u: f64) -> f64 {
        // A unit to spare: the canvas's height is rounded to whole pixels.
        self.max_h_u.map_or(row_u, |cap| {
            ((cap - around_u - 1.0) / rows.max(1) as f64)
                .min(row_u)
                .max(min_u)
        })
    }

    /// The height of a legend of `entries` in `size`-unit text under a chart, with its margins:
    /// as many lines as they need at this width.
    pub fn legend_h(&self, entries: &[(RGBColor, String)], size: f64) -> f64 {
        let (_, lines) = legend_layout(entries, self.width_u - 16.0, size);
        lines as f64 * size * 1.6 + 12.0
    }

    /// A surface `height_u` layout units tall.
    pub fn surface(&self, canvas: &HtmlCanvasElement, height_u: f64) -> Result<Surface, String> {
        Surface::new(canvas, (height_u / self.width_u).clamp(0.2, 3.0))
    }

    /// A plot height for a chart whose plot can stretch: `plot_h`, or less in a deck step, so
    /// that with `legend` (in `size`-unit text) the chart fits the step at its text size rather
    /// than being shrunk, text and all (never below half of `plot_h`).
    pub fn fit_plot(&self, plot_h: f64, legend: &[(RGBColor, String)], size: f64) -> f64 {
        self.fit_plot_down_to(plot_h, plot_h * 0.5, legend, size)
    }

    /// [`Frame::fit_plot`], never below `min_h` (a chart of two panels can give up more).
    pub fn fit_plot_down_to(
        &self,
        plot_h: f64,
        min_h: f64,
        legend: &[(RGBColor, String)],
        size: f64,
    ) -> f64 {
        let around = if legend.is_empty() {
            0.0
        } else {
            self.legend_h(legend, size)
        };
        self.max_h_u
            .map_or(plot_h, |cap| (cap - around).clamp(min_h, plot_h))
    }

    /// A surface with a plot `plot_h` layout units tall and, below it, room for a legend of
    /// `entries` in `size`-unit text (as many lines as they need at this width): the surface, the
    /// plot's area and the legend's.
    pub fn surface_with_legend(
        &self,
        canvas: &HtmlCanvasElement,
        plot_h: f64,
        entries: &[(RGBColor, String)],
        size: f64,
    ) -> Result<(Surface, Area, Area), String> {
        let s = self.surface(canvas, plot_h + self.legend_h(entries, size))?;
        let (plot, legend) = s.area.split_vertically(self.p(plot_h));
        Ok((s, plot, legend))
    }

    /// A chart of `rows` rows, `margins_u` around them, and below them a legend of `entries` in
    /// `size`-unit text: the row height (`row_u`, or less in a deck step as [`Frame::fit_row`]
    /// says, never below `min_u`) with the surface, plot area and legend area of
    /// [`Frame::surface_with_legend`].
    pub fn rows_with_legend(
        &self,
        canvas: &HtmlCanvasElement,
        rows: usize,
        (row_u, min_u): (f64, f64),
        margins_u: f64,
        entries: &[(RGBColor, String)],
        size: f64,
    ) -> Result<(f64, Surface, Area, Area), String> {
        let row_u = self.fit_row(row_u, min_u, rows, margins_u + self.legend_h(entries, size));
        let plot_h = margins_u + row_u * rows.max(1) as f64;
        let (s, plot, legend) = self.surface_with_legend(canvas, plot_h, entries, size)?;
        Ok((row_u, s, plot, legend))
    }

    /// `u` layout units in canvas pixels.
    pub fn p(&self, u: f64) -> i32 {
        (u * self.k).round() as i32
    }

    /// True on a narrow canvas (a phone): fewer labels, shorter texts.
    pub fn narrow(&self) -> bool {
        self.width_u < 560.0
    }

    /// Sans-serif text `size` layout units high in `color`.
    pub fn font(&self, size: f64, color: &RGBColor) -> TextStyle<'static> {
        (FontFamily::SansSerif, size * self.k)
            .into_font()
            .color(color)
    }

    /// A rough text width in layout units (0.56 em per character), for layout decisions made
    /// before there is a canvas to measure with.
    pub fn guess_width_u(text: &str, size: f64) -> f64 {
        text.chars().count() as f64 * size * 0.56
    }
}

thread_local! {
    /// The part of its chart's rows the deck step on screen shows, when it splits them.
    static DECK_ROWS: Cell<Option<Rows>> = const { Cell::new(None) };
}

/// Notes which part of its chart's rows the deck step on screen shows (`None`: every row, and
/// outside the deck). The page calls it as each step shows, before the charts redraw.
pub fn set_deck_rows(rows: Option<Rows>) {
    DECK_ROWS.with(|r| r.set(rows));
}

/// The part of its rows a chart split over deck steps shows on the step on screen.
pub fn deck_rows() -> Option<Rows> {
    DECK_ROWS.with(Cell::get)
}

/// Where 0% and 100% fall on a chart of horizontal percentage bars with their labels on the
/// left, in layout units.
#[derive(Debug, Clone, Copy)]
pub struct PercentBars {
    /// Room given to the labels (at least `min_label_w`, at most `max_label_share` of the width).
    pub label_w: f64,
    /// The bars' 0%.
    pub x0: f64,
    /// The bars' 100%.
    pub x1: f64,
}

impl PercentBars {
    /// The layout for `labels` in `size`-unit text, leaving `right_u` free at the right edge.
    pub fn new<'a>(
        f: &Frame,
        labels: impl Iterator<Item = &'a str>,
        size: f64,
        min_label_w: f64,
        max_label_share: f64,
        right_u: f64,
    ) -> Self {
        let label_w = labels
            .map(|l| Frame::guess_width_u(l, size))
            .fold(min_label_w, f64::max)
            .min(f.width_u * max_label_share);
        Self {
            label_w,
            x0: 8.0 + label_w + 8.0,
            x1: f.width_u - right_u,
        }
    }

    /// Where `pct` percent falls (clamped to 0..100).
    pub fn x(&self, pct: f64) -> f64 {
        self.x0 + (self.x1 - self.x0) * pct.clamp(0.0, 100.0) / 100.0
    }
}

/// A part of a chart's canvas.
pub type Area = DrawingArea<Canvas, Shift>;

/// Draws the mesh of a chart with years across: whole-year labels and no vertical grid lines,
/// `y_labels` labels up the side written by `y_label`, described by `y_desc` if given, in
/// 12-unit text.
pub fn draw_year_mesh<Y>(
    chart: &mut ChartContext<'_, Canvas, Cartesian2d<RangedCoordf64, Y>>,
    f: &Frame,
    t: &Theme,
    x_labels: usize,
    y_labels: usize,
    y_label: &dyn Fn(&f64) -> String,
    y_desc: Option<&str>,
) -> Result<(), String>
where
    Y: Ranged<ValueType = f64> + ValueFormatter<f64>,
{
    let mut mesh = chart.configure_mesh();
    mesh.disable_x_mesh()
        .x_labels(x_labels)
        .x_label_formatter(&|y| format!("{y:.0}"))
        .y_labels(y_labels)
        .y_label_formatter(y_label)
        .label_style(f.font(12.0, &t.text))
        .axis_desc_style(f.font(12.0, &t.text))
        .light_line_style(t.background)
        .bold_line_style(t.grid)
        .axis_style(t.neutral);
    if let Some(desc) = y_desc {
        mesh.y_desc(desc);
    }
    mesh.draw().map_err(err)
}

/// Text anchored at its left edge, vertically centred on `y`.
pub fn left_middle(style: TextStyle<'static>) -> TextStyle<'static> {
    style.pos(Pos::new(HPos::Left, VPos::Center))
}

/// Text anchored at its right edge, vertically centred on `y`.
pub fn right_middle(style: TextStyle<'static>) -> TextStyle<'static> {
    style.pos(Pos::new(HPos::Right, VPos::Center))
}

/// Black or white, whichever reads better on `fill`.
pub fn ink_on(fill: &RGBColor) -> RGBColor {
    let RGBColor(r, g, b) = *fill;
    let luminance = 0.299 * f64::from(r) + 0.587 * f64::from(g) + 0.114 * f64::from(b);
    if luminance > 140.0 {
        RGBColor(20, 24, 32)
    } else {
        RGBColor(255, 255, 255)
    }
}

/// A mix of `a` and `b`, `t` of the way to `b`.
pub fn mix(a: &RGBColor, b: &RGBColor, t: f64) -> RGBColor {
    let m = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * t).round() as u8;
    RGBColor(m(a.0, b.0), m(a.1, b.1), m(a.2, b.2))
}

/// Legend entries laid out in lines that fit `width_u`: (swatch colour, text) per entry, and the
/// number of lines. Returns each entry's (x, line) in layout units.
pub fn legend_layout(
    entries: &[(RGBColor, String)],
    width_u: f64,
    size: f64,
) -> (Vec<(f64, usize)>, usize) {
    let mut placed = Vec::with_capacity(entries.len());
    let (mut x, mut line) = (0.0, 0);
    for (_, text) in entries {
        let w = size * 1.4 + Frame::guess_width_u(text, size) + size;
        if x > 0.0 && x + w > width_u {
            x = 0.0;
            line += 1;
        }
        placed.push((x, line));
        x += w;
    }
    (placed, if entries.is_empty() { 0 } else { line + 1 })
}

/// Draws a legend laid out by [`legend_layout`] on `area`, its top-left at (`left_u`, `top_u`),
/// its words in `ink`.
pub fn draw_legend(
    area: &Area,
    ink: &RGBColor,
    f: &Frame,
    entries: &[(RGBColor, String)],
    left_u: f64,
    top_u: f64,
    size: f64,
) -> Result<(), String> {
    let (placed, _) = legend_layout(entries, f.width_u - left_u - 8.0, size);
    let line_h = size * 1.6;
    for ((colour, text), (x, line)) in entries.iter().zip(placed) {
        let x0 = left_u + x;
        let y = top_u + line as f64 * line_h + line_h / 2.0;
        area.draw(&Rectangle::new(
            [
                (f.p(x0), f.p(y - size * 0.45)),
                (f.p(x0 + size * 0.9), f.p(y + size * 0.45)),
            ],
            colour.filled(),
        ))
        .map_err(err)?;
        area.draw(&Text::new(
            text.clone(),
            (f.p(x0 + size * 1.3), f.p(y)),
            left_middle(f.font(size, ink)),
        ))
        .map_err(err)?;
    }
    Ok(())
}
