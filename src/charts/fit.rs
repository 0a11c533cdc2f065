//! Sizing for narrow screens. `Surface` scales text with the canvas, which on a 360-pixel phone
//! would shrink a 13-pixel label to 5 pixels; these helpers enlarge text and make the chart taller
//! there, so labels stay readable and do not collide.

use plotters::chart::{ChartContext, MeshStyle};
use plotters::coord::cartesian::Cartesian2d;
use plotters::coord::types::RangedCoordf64;
use plotters::style::{Color, TextStyle};
use web_sys::HtmlCanvasElement;

use super::{Canvas, Theme};
use hashwatt_core::model::format;

/// Width (CSS pixels) the charts are laid out for; at this width and above nothing is enlarged.
const DESIGN_WIDTH: f64 = 800.0;

/// How a chart should be laid out on this canvas.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// Height over width for `Surface::new`.
    pub aspect: f64,
    /// Factor for font sizes and margins in layout pixels (1 on a desktop, ~2.4 on a phone).
    pub k: f64,
    /// True below ~560 CSS pixels: charts use short labels there.
    pub narrow: bool,
}

/// The flattest a chart gets when drawn to a capped height.
const MIN_ASPECT: f64 = 0.25;

/// The layout for `canvas`: `wide_aspect` on a desktop, up to `narrow_aspect` on a phone; where
/// the stylesheet caps the canvas's height (a deck step on a projector), the aspect that fills
/// that height across the whole width.
pub fn fit(canvas: &HtmlCanvasElement, wide_aspect: f64, narrow_aspect: f64) -> Fit {
    let css = match canvas.client_width() {
        w if w > 0 => f64::from(w),
        _ => DESIGN_WIDTH,
    };
    let k = (DESIGN_WIDTH / css).clamp(1.0, 2.6);
    // Interpolate the aspect between the design width (k = 1) and a phone (k = 2.6).
    let t = (k - 1.0) / 1.6;
    let aspect = wide_aspect + (narrow_aspect - wide_aspect) * t;
    let max_h = max_height_css(canvas);
    // A taller chart would be shrunk by the browser into the middle of the step, text and all.
    let aspect = max_h.map_or(aspect, |h| aspect.min(h / css).max(MIN_ASPECT));
    // On a projector the text grows with the screen, not only with the chart.
    let k = match max_h {
        Some(_) => k.max(deck_text_px() * DESIGN_WIDTH / (SMALLEST_TEXT * css)),
        None => k,
    };
    mark_text_px(canvas, SMALLEST_TEXT * k * css / DESIGN_WIDTH);
    Fit {
        aspect,
        k,
        narrow: css < 560.0,
    }
}

/// The smallest chart text, in layout units (a colour key, an axis's ticks).
pub const SMALLEST_TEXT: f64 = 12.0;

/// The smallest chart text a deck step aims for, in CSS pixels: 24 on a 1920-pixel projector,
/// in proportion on a smaller one.
pub fn deck_text_px() -> f64 {
    let width = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(DESIGN_WIDTH);
    width / 80.0
}

/// The height (CSS pixels) the stylesheet gives `canvas` at most, if it does: in a deck step its
/// `--deck-chart-h` (a registered length, so computed in pixels), which the chart is drawn to
/// fit; else its `max-height`. The deck's canvas has no `max-height`: a chart that cannot be
/// drawn flat enough is shrunk whole with its step, never squashed into a box of another shape.
pub fn max_height_css(canvas: &HtmlCanvasElement) -> Option<f64> {
    let style = web_sys::window()?.get_computed_style(canvas).ok()??;
    let px = |name: &str| {
        style
            .get_property_value(name)
            .ok()?
            .trim()
            .strip_suffix("px")?
            .parse::<f64>()
            .ok()
            .filter(|h| h.is_finite() && *h > 0.0)
    };
    px("--deck-chart-h").or_else(|| px("max-height"))
}

/// Notes on the canvas (`data-text-px`) how large its smallest text is drawn, in CSS pixels at
/// the canvas's width: the deck's tests check what a class sees from it.
pub fn mark_text_px(canvas: &HtmlCanvasElement, px: f64) {
    // Tenths of a pixel, written without float formatting (smaller code).
    let tenths = (px * 10.0).round() as i32;
    let _ = canvas.set_attribute("data-text-px", &format!("{}.{}", tenths / 10, tenths % 10));
}

/// Notes on the canvas (`data-labels-clear`) whether every label found a place clear of the
/// other labels and the lines (`place::place_label` counts those that did not): the phone's
/// tests want "true".
pub fn mark_labels_clear(canvas: &HtmlCanvasElement, misses: u32) {
    let clear = if misses == 0 { "true" } else { "false" };
    let _ = canvas.set_attribute("data-labels-clear", clear);
}

/// An economics chart over electricity price (across) and US dollars per bitcoin (up).
pub type KwhUsdChart<'a> = ChartContext<'a, Canvas, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The axes the economics maps share: electricity price across ("$0.05"), dollars per bitcoin up
/// ("$60k") described by `y_desc`, labels in `label`. Callers add their grid and draw.
pub fn kwh_usd_mesh<'a, 'b>(
    chart: &'b mut KwhUsdChart<'a>,
    f: &Fit,
    t: &Theme,
    y_desc: &str,
    label: &TextStyle<'b>,
) -> MeshStyle<'a, 'b, RangedCoordf64, RangedCoordf64, Canvas> {
    let mut mesh = chart.configure_mesh();
    mesh.x_desc("Electricity price (USD/kWh)")
        .y_desc(y_desc)
        .x_labels(if f.narrow { 4 } else { 7 })
        .y_labels(6)
        .x_label_formatter(&kwh_tick)
        .y_label_formatter(&usd_thousands_tick)
        .label_style(label.clone())
        .axis_desc_style(label.clone())
        .axis_style(t.text.mix(0.6));
    mesh
}

fn kwh_tick(v: &f64) -> String {
    format!("${}", format::number(*v, 2))
}

/// "$50k", "$1.5M"; nothing at zero, where the x axis already writes "$0.00" in the corner.
fn usd_thousands_tick(v: &f64) -> String {
    match *v {
        0.0 => String::new(),
        v => format::usd_tick(v),
    }
}
