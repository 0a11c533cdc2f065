//! Mining hardware eras, CPU to ASIC: section 4 of `shared/FACTS.md`.
//!
//! Efficiency is in joules per terahash (J/TH; lower is better). Where a source gives hash rate and
//! power, `j_per_th` is their ratio (`Derived`); the CPU figure is an order-of-magnitude class
//! estimate, and the S23 Hydro rests on a single secondary page.

use super::sources::{
    BITMAIN_SPEC, CAMBRIDGE_2025, DESIGNSPARK, HACKADAY, HASHRATE_INDEX_SITE, HDMINER, MININGSTORE,
    SECONDARY_S23, ZORINAQ,
};
use super::{Citation, Dataset, Figure, Quality, Source};

/// Kind of chip doing the hashing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HardwareClass {
    Cpu,
    Gpu,
    Fpga,
    Asic,
}

/// One representative device of a hardware generation.
#[derive(Debug, PartialEq)]
pub struct HardwareGeneration {
    /// Device as readers know it ("Antminer S9").
    pub name: &'static str,
    pub class: HardwareClass,
    /// Decimal year for plotting (start of the era).
    pub year: f64,
    /// Year or era as the source gives it ("~2009-13", "2024-25").
    pub year_label: &'static str,
    /// Hash rate of one device (hashes per second).
    pub hashrate_hs: f64,
    /// Power draw of one device (watts), where the source gives it.
    pub power_w: Option<f64>,
    /// Energy per terahash (J/TH); lower is better.
    pub j_per_th: f64,
    /// How much weight `j_per_th` can bear.
    pub quality: Quality,
    pub source: &'static Source,
    /// Caveat or derivation.
    pub note: Option<&'static str>,
}

/// Representative devices, oldest first.
pub static GENERATIONS: &[HardwareGeneration] = &[
    HardwareGeneration {
        name: "CPU (Phenom II X6)",
        class: HardwareClass::Cpu,
        year: 2009.0,
        year_label: "~2009-13",
        hashrate_hs: 22e6,
        power_w: None,
        j_per_th: 1e7,
        quality: Quality::Estimate,
        source: &DESIGNSPARK,
        note: Some(
            "22 MH/s measured; ~10^7 J/TH is a CPU-class order of magnitude, not a measurement \
             of this chip",
        ),
    },
    HardwareGeneration {
        name: "GPU (Radeon HD 5870)",
        class: HardwareClass::Gpu,
        year: 2010.0,
        year_label: "2010-11",
        hashrate_hs: 333e6,
        power_w: None,
        j_per_th: 500_000.0,
        quality: Quality::Derived,
        source: &HDMINER,
        note: Some("the best GPUs did ~2 MH/J: 10^12 H / 2x10^6 H/J = 500,000 J/TH"),
    },
    HardwareGeneration {
        name: "FPGA (Spartan-6 LX150)",
        class: HardwareClass::Fpga,
        year: 2011.0,
        year_label: "2011",
        hashrate_hs: 100e6,
        power_w: Some(6.8),
        j_per_th: 68_000.0,
        quality: Quality::Derived,
        source: &HACKADAY,
        note: Some("6.8 W / 100 MH/s"),
    },
    HardwareGeneration {
        name: "Avalon batch 1 (first ASIC)",
        class: HardwareClass::Asic,
        year: 2013.0,
        year_label: "2013-01",
        hashrate_hs: 66e9,
        power_w: Some(440.0),
        j_per_th: 6_700.0,
        quality: Quality::Derived,
        source: &ZORINAQ,
        note: Some("~440 W / 66 GH/s"),
    },
    HardwareGeneration {
        name: "Antminer S9",
        class: HardwareClass::Asic,
        year: 2016.0,
        year_label: "2016",
        hashrate_hs: 13.5e12,
        power_w: Some(1_323.0),
        j_per_th: 98.0,
        quality: Quality::Derived,
        source: &HASHRATE_INDEX_SITE,
        note: Some("~1,323 W / 13.5 TH/s (Hashrate Index's Antminer S9 review)"),
    },
    HardwareGeneration {
        name: "Antminer S19 Pro",
        class: HardwareClass::Asic,
        year: 2020.0,
        year_label: "2020",
        hashrate_hs: 110e12,
        power_w: Some(3_250.0),
        j_per_th: 29.5,
        quality: Quality::Reported,
        source: &MININGSTORE,
        note: None,
    },
    HardwareGeneration {
        name: "Antminer S19 XP",
        class: HardwareClass::Asic,
        year: 2022.0,
        year_label: "2022",
        hashrate_hs: 140e12,
        power_w: Some(3_010.0),
        j_per_th: 21.5,
        quality: Quality::Reported,
        source: &MININGSTORE,
        note: None,
    },
    HardwareGeneration {
        name: "Antminer S21",
        class: HardwareClass::Asic,
        year: 2023.0,
        year_label: "2023",
        hashrate_hs: 200e12,
        power_w: Some(3_500.0),
        j_per_th: 17.5,
        quality: Quality::Reported,
        source: &BITMAIN_SPEC,
        note: Some("power ~3,500 W"),
    },
    HardwareGeneration {
        name: "Antminer S21 XP",
        class: HardwareClass::Asic,
        year: 2024.0,
        year_label: "2024-25",
        hashrate_hs: 270e12,
        power_w: Some(3_645.0),
        j_per_th: 13.5,
        quality: Quality::Reported,
        source: &BITMAIN_SPEC,
        note: Some("power ~3,645 W"),
    },
    HardwareGeneration {
        name: "Antminer S23 Hydro",
        class: HardwareClass::Asic,
        year: 2026.0,
        year_label: "2026",
        hashrate_hs: 580e12,
        power_w: None,
        j_per_th: 9.5,
        quality: Quality::Estimate,
        source: &SECONDARY_S23,
        note: Some("~9.5 J/TH from a single secondary page"),
    },
];

