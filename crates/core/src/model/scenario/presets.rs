//! Named scenarios the page offers as one-click buttons.

use super::{Param, Scenario};

/// A named scenario the reader can load with one click.
#[derive(Debug, PartialEq)]
pub struct Preset {
    /// Stable id, for buttons and tests.
    pub id: &'static str,
    pub label: &'static str,
    /// What the preset shows and where its numbers come from.
    pub description: &'static str,
    /// How the preset's numbers are worked out, for a "details" disclosure (formulas go here,
    /// not in the description).
    pub details: Option<&'static str>,
    /// Inputs that differ from the article's defaults.
    pub overrides: &'static [(Param, f64)],
}

impl Preset {
    /// The defaults with this preset's overrides.
    pub fn scenario(&self) -> Scenario {
        Scenario::default().with(self.overrides)
    }
}

/// Presets, the article's scenario first.
pub static PRESETS: &[Preset] = &[
    Preset {
        id: "article-2026",
        label: "The article's 2026",
        description:
            "Price ~$67,000, ~1 ZH/s, 3.125 BTC subsidy, the survey's median power price and \
             fleet: the average miner spends ~$90,000 to mine a bitcoin worth $67,000.",
        details: None,
        overrides: &[],
    },
    Preset {
        id: "texas",
        label: "Texas",
        description:
            "Power at $0.030/kWh, inside Riot's reported $0.027-0.034 (2024-25). The region table \
             shows the whole range.",
        details: None,
        overrides: &[(Param::Kwh, 0.030)],
    },
    Preset {
        id: "paraguay",
        label: "Paraguay hydro",
        description:
            "Power at ~$0.047/kWh, one site's rate (2023), from the Itaipu dam; the miners' tariff \
             rose 14% in 2024.",
        details: None,
        overrides: &[(Param::Kwh, 0.047)],
    },
    Preset {
        id: "ethiopia",
        label: "Ethiopia",
        description:
            "Power at ~$0.032/kWh (2024-25), hydro; new mining permits were frozen in 2025.",
        details: None,
        overrides: &[(Param::Kwh, 0.032)],
    },
    Preset {
        id: "bull-2021",
        label: "2021 bull run",
        description:
            "The 6.25 BTC subsidy of 2020-24, a price of $47,000 (our assumption, roughly 2021's \
             average) and a hash rate of 134 EH/s, set so that miners earn 2021's average \
             hashprice of $314.61 per PH/s per day (Hashrate Index). Fleet and costs as in the \
             article's 2026.",
        details: Some(
            "How the hash rate is set: hashprice = 144 blocks \u{d7} 6.25 BTC \u{d7} $47,000 / hash rate \
             in PH/s, so the hash rate is 144 \u{d7} 6.25 \u{d7} 47,000 / 314.61 = 134,452 PH/s, about \
             134 EH/s: between the 102.8 EH/s of 2019-09 and the 248 EH/s of 2022-02. The price \
             is not in our sources, and fees are set to 0 for lack of a 2021 figure.",
        ),
        overrides: &[
            (Param::Price, 47_000.0),
            (Param::Hashrate, 134.0),
            (Param::Fees, 0.0),
            (Param::Subsidy, 6.25),
        ],
    },
    Preset {
        id: "halving-2028",
        label: "After the 2028 halving",
        description: "The subsidy halves to 1.5625 BTC (~April 2028); everything else as in the article's 2026.",
        details: None,
        overrides: &[(Param::Subsidy, 1.5625)],
    },
];
