//! The Nakamoto coefficient over time: GHash.io's single-pool majority of June 2014, then the
//! yearly figures 2021..2025 and the 2026 snapshot (with AntPool's template pools grouped as a
//! second mark). 2015..2020 have no figure in our sources, so the line does not bridge them.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::frame::{draw_year_mesh, Frame};
use super::{err, DrawResult};
use hashwatt_core::model::history::CoefficientPoint;

const TEXT: f64 = 13.0;

// `&Vec`, not a slice: the Chart widget calls `draw(&canvas, &data)` with its `Rc<Vec<_>>` data.
#[allow(clippy::ptr_arg)]
pub fn draw(canvas: &HtmlCanvasElement, series: &Vec<CoefficientPoint>) -> DrawResult {
    let f = Frame::of(canvas);
    let s = f.surface(
        canvas,
        f.fit_plot(if f.narrow() { 260.0 } else { 250.0 }, &[], 0.0),
    )?;
    let t = s.theme;
    let y_max = series.iter().map(|p| p.nakamoto).max().unwrap_or(4).max(4) as f64 + 1.0;
    let mut chart = ChartBuilder::on(&s.area)
        .margin(f.p(10.0))
        .x_label_area_size(f.p(26.0))
        .y_label_area_size(f.p(28.0))
        .build_cartesian_2d(2013.5_f64..2027.0_f64, 0.0_f64..y_max)
        .map_err(err)?;
    draw_year_mesh(
        &mut chart,
        &f,
        &t,
        if f.narrow() { 5 } else { 10 },
        y_max as usize + 1,
        &|v| format!("{v:.0}"),
        Some("pools"),
    )?;

    // A dashed line at 1: one pool alone holds a majority.
    chart
        .draw_series(DashedLineSeries::new(
            vec![(2013.5, 1.0), (2027.0, 1.0)],
            f.p(4.0),
            f.p(4.0),
            t.bad.stroke_width(1),
        ))
        .map_err(err)?;
    let yearly: Vec<(f64, f64)> = series
        .iter()
        .filter(|p| !p.momentary)
        .map(|p| (p.year, p.nakamoto as f64))
        .collect();
    chart
        .draw_series(LineSeries::new(yearly, t.btc.stroke_width(f.p(2.5) as u32)))
        .map_err(err)?;
    let yearly_values: Vec<f64> = series
        .iter()
        .filter(|p| !p.momentary)
        .map(|p| p.nakamoto as f64)
        .collect();
    let mut yearly_index = 0_usize;
    for p in series {
        let at = (p.year, p.nakamoto as f64);
        let colour = if p.momentary { t.bad } else { t.btc };
        chart
            .draw_series(std::iter::once(Circle::new(at, f.p(5.0), colour.filled())))
            .map_err(err)?;
        let font = f.font(TEXT, &t.text);
        let (style, offset) = if p.momentary {
            // At the chart's left edge: anchored left so it is not cut off.
            (
                font.pos(Pos::new(HPos::Left, VPos::Bottom)),
                (-f.p(5.0), -f.p(8.0)),
            )
        } else {
            let i = yearly_index;
            yearly_index += 1;
            let neighbour = |j: Option<usize>| j.and_then(|j| yearly_values.get(j)).copied();
            let side = label_side(neighbour(i.checked_sub(1)), at.1, neighbour(Some(i + 1)));
            let (h, dx) = match side {
                Side::AboveLeft => (HPos::Right, -f.p(5.0)),
                Side::AboveRight => (HPos::Left, f.p(5.0)),
                Side::Above | Side::Below => (HPos::Center, 0),
            };
            if side == Side::Below {
                (font.pos(Pos::new(h, VPos::Top)), (dx, f.p(9.0)))
            } else {
                (font.pos(Pos::new(h, VPos::Bottom)), (dx, -f.p(8.0)))
            }
        };
        let label = if p.momentary {
            "GHash.io 2014: 1".to_string()
        } else {
            p.nakamoto.to_string()
        };
        chart
            .draw_series(std::iter::once(
                EmptyElement::at(at) + Text::new(label, offset, style),
            ))
            .map_err(err)?;
        if let Some(g) = p.nakamoto_template_grouped {
            chart
                .draw_series(std::iter::once(Circle::new(
                    (p.year, g as f64),
                    f.p(5.0),
                    t.ai.stroke_width(f.p(2.0) as u32),
                )))
                .map_err(err)?;
        }
    }
    s.area.present().map_err(err)
}

/// Where a point's label goes so the line through it does not cross the words.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    Above,
    Below,
    /// The line comes up from the left and goes on up: the space above-left is free.
    AboveLeft,
    /// The line comes down from the upper left and goes on down: the space above-right is free.
    AboveRight,
}

/// The side for a point at `cur` between its neighbours on the line (`None` at an end).
fn label_side(prev: Option<f64>, cur: f64, next: Option<f64>) -> Side {
    let higher = |v: Option<f64>| v.is_some_and(|v| v > cur);
    let lower = |v: Option<f64>| v.is_some_and(|v| v < cur);
    match (lower(prev) || lower(next), higher(prev) || higher(next)) {
        // A trough or the foot of a step: the line rises away from it.
        (false, true) => Side::Below,
        (true, true) if higher(prev) => Side::AboveRight,
        (true, true) => Side::AboveLeft,
        _ => Side::Above,
    }
}

#[cfg(test)]
mod tests {
    use super::{label_side, Side};

    #[test]
    fn labels_go_where_the_line_is_not() {
        // The 2021..2026 yearly figures: 4, 3, 2, 2, 3, 3.
        assert_eq!(label_side(None, 4.0, Some(3.0)), Side::Above);
        assert_eq!(label_side(Some(4.0), 3.0, Some(2.0)), Side::AboveRight);
        assert_eq!(label_side(Some(3.0), 2.0, Some(2.0)), Side::Below);
        assert_eq!(label_side(Some(2.0), 2.0, Some(3.0)), Side::Below);
        assert_eq!(label_side(Some(2.0), 3.0, Some(3.0)), Side::Above);
        assert_eq!(label_side(Some(3.0), 3.0, None), Side::Above);
        assert_eq!(label_side(Some(1.0), 2.0, Some(3.0)), Side::AboveLeft);
        assert_eq!(label_side(None, 1.0, None), Side::Above);
    }
}
