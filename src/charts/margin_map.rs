//! Chart 2: profit or loss per bitcoin over electricity price x bitcoin price, as a grid of
//! cells coloured in bands (blue = profit, vermillion = loss: a diverging pair that stays distinct with the
//! common colour-vision deficiencies), with the break-even line, "profit"/"loss" written on the
//! map, a colour key, and the reader's scenario marked.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::canvas::put_raster;
use super::fit::{fit, kwh_usd_mesh, mark_labels_clear};
use super::frame::ink_on;
use super::place::{
    dot_box, first_clear_beside, grow, inside, keep_dot_inside, overlaps, place_label, Rect,
};
use super::{err, DrawResult, Surface, Theme};
use hashwatt_core::model::econ_view::MarginMap;
use hashwatt_core::model::format;
use hashwatt_core::model::raster::{Raster, Rgb};

/// A cell: its upper-left and bottom-right corners in canvas pixels, and its colour.
type Cell = ((i32, i32), (i32, i32), Rgb);

/// Paints `cells` (in order, later over earlier) on the canvas as one picture the size of their
/// bounding box, on the chart's background: the pixels one `fillRect` per cell would give.
fn put_cells(canvas: &HtmlCanvasElement, cells: &[Cell], background: Rgb) -> DrawResult {
    let (Some(left), Some(top), Some(right), Some(bottom)) = (
        cells.iter().map(|c| c.0 .0).min(),
        cells.iter().map(|c| c.0 .1).min(),
        cells.iter().map(|c| c.1 .0).max(),
        cells.iter().map(|c| c.1 .1).max(),
    ) else {
        return Ok(());
    };
    if right <= left || bottom <= top {
        return Ok(());
    }
    let mut picture = Raster::filled((right - left) as u32, (bottom - top) as u32, background);
    for &((x0, y0), (x1, y1), color) in cells {
        picture.fill_rect(x0 - left, y0 - top, x1 - left, y1 - top, color);
    }
    put_raster(canvas, left, top, &picture)
}

/// Colour bands per side (profit, loss). Banding reads like contour lines, and merging each
/// row's run of equal bands into one rectangle keeps a redraw to a few hundred canvas calls.
const BANDS: i32 = 10;

/// The band of a margin, `t` in -1..=1 (share of the largest |margin|): 0 only at break-even,
/// +-BANDS at the extremes; the square root gives small margins their own visible bands.
fn band(t: f64) -> i32 {
    let t = if t.is_finite() {
        t.clamp(-1.0, 1.0)
    } else {
        0.0
    };
    let b = (t.abs().sqrt() * f64::from(BANDS)).ceil() as i32;
    if t < 0.0 {
        -b
    } else {
        b
    }
}

/// A band's colour: pale near zero, full colour at the extremes.
fn band_color(theme: &Theme, band: i32) -> RGBColor {
    let hue = if band >= 0 { theme.ai } else { theme.bad };
    let w = 0.12 + 0.88 * f64::from(band.abs().min(BANDS)) / f64::from(BANDS);
    let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * w).round() as u8;
    let bg = theme.background;
    RGBColor(mix(bg.0, hue.0), mix(bg.1, hue.1), mix(bg.2, hue.2))
}

