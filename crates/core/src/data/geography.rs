//! Where the hash rate is (FACTS section 6): share of hash rate by country for five periods, and
//! structured notes on Paraguay, Ethiopia and Kazakhstan. Countries a source does not give
//! ("n/a" or blank) are absent from a period, never zero; a listed 0 is a reported zero.

use super::sources::{CAMBRIDGE_2025, CAMBRIDGE_MAP, LUXOR_HRI_GEO, PRESS_REGIONS};
use super::{Citation, Dataset, Source};

/// Share of hash rate by country in one period.
#[derive(Debug, PartialEq)]
pub struct GeoPeriod {
    pub label: &'static str,
    pub as_of: &'static str,
    /// (country, percent of the period's hash rate), as the source gives them. They need not add
    /// to 100: the rest is countries the source does not break down.
    pub shares: &'static [(&'static str, f64)],
    pub source: &'static Source,
    /// For surveys: the percent of the network hash rate the respondents represent.
    pub survey_coverage_pct: Option<f64>,
    pub note: Option<&'static str>,
}

// Defines a period and the Dataset that cites it from the same literals.
macro_rules! period {
    ($(#[$doc:meta])* $period:ident, $dataset:ident, $label:literal, $as_of:literal, $source:ident,
     $coverage:expr, $note:expr, $shares:expr) => {
        $(#[$doc])*
        pub static $period: GeoPeriod = GeoPeriod {
            label: $label,
            as_of: $as_of,
            shares: $shares,
            source: &$source,
            survey_coverage_pct: $coverage,
            note: $note,
        };
        /// Citation for the period of the same name.
        pub static $dataset: Dataset =
            Dataset { label: $label, as_of: $as_of, source: &$source, note: $note };
    };
}

period!(
    /// Cambridge mining map, average of 2019-09..2020-04. Canada is blank there: absent.
    GEO_2019_2020, GEO_2019_2020_DATASET,
    "Hash rate by country, 2019-09..2020-04 average", "2019-09..2020-04", CAMBRIDGE_MAP, None,
    Some("Average of monthly shares. Canada not given for this period (absent, not zero)."),
    &[
        ("United States", 7.24), ("China", 65.08), ("Kazakhstan", 6.17), ("Russia", 6.90),
        ("Malaysia", 4.33), ("Iran", 3.82),
    ]
);

period!(
    /// Cambridge mining map, 2021-08: China's reported share is 0 after its 2021 mining ban.
    GEO_2021_08, GEO_2021_08_DATASET,
    "Hash rate by country, August 2021", "2021-08", CAMBRIDGE_MAP, None,
    Some("China 0 as reported, after the 2021 mining ban."),
    &[
        ("United States", 35.4), ("China", 0.0), ("Kazakhstan", 18.1), ("Russia", 11.0),
        ("Canada", 9.55), ("Ireland", 4.68), ("Malaysia", 4.59), ("Germany", 4.48),
        ("Iran", 3.11), ("Norway", 0.58),
    ]
);

period!(
    /// Cambridge mining map, 2022-01.
    GEO_2022_01, GEO_2022_01_DATASET,
    "Hash rate by country, January 2022", "2022-01", CAMBRIDGE_MAP, None, None,
    &[
        ("United States", 37.84), ("China", 21.11), ("Kazakhstan", 13.22), ("Russia", 4.66),
        ("Canada", 6.48), ("Germany", 3.1), ("Malaysia", 2.5), ("Ireland", 2.0),
        ("Singapore", 2.0),
    ]
);

period!(
    /// Cambridge Digital Mining Industry Report 2025 (2024 survey): covers only 48% of the
    /// network hash rate and is US-biased; China n/a (absent).
    GEO_2024_SURVEY, GEO_2024_SURVEY_DATASET,
    "Hash rate by country among surveyed miners, 2024", "2024", CAMBRIDGE_2025, Some(48.0),
    Some(
        "A survey of miners covering only 48% of the network hash rate, US-biased: shares are of \
         the surveyed hash rate, not of the network. China not reported (n/a), absent, not zero.",
    ),
    &[
        ("United States", 75.4), ("Kazakhstan", 2.6), ("Russia", 2.3), ("Canada", 7.1),
        ("Paraguay", 3.4), ("Norway", 2.8),
    ]
);

period!(
    /// Luxor / Hashrate Index, 2025-Q4: three countries only; China approximate.
    GEO_2025_Q4, GEO_2025_Q4_DATASET,
    "Hash rate by country, Q4 2025", "2025-Q4", LUXOR_HRI_GEO, None,
    Some("China approximate (~14%). Only three countries given; the rest is not broken down."),
    &[("United States", 37.75), ("China", 14.05), ("Russia", 15.51)]
);

/// The five periods, oldest first.
pub static GEO_PERIODS: [&GeoPeriod; 5] = [
    &GEO_2019_2020,
    &GEO_2021_08,
    &GEO_2022_01,
    &GEO_2024_SURVEY,
    &GEO_2025_Q4,
];

/// How exact a regional figure is, as the source words it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Amount {
    /// Given as a plain number.
    Exactly(f64),
    /// Given as approximate ("~600 MW").
    About(f64),
    /// Given as a floor (">60 sites").
    MoreThan(f64),
    /// Inclusive range (lo, hi).
    Between(f64, f64),
}

/// One figure about mining in a country.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RegionFact {
    pub what: &'static str,
    pub amount: Amount,
    /// Unit as shown to readers ("MW", "%", "billion USD").
    pub unit: &'static str,
    /// None where FACTS gives no date for the figure.
    pub as_of: Option<&'static str>,
}

