//! Chart 1: the all-in cost of a bitcoin as the electricity price varies, stacked by kind
//! (hardware, electricity, other operating costs), against the bitcoin price, with the break-even
//! point and the reader's scenario marked.

use plotters::coord::Shift;
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

use super::fit::{fit, kwh_usd_mesh, mark_labels_clear};
use super::place::{dot_box, place_label, Rect};
use super::{err, Canvas, DrawResult, Surface};
use hashwatt_core::model::econ_view::{about_usd, CostChart};
use hashwatt_core::model::format;

pub fn draw(canvas: &HtmlCanvasElement, d: &CostChart) -> DrawResult {
    let f = fit(canvas, 0.55, 1.05);
    let s = Surface::new(canvas, f.aspect)?;
    let t = s.theme;
    let top = d
        .points
        .iter()
        .map(|p| p.all_in_usd_per_btc)
        .fold(d.price_usd.max(d.cost_usd_per_btc), f64::max);
    let y_max = if top.is_finite() && top > 0.0 {
        top * 1.1
    } else {
        1.0
    };
    let x_max = if d.kwh_max > 0.0 { d.kwh_max } else { 0.1 };
    let label = s.font(13.0 * f.k);

    let mut chart = ChartBuilder::on(&s.area)
        .margin(s.px(12.0 * f.k))
        // Room for the last x label, which is centred on the axis end.
        .margin_right(s.px(28.0 * f.k))
        .x_label_area_size(s.px(44.0 * f.k))
        .y_label_area_size(s.px(62.0 * f.k))
        .build_cartesian_2d(0.0..x_max, 0.0..y_max)
        .map_err(err)?;
    kwh_usd_mesh(&mut chart, &f, &t, "USD per BTC", &label)
        .bold_line_style(t.grid)
        .max_light_lines(if f.narrow { 1 } else { 4 })
        .light_line_style(t.grid.mix(0.35))
        .draw()
        .map_err(err)?;

    // Stacked areas: each drawn from zero, tallest first, so the lower layers sit on top.
    let layers = [
        ("Other operating costs", t.neutral.mix(0.35), 2),
        ("Electricity", t.ai.mix(0.4), 1),
        ("Hardware write-off", t.neutral.mix(0.75), 0),
    ];
    let mut key = Vec::new();
    for (name, color, level) in layers {
        let series = d.points.iter().map(move |p| {
            let y = match level {
                0 => p.hardware_usd_per_btc,
                1 => p.hardware_usd_per_btc + p.energy_usd_per_btc,
                _ => p.all_in_usd_per_btc,
            };
            (p.kwh_usd, y.min(y_max))
        });
        chart
            .draw_series(AreaSeries::new(series, 0.0, color.filled()))
            .map_err(err)?;
        key.push((name.to_string(), Swatch::Area(color.filled())));
    }
    let all_in = d
        .points
        .iter()
        .map(|p| (p.kwh_usd, p.all_in_usd_per_btc.min(y_max)));
    let all_in_style = t.text.stroke_width(s.px(2.0).max(1) as u32);
    chart
        .draw_series(LineSeries::new(all_in, all_in_style))
        .map_err(err)?;
    key.push(("All-in cost".to_string(), Swatch::Line(all_in_style)));
    let price_style = t.btc.stroke_width(s.px(3.0).max(1) as u32);
    chart
        .draw_series(LineSeries::new(
            [(0.0, d.price_usd), (x_max, d.price_usd)],
            price_style,
        ))
        .map_err(err)?;
    key.push((
        format!("Bitcoin price {}", format::usd(d.price_usd)),
        Swatch::Line(price_style),
    ));

    let dot = s.px(6.0 * f.k.sqrt());
    if let Some(k) = d.breakeven_kwh_usd {
        chart
            .draw_series(DashedLineSeries::new(
                [(k, 0.0), (k, d.price_usd)],
                s.px(6.0),
                s.px(4.0),
                t.btc.stroke_width(s.px(1.5).max(1) as u32),
            ))
            .map_err(err)?;
        chart
            .draw_series([
                EmptyElement::at((k, d.price_usd)) + Circle::new((0, 0), dot, t.btc.filled())
            ])
            .map_err(err)?;
    }
    // The key first: the labels below keep clear of it.
    let plot = chart.plotting_area();
    let (xs, ys) = plot.get_pixel_range();
    let bounds: Rect = (xs.start, ys.start, xs.end, ys.end);
    let key_box = draw_key(&s, &plot.strip_coord_spec(), &key, f.k)?;
    let key_box = (
        xs.start + key_box.0,
        ys.start + key_box.1,
        xs.start + key_box.2,
        ys.start + key_box.3,
    );
    // The lines a label must not sit on: the price, the all-in cost and the break-even's drop.
    let price_y = chart.backend_coord(&(0.0, d.price_usd)).1;
    let price_line = [(xs.start, price_y), (xs.end, price_y)];
    let all_in_px: Vec<(i32, i32)> = d
        .points
        .iter()
        .map(|p| chart.backend_coord(&(p.kwh_usd, p.all_in_usd_per_btc.min(y_max))))
        .collect();
    // (Without a break-even, a point far off the canvas.)
    let drop = d.breakeven_kwh_usd.map_or([(i32::MIN, 0); 2], |k| {
        [
            chart.backend_coord(&(k, 0.0)),
            chart.backend_coord(&(k, d.price_usd)),
        ]
    });
    let lines: [&[(i32, i32)]; 3] = [&price_line, &all_in_px, &drop];
    let mut misses = 0;

    // The reader's scenario: a ringed dot, labelled with its cost beside it (`place_label`),
    // clear of the key and of the lines.
    let you = (d.kwh_usd.min(x_max), d.cost_usd_per_btc.min(y_max));
    let you_text = format!("you: {}", about_usd(d.cost_usd_per_btc));
    let you_font = s.font(12.0 * f.k);
    let you_sizes = s.label_sizes(&you_text, &you_font)?;
    let you_at = chart.backend_coord(&you);
    let ring = dot + s.px(3.0);
    let gap = ring + s.px(3.0);
    let you_dot = dot_box(you_at, ring);
    let taken = [key_box, you_dot];
    let (you_layout, you_label) = place_label(
        &you_sizes,
        you_at,
        (gap, gap),
        &bounds,
        &taken,
        &lines,
        &mut misses,
    );
    s.area
        .draw(&Circle::new(you_at, ring, t.background.filled()))
        .map_err(err)?;
    s.area
        .draw(&Circle::new(you_at, dot, t.text.filled()))
        .map_err(err)?;
    s.draw_label(&you_text, you_layout, &you_label, &you_font)?;

    if let Some(k) = d.breakeven_kwh_usd {
        let text = format!("all-in break-even ${}/kWh", format::significant(k));
        let font = s.font(12.0 * f.k);
        let sizes = s.label_sizes(&text, &font)?;
        let at = chart.backend_coord(&(k, d.price_usd));
        // Clear of the key, the reader's dot and label, its own dot and the lines: above the
        // price line left of the dot, where the rising cost leaves room, on a laptop.
        let gap = (s.px(8.0), s.px(6.0 * f.k));
        let taken = [key_box, you_label, you_dot, dot_box(at, dot)];
        let (layout, label) = place_label(&sizes, at, gap, &bounds, &taken, &lines, &mut misses);
        s.draw_label(&text, layout, &label, &font)?;
    }
    mark_labels_clear(canvas, misses);
    s.area.present().map_err(err)
}