pub fn draw(canvas: &HtmlCanvasElement, m: &MarginMap) -> DrawResult {
    let f = fit(canvas, 0.62, 1.2);
    let s = Surface::new(canvas, f.aspect)?;
    let t = s.theme;
    let g = &m.grid;
    let (Some(&x0), Some(&x1), Some(&y0), Some(&y1)) = (
        g.kwh_usd.first(),
        g.kwh_usd.last(),
        g.price_usd.first(),
        g.price_usd.last(),
    ) else {
        return Err("the profit map has no cells".into());
    };
    let label = s.font(13.0 * f.k);
    let (_, h) = s.area.dim_in_pixel();
    // On a phone the key's three labels do not fit on one line: its middle one takes a second.
    let key_height = s.px(if f.narrow { 76.0 } else { 58.0 } * f.k);
    let (map_area, key_area) = s.area.split_vertically(h as i32 - key_height);

    let mut chart = ChartBuilder::on(&map_area)
        .margin(s.px(12.0 * f.k))
        // Room for the last x label, which is centred on the axis end.
        .margin_right(s.px(28.0 * f.k))
        .x_label_area_size(s.px(44.0 * f.k))
        .y_label_area_size(s.px(62.0 * f.k))
        .build_cartesian_2d(x0..x1, y0..y1)
        .map_err(err)?;

    // Cells centred on the grid's points, clipped to the axes; each row's runs of one band are
    // one rectangle, in canvas pixels as plotters would fill it, painted into one picture that
    // goes on the canvas at once.
    let half_x = (x1 - x0) / (g.kwh_usd.len().max(2) - 1) as f64 / 2.0;
    let half_y = (y1 - y0) / (g.price_usd.len().max(2) - 1) as f64 / 2.0;
    let mut cells = Vec::new();
    for (&p, row) in g.price_usd.iter().zip(&g.margin_usd_per_btc) {
        let (bottom, top) = ((p - half_y).max(y0), (p + half_y).min(y1));
        let mut run: Option<(f64, i32)> = None;
        let n = row.len().min(g.kwh_usd.len());
        for j in 0..n {
            let b = band(row[j] / m.max_abs_usd);
            let left = (g.kwh_usd[j] - half_x).max(x0);
            let right = (g.kwh_usd[j] + half_x).min(x1);
            let start = match run {
                Some((start, rb)) if rb == b => start,
                _ => left,
            };
            let ends_here = j + 1 == n || band(row[j + 1] / m.max_abs_usd) != b;
            if ends_here {
                let (a, z) = (
                    chart.backend_coord(&(start, bottom)),
                    chart.backend_coord(&(right, top)),
                );
                let color = band_color(&t, b);
                cells.push((
                    (a.0.min(z.0), a.1.min(z.1)),
                    (a.0.max(z.0), a.1.max(z.1)),
                    (color.0, color.1, color.2),
                ));
                run = None;
            } else {
                run = Some((start, b));
            }
        }
    }
    let bg = t.background;
    crate::profile::time(
        || "heat map cells",
        || put_cells(canvas, &cells, (bg.0, bg.1, bg.2)),
    )?;
    kwh_usd_mesh(&mut chart, &f, &t, "Bitcoin price (USD)", &label)
        .disable_mesh()
        .draw()
        .map_err(err)?;

    // Break-even: price = all-in cost, a straight line in the electricity price. Its cost at the
    // axis ends comes from the first row (cost = price - margin); clipped to the map by hand.
    let mut break_even_px = Vec::new();
    if let (Some(first), Some(last)) = (
        g.margin_usd_per_btc.first().and_then(|r| r.first()),
        g.margin_usd_per_btc.first().and_then(|r| r.last()),
    ) {
        let (c0, c1) = (y0 - first, y0 - last);
        let slope = (c1 - c0) / (x1 - x0);
        let cost_at = |k: f64| c0 + slope * (k - x0);
        let (ka, kb) = if slope > 0.0 {
            (
                ((y0 - c0) / slope + x0).clamp(x0, x1),
                ((y1 - c0) / slope + x0).clamp(x0, x1),
            )
        } else {
            (x0, x1)
        };
        if kb > ka && (y0..=y1).contains(&cost_at(ka).clamp(y0, y1)) {
            let line = [
                (ka, cost_at(ka).clamp(y0, y1)),
                (kb, cost_at(kb).clamp(y0, y1)),
            ];
            break_even_px = line.iter().map(|p| chart.backend_coord(p)).collect();
            chart
                .draw_series(LineSeries::new(
                    line,
                    t.text.stroke_width(s.px(2.0).max(1) as u32),
                ))
                .map_err(err)?;
        }
    }

    // The reader's scenario: a ringed dot, kept whole inside the map (a scenario at an axis end
    // or on the x axis moves in by its radius), drawn on the whole canvas so nothing clips it.
    let (xs, ys) = chart.plotting_area().get_pixel_range();
    let plot: Rect = (xs.start, ys.start, xs.end, ys.end);
    let dot = s.px(6.0 * f.k.sqrt());
    let ring = dot + s.px(3.0);
    let you = keep_dot_inside(
        chart.backend_coord(&(m.kwh_usd.clamp(x0, x1), m.price_usd.clamp(y0, y1))),
        ring,
        &plot,
    );
    let you_box = dot_box(you, ring);

    // "profit" and "loss" written where the map shows them, so colour is never the only cue:
    // each word only where the cells under both its ends have its sign, in ink that reads on them.
    let margin_at = |kwh: f64, price: f64| {
        let nearest = |axis: &[f64], v: f64| {
            let step = (axis[axis.len() - 1] - axis[0]) / (axis.len().max(2) - 1) as f64;
            (((v - axis[0]) / step).round().max(0.0) as usize).min(axis.len() - 1)
        };
        g.margin_usd_per_btc
            .get(nearest(&g.price_usd, price))
            .and_then(|row| row.get(nearest(&g.kwh_usd, kwh)))
            .copied()
            .unwrap_or(0.0)
    };
    let (plot_w, plot_h) = chart.plotting_area().dim_in_pixel();
    let word_size = 18.0 * f.k;
    // Each word's places, best first (a corner of its side of the map, then nearer the middle);
    // a word takes the first where it reads and keeps clear of the reader's dot and label.
    let mut words = Vec::new();
    for (word, ats, profit) in [
        (
            "PROFIT",
            [
                (x0 + (x1 - x0) * 0.04, y1 - (y1 - y0) * 0.06),
                (x0 + (x1 - x0) * 0.04, y1 - (y1 - y0) * 0.4),
            ],
            true,
        ),
        (
            "LOSS",
            [
                (x1 - (x1 - x0) * 0.25, y0 + (y1 - y0) * 0.14),
                (x1 - (x1 - x0) * 0.25, y0 + (y1 - y0) * 0.5),
            ],
            false,
        ),
    ] {
        let (word_w, word_h) = s
            .area
            .estimate_text_size(word, &s.font(word_size))
            .map_err(err)?;
        let sign_ok = |v: f64| if profit { v > 0.0 } else { v < 0.0 };
        let mut places = Vec::new();
        for at in ats {
            let end = (
                at.0 + (x1 - x0) * f64::from(word_w) / f64::from(plot_w),
                at.1 - (y1 - y0) * f64::from(word_h) / f64::from(plot_h),
            );
            if sign_ok(margin_at(at.0, at.1)) && sign_ok(margin_at(end.0, end.1)) {
                let under = band_color(&t, band(margin_at(at.0, at.1) / m.max_abs_usd));
                let px = chart.backend_coord(&at);
                let rect: Rect = (px.0, px.1, px.0 + word_w as i32, px.1 + word_h as i32);
                // Inside the map: on a flat projector map a word near an edge would run over it.
                if inside(&rect, &plot) {
                    places.push((px, rect, ink_on(&under)));
                }
            }
        }
        words.push((word, places));
    }

    // "you are here" beside the dot (`place_label`), clear of the break-even line and, if it
    // can be, of the words (else a word under it moves or is left out).
    let font = s.font(13.0 * f.k);
    let text = "you are here";
    let sizes = s.label_sizes(text, &font)?;
    let gap = ring + s.px(3.0);
    // The words' first places, and the dot.
    let mut taken: Vec<Rect> = words
        .iter()
        .filter_map(|(_, places)| places.first())
        .map(|p| grow(&p.1, s.px(2.0)))
        .collect();
    taken.push(you_box);
    let lines: [&[(i32, i32)]; 1] = [&break_even_px];
    let mut misses = 0;
    let gap = (gap, gap);
    let (layout, label) = first_clear_beside(&sizes, you, gap, &plot, &taken, &lines)
        .unwrap_or_else(|| place_label(&sizes, you, gap, &plot, &[you_box], &lines, &mut misses));
    for (word, places) in words {
        let clear = places
            .into_iter()
            .find(|(_, rect, _)| !overlaps(rect, &label) && !overlaps(rect, &you_box));
        if let Some((px, _, ink)) = clear {
            let style = s.font(word_size).color(&ink);
            s.area.draw(&Text::new(word, px, style)).map_err(err)?;
        }
    }
    s.area
        .draw(&Circle::new(you, ring, t.background.filled()))
        .map_err(err)?;
    s.area
        .draw(&Circle::new(you, dot, t.text.filled()))
        .map_err(err)?;
    s.draw_label(text, layout, &label, &font)?;
    mark_labels_clear(canvas, misses);

    draw_key(&s, &key_area, m.max_abs_usd, f.k, f.narrow)?;
    s.area.present().map_err(err)
}

