//! On-device models by memory needed (GB) against a phone: one bar per model, a line at the
//! memory one app may use and one at the phone's whole memory. Reported figures are solid,
//! estimates lighter and labelled "est."; a family (Qwen 3.5 Small) shows its smallest size
//! solid and the span to its largest as a thin bar.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::fit::mark_labels_clear;
use super::frame::{left_middle, mix, right_middle, Frame};
use super::{err, DrawResult};
use hashwatt_core::data::Quality;
use hashwatt_core::model::ai_view::{gb, ModelFitRow};
use hashwatt_core::model::format;

const ROW_U: f64 = 28.0;
/// The tightest rows a deck step packs the chart into, rather than shrink its text.
const MIN_ROW_U: f64 = 18.0;
const TEXT: f64 = 13.0;
/// Room between a value label and its bar's end or the line it is moved past (layout units).
const GAP: f64 = 4.0;

/// The rows and the phone's memory in GB.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryChart {
    pub rows: Vec<ModelFitRow>,
    pub phone_ram_gb: f64,
}

pub fn draw(canvas: &HtmlCanvasElement, data: &MemoryChart) -> DrawResult {
    let f = Frame::of(canvas);
    let top = 30.0;
    let row_u = f.fit_row(ROW_U, MIN_ROW_U, data.rows.len(), top + 12.0);
    let rows_h = row_u * data.rows.len().max(1) as f64;
    let s = f.surface(canvas, top + rows_h + 12.0)?;
    let t = s.theme;
    let available = data.rows.first().map_or(0.0, |r| r.fit.available_gb);
    let gb_max = data
        .rows
        .iter()
        .map(|r| r.fit.memory.gb.1)
        .fold(data.phone_ram_gb * 1.5, f64::max)
        .max(1.0)
        * 1.05;

    let label_w = data
        .rows
        .iter()
        .map(|r| Frame::guess_width_u(r.model.name, TEXT))
        .fold(60.0_f64, f64::max)
        .min(f.width_u * 0.36);
    let x0 = 8.0 + label_w + 8.0;
    let x1 = f.width_u - 12.0;
    // Each bar's value, measured (layout units), and where its label starts for a scale of `span`
    // layout units to `gb_max`.
    // A size smaller on a phone, where the gaps between a bar and the lines are narrow.
    let value_font = f.font(if f.narrow() { TEXT - 2.0 } else { TEXT - 1.0 }, &t.text);
    let values: Vec<(String, f64)> = data
        .rows
        .iter()
        .map(|row| {
            let text = value_text(row, f.narrow());
            let w = s
                .area
                .estimate_text_size(&text, &value_font)
                .map_err(err)?
                .0;
            Ok((text, f64::from(w) / f.k))
        })
        .collect::<Result<_, String>>()?;
    let lines_at = |span: f64| {
        let mut xs =
            [available, data.phone_ram_gb].map(|gb| x0 + span * (gb / gb_max).clamp(0.0, 1.0));
        xs.sort_by(f64::total_cmp);
        xs
    };
    let place = |span: f64| -> Vec<(f64, f64)> {
        let lines = lines_at(span);
        data.rows
            .iter()
            .zip(&values)
            .map(|(row, (_, w))| {
                let end = x0 + span * (row.fit.memory.gb.1 / gb_max).clamp(0.0, 1.0);
                (end, label_start(end + GAP, *w, &lines))
            })
            .collect()
    };
    // The scale leaves room on the right for the labels: shortened until the last one ends by
    // the canvas's edge.
    let mut span = x1 - x0;
    for _ in 0..8 {
        let over = place(span)
            .iter()
            .zip(&values)
            .map(|((_, start), (_, w))| start + w - x1)
            .fold(0.0, f64::max);
        if over <= 0.0 {
            break;
        }
        span = (span - over - 1.0).max((x1 - x0) * 0.4);
    }
    let x_at = |gb: f64| x0 + span * (gb / gb_max).clamp(0.0, 1.0);
    let reference_xs = lines_at(span);
    let starts = place(span);
    let misses = starts
        .iter()
        .zip(&values)
        .filter(|((end, start), (_, w))| !label_clear(*end, *start, *w, x1, &reference_xs))
        .count() as u32;

    // "free" ends at its line and "phone" starts at its own, so the two never overlap.
    let phone = if f.narrow() { " GB" } else { " GB device" };
    for (gb, text, colour, h) in [
        (
            available,
            format!("{} GB free", format::significant_or_whole(available)),
            t.good,
            HPos::Right,
        ),
        (
            data.phone_ram_gb,
            format!("{}{phone}", format::significant_or_whole(data.phone_ram_gb)),
            t.neutral,
            HPos::Left,
        ),
    ] {
        let x = f.p(x_at(gb));
        s.area
            .draw(&PathElement::new(
                vec![(x, f.p(top - 6.0)), (x, f.p(top + rows_h))],
                colour.stroke_width(f.p(2.0) as u32),
            ))
            .map_err(err)?;
        s.area
            .draw(&Text::new(
                text,
                (x, f.p(top - 9.0)),
                f.font(TEXT - 1.0, &t.text).pos(Pos::new(h, VPos::Bottom)),
            ))
            .map_err(err)?;
    }

    for (i, row) in data.rows.iter().enumerate() {
        let yc = top + row_u * (i as f64 + 0.5);
        let (lo, hi) = row.fit.memory.gb;
        let estimate = row.fit.memory.quality == Quality::Estimate;
        let fill = if estimate {
            mix(&t.ai, &t.background, 0.5)
        } else {
            t.ai
        };
        s.area
            .draw(&Text::new(
                row.model.name.to_string(),
                (f.p(x0 - 8.0), f.p(yc)),
                right_middle(f.font(TEXT, &t.text)),
            ))
            .map_err(err)?;
        s.area
            .draw(&Rectangle::new(
                [
                    (f.p(x_at(0.0)), f.p(yc - row_u * 0.3)),
                    (f.p(x_at(lo)).max(f.p(x0) + 1), f.p(yc + row_u * 0.3)),
                ],
                fill.filled(),
            ))
            .map_err(err)?;
        if hi > lo {
            s.area
                .draw(&Rectangle::new(
                    [
                        (f.p(x_at(lo)), f.p(yc - row_u * 0.1)),
                        (f.p(x_at(hi)), f.p(yc + row_u * 0.1)),
                    ],
                    fill.filled(),
                ))
                .map_err(err)?;
        }
        let (value, _) = &values[i];
        let at = (f.p(starts[i].1), f.p(yc));
        s.area
            .draw(&Text::new(
                value.clone(),
                at,
                left_middle(value_font.clone()),
            ))
            .map_err(err)?;
    }
    mark_labels_clear(canvas, misses);
    s.area.present().map_err(err)
}

