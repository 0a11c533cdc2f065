//! The simulator's fleet and its yardsticks (issue 16).
//!
//! The fleet's mix of machines and power prices is **our assumption**, not a sourced figure:
//! FACTS gives the fleet's average efficiency (28.2 J/TH) and median power price ($0.045/kWh,
//! Cambridge 2024 survey), the machines (section 4) and the prices deals are struck at (section
//! 7), but not how they combine. The mix below reproduces the two averages; the page says so.
//! The difficulty drops of FACTS section 9 are what the simulator's retarget is checked against.

use super::hardware::{HardwareGeneration, GENERATIONS};
use super::sources::{COINDESK_2021, PRESS_2026_DIFFICULTY};
use super::{Citation, Figure, Quality};

/// One machine generation's share of the installed fleet's hash rate.
#[derive(Debug, PartialEq)]
pub struct FleetShare {
    /// The device's name in [`GENERATIONS`] ("Antminer S9").
    pub name: &'static str,
    /// Short name for chart keys and tables ("S9").
    pub short: &'static str,
    /// Share of the installed hash rate, 0 to 1 (assumption).
    pub share: f64,
}

/// The default machine mix, oldest first (assumption). Hash-rate-weighted efficiency:
/// 0.10 x 98 + 0.20 x 29.5 + 0.25 x 21.5 + 0.26 x 17.5 + 0.19 x 13.5
/// = 9.8 + 5.9 + 5.375 + 4.55 + 2.565 = 28.19 J/TH, Cambridge's 28.2 J/TH to one decimal.
pub static FLEET_MIX: &[FleetShare] = &[
    FleetShare {
        name: "Antminer S9",
        short: "S9 (2016)",
        share: 0.10,
    },
    FleetShare {
        name: "Antminer S19 Pro",
        short: "S19 Pro (2020)",
        share: 0.20,
    },
    FleetShare {
        name: "Antminer S19 XP",
        short: "S19 XP (2022)",
        share: 0.25,
    },
    FleetShare {
        name: "Antminer S21",
        short: "S21 (2023)",
        share: 0.26,
    },
    FleetShare {
        name: "Antminer S21 XP",
        short: "S21 XP (2024-25)",
        share: 0.19,
    },
];

/// The device new machines are: the newest generation with a reported (not estimated)
/// efficiency, 13.5 J/TH (the S23 Hydro's ~9.5 J/TH rests on one secondary page).
pub const NEWEST_MACHINE: &str = "Antminer S21 XP";

/// The machine generation named `name` in [`GENERATIONS`].
pub fn generation(name: &str) -> Option<&'static HardwareGeneration> {
    GENERATIONS.iter().find(|g| g.name == name)
}

/// A band of power prices, with the countries whose deals fall in it (assumption).
#[derive(Debug, PartialEq)]
pub struct PowerTier {
    /// "Cheap power", "Median power", "Dear power".
    pub label: &'static str,
    /// Stable id for tables and tests ("cheap").
    pub id: &'static str,
    /// The tier's power price over the scenario's (the survey median): 2/3, 1, 4/3, so
    /// $0.030, $0.045 and $0.060 per kWh at the default.
    pub kwh_ratio: f64,
    /// Share of the installed hash rate, 0 to 1 (assumption).
    pub share: f64,
    /// How the tier's hash rate splits by country, shares adding to 1; "Other countries" is
    /// spread over many small ones.
    pub countries: &'static [(&'static str, f64)],
    /// Which of FACTS section 7's prices put these countries here.
    pub basis: &'static str,
}

/// Name used for hash rate the data does not place in a country.
pub const OTHER_COUNTRIES: &str = "Other countries";

/// The three power tiers, cheapest first (assumption). Shares 35/30/35 put the median kWh in the
/// middle tier, the survey's $0.045 (the simulator spreads each tier over five bands of +-20%
/// around its price, the middle one at the price, which keeps that median); the countries' totals come close to the 2025-Q4 shares (US
/// 0.35 x 0.7 + 0.35 x 0.4 = 38.5% against 37.75%; Russia 13.5% against 15.51%; China 7.5 +
/// 7 = 14.5% against ~14.05%).
pub static POWER_TIERS: &[PowerTier] = &[
    PowerTier {
        label: "Cheap power",
        id: "cheap",
        kwh_ratio: 2.0 / 3.0,
        share: 0.35,
        countries: &[
            ("United States", 0.70),
            ("Ethiopia", 0.10),
            ("Kazakhstan", 0.10),
            ("Norway", 0.10),
        ],
        basis: "Texas (Riot) $0.027-0.034, Ethiopia ~$0.032, Kazakhstan $0.03-0.04, Norway \
                $0.03-0.05 per kWh",
    },
    PowerTier {
        label: "Median power",
        id: "median",
        kwh_ratio: 1.0,
        share: 0.30,
        countries: &[
            ("Russia", 0.45),
            ("China", 0.25),
            ("Canada", 0.20),
            ("Paraguay", 0.10),
        ],
        basis: "Russia (Bratsk) ~$0.04, Quebec ~CAD 0.05, Paraguay ~$0.047 per kWh; China has no \
                price in our sources and is split between this tier and the next",
    },
    PowerTier {
        label: "Dear power",
        id: "dear",
        kwh_ratio: 4.0 / 3.0,
        share: 0.35,
        countries: &[
            ("United States", 0.40),
            ("China", 0.20),
            (OTHER_COUNTRIES, 0.40),
        ],
        basis: "US regions where the all-in cost passes $100,000 per BTC (the article), Iceland \
                ~EUR 0.08 per kWh (2018), and the rest",
    },
];

