//! The on-device models table and chart caption as the page prints them: each model's parameter
//! count and memory as ranges, how it fits the phone, and the phone's size in the headings. Built
//! from [`ModelFitRow`]s, so the component only lays the strings out.

use super::{fit_class, fit_words, gb, ModelFitRow};
use crate::data::Quality;
use crate::model::ai::Fit;
use crate::model::format;

/// One row of the models table (`#models-table`).
#[derive(Debug, Clone, PartialEq)]
pub struct ModelRow {
    pub name: &'static str,
    pub publisher: &'static str,
    /// Release month, or "not in our sources" where FACTS gives none (Phi-3 mini, Gemini Nano).
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
    /// The row's `data-fits`: "yes" (every size fits), "partly" (smaller sizes only) or "no".
    pub data_fits: &'static str,
}

/// Memory sizes the reader can pick for a phone or laptop (GB): from a small phone's to a
/// laptop's. The default, 8 GB, is the phone of the speed figure ([`crate::data::ai::PHONE_SPEED`]).
pub const DEVICE_MEMORY_CHOICES_GB: [f64; 5] = [4.0, 6.0, 8.0, 12.0, 16.0];

/// The memory the reader picked, from the control's value ("12"): one of
/// [`DEVICE_MEMORY_CHOICES_GB`], else `default_gb`, since the control offers nothing else.
pub fn read_memory_choice(value: &str, default_gb: f64) -> f64 {
    crate::model::decimal::parse_f64(value.trim())
        .filter(|gb| DEVICE_MEMORY_CHOICES_GB.contains(gb))
        .unwrap_or(default_gb)
}

/// A choice's words in the control: "8 GB".
pub fn memory_choice_label(gb: f64) -> String {
    format!("{} GB", format::significant_or_whole(gb))
}

/// `data-fits` of a fit.
pub fn data_fits(fit: Fit) -> &'static str {
    match fit {
        Fit::Fits => "yes",
        Fit::SmallerSizesOnly => "partly",
        Fit::TooBig => "no",
    }
}

/// The models block's words for a phone with `phone_ram_gb` of memory.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelsView {
    /// The table's last heading, "On a phone or laptop with 8 GB".
    pub phone_heading: String,
    /// The chart's caption, "Memory to run each model at 4-bit, against a phone or laptop with
    /// 8 GB" (the
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
            released: r.model.released.unwrap_or("not in our sources"),
            params: params_text(r.model.params_b),
            memory: format!("{} GB", gb_range(r.fit.memory.gb)),
            memory_quality: r.fit.memory.quality,
            fit: fit_words(r.fit.fit),
            fit_class: fit_class(r.fit.fit),
            data_fits: data_fits(r.fit.fit),
        })
        .collect()
}

/// The block for `rows` against a phone with `phone_ram_gb`, the data dated `as_of`.
pub fn models_view(rows: &[ModelFitRow], phone_ram_gb: f64, as_of: &str) -> ModelsView {
    let ram = format::significant_or_whole(phone_ram_gb);
    ModelsView {
        phone_heading: format!("On a phone or laptop with {ram} GB"),
        caption: format!(
            "Memory to run each model at 4-bit, against a phone or laptop with {ram} GB"
        ),
        caption_date: format!(" ({}). Lighter bars are estimates.", format::period(as_of)),
        rows: model_rows(rows),
    }
}

#[cfg(test)]
#[path = "models_tests.rs"]
mod tests;