/// A bar's value label: "0.9 GB", a family's span "0.79-5.3 GB", "est." after an estimate when
/// there is room (on a phone the lighter colour alone marks it, the table says so in words).
fn value_text(row: &ModelFitRow, narrow: bool) -> String {
    let (lo, hi) = row.fit.memory.gb;
    let value = if hi > lo {
        format!("{}-{} GB", gb(lo), gb(hi))
    } else {
        format!("{} GB", gb(lo))
    };
    if row.fit.memory.quality == Quality::Estimate && !narrow {
        format!("{value} est.")
    } else {
        value
    }
}

/// Where a `w`-wide label wanted at `start` begins: there, or just past each reference line
/// (`lines`, left to right) it would otherwise cross.
fn label_start(mut start: f64, w: f64, lines: &[f64]) -> f64 {
    for &line in lines {
        if line >= start - 1.0 && line <= start + w + 1.0 {
            start = line + GAP;
        }
    }
    start
}

/// Whether a `w`-wide value label starting at `start`, for a bar ending at `end`, is clear: it
/// ends by `right_edge`, crosses none of the `lines`, and sits by its bar, with at most one
/// line between them (the one it would have crossed). At 16 GB a label once sat past the
/// line of the memory free, far from a bar it would have fitted beside.
fn label_clear(end: f64, start: f64, w: f64, right_edge: f64, lines: &[f64]) -> bool {
    let crossed = lines.iter().any(|l| *l >= start && *l <= start + w);
    let between = lines.iter().filter(|l| **l > end && **l < start).count();
    start + w <= right_edge && !crossed && between <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A phone at 8 GB (layout units): the free line at 180, the device's at 260, the canvas's
    /// right edge at 314.
    const LINES: [f64; 2] = [180.0, 260.0];

    #[test]
    fn a_value_label_sits_beside_its_bar_or_just_past_the_line_it_would_cross() {
        // A bar ending at 140 with a 30-wide label: 144..174 fits before the line at 180.
        assert_eq!(label_start(144.0, 30.0, &LINES), 144.0);
        assert!(label_clear(140.0, 144.0, 30.0, 314.0, &LINES));
        // A 44-wide label would cross it (144..188): it starts 4 past the line, at 184.
        assert_eq!(label_start(144.0, 44.0, &LINES), 184.0);
        assert!(label_clear(140.0, 184.0, 44.0, 314.0, &LINES));
        // From a bar ending at 200, a 64-wide label (204..268) would cross the device's line at
        // 260: it goes to 264 ...
        assert_eq!(label_start(204.0, 64.0, &LINES), 264.0);
        // ... and 264 + 64 = 328 runs past the edge at 314: not clear (the chart shortens
        // its scale until it is).
        assert!(!label_clear(200.0, 264.0, 64.0, 314.0, &LINES));
        // A label past both lines from a bar ending at 120: not by its bar.
        assert!(!label_clear(120.0, 264.0, 30.0, 314.0, &LINES));
        // Nor one drawn across a line.
        assert!(!label_clear(160.0, 164.0, 30.0, 314.0, &LINES));
    }
}
