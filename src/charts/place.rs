//! Where a label goes: boxes in canvas pixels, and the first of a label's candidate places that
//! stays inside the plot and clear of what is already drawn (other labels, dots, lines). Pure, so
//! the rules are tested natively; the charts measure their text and pass the boxes in.

/// A box in canvas pixels: left, top, right, bottom.
pub type Rect = (i32, i32, i32, i32);

/// Whether two boxes share any area.
pub fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Whether `r` lies wholly inside `bounds`.
pub fn inside(r: &Rect, bounds: &Rect) -> bool {
    r.0 >= bounds.0 && r.1 >= bounds.1 && r.2 <= bounds.2 && r.3 <= bounds.3
}

/// A box `r` grown by `by` pixels on every side.
pub fn grow(r: &Rect, by: i32) -> Rect {
    (r.0 - by, r.1 - by, r.2 + by, r.3 + by)
}

/// The box of a dot of radius `r` at `at`.
pub fn dot_box(at: (i32, i32), r: i32) -> Rect {
    (at.0 - r, at.1 - r, at.0 + r, at.1 + r)
}

/// Whether the segment from `a` to `b` passes through `r` (sampled every few pixels: exact
/// enough for a label, and simple). Never inlined: every chart's placement calls it, and the
/// page's size budget counts each copy.
#[inline(never)]
pub fn crosses(r: &Rect, a: (i32, i32), b: (i32, i32)) -> bool {
    let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
    let steps = (dx.abs().max(dy.abs()) / 2.0).ceil().max(1.0) as i32;
    (0..=steps).any(|i| {
        let t = f64::from(i) / f64::from(steps);
        let p = (
            (f64::from(a.0) + dx * t).round() as i32,
            (f64::from(a.1) + dy * t).round() as i32,
        );
        p.0 >= r.0 && p.0 <= r.2 && p.1 >= r.1 && p.1 <= r.3
    })
}

/// The first of `candidates` (top-left corners of a `size` box) inside `bounds`, clear of every
/// box in `taken` and crossed by none of the `lines` (polylines in pixels).
#[inline(never)]
pub fn first_clear(
    candidates: &[(i32, i32)],
    size: (i32, i32),
    bounds: &Rect,
    taken: &[Rect],
    lines: &[&[(i32, i32)]],
) -> Option<Rect> {
    candidates
        .iter()
        .map(|&(x, y)| (x, y, x + size.0, y + size.1))
        .find(|r| {
            inside(r, bounds)
                && taken.iter().all(|t| !overlaps(r, t))
                && lines
                    .iter()
                    .all(|l| l.windows(2).all(|w| !crosses(r, w[0], w[1])))
        })
}

/// The four places beside a point at `at` for a `size` box, `gap` pixels away: right and above,
/// left and above, right and below, left and below.
pub fn around(at: (i32, i32), size: (i32, i32), gap: (i32, i32)) -> [(i32, i32); 4] {
    let (right, left) = (at.0 + gap.0, at.0 - gap.0 - size.0);
    let (above, below) = (at.1 - gap.1 - size.1, at.1 + gap.1);
    [(right, above), (left, above), (right, below), (left, below)]
}

/// `at` moved inside `bounds` by at least `r` pixels from every edge (the centre of a dot of
/// radius `r` that must show whole).
pub fn keep_dot_inside(at: (i32, i32), r: i32, bounds: &Rect) -> (i32, i32) {
    let clamp = |v: i32, lo: i32, hi: i32| v.clamp(lo, hi.max(lo));
    (
        clamp(at.0, bounds.0 + r, bounds.2 - r),
        clamp(at.1, bounds.1 + r, bounds.3 - r),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLOT: Rect = (0, 0, 300, 200);

    #[test]
    fn boxes_overlap_only_when_they_share_area() {
        assert!(overlaps(&(0, 0, 10, 10), &(5, 5, 15, 15)));
        // Touching edges share no area.
        assert!(!overlaps(&(0, 0, 10, 10), &(10, 0, 20, 10)));
        assert!(!overlaps(&(0, 0, 10, 10), &(0, 11, 10, 20)));
        assert!(inside(&(0, 0, 300, 200), &PLOT));
        assert!(!inside(&(-1, 0, 10, 10), &PLOT));
    }

    #[test]
    fn a_segment_crosses_a_box_it_passes_through() {
        // The diagonal from (0, 0) to (100, 100) passes (50, 50).
        assert!(crosses(&(45, 45, 55, 55), (0, 0), (100, 100)));
        assert!(!crosses(&(60, 0, 100, 30), (0, 0), (100, 100)));
        // A horizontal price line at y = 80 through a label's box 70..90.
        assert!(crosses(&(10, 70, 60, 90), (0, 80), (300, 80)));
        assert!(!crosses(&(10, 82, 60, 95), (0, 80), (300, 80)));
    }

    #[test]
    fn a_label_takes_the_first_clear_place() {
        let size = (40, 10);
        let at = (100, 100);
        let places = around(at, size, (6, 6));
        // Right-above is (106, 84)..(146, 94): free, so it is taken.
        assert_eq!(
            first_clear(&places, size, &PLOT, &[], &[]),
            Some((106, 84, 146, 94))
        );
        // A word over right-above: left-above (54, 84).
        let word = (120, 80, 200, 95);
        assert_eq!(
            first_clear(&places, size, &PLOT, &[word], &[]),
            Some((54, 84, 94, 94))
        );
        // A line through both upper places (y = 90 across the plot): right-below.
        let line = [(0, 90), (300, 90)];
        assert_eq!(
            first_clear(&places, size, &PLOT, &[word], &[&line]),
            Some((106, 106, 146, 116))
        );
        // At the plot's top right corner only left-below is inside.
        let corner = around((295, 5), size, (6, 6));
        assert_eq!(
            first_clear(&corner, size, &PLOT, &[], &[]),
            Some((249, 11, 289, 21))
        );
    }

    #[test]
    fn a_dot_at_a_corner_moves_in_to_show_whole() {
        // A dot of radius 9 at the top right corner (300, 0) moves to (291, 9); one on the x
        // axis (y = 200) moves up to 191; one well inside stays.
        assert_eq!(keep_dot_inside((300, 0), 9, &PLOT), (291, 9));
        assert_eq!(keep_dot_inside((150, 200), 9, &PLOT), (150, 191));
        assert_eq!(keep_dot_inside((150, 100), 9, &PLOT), (150, 100));
        // A plot smaller than the dot: its top left plus r, never a panic.
        assert_eq!(keep_dot_inside((5, 5), 9, &(0, 0, 10, 10)), (9, 9));
    }
}
