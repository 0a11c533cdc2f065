//! AI toward the edge (FACTS sections 0 and 8): the edge AI market as the seed article sizes it and
//! as other estimates do, and the on-device language models the page compares with phone memory.

use super::sources::{EDGE_AI_ESTIMATES, MODEL_CARDS, SEED_ARTICLE};
use super::{Citation, Dataset, Figure, Quality};

/// First year of the seed article's edge AI forecast.
pub const EDGE_AI_START_YEAR: u16 = 2025;
/// Last year of the seed article's edge AI forecast.
pub const EDGE_AI_END_YEAR: u16 = 2033;

/// Edge AI market in 2025 as the seed article gives it: $25B.
pub static EDGE_AI_2025: Figure = Figure {
    label: "Edge AI market, 2025",
    value: 25.0,
    unit: "billion USD",
    as_of: "2025",
    source: &SEED_ARTICLE,
    quality: Quality::Reported,
    note: None,
};

/// Edge AI market forecast for 2033 as the seed article gives it: $119B.
pub static EDGE_AI_2033: Figure = Figure {
    label: "Edge AI market, 2033 (forecast)",
    value: 119.0,
    unit: "billion USD",
    as_of: "2033",
    source: &SEED_ARTICLE,
    quality: Quality::Reported,
    note: Some("A forecast, not a measurement."),
};

/// The growth the seed article states for 2025..2033: "nearly 300%". The arithmetic of its own
/// figures says otherwise (119/25 = 4.76x, +376%); see `model::ai::seed_growth_correction`.
pub static SEED_GROWTH_CLAIM: Figure = Figure {
    label: "Edge AI growth 2025-2033 as the article states it",
    value: 300.0,
    unit: "%",
    as_of: "2025-2033",
    source: &SEED_ARTICLE,
    quality: Quality::Reported,
    note: Some(
        "\"Nearly 300% growth\"; $25B to $119B is +376% (4.76\u{d7}), about 21.5% a year (derived).",
    ),
};

/// A market sizing given as ranges, in billion USD.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarketRange {
    pub start_year: u16,
    /// (low, high) estimate for `start_year`, billion USD.
    pub start_busd: (f64, f64),
    /// When the end figures apply, in words ("early 2030s": the estimates differ).
    pub end: &'static str,
    /// (low, high) estimate at `end`, billion USD.
    pub end_busd: (f64, f64),
    /// (low, high) growth per year the estimates state, percent.
    pub growth_pct_per_year: (f64, f64),
}

/// Other edge AI estimates: $25-36B (2025) -> $100-143B (early 2030s), 20-30% a year.
pub static EDGE_AI_OTHER_ESTIMATES: MarketRange = MarketRange {
    start_year: 2025,
    start_busd: (25.0, 36.0),
    end: "early 2030s",
    end_busd: (100.0, 143.0),
    growth_pct_per_year: (20.0, 30.0),
};

/// Citation for [`EDGE_AI_OTHER_ESTIMATES`].
pub static EDGE_AI_OTHER_ESTIMATES_DATASET: Dataset = Dataset {
    label: "Other edge AI market estimates",
    as_of: "2025 to the early 2030s",
    source: &EDGE_AI_ESTIMATES,
    note: Some("Several sizings; shown as ranges, not averaged."),
};

/// A language model made to run on phones and laptops.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OnDeviceModel {
    pub name: &'static str,
    pub publisher: &'static str,
    /// Release month as FACTS gives it; None where it gives none.
    pub released: Option<&'static str>,
    /// Parameters in billions, (smallest, largest): equal for one model, a range for a family.
    pub params_b: (f64, f64),
    /// Memory to run it, in GB, where FACTS reports one; None otherwise (never filled in here:
    /// `model::ai::model_memory` estimates it and marks the result as an estimate).
    pub memory_gb: Option<f64>,
    pub note: Option<&'static str>,
}

