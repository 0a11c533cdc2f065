//! The pool bar chart: one row per pool, largest first, on a 0..100% scale with the running total
//! as dots and a line at 50%, so the row where the dots cross the line is the Nakamoto
//! coefficient. Horizontal bars keep every pool name readable on a phone.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::frame::{
    deck_rows, draw_legend, ink_on, left_middle, mix, right_middle, Frame, PercentBars,
};
use super::{err, DrawResult};
use hashwatt_core::model::centralization_view::{pool_legend, PoolLegend};
use hashwatt_core::model::concentration::{EntityKind, RankedEntity};
use hashwatt_core::model::format;

const ROW_U: f64 = 28.0;
/// The tightest rows a deck step packs the chart into, rather than shrink its text.
const MIN_ROW_U: f64 = 18.0;
const TEXT: f64 = 13.0;

// `&Vec`, not a slice: the Chart widget calls `draw(&canvas, &data)` with its `Rc<Vec<_>>` data.
#[allow(clippy::ptr_arg)]
pub fn draw(canvas: &HtmlCanvasElement, all: &Vec<RankedEntity>) -> DrawResult {
    let f = Frame::of(canvas);
    // A deck step may show part of the rows (the largest pools, then the rest): each is drawn
    // where the whole chart would put it, the running total going on from the rows before.
    let part = deck_rows().filter(|_| f.max_h_u.is_some());
    let bars = part
        .and_then(|p| all.get(p.range(all.len())))
        .unwrap_or(all);
    let legend = legend_entries(bars);
    let top = 26.0;
    let (row_u, s, _, legend_area) = f.rows_with_legend(
        canvas,
        bars.len(),
        (ROW_U, MIN_ROW_U),
        top + 8.0,
        &legend,
        TEXT,
    )?;
    let rows_h = row_u * bars.len().max(1) as f64;
    let t = s.theme;

    // Room for every pool's name, so the bars start at the same place on each part.
    let layout = PercentBars::new(
        &f,
        all.iter().map(|b| b.name.as_str()),
        TEXT,
        60.0,
        0.34,
        12.0,
    );
    let x0 = layout.x0;
    let x_at = |pct: f64| layout.x(pct);

    // Axis ticks at 0, 25, 50, 75 and 100%.
    for pct in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let x = x_at(pct);
        let style = if pct == 50.0 {
            t.bad.stroke_width(f.p(2.0).max(1) as u32)
        } else {
            t.grid.stroke_width(1)
        };
        s.area
            .draw(&PathElement::new(
                vec![(f.p(x), f.p(top - 4.0)), (f.p(x), f.p(top + rows_h))],
                style,
            ))
            .map_err(err)?;
        let label = if pct == 50.0 {
            "50%: majority".to_string()
        } else {
            format!("{pct}%")
        };
        // A phone shows only 0% and the 50% line; 100% sits at the edge, so it is right-aligned.
        if pct == 50.0 || pct == 0.0 || !f.narrow() {
            let h = if pct == 100.0 {
                HPos::Right
            } else {
                HPos::Center
            };
            s.area
                .draw(&Text::new(
                    label,
                    (f.p(x), f.p(top - 14.0)),
                    f.font(TEXT - 1.0, if pct == 50.0 { &t.bad } else { &t.text })
                        .pos(Pos::new(h, VPos::Center)),
                ))
                .map_err(err)?;
        }
    }

    let mut running: Vec<(i32, i32)> = Vec::with_capacity(bars.len());
    for (i, b) in bars.iter().enumerate() {
        let yc = top + row_u * (i as f64 + 0.5);
        let colour = match (b.kind, b.in_majority) {
            (EntityKind::Aggregate, _) => mix(&t.neutral, &t.background, 0.55),
            (_, true) => t.btc,
            (_, false) => t.neutral,
        };
        s.area
            .draw(&Text::new(
                b.name.clone(),
                (f.p(x0 - 8.0), f.p(yc)),
                right_middle(f.font(TEXT, &t.text)),
            ))
            .map_err(err)?;
        s.area
            .draw(&Rectangle::new(
                [
                    (f.p(x_at(0.0)), f.p(yc - row_u * 0.32)),
                    (
                        f.p(x_at(b.share_pct)).max(f.p(x0) + 1),
                        f.p(yc + row_u * 0.32),
                    ),
                ],
                colour.filled(),
            ))
            .map_err(err)?;
        // The share inside the bar's end when it fits, else just right of the bar; either way
        // clear of the running-total dot, which sits on the first row's bar end.
        let text = format!("{}%", format::number(b.share_pct, 1));
        let bar_w = x_at(b.share_pct) - x_at(0.0);
        let clear = if (b.cumulative_pct - b.share_pct).abs() < 1e-9 {
            12.0
        } else {
            5.0
        };
        let (at, style) = if bar_w > Frame::guess_width_u(&text, TEXT - 1.0) + clear + 5.0 {
            (
                x_at(b.share_pct) - clear,
                right_middle(f.font(TEXT - 1.0, &ink_on(&colour))),
            )
        } else {
            (
                x_at(b.share_pct) + clear,
                left_middle(f.font(TEXT - 1.0, &t.text)),
            )
        };
        s.area
            .draw(&Text::new(text, (f.p(at), f.p(yc)), style))
            .map_err(err)?;
        running.push((f.p(x_at(b.cumulative_pct)), f.p(yc)));
    }
    s.area
        .draw(&PathElement::new(running.clone(), t.text.stroke_width(1)))
        .map_err(err)?;
    for (i, &(x, y)) in running.iter().enumerate() {
        let past_half = bars.get(i).is_some_and(|b| b.cumulative_pct > 50.0);
        let style = if past_half {
            t.text.filled()
        } else {
            t.background.filled()
        };
        s.area
            .draw(&Circle::new((x, y), f.p(4.0), style))
            .map_err(err)?;
        s.area
            .draw(&Circle::new((x, y), f.p(4.0), t.text.stroke_width(1)))
            .map_err(err)?;
    }
    draw_legend(&legend_area, &t.text, &f, &legend, 8.0, 4.0, TEXT)?;
    s.area.present().map_err(err)
}

fn legend_entries(bars: &[RankedEntity]) -> Vec<(RGBColor, String)> {
    let t = super::current_theme();
    pool_legend(bars)
        .into_iter()
        .map(|(kind, label)| {
            let colour = match kind {
                PoolLegend::Majority => t.btc,
                PoolLegend::OutsideMajority => t.neutral,
                PoolLegend::Bucket => mix(&t.neutral, &t.background, 0.55),
                PoolLegend::RunningTotal => t.text,
            };
            (colour, label)
        })
        .collect()
}
