//! Country shares per period as stacked horizontal bars (0..100% of the period's hash rate), one
//! colour per major country, the other listed countries together, and the share the source does
//! not break down in grey, so a partial source never looks complete.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::frame::{draw_legend, ink_on, mix, right_middle, Frame, PercentBars};
use super::{err, DrawResult, Theme};
use hashwatt_core::model::centralization_view::{GeoBar, GeoSegmentKind, MAJOR_COUNTRIES};
use hashwatt_core::model::format;

const ROW_U: f64 = 40.0;
/// The tightest rows a deck step packs the chart into, rather than shrink its text: room for a
/// survey's two-line label.
const MIN_ROW_U: f64 = 32.0;
const TEXT: f64 = 13.0;

/// Colours of [`MAJOR_COUNTRIES`], other listed countries, and the part not broken down.
/// Okabe-Ito hues, distinct for the common colour-vision deficiencies.
fn colour(kind: &GeoSegmentKind, t: &Theme) -> RGBColor {
    match kind {
        GeoSegmentKind::Major(0) => t.ai,
        GeoSegmentKind::Major(1) => t.bad,
        GeoSegmentKind::Major(2) => RGBColor(240, 228, 66),
        GeoSegmentKind::Major(3) => RGBColor(204, 121, 167),
        GeoSegmentKind::Major(_) => RGBColor(86, 180, 233),
        GeoSegmentKind::OtherListed => t.good,
        GeoSegmentKind::NotBrokenDown => mix(&t.grid, &t.background, 0.3),
    }
}

/// The pale fill of a survey's bar, which covers only part of the network.
fn survey_fill(fill: &RGBColor, t: &Theme) -> RGBColor {
    mix(fill, &t.background, 0.45)
}

/// The key: every colour, and (when a bar is a survey) what its pale colours mean.
fn legend(t: &Theme, has_survey: bool) -> Vec<(RGBColor, String)> {
    let mut entries: Vec<(RGBColor, String)> = MAJOR_COUNTRIES
        .iter()
        .enumerate()
        .map(|(i, c)| (colour(&GeoSegmentKind::Major(i), t), c.to_string()))
        .collect();
    entries.push((
        colour(&GeoSegmentKind::OtherListed, t),
        "other listed".into(),
    ));
    entries.push((
        colour(&GeoSegmentKind::NotBrokenDown, t),
        "not broken down".into(),
    ));
    if has_survey {
        entries.push((
            survey_fill(&colour(&GeoSegmentKind::Major(0), t), t),
            "pale: a survey of part of the network".into(),
        ));
    }
    entries
}

// `&Vec`, not a slice: the Chart widget calls `draw(&canvas, &data)` with its `Rc<Vec<_>>` data.
#[allow(clippy::ptr_arg)]
pub fn draw(canvas: &HtmlCanvasElement, bars: &Vec<GeoBar>) -> DrawResult {
    let f = Frame::of(canvas);
    let theme = super::current_theme();
    let entries = legend(&theme, bars.iter().any(|b| b.survey));
    let top = 8.0;
    let (row_u, s, _, legend_area) = f.rows_with_legend(
        canvas,
        bars.len(),
        (ROW_U, MIN_ROW_U),
        top + 6.0,
        &entries,
        TEXT,
    )?;
    let t = s.theme;

    // A survey of part of the network is not comparable with the network-wide rows: its label
    // says how much it covers (on a line of its own), and its bar is drawn paler.
    let survey_lines = |bar: &GeoBar| {
        bar.coverage_pct.map(|coverage| {
            vec![
                format!("{} survey", bar.as_of),
                format!("({}% of hash rate)", format::number(coverage, 0)),
            ]
        })
    };
    let labels: Vec<String> = bars
        .iter()
        .flat_map(|b| survey_lines(b).unwrap_or_else(|| vec![format::period(b.as_of)]))
        .collect();
    let layout = PercentBars::new(
        &f,
        labels.iter().map(String::as_str),
        TEXT,
        50.0,
        0.38,
        10.0,
    );
    let (label_w, x0) = (layout.label_w, layout.x0);
    let x_at = |pct: f64| layout.x(pct);

    for (i, bar) in bars.iter().enumerate() {
        let y0 = top + row_u * i as f64;
        let yc = y0 + row_u * 0.5;
        let lines: Vec<String> = if let Some(lines) = survey_lines(bar) {
            lines
        } else {
            let label = format::period(bar.as_of);
            match label.split_once(" \u{2013} ") {
                // A long period ("2019-09 – 2020-04") on two lines when it does not fit on one.
                Some((from, to)) if Frame::guess_width_u(&label, TEXT) > label_w => {
                    vec![format!("{from} \u{2013}"), to.to_string()]
                }
                _ => vec![label],
            }
        };
        let n = lines.len() as f64;
        for (j, line) in lines.into_iter().enumerate() {
            let y = yc + (j as f64 - (n - 1.0) / 2.0) * TEXT * 1.15;
            s.area
                .draw(&Text::new(
                    line,
                    (f.p(x0 - 8.0), f.p(y)),
                    right_middle(f.font(TEXT, &t.text)),
                ))
                .map_err(err)?;
        }
        let mut from = 0.0;
        for seg in &bar.segments {
            let to = from + seg.share_pct;
            let fill = colour(&seg.kind, &t);
            let fill = if bar.survey {
                survey_fill(&fill, &t)
            } else {
                fill
            };
            let (a, b) = (f.p(x_at(from)), f.p(x_at(to)));
            s.area
                .draw(&Rectangle::new(
                    [(a, f.p(y0 + row_u * 0.15)), (b, f.p(y0 + row_u * 0.85))],
                    fill.filled(),
                ))
                .map_err(err)?;
            let text = format::number(seg.share_pct, 0);
            let room = x_at(to) - x_at(from);
            if room > Frame::guess_width_u(&text, TEXT - 1.0) + 4.0 && seg.share_pct > 0.0 {
                s.area
                    .draw(&Text::new(
                        text,
                        ((a + b) / 2, f.p(yc)),
                        f.font(TEXT - 1.0, &ink_on(&fill))
                            .pos(Pos::new(HPos::Center, VPos::Center)),
                    ))
                    .map_err(err)?;
            }
            from = to;
        }
        // Outline the whole bar so the grey "not broken down" part still reads as part of it.
        s.area
            .draw(&Rectangle::new(
                [
                    (f.p(x_at(0.0)), f.p(y0 + row_u * 0.15)),
                    (f.p(x_at(100.0)), f.p(y0 + row_u * 0.85)),
                ],
                t.neutral.stroke_width(1),
            ))
            .map_err(err)?;
    }
    draw_legend(&legend_area, &t.text, &f, &entries, 8.0, 4.0, TEXT)?;
    s.area.present().map_err(err)
}
