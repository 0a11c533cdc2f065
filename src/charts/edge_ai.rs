//! The edge AI market, billion USD: the seed article's $25B (2025) and $119B (2033) joined by the
//! constant-rate path between them, the path "nearly 300%" would imply (ending at $100B) in grey,
//! and the other estimates as shaded ranges (2025, and the early 2030s drawn over 2030..2033).

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::frame::{draw_legend, draw_year_mesh, mix, Frame};
use super::{err, DrawResult};
use hashwatt_core::model::ai_view::EdgeAiChart;
use hashwatt_core::model::format;

const TEXT: f64 = 13.0;

pub fn draw(canvas: &HtmlCanvasElement, data: &EdgeAiChart) -> DrawResult {
    let f = Frame::of(canvas);
    let theme = super::current_theme();
    let band = mix(&theme.ai, &theme.background, 0.75);
    let entries = vec![
        (
            theme.ai,
            "$25B to $119B at 21.5%/yr (the article's figures)".to_string(),
        ),
        (theme.neutral, "what +300% would give".to_string()),
        (band, "other estimates (ranges)".to_string()),
    ];
    let entries: Vec<(RGBColor, String)> = if f.narrow() {
        vec![
            (entries[0].0, "article's figures, 21.5%/yr".to_string()),
            entries[1].clone(),
            entries[2].clone(),
        ]
    } else {
        entries
    };
    let plot_h = f.fit_plot(if f.narrow() { 260.0 } else { 280.0 }, &entries, TEXT);
    let (s, plot, legend_area) = f.surface_with_legend(canvas, plot_h, &entries, TEXT)?;
    let t = s.theme;
    let y_max = data.other_end.1.max(data.endpoints[1].1) * 1.12;
    let mut chart = ChartBuilder::on(&plot)
        .margin(f.p(10.0))
        .x_label_area_size(f.p(26.0))
        .y_label_area_size(f.p(44.0))
        // Room right of 2033 for the end labels, clear of the lines.
        .build_cartesian_2d(2024.5_f64..2035.6_f64, 0.0_f64..y_max)
        .map_err(err)?;
    draw_year_mesh(
        &mut chart,
        &f,
        &t,
        if f.narrow() { 5 } else { 9 },
        6,
        &|v| format!("${v:.0}B"),
        None,
    )?;
    let (sx, ex) = (data.endpoints[0].0, data.other_end_years);
    chart
        .draw_series([
            Rectangle::new(
                [
                    (sx - 0.18, data.other_start.0),
                    (sx + 0.18, data.other_start.1),
                ],
                band.filled(),
            ),
            Rectangle::new(
                [(ex.0, data.other_end.0), (ex.1, data.other_end.1)],
                band.filled(),
            ),
        ])
        .map_err(err)?;
    chart
        .draw_series(LineSeries::new(
            data.claimed_path.iter().copied(),
            t.neutral.stroke_width(f.p(1.5) as u32),
        ))
        .map_err(err)?;
    chart
        .draw_series(LineSeries::new(
            data.path.iter().copied(),
            t.ai.stroke_width(f.p(3.0) as u32),
        ))
        .map_err(err)?;
    if let Some(&end) = data.claimed_path.last() {
        chart
            .draw_series(std::iter::once(
                EmptyElement::at(end)
                    + Circle::new((0, 0), f.p(4.0), t.neutral.filled())
                    + Text::new(
                        format!("${}B", format::number(end.1, 0)),
                        (f.p(8.0), 0),
                        f.font(TEXT, &t.text)
                            .pos(Pos::new(HPos::Left, VPos::Center)),
                    ),
            ))
            .map_err(err)?;
    }
    // The start's label below-right of its dot (the lines rise away up-right), the end's to the
    // right of its dot.
    for (i, &at) in data.endpoints.iter().enumerate() {
        let (v, dy) = if i == 0 {
            (VPos::Top, f.p(8.0))
        } else {
            (VPos::Center, 0)
        };
        chart
            .draw_series(std::iter::once(
                EmptyElement::at(at)
                    + Circle::new((0, 0), f.p(6.0), t.ai.filled())
                    + Text::new(
                        format!("${}B", format::significant_or_whole(at.1)),
                        (f.p(9.0), dy),
                        f.font(TEXT + 1.0, &t.text).pos(Pos::new(HPos::Left, v)),
                    ),
            ))
            .map_err(err)?;
    }
    draw_legend(&legend_area, &t.text, &f, &entries, 8.0, 4.0, TEXT)?;
    s.area.present().map_err(err)
}