/// The on-device models of FACTS section 8, oldest release first where known.
/// Source: [`MODEL_CARDS`], cited as [`ON_DEVICE_MODELS_DATASET`].
pub static ON_DEVICE_MODELS: [OnDeviceModel; 8] = [
    OnDeviceModel {
        name: "Llama 3.2 1B",
        publisher: "Meta",
        released: Some("2024-09"),
        params_b: (1.0, 1.0),
        memory_gb: Some(0.9),
        note: Some("About 0.9 GB at 4-bit quantization."),
    },
    OnDeviceModel {
        name: "Llama 3.2 3B",
        publisher: "Meta",
        released: Some("2024-09"),
        params_b: (3.0, 3.0),
        memory_gb: Some(2.0),
        note: Some("About 2 GB at 4-bit quantization."),
    },
    OnDeviceModel {
        name: "Gemma 3n (5B raw)",
        publisher: "Google",
        released: Some("2025-05"),
        params_b: (5.0, 5.0),
        memory_gb: Some(2.0),
        note: Some("5B raw parameters, yet about 2 GB of memory as reported."),
    },
    OnDeviceModel {
        name: "Gemma 3n (8B raw)",
        publisher: "Google",
        released: Some("2025-05"),
        params_b: (8.0, 8.0),
        memory_gb: Some(3.0),
        note: Some("8B raw parameters, yet about 3 GB of memory as reported."),
    },
    OnDeviceModel {
        name: "Qwen 3.5 Small",
        publisher: "Alibaba",
        released: Some("2026-03"),
        params_b: (0.8, 9.0),
        memory_gb: None,
        note: Some("A family from 0.8B to 9B parameters."),
    },
    OnDeviceModel {
        name: "Phi-3 mini",
        publisher: "Microsoft",
        released: None,
        params_b: (3.8, 3.8),
        memory_gb: None,
        note: None,
    },
    OnDeviceModel {
        name: "Gemini Nano (1.8B)",
        publisher: "Google",
        released: None,
        params_b: (1.8, 1.8),
        memory_gb: None,
        note: Some("The smaller of Gemini Nano's two sizes."),
    },
    OnDeviceModel {
        name: "Gemini Nano (3.25B)",
        publisher: "Google",
        released: None,
        params_b: (3.25, 3.25),
        memory_gb: None,
        note: Some("The larger of Gemini Nano's two sizes."),
    },
];

/// Citation for [`ON_DEVICE_MODELS`].
pub static ON_DEVICE_MODELS_DATASET: Dataset = Dataset {
    label: "On-device language models: sizes and memory",
    as_of: "2024-09..2026-03",
    source: &MODEL_CARDS,
    note: Some("Memory figures as reported; where none is reported the page shows an estimate."),
};

/// How fast small models run on phones: quantized models under 3B parameters give ~30-50
/// tokens/s on 8 GB phones.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhoneSpeed {
    /// Models below this size, in billions of parameters (quantized).
    pub params_below_b: f64,
    /// Phone memory, GB.
    pub phone_ram_gb: f64,
    /// (low, high) generation speed, tokens per second.
    pub tokens_per_s: (f64, f64),
}

/// ~30-50 tokens/s for quantized models under 3B on 8 GB phones.
pub static PHONE_SPEED: PhoneSpeed = PhoneSpeed {
    params_below_b: 3.0,
    phone_ram_gb: 8.0,
    tokens_per_s: (30.0, 50.0),
};

/// Citation for [`PHONE_SPEED`].
pub static PHONE_SPEED_DATASET: Dataset = Dataset {
    label: "Speed of quantized models under 3B parameters on 8 GB phones",
    as_of: "undated (models of 2024-09..2026-03)",
    source: &MODEL_CARDS,
    note: Some("About 30-50 tokens per second."),
};

/// Everything this module cites, for the Sources section.
pub static CITATIONS: &[Citation] = &[
    Citation::Figure(&EDGE_AI_2025),
    Citation::Figure(&EDGE_AI_2033),
    Citation::Figure(&SEED_GROWTH_CLAIM),
    Citation::Dataset(&EDGE_AI_OTHER_ESTIMATES_DATASET),
    Citation::Dataset(&ON_DEVICE_MODELS_DATASET),
    Citation::Dataset(&PHONE_SPEED_DATASET),
];
