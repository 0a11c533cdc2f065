//! Chart 1: the all-in cost of a bitcoin as the electricity price varies, stacked by kind
//! (hardware, electricity, other operating costs), against the bitcoin price, with the break-even
//! point and the reader's scenario marked.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::fit::{fit, kwh_usd_mesh};
use super::place::{around, dot_box, first_clear, Rect};
use super::{err, Canvas, DrawResult, Surface};
use hashwatt_core::model::econ_view::CostChart;
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
    // The lines a label must not sit on: the price and the all-in cost.
    let price_y = chart.backend_coord(&(0.0, d.price_usd)).1;
    let price_line = [(xs.start, price_y), (xs.end, price_y)];
    let all_in_px: Vec<(i32, i32)> = d
        .points
        .iter()
        .map(|p| chart.backend_coord(&(p.kwh_usd, p.all_in_usd_per_btc.min(y_max))))
        .collect();
    let lines: [&[(i32, i32)]; 2] = [&price_line, &all_in_px];

    // The reader's scenario: a ringed dot, labelled with its cost beside it, on the first side
    // clear of the key and of both lines.
    let you = (d.kwh_usd.min(x_max), d.cost_usd_per_btc.min(y_max));
    let you_text = format!("you: {}", format::usd(d.cost_usd_per_btc));
    let you_font = s.font(12.0 * f.k);
    let (you_w, you_h) = s
        .area
        .estimate_text_size(&you_text, &you_font)
        .map_err(err)?;
    let you_at = chart.backend_coord(&you);
    let ring = dot + s.px(3.0);
    let you_size = (you_w as i32, you_h as i32);
    let gap = ring + s.px(3.0);
    let places = around(you_at, you_size, (gap, gap));
    let you_label = first_clear(&places, you_size, &bounds, &[key_box], &lines)
        .or_else(|| first_clear(&places, you_size, &bounds, &[key_box], &lines[..1]))
        .or_else(|| first_clear(&places, you_size, &bounds, &[], &[]))
        .unwrap_or((
            places[0].0,
            places[0].1,
            places[0].0 + you_size.0,
            places[0].1 + you_size.1,
        ));
    s.area
        .draw(&Circle::new(you_at, ring, t.background.filled()))
        .map_err(err)?;
    s.area
        .draw(&Circle::new(you_at, dot, t.text.filled()))
        .map_err(err)?;
    s.area
        .draw(&Text::new(
            you_text,
            (you_label.0, you_label.1),
            you_font.pos(Pos::new(HPos::Left, VPos::Top)),
        ))
        .map_err(err)?;
    // The reader's dot and its label, which the break-even label must keep clear of.
    let you_boxes = [you_label, dot_box(you_at, ring)];

    if let Some(k) = d.breakeven_kwh_usd {
        let text = format!("all-in break-even ${}/kWh", format::significant(k));
        let font = s.font(12.0 * f.k);
        let (w, h) = s.area.estimate_text_size(&text, &font).map_err(err)?;
        let at = chart.backend_coord(&(k, d.price_usd));
        let size = (w as i32, h as i32);
        let (gx, gy) = (s.px(8.0), s.px(6.0 * f.k));
        // Up and to the left (above the price line, clear of the rising cost), else up and to
        // the right, else below; inside the plot, clear of the key, the reader's dot and label
        // and both lines; else clear of the boxes only; else pushed inside the plot.
        let places = [
            (at.0 - gx - w as i32, at.1 - gy - size.1),
            (at.0 + gx, at.1 - gy - size.1),
            (at.0 + gx, at.1 + gy),
            (at.0 - gx - w as i32, at.1 + gy),
        ];
        let taken = [key_box, you_boxes[0], you_boxes[1]];
        let (x, y, ..) = first_clear(&places, size, &bounds, &taken, &lines)
            .or_else(|| first_clear(&places, size, &bounds, &taken, &[]))
            .unwrap_or_else(|| {
                let x = places[1]
                    .0
                    .clamp(bounds.0, (bounds.2 - size.0).max(bounds.0));
                let y = places[1]
                    .1
                    .clamp(bounds.1, (bounds.3 - size.1).max(bounds.1));
                (x, y, x + size.0, y + size.1)
            });
        s.area
            .draw(&Text::new(
                text,
                (x, y),
                font.pos(Pos::new(HPos::Left, VPos::Top)),
            ))
            .map_err(err)?;
    }
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
