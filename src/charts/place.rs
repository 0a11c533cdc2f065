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

/// The first clear place for a label beside the point `at`, `gap` pixels away, in the first of
/// its layouts that has one (`sizes`: on one line, then on two): the layout's index and its box.
/// For each layout, the four places `around` the point, then the same four slid inside `bounds`
/// (a label by a dot at the plot's edge runs along the edge, so `taken` must hold the dot). A
/// long label beside a steep line in a narrow plot finds no clear place on one line but often
/// does on two.
#[inline(never)]
pub fn first_clear_beside(
    sizes: &[(i32, i32)],
    at: (i32, i32),
    gap: (i32, i32),
    bounds: &Rect,
    taken: &[Rect],
    lines: &[&[(i32, i32)]],
) -> Option<(usize, Rect)> {
    for (i, &size) in sizes.iter().enumerate() {
        let [a, b, c, d] = around(at, size, gap);
        let s = |p| slide_inside(p, size, bounds);
        let places = [a, b, c, d, s(a), s(b), s(c), s(d)];
        if let Some(r) = first_clear(&places, size, bounds, taken, lines) {
            return Some((i, r));
        }
    }
    None
}

/// Where a label goes: as `first_clear_beside`; else, counted in `misses` (a label drawn over a
/// line or a box), on one line, right of and above the point, slid inside `bounds`.
#[inline(never)]
pub fn place_label(
    sizes: &[(i32, i32)],
    at: (i32, i32),
    gap: (i32, i32),
    bounds: &Rect,
    taken: &[Rect],
    lines: &[&[(i32, i32)]],
    misses: &mut u32,
) -> (usize, Rect) {
    first_clear_beside(sizes, at, gap, bounds, taken, lines).unwrap_or_else(|| {
        *misses += 1;
        let size = sizes[0];
        let (x, y) = slide_inside(around(at, size, gap)[0], size, bounds);
        (0, (x, y, x + size.0, y + size.1))
    })
}

/// The top left corner of a `size` box at `at`, moved the least that brings the box inside
/// `bounds` (to its top left if it is larger).
pub fn slide_inside(at: (i32, i32), size: (i32, i32), bounds: &Rect) -> (i32, i32) {
    (
        at.0.clamp(bounds.0, (bounds.2 - size.0).max(bounds.0)),
        at.1.clamp(bounds.1, (bounds.3 - size.1).max(bounds.1)),
    )
}

/// A label's text on two lines: broken at its last space, the figure under its name
/// ("all-in break-even" over "$0.0324/kWh"); a single word stays whole.
pub fn two_lines(text: &str) -> (&str, &str) {
    match text.bytes().rposition(|b| b == b' ') {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (text, ""),
    }
}

