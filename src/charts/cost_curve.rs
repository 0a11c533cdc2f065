//! Chart 1: the all-in cost of a bitcoin as the electricity price varies, stacked by kind
//! (hardware, electricity, other operating costs), against the bitcoin price, with the break-even
//! point and the reader's scenario marked.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::fit::{fit, kwh_usd_mesh};
use super::{err, DrawResult, Surface, Theme};
use crate::model::econ_view::CostChart;
use crate::model::format;

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
    let mut key: Vec<(String, ShapeStyle)> = Vec::new();
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
        key.push((name.to_string(), color.filled()));
    }
    let all_in = d
        .points
        .iter()
        .map(|p| (p.kwh_usd, p.all_in_usd_per_btc.min(y_max)));
    chart
        .draw_series(LineSeries::new(
            all_in,
            t.text.stroke_width(s.px(2.0).max(1) as u32),
        ))
        .map_err(err)?;
    key.push(("All-in cost".to_string(), t.text.stroke_width(2)));
    let price_style = t.btc.stroke_width(s.px(3.0).max(1) as u32);
    chart
        .draw_series(LineSeries::new(
            [(0.0, d.price_usd), (x_max, d.price_usd)],
            price_style,
        ))
        .map_err(err)?;
    key.push((
        format!("Bitcoin price {}", format::usd(d.price_usd)),
        t.btc.stroke_width(3),
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
            .draw_series([EmptyElement::at((k, d.price_usd))
                + Circle::new((0, 0), dot, t.btc.filled())
                // Up and to the left: above the price line and clear of the rising cost.
                + Text::new(
                    format!("break-even ${}/kWh", format::significant(k)),
                    (-s.px(8.0), -s.px(6.0 * f.k)),
                    s.font(12.0 * f.k).pos(Pos::new(HPos::Right, VPos::Bottom)),
                )])
            .map_err(err)?;
    }
    // The reader's scenario: a ringed dot, labelled with its cost.
    let you = (d.kwh_usd.min(x_max), d.cost_usd_per_btc.min(y_max));
    let right_half = d.kwh_usd > x_max * 0.6;
    let dx = if right_half {
        -s.px(150.0 * f.k)
    } else {
        s.px(10.0)
    };
    chart
        .draw_series([EmptyElement::at(you)
            + Circle::new((0, 0), dot + s.px(3.0), t.background.filled())
            + Circle::new((0, 0), dot, t.text.filled())
            + Text::new(
                format!("you: {}", format::usd(d.cost_usd_per_btc)),
                (dx, s.px(8.0)),
                s.font(12.0 * f.k),
            )])
        .map_err(err)?;

    legend(
        &chart.plotting_area().strip_coord_spec(),
        &key,
        &s.font(12.0 * f.k),
        s.px(8.0),
        &t,
    )?;
    s.area.present().map_err(err)
}

/// The key in the plot's upper left, laid out as plotters' `configure_series_labels` does (a
/// 30-pixel swatch column, `margin` around the text). Drawn here because plotters' version builds
/// its default font from the name "sans-serif" through `str::to_lowercase`, which alone brings
/// Unicode's case tables (about 6 KB gzipped) into the page's wasm.
fn legend(
    area: &DrawingArea<CanvasBackend, Shift>,
    key: &[(String, ShapeStyle)],
    font: &TextStyle,
    margin: i32,
    t: &Theme,
) -> DrawResult {
    const SWATCH_AREA: i32 = 30;
    const CORNER: i32 = 5;
    let mut text = MultiLineText::<_, &str>::new((0, 0), font);
    for (label, _) in key {
        text.push_line(label.as_str());
    }
    let (w, h) = text.estimate_dimension().map_err(err)?;
    let (x0, y0) = (CORNER, CORNER);
    let corner = (x0 + w + SWATCH_AREA + margin * 2, y0 + h + margin * 2);
    area.draw(&Rectangle::new(
        [(x0, y0), corner],
        t.background.mix(0.85).filled(),
    ))
    .map_err(err)?;
    area.draw(&Rectangle::new([(x0, y0), corner], t.grid))
        .map_err(err)?;
    text.relocate((x0 + SWATCH_AREA + margin, y0 + margin));
    area.draw(&text).map_err(err)?;
    let rows = text.compute_line_layout().map_err(err)?;
    for (((_, top), (_, bottom)), (_, style)) in rows.into_iter().zip(key) {
        let (x, y) = (x0 + margin, (top + bottom) / 2);
        if style.filled {
            area.draw(&Rectangle::new([(x, y - 6), (x + 14, y + 6)], *style))
        } else {
            area.draw(&PathElement::new([(x, y), (x + 14, y)], *style))
        }
        .map_err(err)?;
    }
    Ok(())
}
