//! Mining pools (FACTS section 5): the 30-day snapshot of blocks by pool, concentration by year,
//! GHash.io in 2014, and the pools that mine on AntPool's block templates. Shares are percent of
//! blocks found, which is how pool hash rate is estimated (pools do not report it).

use super::sources::{B10C, GHASH_PRESS, POOLS_DATASET};
use super::{Citation, Dataset, Figure, Quality};

/// One pool's share of the blocks found in a period, in percent of all blocks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PoolShare {
    pub name: &'static str,
    /// Percent of all blocks in the period (0..=100).
    pub share_pct: f64,
}

const fn pool(name: &'static str, share_pct: f64) -> PoolShare {
    PoolShare { name, share_pct }
}

/// The dataset's label for blocks whose coinbase matched no known pool (not one pool: it may be
/// several pools or solo miners).
pub const UNKNOWN_POOL: &str = "unknown";

/// Blocks in the snapshot window (2026-03-23..2026-04-22). Source: [`POOLS_DATASET`].
pub const SNAPSHOT_BLOCKS: u32 = 4_312;

/// Share of blocks by pool over 30 days, largest first (percent of all 4,312 blocks).
/// The 13 rows add to 97.68%: the other 2.32% (derived) went to pools FACTS does not list.
/// Source: [`POOLS_DATASET`], cited as [`POOL_SNAPSHOT_DATASET`].
pub static POOL_SNAPSHOT: [PoolShare; 13] = [
    pool("Foundry USA", 30.89),
    pool("AntPool", 18.04),
    pool("F2Pool", 11.13),
    pool("ViaBTC", 9.04),
    pool("SpiderPool", 8.19),
    pool("SECPOOL", 5.24),
    pool("MARA Pool", 4.78),
    pool("Luxor", 3.25),
    pool("Binance Pool", 2.20),
    pool("SBI Crypto", 1.95),
    pool("OCEAN", 1.44),
    pool("Braiins", 1.35),
    pool(UNKNOWN_POOL, 0.18),
];

/// Citation for [`POOL_SNAPSHOT`].
pub static POOL_SNAPSHOT_DATASET: Dataset = Dataset {
    label: "Share of blocks by mining pool, 30 days (4,312 blocks)",
    as_of: "2026-03-23..2026-04-22",
    source: &POOLS_DATASET,
    note: Some(
        "Pool tags of bitcoin-data/mining-pools. The listed pools add to 97.68%; the other 2.32% \
         (derived) went to smaller pools not listed here. \"unknown\" (~0.18%) are blocks no tag \
         matched. Pool labels come from coinbase tags and payout addresses and can be wrong.",
    ),
};

/// Caveat the page shows next to any pool chart (FACTS section 5).
pub const POOL_LABEL_CAVEAT: &str =
    "Pool labels come from coinbase tags and payout addresses and can be wrong.";

/// Nakamoto coefficient of the snapshot: 3 pools. Derived from [`POOL_SNAPSHOT`].
pub static SNAPSHOT_NAKAMOTO: Figure = Figure {
    label: "Nakamoto coefficient of mining pools (fewest pools with more than half the blocks)",
    value: 3.0,
    unit: "pools",
    as_of: "2026-03-23..2026-04-22",
    source: &POOLS_DATASET,
    quality: Quality::Derived,
    note: Some("Foundry USA + AntPool = 48.93%, not above half; adding F2Pool gives 60.06%."),
};

/// Herfindahl-Hirschman index of the snapshot, 1,626 on the 0..10,000 scale, as the page's pool
/// widget computes it (`model::concentration::measure`). Derived.
pub static SNAPSHOT_HHI: Figure = Figure {
    label: "Herfindahl-Hirschman index of mining pools",
    value: 1_626.0,
    unit: "of 10,000",
    as_of: "2026-03-23..2026-04-22",
    source: &POOLS_DATASET,
    quality: Quality::Derived,
    note: Some(
        "Sum of squared percentage shares of the listed pools (1,625.7), the buckets of \
         unlisted small pools (2.32%) and unknown (0.18%) spread thin; counting each bucket as \
         one pool would give at most 1,631.",
    ),
};

/// Pools of [`POOL_SNAPSHOT`] (names as spelled there) that mine on AntPool's block templates,
/// after b10c ("AntPool and friends?", 2024-09-16). See [`ANTPOOL_TEMPLATE_DATASET`]'s note
/// for how membership was established. Together 30.08% of the snapshot (derived).
pub static ANTPOOL_TEMPLATE_POOLS: [&str; 5] =
    ["AntPool", "SECPOOL", "Luxor", "Binance Pool", "Braiins"];

/// The narrower set the post's own text names among the snapshot's pools (21.59%, derived).
/// Grouping only these already gives coefficient 2.
pub static ANTPOOL_TEMPLATE_POOLS_NAMED_IN_POST: [&str; 3] = ["AntPool", "Binance Pool", "Braiins"];

