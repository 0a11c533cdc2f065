//! Sizing for narrow screens. `Surface` scales text with the canvas, which on a 360-pixel phone
//! would shrink a 13-pixel label to 5 pixels; these helpers enlarge text and make the chart taller
//! there, so labels stay readable and do not collide.

use web_sys::HtmlCanvasElement;

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

/// The layout for `canvas`: `wide_aspect` on a desktop, up to `narrow_aspect` on a phone.
pub fn fit(canvas: &HtmlCanvasElement, wide_aspect: f64, narrow_aspect: f64) -> Fit {
    let css = match canvas.client_width() {
        w if w > 0 => f64::from(w),
        _ => DESIGN_WIDTH,
    };
    let k = (DESIGN_WIDTH / css).clamp(1.0, 2.6);
    // Interpolate the aspect between the design width (k = 1) and a phone (k = 2.6).
    let t = (k - 1.0) / 1.6;
    Fit {
        aspect: wide_aspect + (narrow_aspect - wide_aspect) * t,
        k,
        narrow: css < 560.0,
    }
}
