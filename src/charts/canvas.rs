//! The charts' drawing backend: plotters-canvas's `CanvasBackend`, except that it measures text
//! with the canvas's own `measureText`. Plotters' web font module measures each label by adding a
//! styled `<span>` to the page and reading its size, which forces the browser to lay out the whole
//! page again, label after label: most of a chart's redraw went there.

use hashwatt_core::model::raster::Raster;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

use super::DrawResult;

/// Puts `picture` on `canvas` with its upper-left corner at (`x`, `y`) canvas pixels, as it is
/// (`putImageData`: no transform, no blending).
pub fn put_raster(canvas: &HtmlCanvasElement, x: i32, y: i32, picture: &Raster) -> DrawResult {
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or("no 2D canvas context")?;
    let image = ImageData::new_with_u8_clamped_array_and_sh(
        Clamped(&picture.rgba),
        picture.width,
        picture.height,
    )
    .map_err(|_| "the chart's picture could not be made")?;
    context
        .put_image_data(&image, f64::from(x), f64::from(y))
        .map_err(|_| "the chart's picture could not be drawn".to_string())
}

/// plotters-canvas's error type, which it does not export by name.
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;
type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

/// A `CanvasBackend` that measures text on its canvas (no page layout).
pub struct Canvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
}

impl Canvas {
    /// The backend for `canvas`, or `None` if it has no 2D context.
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Self> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        let inner = CanvasBackend::with_canvas_object(canvas.clone())?;
        Some(Self { inner, context })
    }
}

impl DrawingBackend for Canvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Drawn {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Drawn {
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, s: &S) -> Drawn {
        self.inner.draw_line(from, to, s)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        self.inner.fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn {
        self.inner.draw_text(text, style, pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        // The same font string `CanvasBackend::draw_text` sets before drawing.
        let size = style.size();
        self.context.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            size,
            style.family().as_str(),
        ));
        let Ok(metrics) =
            crate::profile::time(|| "text measuring", || self.context.measure_text(text))
        else {
            // Not plotters' own measure: it styles a <span>, which the page's CSP forbids. A
            // rough width (0.56 em a character) keeps the layout close.
            let width = text.chars().count() as f64 * size * 0.56;
            return Ok((width.ceil() as u32, (size * 1.2).ceil() as u32));
        };
        // The font's line box, as a `<span>`'s height was; older browsers lack the fields (NaN).
        let height = metrics.font_bounding_box_ascent() + metrics.font_bounding_box_descent();
        let height = if height.is_finite() && height > 0.0 {
            height
        } else {
            size * 1.2
        };
        Ok((metrics.width().ceil() as u32, height.ceil() as u32))
    }
}
