use super::*;
use crate::data::ai::OnDeviceModel;
use crate::model::ai::{Fit, ModelMemory, PhoneFit};

static SMALL: OnDeviceModel = OnDeviceModel {
    name: "Small",
    publisher: "P",
    released: Some("2024-09"),
    params_b: (1.0, 1.0),
    memory_gb: Some(0.9),
    note: None,
};
static FAMILY: OnDeviceModel = OnDeviceModel {
    name: "Family",
    publisher: "Q",
    released: None,
    params_b: (0.8, 9.0),
    memory_gb: None,
    note: None,
};

fn rows() -> [ModelFitRow; 2] {
    [
        ModelFitRow {
            model: &SMALL,
            fit: PhoneFit {
                memory: ModelMemory {
                    gb: (0.9, 0.9),
                    quality: Quality::Reported,
                },
                available_gb: 4.0,
                fit: Fit::Fits,
            },
        },
        // 4-bit estimates: 0.8 x 0.5 x 1.1 + 0.35 = 0.79 GB and 9 x 0.5 x 1.1 + 0.35 = 5.3 GB;
        // 5.3 > 4 GB free, so only the smaller sizes fit.
        ModelFitRow {
            model: &FAMILY,
            fit: PhoneFit {
                memory: ModelMemory {
                    gb: (0.79, 5.3),
                    quality: Quality::Estimate,
                },
                available_gb: 4.0,
                fit: Fit::SmallerSizesOnly,
            },
        },
    ]
}

#[test]
fn rows_print_ranges_only_for_families() {
    assert_eq!(
        model_rows(&rows()),
        [
            ModelRow {
                name: "Small",
                publisher: "P",
                released: "2024-09",
                params: "1B".into(),
                memory: "0.9 GB".into(),
                memory_quality: Quality::Reported,
                fit: "fits",
                fit_class: "fit-fits",
                data_fits: "yes",
            },
            ModelRow {
                name: "Family",
                publisher: "Q",
                released: "not in our sources",
                params: "0.8\u{2013}9B".into(),
                memory: "0.79\u{2013}5.3 GB".into(),
                memory_quality: Quality::Estimate,
                fit: "smaller sizes only",
                fit_class: "fit-smallersizesonly",
                data_fits: "partly",
            },
        ]
    );
}

#[test]
fn ranges_read_short() {
    assert_eq!(params_text((3.0, 3.0)), "3B");
    assert_eq!(params_text((1.5, 4.0)), "1.5\u{2013}4B");
    // 2.1375 rounds to 2.14; 2.0 prints without decimals.
    assert_eq!(gb_range((2.1375, 2.1375)), "2.14");
    assert_eq!(gb_range((2.0, 5.25)), "2\u{2013}5.25");
}

#[test]
fn the_view_names_the_phone_and_the_date() {
    let view = models_view(&rows(), 8.0, "2026-02");
    assert_eq!(view.phone_heading, "On a phone or laptop with 8 GB");
    assert_eq!(
        view.caption,
        "Memory to run each model at 4-bit, against a phone or laptop with 8 GB"
    );
    assert_eq!(view.caption_date, " (2026-02). Lighter bars are estimates.");
    assert_eq!(view.rows, model_rows(&rows()));
    // A 12 GB phone in the headings.
    assert_eq!(
        models_view(&[], 12.0, "2026").phone_heading,
        "On a phone or laptop with 12 GB"
    );
}

#[test]
fn the_reader_picks_the_memory_and_the_fit_follows() {
    use crate::data::ai::ON_DEVICE_MODELS;
    use crate::model::ai_view::model_fit_rows;
    assert_eq!(read_memory_choice("12", 8.0), 12.0);
    assert_eq!(read_memory_choice(" 4 ", 8.0), 4.0);
    for junk in ["", "5", "1e9", "-8", "NaN", "12 GB", "\u{1f4b8}"] {
        assert_eq!(read_memory_choice(junk, 8.0), 8.0, "{junk:?}");
    }
    assert_eq!(memory_choice_label(16.0), "16 GB");
    let fits_at = |ram: f64| -> Vec<&str> {
        model_rows(&model_fit_rows(&ON_DEVICE_MODELS, ram))
            .into_iter()
            .filter(|r| r.data_fits == "yes")
            .map(|r| r.name)
            .collect()
    };
    // Half the memory is free for a model. 4 GB leaves 2: Llama 3.2 1B (0.9 GB), Gemini Nano
    // 1.8B (1.8 x 0.55 + 0.35 = 1.34 GB), Llama 3.2 3B and Gemma 3n 5B (2 GB each, reported).
    assert_eq!(
        fits_at(4.0),
        [
            "Llama 3.2 1B",
            "Gemini Nano (1.8B)",
            "Llama 3.2 3B",
            "Gemma 3n (5B raw)"
        ]
    );
    // 6 GB leaves 3: also Gemini Nano 3.25B (3.25 x 0.55 + 0.35 = 2.14), Phi-3 mini (3.8 x 0.55
    // + 0.35 = 2.44) and Gemma 3n 8B (3 GB).
    assert_eq!(fits_at(6.0).len(), 7);
    // Qwen 3.5 Small's 9B needs 9 x 0.55 + 0.35 = 5.3 GB: all of it fits from 12 GB (6 free).
    assert_eq!(fits_at(8.0).len(), 7);
    assert_eq!(fits_at(12.0).len(), 8);
    let at_four = model_rows(&model_fit_rows(&ON_DEVICE_MODELS, 4.0));
    let qwen = at_four.iter().find(|r| r.name == "Qwen 3.5 Small").unwrap();
    assert_eq!(qwen.data_fits, "partly");
    let phi = at_four.iter().find(|r| r.name == "Phi-3 mini").unwrap();
    assert_eq!((phi.data_fits, phi.released), ("no", "not in our sources"));
}
