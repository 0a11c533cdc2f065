//! Edge AI arithmetic: growth and compound annual growth, the seed article's "nearly 300%" checked
//! against its own figures, and whether an on-device model fits in a phone's memory.

use crate::data::ai::{
    OnDeviceModel, EDGE_AI_2025, EDGE_AI_2033, EDGE_AI_END_YEAR, EDGE_AI_START_YEAR,
    SEED_GROWTH_CLAIM,
};
use crate::data::Quality;

fn positive(x: f64) -> bool {
    x.is_finite() && x > 0.0
}

/// Growth from `start` to `end` in percent: (end / start - 1) * 100.
/// $25B -> $119B: +376%. None unless both values are finite and `start` is positive.
pub fn growth_pct(start: f64, end: f64) -> Option<f64> {
    multiple(start, end).map(|m| (m - 1.0) * 100.0)
}

/// How many times `end` is `start`: $25B -> $119B is 4.76x. None unless `start` is positive.
pub fn multiple(start: f64, end: f64) -> Option<f64> {
    (positive(start) && end.is_finite()).then(|| end / start)
}

/// Compound annual growth rate, percent per year: ((end / start)^(1 / years) - 1) * 100.
/// $25B -> $119B over 8 years: 21.5%/yr; a doubling over 1 year: 100%/yr.
/// None unless `start` and `years` are positive and `end` is not negative.
pub fn cagr_pct(start: f64, end: f64, years: f64) -> Option<f64> {
    if !(positive(start) && positive(years) && end.is_finite() && end >= 0.0) {
        return None;
    }
    Some(((end / start).powf(1.0 / years) - 1.0) * 100.0)
}

/// Value after growing `start` by `growth_pct` percent: start * (1 + growth_pct / 100).
pub fn value_after_growth(start: f64, growth_pct: f64) -> f64 {
    start * (1.0 + growth_pct / 100.0)
}

/// The seed article's edge AI growth claim next to what its own figures give, for the page's
/// polite correction. Money in billion USD, rates in percent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GrowthCorrection {
    /// The article's 2025 figure, $25B.
    pub start_busd: f64,
    /// The article's 2033 figure, $119B.
    pub end_busd: f64,
    /// 2033 - 2025 = 8.
    pub years: f64,
    /// What the article says: "nearly 300%".
    pub claimed_growth_pct: f64,
    /// Where +300% from $25B would end: $100B.
    pub claimed_end_busd: f64,
    /// The yearly rate +300% over 8 years means: 4^(1/8) - 1 = 18.9%/yr.
    pub claimed_cagr_pct: f64,
    /// 119 / 25 = 4.76x.
    pub actual_multiple: f64,
    /// (4.76 - 1) * 100 = +376%.
    pub actual_growth_pct: f64,
    /// 4.76^(1/8) - 1 = 21.5%/yr.
    pub actual_cagr_pct: f64,
}

/// The correction computed from data::ai (EDGE_AI_2025, EDGE_AI_2033, SEED_GROWTH_CLAIM; seed
/// article): "$25B to $119B is +376% (4.76x, about 21.5% a year); +300% would end at $100B."
pub fn seed_growth_correction() -> GrowthCorrection {
    let (start, end) = (EDGE_AI_2025.value, EDGE_AI_2033.value);
    let years = f64::from(EDGE_AI_END_YEAR - EDGE_AI_START_YEAR);
    let claimed = SEED_GROWTH_CLAIM.value;
    let claimed_end = value_after_growth(start, claimed);
    // The inputs are fixed positive figures, so the Options below are always Some.
    GrowthCorrection {
        start_busd: start,
        end_busd: end,
        years,
        claimed_growth_pct: claimed,
        claimed_end_busd: claimed_end,
        claimed_cagr_pct: cagr_pct(start, claimed_end, years).unwrap_or(f64::NAN),
        actual_multiple: multiple(start, end).unwrap_or(f64::NAN),
        actual_growth_pct: growth_pct(start, end).unwrap_or(f64::NAN),
        actual_cagr_pct: cagr_pct(start, end, years).unwrap_or(f64::NAN),
    }
}

