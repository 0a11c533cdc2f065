//! Joules per terahash by year on a log scale, CPU to the newest ASIC: seven orders of magnitude
//! only fit on a log axis. Estimates (the CPU class figure, the S23 Hydro) are hollow dots.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::frame::{draw_legend, draw_year_mesh, Frame};
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
    let plot_h = if f.narrow() { 280.0 } else { 300.0 };
    let (s, plot, legend_area) = f.surface_with_legend(canvas, plot_h, &entries, TEXT)?;
    let t = s.theme;
    let mut chart = ChartBuilder::on(&plot)
        .margin(f.p(10.0))
        .x_label_area_size(f.p(26.0))
        .y_label_area_size(f.p(44.0))
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
    for (i, row) in rows.iter().enumerate() {
        let c = colour(row.name, &t);
        let at = (row.year, row.j_per_th);
        let dot = if row.quality == Quality::Estimate {
            Circle::new(at, f.p(5.0), c.stroke_width(f.p(2.0) as u32))
        } else {
            Circle::new(at, f.p(5.0), c.filled())
        };
        chart.draw_series(std::iter::once(dot)).map_err(err)?;
        if let Some(text) = label(row, f.narrow()) {
            // Odd rows go below and to the left, even rows above and to the right, and the last
            // (at the right edge) to the left; a label with no room left of its dot (near the
            // y axis) goes to the right.
            let above = i % 2 == 0;
            let room_left = chart.backend_coord(&at).0
                - chart.plotting_area().get_pixel_range().0.start
                - f.p(5.0);
            let (text_w, _) = s
                .area
                .estimate_text_size(&text, &f.font(TEXT - 1.0, &t.text))
                .map_err(err)?;
            let fits_left = room_left >= text_w as i32;
            let left = (!above || i + 1 == rows.len()) && fits_left;
            let style = f.font(TEXT - 1.0, &t.text).pos(Pos::new(
                if left { HPos::Right } else { HPos::Left },
                if above { VPos::Bottom } else { VPos::Top },
            ));
            let dx = if left { -f.p(5.0) } else { f.p(5.0) };
            let dy = if above { -f.p(6.0) } else { f.p(6.0) };
            chart
                .draw_series(std::iter::once(
                    EmptyElement::at(at) + Text::new(text, (dx, dy), style),
                ))
                .map_err(err)?;
        }
    }
    draw_legend(&legend_area, &t.text, &f, &entries, 8.0, 4.0, TEXT)?;
    s.area.present().map_err(err)
}