/// The colour key: a bar from the largest loss to the largest profit, labelled in words.
fn draw_key(
    s: &Surface,
    area: &DrawingArea<super::Canvas, plotters::coord::Shift>,
    max_abs: f64,
    k: f64,
    two_lines: bool,
) -> DrawResult {
    let t = s.theme;
    let (w, _) = area.dim_in_pixel();
    let left = s.px(62.0 * k + 12.0 * k);
    let right = w as i32 - s.px(28.0 * k);
    let bar_top = s.px(4.0 * k);
    let bar_bottom = bar_top + s.px(14.0 * k);
    // One swatch per band, loss on the left, profit on the right.
    let bands: Vec<i32> = (-BANDS..=BANDS).filter(|&b| b != 0).collect();
    let step = f64::from(right - left) / bands.len() as f64;
    for (i, &b) in bands.iter().enumerate() {
        let x_a = left + (i as f64 * step).round() as i32;
        let x_b = left + ((i + 1) as f64 * step).round() as i32;
        area.draw(&Rectangle::new(
            [(x_a, bar_top), (x_b, bar_bottom)],
            band_color(&t, b).filled(),
        ))
        .map_err(err)?;
    }
    let text_y = bar_bottom + s.px(4.0 * k);
    let font = s.font(12.0 * k);
    // Compact amounts: at phone width the labels share about 300 pixels.
    let amount = format::usd_compact(max_abs);
    area.draw(&Text::new(
        format!("loss {amount}"),
        (left, text_y),
        font.clone(),
    ))
    .map_err(err)?;
    let mid = font.clone().pos(Pos::new(HPos::Center, VPos::Top));
    let mid_y = text_y + if two_lines { s.px(17.0 * k) } else { 0 };
    area.draw(&Text::new(
        "all-in break-even",
        ((left + right) / 2, mid_y),
        mid,
    ))
    .map_err(err)?;
    let end = font.pos(Pos::new(HPos::Right, VPos::Top));
    area.draw(&Text::new(format!("profit {amount}"), (right, text_y), end))
        .map_err(err)
}