/// Price of a new Antminer S21 XP (USD per TH/s of capacity).
pub static S21_XP_PRICE_USD_PER_THS: Figure = Figure {
    label: "Antminer S21 XP price",
    value: 25.70,
    unit: "USD per TH/s",
    as_of: "2025-11-03",
    source: &HASHRATE_INDEX_SITE,
    quality: Quality::Reported,
    note: Some("new machines; older, used machines sell for much less"),
};

/// Bitmain's share of the ASIC miner market (%).
pub static BITMAIN_SHARE_PCT: Figure = Figure {
    label: "Bitmain's share of the ASIC market",
    value: 82.0,
    unit: "%",
    as_of: "2025",
    source: &CAMBRIDGE_2025,
    quality: Quality::Reported,
    note: Some("approximate"),
};

/// One dataset per source of [`GENERATIONS`], for the Sources section.
macro_rules! hardware_dataset {
    ($name:ident, $label:literal, $as_of:literal, $source:ident) => {
        static $name: Dataset = Dataset {
            label: $label,
            as_of: $as_of,
            source: &$source,
            note: None,
        };
    };
}
hardware_dataset!(
    CPU_DATA,
    "CPU hash rate (Phenom II X6)",
    "~2009-13",
    DESIGNSPARK
);
hardware_dataset!(GPU_DATA, "GPU hash rate and efficiency", "2010-12", HDMINER);
hardware_dataset!(FPGA_DATA, "FPGA miner (Spartan-6 LX150)", "2011", HACKADAY);
hardware_dataset!(
    AVALON_DATA,
    "Avalon batch 1, the first ASIC",
    "2013-01",
    ZORINAQ
);
hardware_dataset!(
    S9_DATA,
    "Antminer S9 hash rate and power (review)",
    "2016",
    HASHRATE_INDEX_SITE
);
hardware_dataset!(
    S19_DATA,
    "Antminer S19 Pro and S19 XP",
    "2020-22",
    MININGSTORE
);
hardware_dataset!(S21_DATA, "Antminer S21 and S21 XP", "2023-25", BITMAIN_SPEC);
hardware_dataset!(S23_DATA, "Antminer S23 Hydro", "2026", SECONDARY_S23);

/// Every figure and dataset in this file, for the Sources section.
pub static CITATIONS: &[Citation] = &[
    Citation::Dataset(&CPU_DATA),
    Citation::Dataset(&GPU_DATA),
    Citation::Dataset(&FPGA_DATA),
    Citation::Dataset(&AVALON_DATA),
    Citation::Dataset(&S9_DATA),
    Citation::Dataset(&S19_DATA),
    Citation::Dataset(&S21_DATA),
    Citation::Dataset(&S23_DATA),
    Citation::Figure(&S21_XP_PRICE_USD_PER_THS),
    Citation::Figure(&BITMAIN_SHARE_PCT),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn efficiency_matches_power_over_hash_rate() {
        for g in GENERATIONS {
            if let Some(w) = g.power_w {
                let j_per_th = w / (g.hashrate_hs / 1e12);
                let err = (j_per_th - g.j_per_th).abs() / g.j_per_th;
                assert!(err < 0.02, "{}: {j_per_th} vs {}", g.name, g.j_per_th);
            }
        }
    }

    #[test]
    fn generations_are_chronological_and_improve() {
        for w in GENERATIONS.windows(2) {
            assert!(w[0].year <= w[1].year, "{}", w[1].name);
            assert!(w[0].j_per_th > w[1].j_per_th, "{}", w[1].name);
        }
    }

    #[test]
    fn every_generation_source_is_cited() {
        for g in GENERATIONS {
            assert!(
                CITATIONS.iter().any(|c| c.source() == g.source),
                "{}",
                g.name
            );
        }
    }
}
