use proptest::prelude::*;

use super::*;
use crate::data::ai::{ON_DEVICE_MODELS, PHONE_SPEED};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

fn model(name: &str) -> &'static OnDeviceModel {
    ON_DEVICE_MODELS.iter().find(|m| m.name == name).unwrap()
}

#[test]
fn seed_figures() {
    // 119 / 25 = 4.76; (4.76 - 1) * 100 = 376%.
    assert!(close(multiple(25.0, 119.0).unwrap(), 4.76, 1e-12));
    assert!(close(growth_pct(25.0, 119.0).unwrap(), 376.0, 1e-9));
    // 4.76^(1/8): ln 4.76 = 1.56025, / 8 = 0.195031, e^0.195031 = 1.215349 -> 21.53%/yr.
    assert!(close(cagr_pct(25.0, 119.0, 8.0).unwrap(), 21.5349, 1e-4));
}

#[test]
fn polite_correction() {
    // +300% from $25B ends at 25 * 4 = $100B; 4^(1/8) = 2^(1/4) = 1.189207 -> 18.92%/yr.
    let c = seed_growth_correction();
    assert_eq!(
        (c.start_busd, c.end_busd, c.years, c.claimed_growth_pct),
        (25.0, 119.0, 8.0, 300.0)
    );
    assert!(close(c.claimed_end_busd, 100.0, 1e-12));
    assert!(close(c.claimed_cagr_pct, 18.9207, 1e-4));
    assert!(close(c.actual_multiple, 4.76, 1e-12));
    assert!(close(c.actual_growth_pct, 376.0, 1e-9));
    assert!(close(c.actual_cagr_pct, 21.5349, 1e-4));
}

#[test]
fn growth_edge_cases() {
    assert_eq!(cagr_pct(10.0, 20.0, 1.0), Some(100.0));
    assert_eq!(cagr_pct(10.0, 10.0, 5.0), Some(0.0));
    assert_eq!(cagr_pct(10.0, 0.0, 2.0), Some(-100.0));
    assert_eq!(cagr_pct(0.0, 10.0, 2.0), None);
    assert_eq!(cagr_pct(10.0, 20.0, 0.0), None);
    assert_eq!(cagr_pct(10.0, -1.0, 2.0), None);
    assert_eq!(growth_pct(0.0, 5.0), None);
    assert_eq!(value_after_growth(25.0, 376.0), 119.0);
}

#[test]
fn memory_estimator_reproduces_llama_and_is_marked() {
    // 1 * 0.5 * 1.1 + 0.35 = 0.90; 3 * 0.55 + 0.35 = 2.00 (the reported Llama 3.2 figures).
    assert!(close(estimate_memory_gb_4bit(1.0), 0.9, 1e-12));
    assert!(close(estimate_memory_gb_4bit(3.0), 2.0, 1e-12));
    assert_eq!(
        model_memory(model("Llama 3.2 3B")),
        ModelMemory {
            gb: (2.0, 2.0),
            quality: Quality::Reported
        }
    );
    // Phi-3 mini: 3.8 * 0.55 + 0.35 = 2.44, an estimate.
    let phi = model_memory(model("Phi-3 mini"));
    assert_eq!(phi.quality, Quality::Estimate);
    assert!(close(phi.gb.0, 2.44, 1e-12) && phi.gb.0 == phi.gb.1);
    // Qwen 3.5 Small, 0.8..9B: 0.44 + 0.35 = 0.79 .. 4.95 + 0.35 = 5.30.
    let qwen = model_memory(model("Qwen 3.5 Small"));
    assert!(close(qwen.gb.0, 0.79, 1e-12) && close(qwen.gb.1, 5.3, 1e-12));
    // Every model without a reported figure gets an estimate, and only those.
    for m in &ON_DEVICE_MODELS {
        let expected = if m.memory_gb.is_some() {
            Quality::Reported
        } else {
            Quality::Estimate
        };
        assert_eq!(model_memory(m).quality, expected, "{}", m.name);
    }
}

#[test]
fn phone_fits() {
    // 8 GB at half: 4 GB free. Qwen 0.79 GB fits, 5.3 GB does not.
    let q = phone_fit(model("Qwen 3.5 Small"), 8.0, DEFAULT_USABLE_FRACTION);
    assert_eq!((q.available_gb, q.fit), (4.0, Fit::SmallerSizesOnly));
    assert_eq!(
        phone_fit(model("Llama 3.2 3B"), 8.0, DEFAULT_USABLE_FRACTION).fit,
        Fit::Fits
    );
    // Gemma 3n 8B raw needs ~3 GB; a 4 GB phone offers 2.
    assert_eq!(
        phone_fit(model("Gemma 3n (8B raw)"), 4.0, DEFAULT_USABLE_FRACTION).fit,
        Fit::TooBig
    );
    // The fraction is clamped: 150% of 2 GB is still 2 GB.
    assert_eq!(phone_fit(model("Llama 3.2 1B"), 2.0, 1.5).available_gb, 2.0);
    assert!(fits_in_memory(2.0, 2.0) && !fits_in_memory(2.01, 2.0));
}

#[test]
fn small_models_fit_the_8_gb_phones_facts_mentions() {
    // FACTS: quantized models under 3B run on 8 GB phones; the default assumption must agree.
    for m in ON_DEVICE_MODELS
        .iter()
        .filter(|m| m.params_b.1 <= PHONE_SPEED.params_below_b)
    {
        let fit = phone_fit(m, PHONE_SPEED.phone_ram_gb, DEFAULT_USABLE_FRACTION).fit;
        assert_eq!(fit, Fit::Fits, "{}", m.name);
    }
}

proptest! {
    #[test]
    fn doubling_in_one_year_is_100_percent(start in 1e-6..1e12f64) {
        prop_assert!(close(cagr_pct(start, 2.0 * start, 1.0).unwrap(), 100.0, 1e-9));
    }

    #[test]
    fn growth_and_value_after_growth_agree(start in 1e-3..1e6f64, g in -99.0..1e4f64) {
        let end = value_after_growth(start, g);
        prop_assert!(close(growth_pct(start, end).unwrap(), g, 1e-6 * (1.0 + g.abs())));
    }
}