/// The largest difficulty drop on record (%).
pub static DIFFICULTY_DROP_2021_PCT: Figure = Figure {
    label: "Difficulty change at block 689,471, China's mining ban (the largest drop ever)",
    value: -27.94,
    unit: "%",
    as_of: "2021-07-03",
    source: &COINDESK_2021,
    quality: Quality::Reported,
    note: Some("19.93 T to 14.36 T"),
};

/// Mean time between blocks in the epoch before that retarget (minutes).
pub static BLOCK_TIME_2021_MIN: Figure = Figure {
    label: "Average time between blocks in the epoch before the 2021-07-03 retarget",
    value: 13.9,
    unit: "minutes",
    as_of: "2021-06/07",
    source: &COINDESK_2021,
    quality: Quality::Reported,
    note: Some("approximate"),
};

/// The largest drop since 2021 (%).
pub static DIFFICULTY_DROP_2026_PCT: Figure = Figure {
    label: "Difficulty change at block 935,424, after Winter Storm Fern (the largest since 2021)",
    value: -11.16,
    unit: "%",
    as_of: "2026-02-07",
    source: &PRESS_2026_DIFFICULTY,
    quality: Quality::Reported,
    note: Some("~141.6 T to 125.86 T"),
};

/// Hash rate switched off in the US during Winter Storm Fern (EH/s, a lower bound).
pub static STORM_OFFLINE_EHS: Figure = Figure {
    label: "Hash rate offline in Winter Storm Fern's US curtailments, more than",
    value: 110.0,
    unit: "EH/s",
    as_of: "2026-01/02",
    source: &PRESS_2026_DIFFICULTY,
    quality: Quality::Estimate,
    note: Some("CoinShares' figure, as reported by the press"),
};

/// The bitcoin price after the fall that came with the storm (USD).
pub static STORM_PRICE_USD: Figure = Figure {
    label: "Bitcoin price after the fall of early February 2026",
    value: 60_000.0,
    unit: "USD",
    as_of: "2026-02-05",
    source: &PRESS_2026_DIFFICULTY,
    quality: Quality::Estimate,
    note: Some("approximate, from a ~$126,000 peak in 2025-10"),
};

/// Every figure in this file, for the Sources section.
pub static CITATIONS: &[Citation] = &[
    Citation::Figure(&DIFFICULTY_DROP_2021_PCT),
    Citation::Figure(&BLOCK_TIME_2021_MIN),
    Citation::Figure(&DIFFICULTY_DROP_2026_PCT),
    Citation::Figure(&STORM_OFFLINE_EHS),
    Citation::Figure(&STORM_PRICE_USD),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::network::{CAMBRIDGE_FLEET_J_PER_TH, CAMBRIDGE_POWER_USD_PER_KWH};

    #[test]
    fn the_mix_reproduces_the_surveyed_fleet_average() {
        let total: f64 = FLEET_MIX.iter().map(|m| m.share).sum();
        assert!((total - 1.0).abs() < 1e-12, "{total}");
        let avg: f64 = FLEET_MIX
            .iter()
            .map(|m| m.share * generation(m.name).expect(m.name).j_per_th)
            .sum();
        // 28.19 J/TH (worked in FLEET_MIX's comment) against 28.2.
        assert!((avg - 28.19).abs() < 1e-9, "{avg}");
        assert!((avg - CAMBRIDGE_FLEET_J_PER_TH.value).abs() < 0.05);
        assert!(generation(NEWEST_MACHINE).is_some());
    }

    #[test]
    fn the_median_power_price_is_the_surveys() {
        let total: f64 = POWER_TIERS.iter().map(|t| t.share).sum();
        assert!((total - 1.0).abs() < 1e-12);
        // Cheapest first: the tier where the running share passes one half holds the median.
        let mut below = 0.0;
        let median = POWER_TIERS
            .iter()
            .find(|t| {
                below += t.share;
                below >= 0.5
            })
            .map(|t| t.kwh_ratio * CAMBRIDGE_POWER_USD_PER_KWH.value);
        assert_eq!(median, Some(0.045));
        assert!(POWER_TIERS
            .windows(2)
            .all(|w| w[0].kwh_ratio < w[1].kwh_ratio));
        for t in POWER_TIERS {
            let sum: f64 = t.countries.iter().map(|c| c.1).sum();
            assert!((sum - 1.0).abs() < 1e-12, "{}", t.id);
        }
    }

    #[test]
    fn the_2021_block_time_gives_the_2021_drop() {
        // 13.9 min = 834 s against 600 s: difficulty x 600 / 834 = 0.7194, -28.06%, "about -28%".
        let change = (600.0 / (BLOCK_TIME_2021_MIN.value * 60.0) - 1.0) * 100.0;
        assert!(
            (change - DIFFICULTY_DROP_2021_PCT.value).abs() < 0.2,
            "{change}"
        );
    }
}
