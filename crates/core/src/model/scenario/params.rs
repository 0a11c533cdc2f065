//! [`PARAMS`]: the single source of truth for every input's key, label, unit, range, step and
//! default, with the default's source.

use super::{Param, ParamSpec};
use crate::data::network::{
    CAMBRIDGE_FLEET_J_PER_TH, CAMBRIDGE_POWER_USD_PER_KWH, FEES_BTC_PER_BLOCK, SEED_HASHRATE_EHS,
    SEED_PRICE_USD,
};

/// Hardware price giving the default all-in cost of ~$90,000, the article's and JPMorgan's figure.
///
/// At the other defaults: 144 x (3.125 + 0.017) = 452.448 BTC per day; power 1,000 EH/s x 10^6 x
/// 28.2 J/TH = 28.2 GW, so 676.8 million kWh per day, x 0.045 = $30.456 million, = $67,313.81 per
/// BTC; other opex x 0.233 = $15,684.12. That leaves $90,000 - 82,997.93 = $7,002 per BTC, or
/// $3.168 million per day, for hardware: x 5 years x 365 days / 10^9 TH/s = $5.78 per TH/s.
/// Rounded to $6.00: hardware $7,266.41 per BTC, all-in $90,264.34 (+0.3%).
pub const CAPEX_DEFAULT_USD_PER_THS: f64 = 6.0;

/// Other opex as a share of the power bill: Cambridge's all-opex $0.0555/kWh over power
/// $0.045/kWh, minus 1 = 0.2333, rounded to the slider step.
pub const OPEX_DEFAULT_SHARE: f64 = 0.233;

/// The subsidy of each halving epoch (BTC per block), offered as choices.
pub static SUBSIDY_EPOCHS_BTC: &[f64] = &[50.0, 25.0, 12.5, 6.25, 3.125, 1.5625, 0.781_25];

/// The inputs, in [`Param::ALL`] order.
pub static PARAMS: [ParamSpec; 9] = [
    ParamSpec {
        param: Param::Price,
        key: "price",
        label: "Bitcoin price",
        unit: "USD",
        min: 1_000.0,
        max: 250_000.0,
        step: 100.0,
        default: SEED_PRICE_USD.value,
        default_source: "~$67,000, the market price in the article (2026)",
        figure: Some(&SEED_PRICE_USD),
        choices: &[],
    },
    ParamSpec {
        param: Param::Kwh,
        key: "kwh",
        label: "Electricity price",
        unit: "USD/kWh",
        min: 0.0,
        max: 0.30,
        step: 0.001,
        default: CAMBRIDGE_POWER_USD_PER_KWH.value,
        default_source: "$0.045/kWh, the median miner's power price (Cambridge survey, 2024)",
        figure: Some(&CAMBRIDGE_POWER_USD_PER_KWH),
        choices: &[],
    },
    ParamSpec {
        param: Param::Eff,
        key: "eff",
        label: "Fleet efficiency",
        unit: "J/TH",
        min: 5.0,
        max: 200.0,
        step: 0.1,
        default: CAMBRIDGE_FLEET_J_PER_TH.value,
        default_source: "28.2 J/TH, the surveyed fleet's average (Cambridge survey, 2024)",
        figure: Some(&CAMBRIDGE_FLEET_J_PER_TH),
        choices: &[],
    },
    ParamSpec {
        param: Param::Hashrate,
        key: "hashrate",
        label: "Network hash rate",
        unit: "EH/s",
        min: 50.0,
        max: 3_000.0,
        step: 1.0,
        default: SEED_HASHRATE_EHS.value,
        default_source: "~1 ZH/s (1,000 EH/s), the network hash rate in the article (2026)",
        figure: Some(&SEED_HASHRATE_EHS),
        choices: &[],
    },
    ParamSpec {
        param: Param::Fees,
        key: "fees",
        label: "Fees per block",
        unit: "BTC per block",
        min: 0.0,
        max: 5.0,
        step: 0.001,
        default: FEES_BTC_PER_BLOCK.value,
        default_source:
            "~0.017 BTC, derived from fees of 0.55% of block rewards (Hashrate Index, week to \
             2026-01-12)",
        figure: Some(&FEES_BTC_PER_BLOCK),
        choices: &[],
    },
    ParamSpec {
        param: Param::Subsidy,
        key: "subsidy",
        label: "Block subsidy",
        unit: "BTC per block",
        min: 0.0,
        max: 50.0,
        step: 1e-8,
        default: 3.125,
        default_source:
            "3.125 BTC, the subsidy since the April 2024 halving (Bitcoin Core consensus rules)",
        figure: None,
        choices: SUBSIDY_EPOCHS_BTC,
    },
    ParamSpec {
        param: Param::Capex,
        key: "capex",
        label: "Hardware price",
        unit: "USD per TH/s",
        min: 0.0,
        max: 100.0,
        step: 0.1,
        default: CAPEX_DEFAULT_USD_PER_THS,
        default_source:
            "$6 per TH/s: calibrated so the default all-in cost is ~$90,000 (JPMorgan's estimate, \
             start of 2026). A new Antminer S21 XP costs ~$25.70 per TH/s (Hashrate Index, \
             2025-11-03), but most of the fleet is older, cheaper, partly written-off machines",
        figure: None,
        choices: &[],
    },
    ParamSpec {
        param: Param::Life,
        key: "life",
        label: "Hardware life",
        unit: "years",
        min: 1.0,
        max: 10.0,
        step: 0.5,
        default: 5.0,
        default_source: "5 years: our assumption for the write-off period, not a sourced figure",
        figure: None,
        choices: &[],
    },
    ParamSpec {
        param: Param::Opex,
        key: "opex",
        label: "Other operating costs",
        unit: "\u{d7} the power bill",
        min: 0.0,
        max: 2.0,
        step: 0.001,
        default: OPEX_DEFAULT_SHARE,
        default_source:
            "0.233, derived: all opex $0.0555/kWh over power $0.045/kWh, minus 1 (Cambridge \
             survey, 2024)",
        figure: None,
        choices: &[],
    },
];
