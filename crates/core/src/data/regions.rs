//! Electricity prices paid by miners, by region: section 7 of `shared/FACTS.md`.
//!
//! These are deal-level prices, not one common basis, so each region is a range (low = high where
//! the source gives one number). Two rows were given in other currencies and are converted here at
//! the stated, assumed rates; they are marked `Estimate`.

use super::sources::{CAMBRIDGE_2025, MINER_DEALS};
use super::{Citation, Dataset, Quality, Source};

/// Assumed exchange rate for the Quebec row: US dollars per Canadian dollar (roughly the 2024-25
/// level; FACTS gives no date for the CAD 0.05 rate). An assumption, not a sourced figure.
pub const USD_PER_CAD: f64 = 0.73;

/// Assumed exchange rate for the Iceland row: US dollars per euro, roughly the 2018 average (the
/// year of the EUR 0.08 figure). An assumption, not a sourced figure.
pub const USD_PER_EUR_2018: f64 = 1.18;

/// Electricity price range for miners in one region.
#[derive(Debug, PartialEq)]
pub struct Region {
    /// Region as readers know it ("US: Texas (Riot)").
    pub name: &'static str,
    /// Lowest reported price (USD per kWh).
    pub usd_per_kwh_low: f64,
    /// Highest reported price (USD per kWh); equal to the low where one figure is given.
    pub usd_per_kwh_high: f64,
    /// As-of date or period as FACTS gives it ("2024-25"; "undated" where it gives none).
    pub as_of: &'static str,
    /// Caveat, or the original currency and the exchange rate assumed.
    pub note: Option<&'static str>,
    pub quality: Quality,
    pub source: &'static Source,
}

/// Regions in the order the page lists them: the article's story first, the survey median last.
pub static REGIONS: &[Region] = &[
    Region {
        name: "US: Texas (Riot)",
        usd_per_kwh_low: 0.027,
        usd_per_kwh_high: 0.034,
        as_of: "2024-25",
        note: Some("one large miner's reported range"),
        quality: Quality::Reported,
        source: &MINER_DEALS,
    },
    Region {
        name: "Paraguay",
        usd_per_kwh_low: 0.047,
        usd_per_kwh_high: 0.047,
        as_of: "2023",
        note: Some("one site; Itaipu hydro; miners' tariff raised 14% in 2024"),
        quality: Quality::Reported,
        source: &MINER_DEALS,
    },
    Region {
        name: "Ethiopia",
        usd_per_kwh_low: 0.032,
        usd_per_kwh_high: 0.032,
        as_of: "2024-25",
        note: Some("hydro; new mining permits frozen in 2025"),
        quality: Quality::Reported,
        source: &MINER_DEALS,
    },
    Region {
        name: "Kazakhstan",
        usd_per_kwh_low: 0.03,
        usd_per_kwh_high: 0.04,
        as_of: "2022",
        note: Some("industry claim"),
        quality: Quality::Reported,
        source: &MINER_DEALS,
    },
    Region {
        name: "Russia (Bratsk)",
        usd_per_kwh_low: 0.04,
        usd_per_kwh_high: 0.04,
        as_of: "undated",
        note: Some("approximate"),
        quality: Quality::Reported,
        source: &MINER_DEALS,
    },
    Region {
        name: "Canada (Quebec)",
        usd_per_kwh_low: 0.05 * USD_PER_CAD,
        usd_per_kwh_high: 0.05 * USD_PER_CAD,
        as_of: "undated",
        note: Some(
            "reported as ~CAD 0.05/kWh (industrial rate); converted at an assumed 0.73 USD per CAD",
        ),
        quality: Quality::Estimate,
        source: &MINER_DEALS,
    },
    Region {
        name: "Norway",
        usd_per_kwh_low: 0.03,
        usd_per_kwh_high: 0.05,
        as_of: "undated",
        note: None,
        quality: Quality::Reported,
        source: &MINER_DEALS,
    },
    Region {
        name: "Iceland",
        usd_per_kwh_low: 0.08 * USD_PER_EUR_2018,
        usd_per_kwh_high: 0.08 * USD_PER_EUR_2018,
        as_of: "2018",
        note: Some(
            "reported as ~EUR 0.08/kWh; converted at an assumed 1.18 USD per EUR (2018 average)",
        ),
        quality: Quality::Estimate,
        source: &MINER_DEALS,
    },
    Region {
        name: "Worldwide (survey median)",
        usd_per_kwh_low: 0.045,
        usd_per_kwh_high: 0.045,
        as_of: "2024",
        note: Some("median of surveyed miners, about half of the hash rate, US-heavy"),
        quality: Quality::Reported,
        source: &CAMBRIDGE_2025,
    },
];

/// Citation for the deal-level rows of [`REGIONS`] (the survey median is cited in
/// [`super::network::CITATIONS`]).
pub static REGION_PRICES_DATASET: Dataset = Dataset {
    label: "Electricity prices paid by miners, by region",
    as_of: "2018 to 2025",
    source: &MINER_DEALS,
    note: Some(
        "deal-level prices on different bases; CAD and EUR figures converted at assumed rates",
    ),
};

/// Every dataset in this file, for the Sources section.
pub static CITATIONS: &[Citation] = &[Citation::Dataset(&REGION_PRICES_DATASET)];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_ordered_and_plausible() {
        for r in REGIONS {
            assert!(r.usd_per_kwh_low <= r.usd_per_kwh_high, "{}", r.name);
            assert!(
                r.usd_per_kwh_low > 0.0 && r.usd_per_kwh_high < 0.30,
                "{}",
                r.name
            );
        }
    }

    #[test]
    fn converted_rows_state_the_rate_they_assume() {
        let converted = [
            ("Canada (Quebec)", USD_PER_CAD),
            ("Iceland", USD_PER_EUR_2018),
        ];
        for (name, rate) in converted {
            let r = REGIONS.iter().find(|r| r.name == name).expect("row exists");
            assert_eq!(r.quality, Quality::Estimate);
            let note = r.note.unwrap_or_default();
            assert!(note.contains(&format!("assumed {rate}")), "{note}");
        }
        let quebec = 0.05 * 0.73;
        assert!((REGIONS[5].usd_per_kwh_low - quebec).abs() < 1e-12);
    }

    #[test]
    fn survey_median_matches_the_network_figure() {
        let median = REGIONS.last().map(|r| r.usd_per_kwh_low);
        assert_eq!(
            median,
            Some(super::super::network::CAMBRIDGE_POWER_USD_PER_KWH.value)
        );
    }
}
