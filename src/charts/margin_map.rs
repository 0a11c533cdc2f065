//! Chart 2: profit or loss per bitcoin over electricity price x bitcoin price, as a grid of
//! coloured cells (blue = profit, vermillion = loss: a diverging pair that stays distinct with the
//! common colour-vision deficiencies), with the break-even line, "profit"/"loss" written on the
//! map, a colour key, and the reader's scenario marked.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::fit::fit;
use super::{err, DrawResult, Surface, Theme};
use crate::model::econ_view::MarginMap;
use crate::model::format;

/// Cell colour for a margin, `t` in -1..=1 (share of the largest |margin|): pale near zero, full
/// colour at the extremes; the square root keeps small margins visible.
fn cell_color(theme: &Theme, t: f64) -> RGBColor {
    let hue = if t >= 0.0 { theme.ai } else { theme.bad };
    let w = 0.12 + 0.88 * t.abs().clamp(0.0, 1.0).sqrt();
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
    let key_height = s.px(58.0 * f.k);
    let (map_area, key_area) = s.area.split_vertically(h as i32 - key_height);

    let mut chart = ChartBuilder::on(&map_area)
        .margin(s.px(12.0 * f.k))
        // Room for the last x label, which is centred on the axis end.
        .margin_right(s.px(28.0 * f.k))
        .x_label_area_size(s.px(44.0 * f.k))
        .y_label_area_size(s.px(62.0 * f.k))
        .build_cartesian_2d(x0..x1, y0..y1)
        .map_err(err)?;

    // Cells centred on the grid's points, clipped to the axes.
    let half_x = (x1 - x0) / (g.kwh_usd.len().max(2) - 1) as f64 / 2.0;
    let half_y = (y1 - y0) / (g.price_usd.len().max(2) - 1) as f64 / 2.0;
    let cells = g
        .price_usd
        .iter()
        .zip(&g.margin_usd_per_btc)
        .flat_map(|(&p, row)| {
            g.kwh_usd.iter().zip(row).map(move |(&k, &margin)| {
                let c = cell_color(&t, margin / m.max_abs_usd);
                Rectangle::new(
                    [
                        ((k - half_x).max(x0), (p - half_y).max(y0)),
                        ((k + half_x).min(x1), (p + half_y).min(y1)),
                    ],
                    c.filled(),
                )
            })
        });
    chart.draw_series(cells).map_err(err)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_desc("Electricity price (USD/kWh)")
        .y_desc("Bitcoin price (USD)")
        .x_labels(if f.narrow { 4 } else { 7 })
        .y_labels(6)
        .x_label_formatter(&|v| format!("${}", format::number(*v, 2)))
        .y_label_formatter(&|v| match *v {
            0.0 => "$0".to_string(),
            v => format!("${}k", format::number(v / 1000.0, 0)),
        })
        .label_style(label.clone())
        .axis_desc_style(label.clone())
        .axis_style(t.text.mix(0.6))
        .draw()
        .map_err(err)?;

    // Break-even: price = all-in cost, a straight line in the electricity price. Its cost at the
    // axis ends comes from the first row (cost = price - margin); clipped to the map by hand.
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
            chart
                .draw_series(LineSeries::new(
                    line,
                    t.text.stroke_width(s.px(2.0).max(1) as u32),
                ))
                .map_err(err)?;
        }
    }

    // "profit" and "loss" written where the map shows them, so colour is never the only cue.
    let corner = |row: Option<&Vec<f64>>, first: bool| {
        row.and_then(|r| if first { r.first() } else { r.last() })
            .copied()
    };
    let big = s.font(18.0 * f.k).color(&t.text);
    if corner(g.margin_usd_per_btc.last(), true).is_some_and(|v| v > 0.0) {
        let at = (x0 + (x1 - x0) * 0.04, y1 - (y1 - y0) * 0.06);
        chart
            .draw_series([Text::new("PROFIT", at, big.clone())])
            .map_err(err)?;
    }
    if corner(g.margin_usd_per_btc.first(), false).is_some_and(|v| v < 0.0) {
        let at = (x1 - (x1 - x0) * 0.25, y0 + (y1 - y0) * 0.14);
        chart
            .draw_series([Text::new("LOSS", at, big)])
            .map_err(err)?;
    }

    let dot = s.px(6.0 * f.k.sqrt());
    let you = (m.kwh_usd.clamp(x0, x1), m.price_usd.clamp(y0, y1));
    let dx = if m.kwh_usd > x0 + (x1 - x0) * 0.6 {
        -s.px(110.0 * f.k)
    } else {
        s.px(12.0)
    };
    chart
        .draw_series([EmptyElement::at(you)
            + Circle::new((0, 0), dot + s.px(3.0), t.background.filled())
            + Circle::new((0, 0), dot, t.text.filled())
            + Text::new("you are here", (dx, -s.px(6.0 * f.k)), s.font(13.0 * f.k))])
        .map_err(err)?;

    draw_key(&s, &key_area, m.max_abs_usd, f.k)?;
    s.area.present().map_err(err)
}

/// The colour key: a bar from the largest loss to the largest profit, labelled in words.
fn draw_key(
    s: &Surface,
    area: &DrawingArea<plotters_canvas::CanvasBackend, plotters::coord::Shift>,
    max_abs: f64,
    k: f64,
) -> DrawResult {
    let t = s.theme;
    let (w, _) = area.dim_in_pixel();
    let left = s.px(62.0 * k + 12.0 * k);
    let right = w as i32 - s.px(28.0 * k);
    let bar_top = s.px(4.0 * k);
    let bar_bottom = bar_top + s.px(14.0 * k);
    const STEPS: i32 = 48;
    let step = f64::from(right - left) / f64::from(STEPS);
    for i in 0..STEPS {
        let v = -1.0 + 2.0 * (f64::from(i) + 0.5) / f64::from(STEPS);
        let x_a = left + (f64::from(i) * step).round() as i32;
        let x_b = left + (f64::from(i + 1) * step).round() as i32;
        area.draw(&Rectangle::new(
            [(x_a, bar_top), (x_b, bar_bottom)],
            cell_color(&t, v).filled(),
        ))
        .map_err(err)?;
    }
    let text_y = bar_bottom + s.px(4.0 * k);
    let font = s.font(12.0 * k);
    let amount = format::usd(max_abs);
    area.draw(&Text::new(
        format!("loss {amount}"),
        (left, text_y),
        font.clone(),
    ))
    .map_err(err)?;
    let mid = font.clone().pos(Pos::new(HPos::Center, VPos::Top));
    area.draw(&Text::new("break-even", ((left + right) / 2, text_y), mid))
        .map_err(err)?;
    let end = font.pos(Pos::new(HPos::Right, VPos::Top));
    area.draw(&Text::new(
        format!("profit {amount} per BTC"),
        (right, text_y),
        end,
    ))
    .map_err(err)
}