/// How a series shows in the key.
enum Swatch {
    Area(ShapeStyle),
    Line(ShapeStyle),
}

/// The key in the plot's upper left corner: a swatch and a name per series, on a pale box. Drawn
/// here rather than by plotters' series labels, which measure their text through the page's
/// layout (`charts::canvas`). Returns the box, in `area`'s pixels.
fn draw_key(
    s: &Surface,
    area: &DrawingArea<Canvas, Shift>,
    key: &[(String, Swatch)],
    k: f64,
) -> Result<Rect, String> {
    let t = s.theme;
    let font = s.font(12.0 * k);
    let line = (12.0 * k * s.scale * 1.25).round() as i32;
    let (margin, corner) = (s.px(8.0), s.px(5.0));
    let (swatch, swatch_area) = (s.px(14.0 * k), s.px(30.0 * k));
    let mut width = 0;
    let mut last = 0;
    for (name, _) in key {
        let (w, h) = area.estimate_text_size(name, &font).map_err(err)?;
        width = width.max(w as i32);
        last = h as i32;
    }
    let rows = key.len() as i32;
    let box_w = width + swatch_area + 2 * margin;
    let box_h = (rows - 1).max(0) * line + last + 2 * margin;
    let corners = [(corner, corner), (corner + box_w, corner + box_h)];
    area.draw(&Rectangle::new(corners, t.background.mix(0.85).filled()))
        .map_err(err)?;
    area.draw(&Rectangle::new(corners, t.grid)).map_err(err)?;
    for (i, (name, style)) in key.iter().enumerate() {
        let top = corner + margin + i as i32 * line;
        let (x, y) = (corner + margin, top + last / 2);
        match style {
            Swatch::Area(fill) => area.draw(&Rectangle::new(
                [(x, y - swatch * 6 / 14), (x + swatch, y + swatch * 6 / 14)],
                *fill,
            )),
            Swatch::Line(stroke) => {
                area.draw(&PathElement::new([(x, y), (x + swatch, y)], *stroke))
            }
        }
        .map_err(err)?;
        area.draw(&Text::new(
            name.as_str(),
            (x + swatch_area, top),
            font.clone(),
        ))
        .map_err(err)?;
    }
    Ok((corner, corner, corner + box_w, corner + box_h))
}
