//! Bitcoin's consensus rules that set the economics (section 1 of `shared/FACTS.md`): block time,
//! retarget and halving intervals, and the subsidy of each epoch.

use super::super::sources::CHAINPARAMS;
use super::super::{Dataset, Figure, Quality};

figure! {
    /// Target time between blocks (seconds).
    TARGET_BLOCK_TIME_S, "Target block time", 600.0, "s", "since 2009", CHAINPARAMS, Reported, None
}
figure! {
    /// Blocks between difficulty retargets.
    RETARGET_INTERVAL_BLOCKS, "Difficulty retarget interval", 2_016.0, "blocks", "since 2009",
    CHAINPARAMS, Reported, Some("about two weeks at 600 s per block")
}
figure! {
    /// Blocks between halvings of the subsidy.
    HALVING_INTERVAL_BLOCKS, "Halving interval", 210_000.0, "blocks", "since 2009", CHAINPARAMS,
    Reported, Some("about four years at 600 s per block")
}
figure! {
    /// Block subsidy of the first epoch (BTC).
    GENESIS_SUBSIDY_BTC, "Initial block subsidy", 50.0, "BTC", "2009-01-03", CHAINPARAMS, Reported,
    None
}

/// One subsidy epoch: from `height` on, each block's subsidy is `subsidy_btc`.
#[derive(Debug, PartialEq)]
pub struct Halving {
    /// First block of the epoch (a multiple of 210,000).
    pub height: u64,
    /// Calendar date of that block ("~2028-04" for a future estimate).
    pub date: &'static str,
    /// Block subsidy in BTC: 50 halved once per epoch.
    pub subsidy_btc: f64,
    /// `Reported` for past halvings, `Estimate` for future dates.
    pub quality: Quality,
}

/// Subsidy epochs, genesis first (Bitcoin Core chainparams; dates from the chain).
pub static HALVINGS: &[Halving] = &[
    Halving {
        height: 0,
        date: "2009-01-03",
        subsidy_btc: 50.0,
        quality: Quality::Reported,
    },
    Halving {
        height: 210_000,
        date: "2012-11-28",
        subsidy_btc: 25.0,
        quality: Quality::Reported,
    },
    Halving {
        height: 420_000,
        date: "2016-07-09",
        subsidy_btc: 12.5,
        quality: Quality::Reported,
    },
    Halving {
        height: 630_000,
        date: "2020-05-11",
        subsidy_btc: 6.25,
        quality: Quality::Reported,
    },
    Halving {
        height: 840_000,
        date: "2024-04-20",
        subsidy_btc: 3.125,
        quality: Quality::Reported,
    },
    Halving {
        height: 1_050_000,
        date: "~2028-04",
        subsidy_btc: 1.5625,
        quality: Quality::Estimate,
    },
    Halving {
        height: 1_260_000,
        date: "~2032",
        subsidy_btc: 0.781_25,
        quality: Quality::Estimate,
    },
];

/// Citation for [`HALVINGS`].
pub static HALVINGS_DATASET: Dataset = Dataset {
    label: "Halving heights, dates and block subsidies",
    as_of: "2009 to ~2032",
    source: &CHAINPARAMS,
    note: Some(
        "future dates are estimates at 600 s per block; the ~2032 epoch follows from the rule",
    ),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halvings_halve_every_210000_blocks() {
        for (i, pair) in HALVINGS.windows(2).enumerate() {
            assert_eq!(pair[1].height - pair[0].height, 210_000, "epoch {i}");
            assert_eq!(pair[1].subsidy_btc * 2.0, pair[0].subsidy_btc, "epoch {i}");
        }
        assert_eq!(HALVINGS[0].subsidy_btc, GENESIS_SUBSIDY_BTC.value);
    }
}
