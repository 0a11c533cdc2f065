//! Network state, mining economics and consensus rules: sections 0, 1 and 3 of `shared/FACTS.md`.
//!
//! Each figure carries its unit, as-of date and source; `CITATIONS` lists them all for the Sources
//! section. Amounts per bitcoin have unit "USD" (the page prints "$90,000") and say "per bitcoin"
//! in the label. Where sources disagree (production cost) every estimate is its own figure, so the page
//! can show the range instead of a made-up midpoint.

use super::sources::{
    CAMBRIDGE_2025, CHECKONCHAIN, COINSHARES, HASHRATE_INDEX, HASHRATE_INDEX_2022, JPMORGAN, LUXOR,
    MACROMICRO, PRESS_DIFFICULTY, SEED_ARTICLE,
};
use super::{sources, Citation, Dataset, Figure, Quality};

/// `figure! { NAME, label, value, unit, as_of, SOURCE, Quality, note }` defines one `pub static`
/// [`Figure`]. Brace-delimited so each figure stays one readable block.
macro_rules! figure {
    ($(#[$doc:meta])* $name:ident, $label:literal, $value:expr, $unit:literal, $as_of:literal,
     $source:ident, $quality:ident, $note:expr) => {
        $(#[$doc])*
        pub static $name: Figure = Figure {
            label: $label, value: $value, unit: $unit, as_of: $as_of,
            source: &$source, quality: Quality::$quality, note: $note,
        };
    };
}

mod consensus;
pub use consensus::{
    Halving, GENESIS_SUBSIDY_BTC, HALVINGS, HALVINGS_DATASET, HALVING_INTERVAL_BLOCKS,
    RETARGET_INTERVAL_BLOCKS, TARGET_BLOCK_TIME_S,
};

// --- The seed article (section 0): the figures the default scenario reproduces. ---
figure! {
    /// Market price the article quotes (USD per BTC).
    SEED_PRICE_USD, "Bitcoin price", 67_000.0, "USD", "2026", SEED_ARTICLE, Reported,
    Some("approximate, as quoted in the article")
}
figure! {
    /// Production cost per bitcoin the article quotes (USD per BTC).
    SEED_COST_USD_PER_BTC, "Production cost per bitcoin", 90_000.0, "USD", "2026",
    SEED_ARTICLE, Reported, Some("approximate, as quoted in the article")
}
figure! {
    /// Lower bound of the mining cost in some US regions (USD per BTC).
    SEED_US_REGION_COST_USD_PER_BTC, "Mining cost per bitcoin in some US regions, more than",
    100_000.0, "USD", "2026", SEED_ARTICLE, Reported,
    Some("the article gives a lower bound (\"> $100,000\")")
}
figure! {
    /// Network hash rate the article quotes (EH/s; 1 ZH/s).
    SEED_HASHRATE_EHS, "Network hash rate (article)", 1_000.0, "EH/s", "2026", SEED_ARTICLE,
    Reported, Some("~1 ZH/s as of early 2026, down 4% in Q1 2026: the first first-quarter drop in six years")
}

// --- Network state (section 3). ---
figure! {
    /// Network hash rate, 7-day average (EH/s).
    HASHRATE_7D_EHS, "Network hash rate, 7-day average", 1_024.0, "EH/s", "2026-01-12",
    HASHRATE_INDEX, Reported, None
}
figure! {
    /// Network hash rate, 30-day average (EH/s).
    HASHRATE_30D_EHS, "Network hash rate, 30-day average", 1_052.0, "EH/s", "2026-01-12",
    HASHRATE_INDEX, Reported, None
}
figure! {
    /// Mining difficulty (trillions, i.e. 148.26 x 10^12).
    DIFFICULTY_T, "Difficulty", 148.26, "T", "2026-01-08", HASHRATE_INDEX, Reported, None
}
figure! {
    /// Transaction fees as a share of block rewards (%).
    FEE_SHARE_PCT, "Fees, share of block rewards", 0.55, "%", "week to 2026-01-12", HASHRATE_INDEX,
    Reported, None
}
figure! {
    /// Transaction fees per block (BTC), derived from [`FEE_SHARE_PCT`].
    FEES_BTC_PER_BLOCK, "Fees per block", 0.017, "BTC/block", "week to 2026-01-12", HASHRATE_INDEX,
    Derived, Some("0.55% of block rewards with a 3.125 BTC subsidy: 0.0055 \u{d7} 3.125 = ~0.017 BTC")
}

// --- Hashprice: revenue per unit of hash rate (USD per PH/s per day). ---
figure! {
    /// Hashprice (USD per PH/s per day).
    HASHPRICE_USD_PER_PH_DAY, "Hashprice", 39.53, "USD/PH/s/day", "2026-01-12", HASHRATE_INDEX,
    Reported, None
}
figure! {
    /// Hashprice record low (USD per PH/s per day).
    HASHPRICE_RECORD_LOW, "Hashprice, record low (Luxor)", 34.2, "USD/PH/s/day", "late 2025-11",
    LUXOR, Reported, Some("the record as of late 2025; press reports put it lower in 2026-02")
}
figure! {
    /// Hashprice after the February 2026 storm and price fall, an upper bound (USD per PH/s per
    /// day): press reports say "below $32".
    HASHPRICE_2026_02_BELOW, "Hashprice in February 2026, below", 32.0, "USD/PH/s/day",
    "2026-02", PRESS_DIFFICULTY, Estimate,
    Some("press reports after Winter Storm Fern and a price fall to ~$60,000 (2026-02-05)")
}
figure! {
    /// Average hashprice in 2021 (USD per PH/s per day).
    HASHPRICE_2021_AVG, "Hashprice, 2021 average", 314.61, "USD/PH/s/day", "2021",
    HASHRATE_INDEX_2022, Reported, None
}
figure! {
    /// Average hashprice in 2022 (USD per PH/s per day).
    HASHPRICE_2022_AVG, "Hashprice, 2022 average", 123.88, "USD/PH/s/day", "2022",
    HASHRATE_INDEX_2022, Reported, None
}

// --- Production cost estimates (USD per BTC): they disagree, so each is shown. ---
figure! {
    /// JPMorgan's production cost estimate at the start of 2026 (USD per BTC).
    JPMORGAN_COST_2026_START, "Production cost per bitcoin (JPMorgan), start of 2026", 90_000.0,
    "USD", "start of 2026", JPMORGAN, Reported, None
}
figure! {
    /// JPMorgan's production cost estimate, February 2026 (USD per BTC).
    JPMORGAN_COST_2026_02, "Production cost per bitcoin (JPMorgan), February 2026", 77_000.0,
    "USD", "2026-02", JPMORGAN, Reported, Some("down from ~$90,000 at the start of 2026")
}
figure! {
    /// Checkonchain's production cost estimate (USD per BTC).
    CHECKONCHAIN_COST, "Production cost per bitcoin (Checkonchain)", 87_000.0, "USD",
    "early 2026", CHECKONCHAIN, Reported, None
}
figure! {
    /// Listed miners' cash cost per bitcoin (USD per BTC).
    COINSHARES_CASH_COST, "Listed miners' cash cost per bitcoin", 82_162.0, "USD", "Q4 2024",
    COINSHARES, Reported, None
}
figure! {
    /// Listed miners' all-in cost per bitcoin (USD per BTC).
    COINSHARES_ALL_IN_COST, "Listed miners' all-in cost per bitcoin", 137_018.0, "USD", "Q4 2024",
    COINSHARES, Reported, None
}
figure! {
    /// Electricity-only cost of one bitcoin at 0.05 USD/kWh (USD per BTC).
    MACROMICRO_ENERGY_COST, "Electricity cost per bitcoin at $0.05/kWh", 85_233.0, "USD",
    "2025-03-09", MACROMICRO, Reported, None
}

// --- Cambridge survey (2024 data, published 2025). ---
figure! {
    /// Median electricity price paid by surveyed miners (USD per kWh).
    CAMBRIDGE_POWER_USD_PER_KWH, "Median miner electricity price (survey)", 0.045, "USD/kWh",
    "2024", CAMBRIDGE_2025, Reported, None
}
figure! {
    /// Median total operating cost of surveyed miners, per kWh used (USD per kWh).
    CAMBRIDGE_ALL_OPEX_USD_PER_KWH, "Median miner operating cost, all opex (survey)", 0.0555,
    "USD/kWh", "2024", CAMBRIDGE_2025, Reported, None
}
figure! {
    /// Average efficiency of the surveyed fleet (J/TH; lower is better).
    CAMBRIDGE_FLEET_J_PER_TH, "Average surveyed fleet efficiency", 28.2, "J/TH", "2024",
    CAMBRIDGE_2025, Reported, None
}

/// Decimal year of the start of a month (`ym(2013.0, 9.0)` = 2013.667), for the history chart.
const fn ym(year: f64, month: f64) -> f64 {
    year + (month - 1.0) / 12.0
}

/// Network hash rate history: `(decimal year at the start of the month, EH/s)`.
/// Early values were given in PH/s and are converted (1 PH/s = 0.001 EH/s).
pub static HASHRATE_HISTORY: &[(f64, f64)] = &[
    (ym(2013.0, 9.0), 0.001),
    (ym(2014.0, 6.0), 0.1),
    (ym(2016.0, 1.0), 1.0),
    (ym(2018.0, 11.0), 60.0),
    (ym(2019.0, 9.0), 102.8),
    (ym(2021.0, 6.0), 57.5),
    (ym(2022.0, 2.0), 248.0),
    (ym(2024.0, 1.0), 521.0),
    (ym(2024.0, 12.0), 778.0),
    (ym(2025.0, 4.0), 1_000.0),
    (ym(2025.0, 10.0), 1_160.0),
    (ym(2026.0, 1.0), 743.0),
];

/// Events worth labelling on the history chart: `(decimal year, caption)`.
pub static HASHRATE_EVENTS: &[(f64, &str)] = &[
    (ym(2021.0, 6.0), "China's mining ban"),
    (ym(2025.0, 4.0), "first month above 1 ZH/s"),
    (ym(2025.0, 10.0), "record 1,160 EH/s"),
    (ym(2026.0, 1.0), "US winter-storm shutdowns"),
];

/// The network hash rate that represents a year, for "one device's share of the network in its
/// year": `(decimal year, EH/s)`. Derived from [`HASHRATE_HISTORY`] without its two dips (the
/// 2021-06 China-ban low and the 2026-01 winter-storm shutdowns, each a few weeks), with January
/// 2026 at the 7-day average of 2026-01-12 ([`HASHRATE_7D_EHS`], 1,024 EH/s). Between points the
/// page interpolates log-linearly, so 2020 reads ~116 EH/s (between 2019-09's 102.8 and
/// 2022-02's 248), not the ~92 a line through the 2021 low would give.
pub static YEARLY_HASHRATE: &[(f64, f64)] = &[
    (ym(2013.0, 9.0), 0.001),
    (ym(2014.0, 6.0), 0.1),
    (ym(2016.0, 1.0), 1.0),
    (ym(2018.0, 11.0), 60.0),
    (ym(2019.0, 9.0), 102.8),
    (ym(2022.0, 2.0), 248.0),
    (ym(2024.0, 1.0), 521.0),
    (ym(2024.0, 12.0), 778.0),
    (ym(2025.0, 4.0), 1_000.0),
    (ym(2025.0, 10.0), 1_160.0),
    (ym(2026.0, 1.0), 1_024.0),
];

/// Citation for [`YEARLY_HASHRATE`].
pub static YEARLY_HASHRATE_DATASET: Dataset = Dataset {
    label: "Representative network hash rate of a year (for one device's share)",
    as_of: "2013-09 to 2026-01",
    source: &sources::HASHRATE_HISTORY,
    note: Some(
        "derived: the hash rate history without its two dips (2021-06 China-ban low, 2026-01 \
         winter-storm shutdowns), with 2026-01 at the 7-day average of 2026-01-12 (1,024 EH/s, \
         Hashrate Index); log-linear between points",
    ),
};

/// Citation for [`HASHRATE_HISTORY`].
pub static HASHRATE_HISTORY_DATASET: Dataset = Dataset {
    label: "Network hash rate history",
    as_of: "2013-09 to 2026-01",
    source: &sources::HASHRATE_HISTORY,
    note: Some(
        "2013-14 given in PH/s (1 and 100 PH/s); 2018-11 approximate; 2025-04 plotted at \
         1,000 EH/s, the month it first passed 1 ZH/s",
    ),
};

/// Every figure and dataset in this file, for the Sources section.
pub static CITATIONS: &[Citation] = &[
    Citation::Figure(&SEED_PRICE_USD),
    Citation::Figure(&SEED_COST_USD_PER_BTC),
    Citation::Figure(&SEED_US_REGION_COST_USD_PER_BTC),
    Citation::Figure(&SEED_HASHRATE_EHS),
    Citation::Figure(&HASHRATE_7D_EHS),
    Citation::Figure(&HASHRATE_30D_EHS),
    Citation::Figure(&DIFFICULTY_T),
    Citation::Figure(&FEE_SHARE_PCT),
    Citation::Figure(&FEES_BTC_PER_BLOCK),
    Citation::Figure(&HASHPRICE_USD_PER_PH_DAY),
    Citation::Figure(&HASHPRICE_RECORD_LOW),
    Citation::Figure(&HASHPRICE_2026_02_BELOW),
    Citation::Figure(&HASHPRICE_2021_AVG),
    Citation::Figure(&HASHPRICE_2022_AVG),
    Citation::Figure(&JPMORGAN_COST_2026_START),
    Citation::Figure(&JPMORGAN_COST_2026_02),
    Citation::Figure(&CHECKONCHAIN_COST),
    Citation::Figure(&COINSHARES_CASH_COST),
    Citation::Figure(&COINSHARES_ALL_IN_COST),
    Citation::Figure(&MACROMICRO_ENERGY_COST),
    Citation::Figure(&CAMBRIDGE_POWER_USD_PER_KWH),
    Citation::Figure(&CAMBRIDGE_ALL_OPEX_USD_PER_KWH),
    Citation::Figure(&CAMBRIDGE_FLEET_J_PER_TH),
    Citation::Figure(&TARGET_BLOCK_TIME_S),
    Citation::Figure(&RETARGET_INTERVAL_BLOCKS),
    Citation::Figure(&HALVING_INTERVAL_BLOCKS),
    Citation::Figure(&GENESIS_SUBSIDY_BTC),
    Citation::Dataset(&HALVINGS_DATASET),
    Citation::Dataset(&HASHRATE_HISTORY_DATASET),
    Citation::Dataset(&YEARLY_HASHRATE_DATASET),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_fees_match_the_reported_share() {
        let fees = FEE_SHARE_PCT.value / 100.0 * 3.125;
        assert!((fees - FEES_BTC_PER_BLOCK.value).abs() < 0.001, "{fees}");
    }

    #[test]
    fn history_is_chronological_and_positive() {
        assert!(HASHRATE_HISTORY.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(HASHRATE_HISTORY.iter().all(|&(_, ehs)| ehs > 0.0));
        assert!((HASHRATE_HISTORY[0].0 - 2013.667).abs() < 0.001);
    }

    #[test]
    fn yearly_hash_rate_is_the_history_without_its_dips() {
        let dips = [ym(2021.0, 6.0), ym(2026.0, 1.0)];
        for &(year, ehs) in HASHRATE_HISTORY {
            if !dips.contains(&year) {
                assert!(YEARLY_HASHRATE.contains(&(year, ehs)), "{year}");
            }
        }
        assert!(!YEARLY_HASHRATE.contains(&(ym(2021.0, 6.0), 57.5)));
        assert_eq!(
            YEARLY_HASHRATE.last(),
            Some(&(ym(2026.0, 1.0), HASHRATE_7D_EHS.value))
        );
        assert!(YEARLY_HASHRATE.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn citations_list_each_item_once() {
        for (i, a) in CITATIONS.iter().enumerate() {
            for b in &CITATIONS[i + 1..] {
                assert!(a != b, "{a:?} listed twice");
            }
        }
    }
}