/// A dated event without a number (a permit freeze).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RegionEvent {
    pub as_of: &'static str,
    pub what: &'static str,
}

/// What the page says about one mining country. Source: [`PRESS_REGIONS`].
#[derive(Debug, PartialEq)]
pub struct RegionProfile {
    pub country: &'static str,
    /// In the order FACTS gives them (dated figures oldest first within a topic).
    pub facts: &'static [RegionFact],
    pub events: &'static [RegionEvent],
    pub source: &'static Source,
}

const fn fact(
    what: &'static str,
    amount: Amount,
    unit: &'static str,
    as_of: Option<&'static str>,
) -> RegionFact {
    RegionFact {
        what,
        amount,
        unit,
        as_of,
    }
}

use Amount::{About, Between, Exactly, MoreThan};

/// Paraguay: Itaipu hydro power, mostly exported; mining grew, then tariffs rose.
pub static PARAGUAY: RegionProfile = RegionProfile {
    country: "Paraguay",
    facts: &[
        fact("Itaipu dam capacity", Exactly(14_000.0), "MW", None),
        fact("Paraguay's half of Itaipu", About(7_000.0), "MW", None),
        fact("Share of Paraguay's half exported", About(90.0), "%", None),
        fact("Mining sites", MoreThan(60.0), "sites", Some("2024-08")),
        fact(
            "Invested in mining",
            MoreThan(1.1),
            "billion USD",
            Some("2024-08"),
        ),
        fact(
            "Share of network hash rate",
            Exactly(0.15),
            "%",
            Some("2021-12"),
        ),
        fact(
            "Share of network hash rate",
            Between(1.2, 1.5),
            "%",
            Some("2022-23"),
        ),
        fact("Mining load", Between(100.0, 125.0), "MW", Some("2022-23")),
        fact(
            "Increase in the electricity tariff for miners",
            Exactly(14.0),
            "%",
            Some("2024"),
        ),
    ],
    events: &[],
    source: &PRESS_REGIONS,
};

/// Ethiopia: a large share of the utility's sales goes to miners; new permits frozen in 2025.
pub static ETHIOPIA: RegionProfile = RegionProfile {
    country: "Ethiopia",
    facts: &[
        fact("Mining load", About(600.0), "MW", Some("2024-12")),
        fact(
            "Share of network hash rate",
            About(2.5),
            "%",
            Some("2024-12"),
        ),
        fact(
            "Mining firms with utility contracts",
            Exactly(25.0),
            "firms",
            None,
        ),
        fact(
            "Miners' share of the utility's electricity sales",
            Exactly(18.0),
            "%",
            None,
        ),
        fact("National generating capacity", Exactly(5_255.0), "MW", None),
    ],
    events: &[RegionEvent {
        as_of: "2025",
        what: "New mining permits frozen",
    }],
    source: &PRESS_REGIONS,
};

/// Kazakhstan: the boom after China's 2021 ban, then the bust.
pub static KAZAKHSTAN: RegionProfile = RegionProfile {
    country: "Kazakhstan",
    facts: &[
        fact("Mining load", Exactly(500.0), "MW", Some("2021-01")),
        fact("Mining load", Exactly(1_500.0), "MW", Some("2021-10")),
        fact(
            "Share of network hash rate",
            Exactly(18.0),
            "%",
            Some("2021-10"),
        ),
        fact("Mining load", Exactly(400.0), "MW", Some("2023-05")),
        fact(
            "Share of network hash rate",
            About(4.0),
            "%",
            Some("2023-05"),
        ),
    ],
    events: &[],
    source: &PRESS_REGIONS,
};

/// The three profiles, in the order the page tells them.
pub static REGIONS: [&RegionProfile; 3] = [&PARAGUAY, &ETHIOPIA, &KAZAKHSTAN];

/// Citation for [`REGIONS`].
pub static REGIONS_DATASET: Dataset = Dataset {
    label: "Mining in Paraguay, Ethiopia and Kazakhstan",
    as_of: "2021-2025",
    source: &PRESS_REGIONS,
    note: Some("Figures as reported by the press and industry; dates as given per figure."),
};

/// Everything this module cites, for the Sources section.
pub static CITATIONS: &[Citation] = &[
    Citation::Dataset(&GEO_2019_2020_DATASET),
    Citation::Dataset(&GEO_2021_08_DATASET),
    Citation::Dataset(&GEO_2022_01_DATASET),
    Citation::Dataset(&GEO_2024_SURVEY_DATASET),
    Citation::Dataset(&GEO_2025_Q4_DATASET),
    Citation::Dataset(&REGIONS_DATASET),
];
