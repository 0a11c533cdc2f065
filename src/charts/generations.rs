//! Chart 3: what one TH/s costs to run per day (power and other operating costs) for each
//! hardware generation, against what it earns, on a log scale: from a CPU to the newest ASIC the
//! cost falls a millionfold, and only the generations whose bar ends left of the revenue line
//! pay. Each bar is also labelled "pays" or "loses" with its running cost in words
//! (`econ_view::generation_bar_label`), so colour is not the only cue and the cost never reads as
//! an accounting loss.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::fit::{fit, mark_labels_clear};
use super::frame::ink_on;
use super::{err, place, DrawResult, Surface};
use hashwatt_core::model::econ_view::{generation_bar_labels, short_device_name, GenerationRow};
use hashwatt_core::model::format;

// `&Vec`: the Chart widget hands every chart `&T`, and here `T` is the rows' `Vec`.
#[allow(clippy::ptr_arg)]
pub fn draw(canvas: &HtmlCanvasElement, rows: &Vec<GenerationRow>) -> DrawResult {
    let f = fit(canvas, 0.62, 1.35);
    let s = Surface::new(canvas, f.aspect)?;
    let t = s.theme;
    let n = rows.len();
    if n == 0 {
        return Err("no hardware generations to show".into());
    }
    let revenue = rows[0].revenue_usd_per_ths_day;
    // A log axis cannot show zero: the axis starts below the smallest positive value, and a zero
    // cost (free power) is drawn at the axis start.
    let positive = rows
        .iter()
        .map(|r| r.cost_usd_per_ths_day)
        .chain([revenue])
        .filter(|v| v.is_finite() && *v > 0.0);
    let lo = positive.clone().fold(f64::INFINITY, f64::min);
    let hi = positive.fold(0.0_f64, f64::max);
    let (lo, hi) = if lo.is_finite() && hi > 0.0 {
        // Room on the right of the longest bar, more on a phone; a label that would still run
        // off the edge is drawn inside its bar's end.
        (lo / 4.0, hi * if f.narrow { 400.0 } else { 60.0 })
    } else {
        (1e-3, 1.0)
    };

    let names: Vec<&str> = rows
        .iter()
        .map(|r| {
            if f.narrow {
                short_device_name(r.name)
            } else {
                r.name
            }
        })
        .collect();
    let longest = names.iter().map(|n| n.chars().count()).max().unwrap_or(4) as f64;
    let font_size = 12.0 * f.k;
    // Row i (oldest first) is centred on y = n-1-i, so the axis's whole-number key points fall on
    // the rows' centres and carry their names.
    let row_y = |i: usize| (n - 1 - i) as f64;
    let label_names = names.clone();
    let name_of = move |v: &f64| {
        let from_top = n as f64 - 1.0 - v;
        if (from_top - from_top.round()).abs() > 1e-6 || from_top < -0.5 {
            return String::new();
        }
        label_names
            .get(from_top.round() as usize)
            .map_or(String::new(), |s| s.to_string())
    };

    let mut chart = ChartBuilder::on(&s.area)
        .margin(s.px(12.0 * f.k))
        .x_label_area_size(s.px(44.0 * f.k))
        .y_label_area_size(s.px(longest * font_size * 0.56 + 12.0 * f.k))
        .build_cartesian_2d((lo..hi).log_scale(), -0.5..n as f64 - 0.5)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(n)
        .x_desc("USD per TH/s per day (log scale)")
        .x_labels(if f.narrow { 3 } else { 6 })
        .x_label_formatter(&|v| format::usd_tick(*v))
        .y_label_formatter(&name_of)
        .label_style(s.font(font_size))
        .axis_desc_style(s.font(13.0 * f.k))
        .bold_line_style(t.grid)
        .max_light_lines(if f.narrow { 1 } else { 4 })
        .light_line_style(t.grid.mix(0.3))
        .axis_style(t.text.mix(0.6))
        .draw()
        .map_err(err)?;

    let gap = s.px(4.0 * f.k).max(1) as u32;
    // Bars whose words fit nowhere (`data-labels-clear`), and the words drawn (`data-labels`):
    // the phone's tests read both.
    let mut misses = 0;
    let mut drawn = Vec::with_capacity(n);
    for (i, r) in rows.iter().enumerate() {
        let color = if r.profitable { t.good } else { t.bad };
        let end = r.cost_usd_per_ths_day.clamp(lo, hi);
        let y = row_y(i);
        let mut bar = Rectangle::new([(lo, y - 0.5), (end, y + 0.5)], color.filled());
        bar.set_margin(gap, gap, 0, 0);
        chart.draw_series([bar]).map_err(err)?;
        // Past the revenue line too, so the line never crosses the words; inside the bar's end,
        // in ink that reads on its colour, when the words would run off the chart's right edge;
        // shorter words when even the bar is too short for them (a phone), so they never run
        // over the machines' names.
        let text_at = end.max(revenue.clamp(lo, hi));
        let text_size = 11.0 * f.k;
        let right_edge = chart.plotting_area().get_pixel_range().0.end;
        let pad = s.px(6.0);
        let right_from = chart.backend_coord(&(text_at, y)).0 + pad;
        // Inside, the words keep right of the revenue line where the bar crosses it.
        let inside_from = chart.backend_coord(&(lo.max(revenue.min(end)), y)).0;
        let end_px = chart.backend_coord(&(end, y)).0;
        // Each form's width is its longest line's.
        let forms = generation_bar_labels(r);
        let mut placed = None;
        for lines in &forms {
            let mut text_w = 0;
            for line in lines {
                let (w, _) = s
                    .area
                    .estimate_text_size(line, &s.font(text_size))
                    .map_err(err)?;
                text_w = text_w.max(w as i32);
            }
            let side =
                place::bar_label_side(text_w, pad, right_from, right_edge, inside_from, end_px);
            if let Some(right) = side {
                placed = Some((lines, right));
                break;
            }
        }
        if placed.is_none() {
            misses += 1;
        }
        let (lines, fits_right) = placed.unwrap_or((&forms[3], false));
        drawn.push(lines.join(" "));
        let ink = ink_on(&color);
        let (at, dx, font) = if fits_right {
            let font = s.font(text_size).pos(Pos::new(HPos::Left, VPos::Center));
            ((text_at, y), pad, font)
        } else {
            let font = s
                .font(text_size)
                .color(&ink)
                .pos(Pos::new(HPos::Right, VPos::Center));
            ((end, y), -pad, font)
        };
        // Two lines sit one over the other about the bar's middle.
        let line_h = s.px(text_size * 1.1) as f64;
        let first = -line_h * (lines.len() as f64 - 1.0) / 2.0;
        for (k, line) in lines.iter().enumerate() {
            let dy = (first + line_h * k as f64).round() as i32;
            let label = EmptyElement::at(at) + Text::new(line.clone(), (dx, dy), font.clone());
            chart.draw_series([label]).map_err(err)?;
        }
    }

    // The colours are named in the caption and every bar says "pays" or "loses" in words, so
    // there is no legend box to cover the labels.
    let revenue_style = t.btc.stroke_width(s.px(3.0).max(1) as u32);
    chart
        .draw_series(LineSeries::new(
            [(revenue, -0.5), (revenue, n as f64 - 0.5)],
            revenue_style,
        ))
        .map_err(err)?;
    mark_labels_clear(canvas, misses);
    let _ = canvas.set_attribute("data-labels", &drawn.join(" | "));
    s.area.present().map_err(err)
}
