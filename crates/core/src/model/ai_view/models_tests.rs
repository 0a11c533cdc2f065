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
            },
            ModelRow {
                name: "Family",
                publisher: "Q",
                released: "\u{2014}",
                params: "0.8\u{2013}9B".into(),
                memory: "0.79\u{2013}5.3 GB".into(),
                memory_quality: Quality::Estimate,
                fit: "smaller sizes only",
                fit_class: "fit-smallersizesonly",
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
    assert_eq!(view.phone_heading, "On a phone with 8 GB");
    assert_eq!(
        view.caption,
        "Memory to run each model at 4-bit, against a phone with 8 GB"
    );
    assert_eq!(view.caption_date, " (2026-02). Lighter bars are estimates.");
    assert_eq!(view.rows, model_rows(&rows()));
    // A 12 GB phone in the headings.
    assert_eq!(
        models_view(&[], 12.0, "2026").phone_heading,
        "On a phone with 12 GB"
    );
}
