//! Sizing for the centralization and AI charts, which must stay legible on a 360-pixel phone.
//!
//! [`Surface`] scales fonts with the canvas width (an 800-pixel design), which on a phone shrinks
//! 14-pixel text to 6 pixels. Here a layout unit is never smaller than one CSS pixel, and the
//! height follows the content (rows of bars, legend lines) instead of a fixed aspect, so a narrow
//! chart grows taller rather than smaller.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::{err, Surface};

/// A chart's layout scale, decided before the canvas is sized.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    /// Canvas pixels per layout unit.
    pub k: f64,
    /// Canvas width in layout units.
    pub width_u: f64,
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
        Self {
            k,
            width_u: width_px / k,
        }
    }

    /// A surface `height_u` layout units tall.
    pub fn surface(&self, canvas: &HtmlCanvasElement, height_u: f64) -> Result<Surface, String> {
        Surface::new(canvas, (height_u / self.width_u).clamp(0.2, 3.0))
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

/// Text anchored at its left edge, vertically centred on `y`.
pub fn left_middle(style: TextStyle<'static>) -> TextStyle<'static> {
    style.pos(Pos::new(HPos::Left, VPos::Center))
}

/// Text anchored at its right edge, vertically centred on `y`.
pub fn right_middle(style: TextStyle<'static>) -> TextStyle<'static> {
    style.pos(Pos::new(HPos::Right, VPos::Center))
}

/// Text centred horizontally, its bottom at `y`.
pub fn centre_bottom(style: TextStyle<'static>) -> TextStyle<'static> {
    style.pos(Pos::new(HPos::Center, VPos::Bottom))
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

/// Draws a legend laid out by [`legend_layout`] with its top-left at (`left_u`, `top_u`).
pub fn draw_legend(
    s: &Surface,
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
        s.area
            .draw(&Rectangle::new(
                [
                    (f.p(x0), f.p(y - size * 0.45)),
                    (f.p(x0 + size * 0.9), f.p(y + size * 0.45)),
                ],
                colour.filled(),
            ))
            .map_err(err)?;
        s.area
            .draw(&Text::new(
                text.clone(),
                (f.p(x0 + size * 1.3), f.p(y)),
                left_middle(f.font(size, &s.theme.text)),
            ))
            .map_err(err)?;
    }
    Ok(())
}