/// Bytes per parameter at 4-bit quantization (4 bits = half a byte).
pub const BYTES_PER_PARAM_4BIT: f64 = 0.5;
/// Extra on the 4-bit weights for quantization scales and tensors kept at higher precision: 10%.
/// An assumption, chosen with [`RUNTIME_OVERHEAD_GB`] to reproduce the reported Llama 3.2 figures.
pub const WEIGHT_OVERHEAD: f64 = 0.10;
/// Fixed runtime memory (context cache, buffers) in GB: 0.35. An assumption, as above.
pub const RUNTIME_OVERHEAD_GB: f64 = 0.35;

/// Estimated memory in GB to run a model of `params_b` billion parameters at 4-bit:
/// params_b * 0.5 * 1.1 + 0.35. It reproduces the reported Llama 3.2 figures (1B: 0.9 GB,
/// 3B: 2.0 GB) and nothing else is measured: a derived estimate, to be shown as one. Models
/// built for phones can need less (Gemma 3n: 8B raw parameters in ~3 GB).
pub fn estimate_memory_gb_4bit(params_b: f64) -> f64 {
    params_b.max(0.0) * BYTES_PER_PARAM_4BIT * (1.0 + WEIGHT_OVERHEAD) + RUNTIME_OVERHEAD_GB
}

/// Memory a model needs, GB, for its smallest and largest size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModelMemory {
    /// (smallest, largest) size, GB; equal for a single model.
    pub gb: (f64, f64),
    /// `Reported` when FACTS gives the figure, `Estimate` when it comes from
    /// [`estimate_memory_gb_4bit`].
    pub quality: Quality,
}

/// The reported memory figure of `model` if FACTS has one, else the 4-bit estimate.
pub fn model_memory(model: &OnDeviceModel) -> ModelMemory {
    match model.memory_gb {
        Some(gb) => ModelMemory {
            gb: (gb, gb),
            quality: Quality::Reported,
        },
        None => ModelMemory {
            gb: (
                estimate_memory_gb_4bit(model.params_b.0),
                estimate_memory_gb_4bit(model.params_b.1),
            ),
            quality: Quality::Estimate,
        },
    }
}

/// Share of a phone's memory assumed free for one app's model: half. An assumption, not from
/// FACTS (the system and other apps stay resident); with it an 8 GB phone offers 4 GB, which
/// agrees with FACTS' quantized models under 3B (~2 GB) running on 8 GB phones.
pub const DEFAULT_USABLE_FRACTION: f64 = 0.5;

/// Whether a model fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Every size fits.
    Fits,
    /// A family whose small sizes fit and large ones do not.
    SmallerSizesOnly,
    /// Not even the smallest size fits.
    TooBig,
}

/// A model against one phone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhoneFit {
    pub memory: ModelMemory,
    /// Memory the model may use, GB: phone RAM * usable fraction.
    pub available_gb: f64,
    pub fit: Fit,
}

/// Whether `needed_gb` fits in `available_gb` (both GB).
pub fn fits_in_memory(needed_gb: f64, available_gb: f64) -> bool {
    needed_gb <= available_gb
}

/// Does `model` fit in a phone with `phone_ram_gb` GB of memory, of which `usable_fraction`
/// (clamped to 0..=1; [`DEFAULT_USABLE_FRACTION`] by default) is free for it?
pub fn phone_fit(model: &OnDeviceModel, phone_ram_gb: f64, usable_fraction: f64) -> PhoneFit {
    let memory = model_memory(model);
    let available_gb = phone_ram_gb.max(0.0) * usable_fraction.clamp(0.0, 1.0);
    let fit = match (
        fits_in_memory(memory.gb.0, available_gb),
        fits_in_memory(memory.gb.1, available_gb),
    ) {
        (_, true) => Fit::Fits,
        (true, false) => Fit::SmallerSizesOnly,
        (false, false) => Fit::TooBig,
    };
    PhoneFit {
        memory,
        available_gb,
        fit,
    }
}

#[cfg(test)]
#[path = "ai_tests.rs"]
mod tests;