/// Citation for [`ANTPOOL_TEMPLATE_POOLS`].
pub static ANTPOOL_TEMPLATE_DATASET: Dataset = Dataset {
    label: "Pools that mine on AntPool's block templates (\"AntPool & friends\")",
    as_of: "2024-09-16",
    source: &B10C,
    note: Some(
        "The post names BTC.com, Binance Pool, Poolin and Braiins as sending AntPool's template. \
         b10c's own list of the group (mainnet.observer chart \"AntPool & Friends\", which cites \
         the post) is AntPool, Poolin, Braiins, Ultimus, Binance Pool, SecPool, SigmaPool, \
         Rawpool, Luxor and CloverPool (formerly BTC.com). Of the snapshot's pools that is \
         AntPool, SECPOOL, Luxor, Binance Pool and Braiins; we assume the snapshot's \"SECPOOL\" \
         is b10c's SecPool and that membership still held in 2026. Shared templates suggest \
         proxy pooling, not common ownership.",
    ),
};

/// Nakamoto coefficient when AntPool's template pools count as one: 2. Derived.
pub static TEMPLATE_GROUP_NAKAMOTO: Figure = Figure {
    label: "Nakamoto coefficient if pools on AntPool's templates count as one",
    value: 2.0,
    unit: "pools",
    as_of: "2026-03-23..2026-04-22",
    source: &B10C,
    quality: Quality::Derived,
    note: Some("Foundry USA 30.89% + AntPool and its template pools 30.08% = 60.97%."),
};

/// A top pool's share in a year; FACTS does not always name the pool.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TopPool {
    pub name: Option<&'static str>,
    /// Percent of the year's blocks.
    pub share_pct: f64,
}

const fn top(name: &'static str, share_pct: f64) -> TopPool {
    TopPool {
        name: Some(name),
        share_pct,
    }
}

const fn unnamed(share_pct: f64) -> TopPool {
    TopPool {
        name: None,
        share_pct,
    }
}

/// Pool concentration of one calendar year: the reported coefficient and the top shares that
/// FACTS gives (enough of them to reach half, except 2025, given without shares).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearConcentration {
    pub year: u16,
    /// Nakamoto coefficient as reported (pools needed for more than half of the year's blocks).
    pub nakamoto: usize,
    /// Largest pools first; may be empty.
    pub top: &'static [TopPool],
}

/// Coefficient by year, 2021..2025 (same dataset as the snapshot). Source: [`POOLS_DATASET`].
pub static BY_YEAR: [YearConcentration; 5] = [
    YearConcentration {
        year: 2021,
        nakamoto: 4,
        top: &[
            top("F2Pool", 14.8),
            top("AntPool", 14.5),
            top("ViaBTC", 10.7),
            top("Binance Pool", 10.3),
            top("Poolin", 10.2),
        ],
    },
    YearConcentration {
        year: 2022,
        nakamoto: 3,
        top: &[
            top("Foundry USA", 22.3),
            top("AntPool", 16.3),
            top("F2Pool", 14.8),
        ],
    },
    YearConcentration {
        year: 2023,
        nakamoto: 2,
        top: &[top("Foundry USA", 30.6), top("AntPool", 22.8)],
    },
    YearConcentration {
        year: 2024,
        nakamoto: 2,
        top: &[unnamed(29.8), unnamed(24.2)],
    },
    YearConcentration {
        year: 2025,
        nakamoto: 3,
        top: &[],
    },
];

/// Citation for [`BY_YEAR`].
pub static BY_YEAR_DATASET: Dataset = Dataset {
    label: "Nakamoto coefficient of mining pools by year",
    as_of: "2021-2025",
    source: &POOLS_DATASET,
    note: Some(
        "Top shares as given; the 2024 pools are not named and 2025 has no shares in our sources.",
    ),
};

/// GHash.io's share of the hash rate on 2014-01-09: about 42%.
pub static GHASH_2014_01: Figure = Figure {
    label: "GHash.io share of the network hash rate",
    value: 42.0,
    unit: "%",
    as_of: "2014-01-09",
    source: &GHASH_PRESS,
    quality: Quality::Reported,
    note: Some("About 42%."),
};

/// GHash.io above 50% of the hash rate for about 12 hours, 2014-06-12/13 (TechCrunch, Bloomberg).
pub static GHASH_2014_06: Figure = Figure {
    label: "GHash.io above half of the network hash rate",
    value: 50.0,
    unit: "%",
    as_of: "2014-06-12/13",
    source: &GHASH_PRESS,
    quality: Quality::Reported,
    note: Some("Above 50% for about 12 hours: one pool alone, a Nakamoto coefficient of 1."),
};

/// How long GHash.io stayed above 50% in June 2014, in hours.
pub static GHASH_MAJORITY_HOURS: Figure = Figure {
    label: "Time GHash.io stayed above half of the hash rate",
    value: 12.0,
    unit: "hours",
    as_of: "2014-06-12/13",
    source: &GHASH_PRESS,
    quality: Quality::Reported,
    note: Some("About 12 hours."),
};

/// Everything this module cites, for the Sources section.
pub static CITATIONS: &[Citation] = &[
    Citation::Dataset(&POOL_SNAPSHOT_DATASET),
    Citation::Figure(&SNAPSHOT_NAKAMOTO),
    Citation::Figure(&SNAPSHOT_HHI),
    Citation::Dataset(&ANTPOOL_TEMPLATE_DATASET),
    Citation::Figure(&TEMPLATE_GROUP_NAKAMOTO),
    Citation::Dataset(&BY_YEAR_DATASET),
    Citation::Figure(&GHASH_2014_01),
    Citation::Figure(&GHASH_2014_06),
    Citation::Figure(&GHASH_MAJORITY_HOURS),
];
