//! Charts, one module per chart: data in, pixels out. Each `draw` takes a canvas and plain data from
//! the model and knows nothing about the app. Drawn on the main thread (plotters measures text
//! through `window`).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

pub use self::canvas::Canvas;
use self::place::Rect;

/// What a chart's `draw` returns: an error is shown in place of the chart, never a panic.
pub type DrawResult = Result<(), String>;

/// Colours for one colour scheme. Okabe-Ito hues: safe for the common colour-vision deficiencies.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub grid: RGBColor,
    pub btc: RGBColor,
    pub ai: RGBColor,
    pub good: RGBColor,
    pub bad: RGBColor,
    pub neutral: RGBColor,
}

pub const LIGHT: Theme = Theme {
    background: RGBColor(255, 255, 255),
    text: RGBColor(29, 35, 48),
    grid: RGBColor(220, 216, 206),
    btc: RGBColor(230, 159, 0),
    ai: RGBColor(0, 114, 178),
    good: RGBColor(0, 158, 115),
    bad: RGBColor(213, 94, 0),
    neutral: RGBColor(120, 126, 140),
};

pub const DARK: Theme = Theme {
    background: RGBColor(28, 32, 41),
    text: RGBColor(233, 230, 223),
    grid: RGBColor(60, 66, 80),
    btc: RGBColor(240, 180, 60),
    ai: RGBColor(86, 180, 233),
    good: RGBColor(60, 200, 150),
    bad: RGBColor(240, 130, 60),
    neutral: RGBColor(150, 156, 170),
};

/// The theme matching the reader's `prefers-color-scheme`.
pub fn current_theme() -> Theme {
    let dark = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches());
    if dark {
        DARK
    } else {
        LIGHT
    }
}

/// A canvas sized for crisp drawing: its pixel size follows its CSS width times the device pixel
/// ratio, and `px(n)` scales font sizes and margins to match.
pub struct Surface {
    pub area: DrawingArea<Canvas, Shift>,
    pub scale: f64,
    pub theme: Theme,
}

impl Surface {
    /// Prepares `canvas` at `aspect` (height / width), clears it to the theme's background.
    pub fn new(canvas: &HtmlCanvasElement, aspect: f64) -> Result<Self, String> {
        let ratio = web_sys::window()
            .map_or(1.0, |w| w.device_pixel_ratio())
            .clamp(1.0, 3.0);
        let css_width = match canvas.client_width() {
            w if w > 0 => f64::from(w),
            _ => 800.0,
        };
        let width = (css_width * ratio).round().clamp(200.0, 4000.0);
        let height = (width * aspect).round();
        // Only on a change: setting a canvas's size, even to the same value, drops its bitmap
        // and makes the browser allocate a new one; the fill below clears it either way.
        if canvas.width() != width as u32 {
            canvas.set_width(width as u32);
        }
        if canvas.height() != height as u32 {
            canvas.set_height(height as u32);
        }
        let backend = Canvas::new(canvas).ok_or("no 2D canvas context")?;
        let area = backend.into_drawing_area();
        let theme = current_theme();
        area.fill(&theme.background).map_err(err)?;
        // Fonts are sized for an 800-pixel-wide chart and grow with the canvas.
        let scale = width / 800.0;
        Ok(Self { area, scale, theme })
    }

    /// `n` layout pixels in canvas pixels.
    pub fn px(&self, n: f64) -> i32 {
        (n * self.scale).round() as i32
    }

    /// The body font at `size` layout pixels.
    pub fn font(&self, size: f64) -> TextStyle<'static> {
        (FontFamily::SansSerif, size * self.scale)
            .into_font()
            .color(&self.theme.text)
    }

    /// A label's sizes in canvas pixels on one line and on two (`place::two_lines`).
    pub fn label_sizes(&self, text: &str, font: &TextStyle) -> Result<[(i32, i32); 2], String> {
        let (a, b) = place::two_lines(text);
        let size = |t| self.area.estimate_text_size(t, font).map_err(err);
        let ((w, h), (wa, _), (wb, _)) = (size(text)?, size(a)?, size(b)?);
        let (w, h) = (w as i32, h as i32);
        // The font's line box already holds its leading: the lines sit one box apart.
        Ok([(w, h), (wa.max(wb) as i32, 2 * h)])
    }

    /// Draws a label in the box `at` that `place` found for it: on one line, or on two
    /// (`place::two_lines`) when `layout` is 1.
    pub fn draw_label(&self, text: &str, layout: usize, at: &Rect, font: &TextStyle) -> DrawResult {
        let style = font.pos(Pos::new(HPos::Left, VPos::Top));
        let (a, b) = match layout {
            0 => (text, ""),
            _ => place::two_lines(text),
        };
        for (line, y) in [(a, at.1), (b, (at.1 + at.3) / 2)] {
            self.area.draw_text(line, &style, (at.0, y)).map_err(err)?;
        }
        Ok(())
    }
}

/// Turns any drawing error into the message shown in place of the chart.
pub fn err<E: std::fmt::Display>(e: E) -> String {
    format!("the chart could not be drawn: {e}")
}

pub mod canvas;
pub mod coefficient;
pub mod cost_curve;
pub mod edge_ai;
pub mod efficiency;
pub mod fit;
pub mod frame;
pub mod generations;
pub mod geography;
pub mod margin_map;
pub mod model_memory;
pub mod place;
pub mod pools;
pub mod sim_common;
pub mod sim_difficulty;
pub mod sim_hashprice;
pub mod sim_hashrate;