/// Where a bar's label of `text_w` pixels goes: right of the bar (from `right_from`) if it ends
/// by `right_edge` (`Some(true)`), else inside the bar's end at `end`, `pad` pixels from it and
/// from `inside_from` (the bar's start, or a line across the bar) (`Some(false)`), else `None`.
pub fn bar_label_side(
    text_w: i32,
    pad: i32,
    right_from: i32,
    right_edge: i32,
    inside_from: i32,
    end: i32,
) -> Option<bool> {
    if right_from + text_w <= right_edge {
        Some(true)
    } else if text_w + 2 * pad <= end - inside_from {
        Some(false)
    } else {
        None
    }
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
    // The dot's box, slid inside.
    let (x, y) = slide_inside((at.0 - r, at.1 - r), (2 * r, 2 * r), bounds);
    (x + r, y + r)
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
    fn a_label_breaks_at_its_last_space() {
        assert_eq!(
            two_lines("all-in break-even $0.0324/kWh"),
            ("all-in break-even", "$0.0324/kWh")
        );
        assert_eq!(two_lines("you: $90,264"), ("you:", "$90,264"));
        assert_eq!(two_lines("LOSS"), ("LOSS", ""));
    }

    /// The cost chart's break-even label on a 360-pixel phone (canvas pixels at 2x): a plot
    /// 180..628 across, the all-in cost rising through the break-even dot at (326, 862) by about
    /// one pixel up per pixel across, the price line level through the dot and the dashed drop
    /// line under it. On one line (325 x 22) the label fits in no quadrant: left of the dot it
    /// runs out of the plot, right of it out of the plot below or across the rising cost above;
    /// slid inside, it crosses the cost or the drop line. On two lines (190 x 44) it fits right
    /// and below, between the cost and the drop line.
    #[test]
    fn a_long_label_in_a_narrow_plot_takes_two_lines_rather_than_cross_a_line() {
        let plot = (180, 500, 628, 1010);
        let dot = (326, 862);
        let cost = [(180, 1010), (628, 555)];
        let price = [(180, 862), (628, 862)];
        let drop = [(326, 862), (326, 1010)];
        let lines: [&[(i32, i32)]; 3] = [&price, &cost, &drop];
        let (one, two) = ((325, 22), (190, 44));
        let gap = (16, 12);
        // One line alone: nothing clear (the chart drew it across the cost line before).
        assert_eq!(
            first_clear_beside(&[one], dot, gap, &plot, &[], &lines),
            None
        );
        let (layout, r) =
            first_clear_beside(&[one, two], dot, gap, &plot, &[], &lines).expect("a place");
        assert_eq!((layout, r), (1, (342, 874, 532, 918)));
        // Clear of every line and inside the plot, checked the long way.
        assert!(inside(&r, &plot));
        for l in lines {
            assert!(!crosses(&r, l[0], l[1]), "{r:?} crosses {l:?}");
        }
        // Where one line fits (a wide laptop plot), it is kept.
        let wide = (80, 20, 1180, 520);
        assert_eq!(
            first_clear_beside(&[one, two], (700, 300), gap, &wide, &[], &[]).map(|c| c.0),
            Some(0)
        );
    }

    /// The cost chart on a 360-pixel phone with power at $0.30, the axis's end: the reader's dot
    /// sits at the plot's right edge, 41 pixels under its top, on a cost line rising about one
    /// pixel per pixel, with the key's box in the top left corner. No place beside the dot is
    /// clear in either layout, nor on one line slid inside; on two lines slid down to the plot's
    /// top, the label fits between the key and the line.
    #[test]
    fn a_label_by_a_dot_at_the_edge_slides_along_it() {
        let plot = (180, 515, 628, 1020);
        let dot = (628, 556);
        let cost = [(180, 1022), (628, 556)];
        let key = (185, 520, 497, 672);
        let ring = dot_box(dot, 11);
        let gap = (14, 14);
        let (one, two) = ((160, 22), (100, 44));
        let lines: [&[(i32, i32)]; 1] = [&cost];
        for size in [one, two] {
            let places = around(dot, size, gap);
            assert_eq!(
                first_clear(&places, size, &plot, &[key, ring], &lines),
                None
            );
        }
        let taken = [key, ring];
        assert_eq!(
            first_clear_beside(&[one], dot, gap, &plot, &taken, &lines),
            None
        );
        // Left and above, slid down to the top: (514, 515).
        assert_eq!(
            first_clear_beside(&[one, two], dot, gap, &plot, &taken, &lines),
            Some((1, (514, 515, 614, 559)))
        );
        // Without the key, one line fits left and above, beside the dot, as it is.
        assert_eq!(
            first_clear_beside(&[one, two], dot, gap, &plot, &[ring], &lines),
            Some((0, (454, 520, 614, 542)))
        );
        // Sliding never puts a label on its own dot: a dot in the top right corner, with the
        // place left and below taken. Right and above slid in is (468, 515), on the ring; left
        // and above slid down, (454, 515), is clear of it.
        let corner = (628, 520);
        let ring = dot_box(corner, 11);
        let below = (400, 540, 620, 570);
        assert_eq!(
            first_clear_beside(&[one, two], corner, gap, &plot, &[ring, below], &[]),
            Some((0, (454, 515, 614, 537)))
        );
        assert_eq!(slide_inside((-5, 1010), (40, 20), &plot), (180, 1000));
        assert_eq!(slide_inside((300, 600), (40, 20), &plot), (300, 600));
    }

    #[test]
    fn a_label_with_no_clear_place_is_counted() {
        // Lines across the plot at y = 90 and 110, through every place beside (150, 100).
        let (high, low) = ([(0, 90), (300, 90)], [(0, 110), (300, 110)]);
        let (size, at, gap) = ((40, 10), (150, 100), (6, 6));
        let mut misses = 0;
        // Nothing is clear: right and above, over a line, counted as a miss.
        let lines: [&[(i32, i32)]; 2] = [&high, &low];
        assert_eq!(
            place_label(&[size], at, gap, &PLOT, &[], &lines, &mut misses),
            (0, (156, 84, 196, 94))
        );
        assert_eq!(misses, 1);
        // Without the lines, right and above is clear: no miss.
        assert_eq!(
            place_label(&[size], at, gap, &PLOT, &[], &[], &mut misses),
            (0, (156, 84, 196, 94))
        );
        assert_eq!(misses, 1);
    }

    /// The hardware chart on a 360-pixel phone: the GPU's bar runs from 245 to 485, the revenue
    /// line crosses it at 305, and "loses: $665.82 a day" (220 pixels) fits neither right of the
    /// bar nor between the line and the bar's end (180 pixels): inside from the bar's start it
    /// would have fitted, across the line ("lo|ses" before).
    #[test]
    fn a_bar_label_inside_its_bar_keeps_off_the_line_across_it() {
        let (pad, right_edge) = (6, 600);
        let right_from = 485 + pad;
        let side =
            |w, inside_from| bar_label_side(w, pad, right_from, right_edge, inside_from, 485);
        assert_eq!(side(220, 305), None);
        assert_eq!(side(220, 245), Some(false));
        // The cost alone (120 pixels) fits between the line and the end.
        assert_eq!(side(120, 305), Some(false));
        // Room on the right comes first.
        assert_eq!(side(100, 305), Some(true));
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
