//! The on-device models table and chart caption as the page prints them: each model's parameter
//! count and memory as ranges, how it fits the phone, and the phone's size in the headings. Built
//! from [`ModelFitRow`]s, so the component only lays the strings out.

use super::{fit_class, fit_words, gb, ModelFitRow};
use crate::data::Quality;
use crate::model::format;

/// One row of the models table (`#models-table`).
#[derive(Debug, Clone, PartialEq)]
pub struct ModelRow {
    pub name: &'static str,
    pub publisher: &'static str,
    /// Release month, or an em dash where FACTS gives none.
    pub released: &'static str,
    /// Parameters, "1B" or "0.8–9B" for a family.
    pub params: String,
    /// Memory at 4-bit, "0.9 GB" or "1.25–5.3 GB" for a family.
    pub memory: String,
    /// Whether the memory is reported or estimated (the page shows a badge for an estimate).
    pub memory_quality: Quality,
    /// "fits", "smaller sizes only", "too big".
    pub fit: &'static str,
    /// The fit cell's CSS class ([`fit_class`]).
    pub fit_class: &'static str,
}

/// The models block's words for a phone with `phone_ram_gb` of memory.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelsView {
    /// The table's last heading, "On a phone with 8 GB".
    pub phone_heading: String,
    /// The chart's caption, "Memory to run each model at 4-bit, against a phone with 8 GB" (the
    /// page cites the model cards after it).
    pub caption: String,
    /// After the citation, the data's date: " (2026-02). Lighter bars are estimates."
    pub caption_date: String,
    pub rows: Vec<ModelRow>,
}

/// Billions of parameters for (smallest, largest): "1B", or "0.8–9B" for a range.
pub fn params_text((smallest, largest): (f64, f64)) -> String {
    let n = format::significant_or_whole;
    if largest > smallest {
        format!("{}\u{2013}{}B", n(smallest), n(largest))
    } else {
        format!("{}B", n(smallest))
    }
}

/// Gigabytes for (smallest, largest), without the unit: "0.9", or "1.25–5.3" for a range.
pub fn gb_range((smallest, largest): (f64, f64)) -> String {
    if largest > smallest {
        format!("{}\u{2013}{}", gb(smallest), gb(largest))
    } else {
        gb(smallest)
    }
}

/// The table's row for each of `rows`, in their order.
pub fn model_rows(rows: &[ModelFitRow]) -> Vec<ModelRow> {
    rows.iter()
        .map(|r| ModelRow {
            name: r.model.name,
            publisher: r.model.publisher,
            released: r.model.released.unwrap_or("\u{2014}"),
            params: params_text(r.model.params_b),
            memory: format!("{} GB", gb_range(r.fit.memory.gb)),
            memory_quality: r.fit.memory.quality,
            fit: fit_words(r.fit.fit),
            fit_class: fit_class(r.fit.fit),
        })
        .collect()
}

/// The block for `rows` against a phone with `phone_ram_gb`, the data dated `as_of`.
pub fn models_view(rows: &[ModelFitRow], phone_ram_gb: f64, as_of: &str) -> ModelsView {
    let ram = format::significant_or_whole(phone_ram_gb);
    ModelsView {
        phone_heading: format!("On a phone with {ram} GB"),
        caption: format!("Memory to run each model at 4-bit, against a phone with {ram} GB"),
        caption_date: format!(" ({}). Lighter bars are estimates.", format::period(as_of)),
        rows: model_rows(rows),
    }
}

#[cfg(test)]
#[path = "models_tests.rs"]
mod tests;
