//! Joules per terahash by year on a log scale, CPU to the newest ASIC: seven orders of magnitude
//! only fit on a log axis. Estimates (the CPU class figure, the S23 Hydro) are hollow dots.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::frame::{draw_legend, draw_year_mesh, Frame};
use super::place::{dot_box, first_clear, Rect};
use super::{err, DrawResult, Theme};
use hashwatt_core::data::Quality;
use hashwatt_core::model::centralization_view::HardwareRow;

const TEXT: f64 = 13.0;

/// "1k", "10M": short labels for powers of ten.
fn short(v: f64) -> String {
    let (value, suffix) = match v {
        v if v >= 1e6 => (v / 1e6, "M"),
        v if v >= 1e3 => (v / 1e3, "k"),
        v => (v, ""),
    };
    format!("{value:.0}{suffix}")
}

/// The colour of a device's chip class: orange for ASICs (the Bitcoin accent), others distinct.
fn colour(name: &str, t: &Theme) -> RGBColor {
    match name {
        n if n.starts_with("CPU") => t.ai,
        n if n.starts_with("GPU") => RGBColor(204, 121, 167),
        n if n.starts_with("FPGA") => t.good,
        _ => t.btc,
    }
}

/// The label beside a dot: the device's short name ("S19 XP"), or only a few on a phone.
fn label(row: &HardwareRow, narrow: bool) -> Option<String> {
    let short_name = row
        .name
        .trim_start_matches("Antminer ")
        .split(" (")
        .next()
        .unwrap_or(row.name)
        .trim_end_matches(" batch 1")
        .to_string();
    let keep_on_phone = ["CPU", "GPU", "FPGA", "Avalon", "S9", "S23 Hydro"];
    (!narrow || keep_on_phone.contains(&short_name.as_str())).then_some(short_name)
}

// `&Vec`, not a slice: the Chart widget calls `draw(&canvas, &data)` with its `Rc<Vec<_>>` data.
#[allow(clippy::ptr_arg)]
pub fn draw(canvas: &HtmlCanvasElement, rows: &Vec<HardwareRow>) -> DrawResult {
    let f = Frame::of(canvas);
    let theme = super::current_theme();
    let entries = vec![
        (theme.ai, "CPU".to_string()),
        (RGBColor(204, 121, 167), "GPU".to_string()),
        (theme.good, "FPGA".to_string()),
        (theme.btc, "ASIC".to_string()),
        (theme.neutral, "hollow: estimate".to_string()),
    ];
    let plot_h = f.fit_plot(if f.narrow() { 280.0 } else { 300.0 }, &entries, TEXT);
    let (s, plot, legend_area) = f.surface_with_legend(canvas, plot_h, &entries, TEXT)?;
    let t = s.theme;
    let mut chart = ChartBuilder::on(&plot)
        .margin(f.p(10.0))
        .x_label_area_size(f.p(26.0))
        // Wide enough that "100k" keeps clear of the axis title on a phone.
        .y_label_area_size(f.p(if f.narrow() { 54.0 } else { 46.0 }))
        .build_cartesian_2d(2008.0_f64..2027.5_f64, (1.0_f64..1e8_f64).log_scale())
        .map_err(err)?;
    draw_year_mesh(
        &mut chart,
        &f,
        &t,
        if f.narrow() { 5 } else { 10 },
        9,
        &|v| short(*v),
        Some("J/TH (log)"),
    )?;
    chart
        .draw_series(LineSeries::new(
            rows.iter().map(|r| (r.year, r.j_per_th)),
            t.neutral.stroke_width(1),
        ))
        .map_err(err)?;
    for row in rows {
        let c = colour(row.name, &t);
        let at = (row.year, row.j_per_th);
        let dot = if row.quality == Quality::Estimate {
            Circle::new(at, f.p(5.0), c.stroke_width(f.p(2.0) as u32))
        } else {
            Circle::new(at, f.p(5.0), c.filled())
        };
        chart.draw_series(std::iter::once(dot)).map_err(err)?;
    }
    // Labels, each at the first of four places around its dot (alternating above and below, to
    // the right first) that stays inside the plot and clear of every dot and of the labels
    // already placed; a label with no such place is left out (the table below has every device).
    let (xs, ys) = chart.plotting_area().get_pixel_range();
    let dots: Vec<(i32, i32)> = rows
        .iter()
        .map(|r| chart.backend_coord(&(r.year, r.j_per_th)))
        .collect();
    let font = f.font(TEXT - 1.0, &t.text);
    let (gap_x, gap_y, dot_r) = (f.p(5.0), f.p(6.0), f.p(6.0));
    let mut placed: Vec<Rect> = Vec::new();
    let bounds: Rect = (xs.start, ys.start, xs.end, ys.end);
    for (i, row) in rows.iter().enumerate() {
        let Some(text) = label(row, f.narrow()) else {
            continue;
        };
        let (w, h) = s.area.estimate_text_size(&text, &font).map_err(err)?;
        let (w, h) = (w as i32, h as i32);
        let (x, y) = dots[i];
        let above = i % 2 == 0;
        let (right, left) = (x + gap_x, x - gap_x - w);
        let (up, down) = (y - gap_y - h, y + gap_y);
        let (first, second) = if above { (up, down) } else { (down, up) };
        let mut places = [
            (right, first),
            (left, first),
            (right, second),
            (left, second),
        ];
        if i + 1 == rows.len() {
            // The last dot sits at the right edge: its label goes to the left first.
            places.swap(0, 1);
            places.swap(2, 3);
        }
        // Clear of the dots, the labels placed and the line joining the dots ("GPU" on it read
        // as crossed out).
        let mut taken = placed.clone();
        taken.extend(dots.iter().map(|&d| dot_box(d, dot_r)));
        let choice = first_clear(&places, (w, h), &bounds, &taken, &[&dots]);
        if let Some(rect) = choice {
            placed.push(rect);
            let style = font.pos(Pos::new(HPos::Left, VPos::Top));
            s.area
                .draw(&Text::new(text, (rect.0, rect.1), style))
                .map_err(err)?;
        }
    }
    draw_legend(&legend_area, &t.text, &f, &entries, 8.0, 4.0, TEXT)?;
    s.area.present().map_err(err)
}
