//! A picture as RGBA bytes, row by row (what a canvas's `putImageData` takes), painted with
//! rectangles as a canvas's `fillRect` paints whole-pixel rectangles of an opaque colour: later
//! rectangles over earlier ones, each covering `left..right` x `top..bottom`. The margin heat map
//! paints its cells here and puts them on its canvas at once, instead of one `fillRect` a cell.

/// An opaque colour: red, green, blue (alpha is always 255).
pub type Rgb = (u8, u8, u8);

/// A `width` x `height` picture, 4 bytes a pixel (red, green, blue, alpha), top row first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raster {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

impl Raster {
    /// A picture of one colour (the chart's background, which the cells paint over).
    pub fn filled(width: u32, height: u32, color: Rgb) -> Self {
        let pixel = [color.0, color.1, color.2, 255];
        let rgba = pixel.repeat(width as usize * height as usize);
        Self {
            width,
            height,
            rgba,
        }
    }

    /// Paints the pixels `left..right` x `top..bottom` (the picture's own coordinates; the parts
    /// outside it are left out, an empty range paints nothing).
    pub fn fill_rect(&mut self, left: i32, top: i32, right: i32, bottom: i32, color: Rgb) {
        let clip = |v: i32, max: u32| v.clamp(0, max as i32) as usize;
        let (x0, x1) = (clip(left, self.width), clip(right, self.width));
        let (y0, y1) = (clip(top, self.height), clip(bottom, self.height));
        if x0 >= x1 || y0 >= y1 {
            return;
        }
        let pixel = [color.0, color.1, color.2, 255];
        let row_bytes = self.width as usize * 4;
        // The first row painted pixel by pixel, the others copied from it.
        let first = y0 * row_bytes;
        for px in self.rgba[first + x0 * 4..first + x1 * 4].chunks_exact_mut(4) {
            px.copy_from_slice(&pixel);
        }
        for y in y0 + 1..y1 {
            self.rgba
                .copy_within(first + x0 * 4..first + x1 * 4, y * row_bytes + x0 * 4);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WHITE: Rgb = (255, 255, 255);
    const BLUE: Rgb = (0, 114, 178);
    const RED: Rgb = (213, 94, 0);

    fn pixel(r: &Raster, x: usize, y: usize) -> [u8; 4] {
        let i = (y * r.width as usize + x) * 4;
        [r.rgba[i], r.rgba[i + 1], r.rgba[i + 2], r.rgba[i + 3]]
    }

    #[test]
    fn a_filled_picture_is_its_colour_everywhere_and_opaque() {
        // 3 x 2 pixels, 4 bytes each: 24 bytes, every pixel (255, 255, 255, 255).
        let r = Raster::filled(3, 2, WHITE);
        assert_eq!(r.rgba.len(), 24);
        assert!(r.rgba.iter().all(|&b| b == 255));
    }

    #[test]
    fn a_rectangle_covers_left_to_right_and_top_to_bottom_ends_excluded() {
        // fillRect(1, 1, 2, 1) on a 4 x 3 picture paints (1,1) and (2,1) only.
        let mut r = Raster::filled(4, 3, WHITE);
        r.fill_rect(1, 1, 3, 2, BLUE);
        for y in 0..3 {
            for x in 0..4 {
                let inside = y == 1 && (x == 1 || x == 2);
                let want = if inside { [0, 114, 178, 255] } else { [255; 4] };
                assert_eq!(pixel(&r, x, y), want, "pixel ({x}, {y})");
            }
        }
    }

    #[test]
    fn later_rectangles_paint_over_earlier_ones_and_outside_parts_are_clipped() {
        // Blue over the whole 4 x 4 picture and beyond it, then red over x 2..6, y -1..1: red at
        // (2,0) and (3,0), blue elsewhere.
        let mut r = Raster::filled(4, 4, WHITE);
        r.fill_rect(-5, -5, 10, 10, BLUE);
        r.fill_rect(2, -1, 6, 1, RED);
        assert_eq!(pixel(&r, 2, 0), [213, 94, 0, 255]);
        assert_eq!(pixel(&r, 3, 0), [213, 94, 0, 255]);
        assert_eq!(pixel(&r, 1, 0), [0, 114, 178, 255]);
        assert_eq!(pixel(&r, 3, 1), [0, 114, 178, 255]);
        assert_eq!(pixel(&r, 0, 3), [0, 114, 178, 255]);
    }

    #[test]
    fn empty_and_inverted_rectangles_paint_nothing() {
        let mut r = Raster::filled(2, 2, WHITE);
        r.fill_rect(1, 0, 1, 2, BLUE); // no width
        r.fill_rect(0, 1, 2, 1, BLUE); // no height
        r.fill_rect(2, 2, 0, 0, BLUE); // right of its right end
        assert_eq!(r, Raster::filled(2, 2, WHITE));
    }
}
