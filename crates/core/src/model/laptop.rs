//! The miner section's comparison: your measured hash rate and power beside the whole network and
//! a modern ASIC, and the two small inputs the section reads (difficulty in zero bits, power in
//! watts). Pure: the page passes in the live rate and the scenario's prices.

use super::hash::Hash256;
use super::header::{merkle_root_from_message, BlockHeader};
use super::target::DIFFICULTY_1_BITS;
use super::{decimal, solo};
use crate::data::blocks::GENESIS;
use crate::data::hardware::{HardwareClass, GENERATIONS};
use crate::data::Quality;

/// Difficulty control range, in leading zero bits: 1 is instant, 40 is ~3 days at 4 MH/s.
pub const MIN_ZERO_BITS: u32 = 1;
pub const MAX_ZERO_BITS: u32 = 40;
/// The difficulty a new visitor starts at: a hit every few seconds on a laptop.
pub const DEFAULT_ZERO_BITS: u32 = 20;
/// A laptop's power while its CPU is busy, watts: the section's default (the 15 W).
pub const DEFAULT_POWER_W: f64 = 15.0;
pub const MIN_POWER_W: f64 = 0.5;
pub const MAX_POWER_W: f64 = 5_000.0;

/// The message a new visitor mines, until they type their own.
pub const DEFAULT_MESSAGE: &str = "Mined in my browser with Hashwatt";
/// Version field of the practice header: BIP9 version bits with none signalled, as most blocks use.
pub const PRACTICE_VERSION: u32 = 0x2000_0000;

/// The header the miner section mines: it builds on the genesis block (its hash is the previous
/// block), commits to the reader's message as its merkle root (`sha256d` of the text, standing in
/// for the transactions), carries `time` in Unix seconds and claims difficulty-1 bits; the
/// reader's difficulty control sets the (much easier) target actually searched for, as a pool's
/// share target does.
pub fn practice_header(message: &str, time: u32) -> BlockHeader {
    let prev_block = Hash256::from_display_hex(GENESIS.hash_display_hex).unwrap_or_default();
    BlockHeader {
        version: PRACTICE_VERSION,
        prev_block,
        merkle_root: merkle_root_from_message(message),
        time,
        bits: DIFFICULTY_1_BITS,
        nonce: 0,
    }
}

/// The device being compared against: a modern ASIC, from the hardware data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Asic {
    pub name: &'static str,
    pub hashrate_hs: f64,
    pub j_per_th: f64,
    /// The years of its figures, as the source gives them ("2024-25").
    pub year_label: &'static str,
    /// The id of the source of its figures (a `data::sources` id).
    pub source_id: &'static str,
}

/// The newest ASIC of the hardware data whose efficiency is reported rather than estimated (the
/// S21 XP; the S23's figure is a weak estimate).
pub fn modern_asic() -> Asic {
    let generation = GENERATIONS
        .iter()
        .rev()
        .find(|g| g.class == HardwareClass::Asic && g.quality == Quality::Reported)
        .expect("the hardware data lists reported ASICs (checked by a test)");
    Asic {
        name: generation.name,
        hashrate_hs: generation.hashrate_hs,
        j_per_th: generation.j_per_th,
        year_label: generation.year_label,
        source_id: generation.source.id,
    }
}

/// The economic context, from the page's scenario and the network figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Network {
    pub hashrate_ehs: f64,
    pub difficulty: f64,
    pub price_usd: f64,
    pub kwh_usd: f64,
    pub subsidy_btc: f64,
    pub fees_btc: f64,
}

/// Everything the comparison panel shows. `None` where the rate is not yet measured.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Comparison {
    /// Your share of the network, as a fraction.
    pub share: Option<f64>,
    /// How many of your devices it takes to match one ASIC.
    pub devices_per_asic: Option<f64>,
    /// Expected years to find one real block at the network's difficulty, solo.
    pub years_to_block: Option<f64>,
    pub j_per_th: Option<f64>,
    /// How many times more energy per hash you spend than the ASIC.
    pub energy_vs_asic: Option<f64>,
    pub earnings_usd_per_day: Option<f64>,
    pub electricity_usd_per_day: Option<f64>,
}

/// Compares a device hashing at `rate_hs` and drawing `power_w` with the network and an ASIC.
pub fn compare(rate_hs: f64, power_w: f64, network: &Network, asic: &Asic) -> Comparison {
    let rate = (rate_hs.is_finite() && rate_hs > 0.0).then_some(rate_hs);
    let share = rate.and_then(|r| solo::network_share(r, network.hashrate_ehs));
    let j_per_th = rate.and_then(|r| solo::efficiency_j_per_th(power_w, r));
    Comparison {
        share,
        devices_per_asic: rate.map(|r| asic.hashrate_hs / r).filter(|v| v.is_finite()),
        years_to_block: rate.and_then(|r| solo::expected_years_to_block(network.difficulty, r)),
        j_per_th,
        energy_vs_asic: j_per_th
            .map(|j| j / asic.j_per_th)
            .filter(|v| v.is_finite()),
        earnings_usd_per_day: share.and_then(|s| {
            solo::expected_usd_per_day(s, network.subsidy_btc, network.fees_btc, network.price_usd)
        }),
        electricity_usd_per_day: solo::electricity_usd_per_day(power_w, network.kwh_usd),
    }
}

/// Reads the difficulty field: a whole number of zero bits in range, or a clamp note.
pub fn read_zero_bits(text: &str) -> (u32, Option<String>) {
    let t = text.trim();
    match decimal::parse_f64(t) {
        Some(v) if v.is_finite() => {
            let clamped = v
                .round()
                .clamp(f64::from(MIN_ZERO_BITS), f64::from(MAX_ZERO_BITS));
            let bits = clamped as u32;
            let note = (clamped != v).then(|| {
                format!("difficulty is a whole number of zero bits from {MIN_ZERO_BITS} to {MAX_ZERO_BITS}; using {bits}")
            });
            (bits, note)
        }
        _ => (
            DEFAULT_ZERO_BITS,
            Some(format!(
                "\u{201c}{}\u{201d} is not a number of zero bits; using {DEFAULT_ZERO_BITS}",
                short(t)
            )),
        ),
    }
}

/// Reads the power field in watts: a number in range, or a clamp/default note.
pub fn read_power_w(text: &str) -> (f64, Option<String>) {
    let t = text.trim();
    match decimal::parse_f64(t) {
        Some(v) if v.is_finite() => {
            let clamped = v.clamp(MIN_POWER_W, MAX_POWER_W);
            let note = (clamped != v).then(|| {
                format!("power must be {MIN_POWER_W} to {MAX_POWER_W} W; using {clamped} W")
            });
            (clamped, note)
        }
        _ => (
            DEFAULT_POWER_W,
            Some(format!(
                "\u{201c}{}\u{201d} is not a number of watts; using {DEFAULT_POWER_W} W",
                short(t)
            )),
        ),
    }
}

/// Quoted user text, cut short so a pasted novel does not flood the page.
fn short(text: &str) -> String {
    let cut: String = text.chars().take(24).collect();
    if text.chars().nth(24).is_some() {
        format!("{cut}\u{2026}")
    } else {
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S21_XP: Asic = Asic {
        name: "Antminer S21 XP",
        hashrate_hs: 270e12,
        j_per_th: 13.5,
        year_label: "2024-25",
        source_id: "bitmain-spec",
    };
    const NET: Network = Network {
        hashrate_ehs: 1_024.0,
        difficulty: 148.26e12,
        price_usd: 67_000.0,
        kwh_usd: 0.045,
        subsidy_btc: 3.125,
        fees_btc: 0.017,
    };

    #[test]
    fn a_4_mhs_laptop_against_the_network() {
        let c = compare(4e6, 15.0, &NET, &S21_XP);
        // 4e6 / 1.024e21 = 3.90625e-15 of the network.
        assert!((c.share.unwrap() - 3.90625e-15).abs() < 1e-27);
        // 270e12 / 4e6 = 67,500,000 laptops per ASIC.
        assert!((c.devices_per_asic.unwrap() - 67_500_000.0).abs() < 1e-6);
        // 148.26e12 * 2^32 / 4e6 / 31,557,600 s = 5.0445e9 years.
        assert!((c.years_to_block.unwrap() - 5.044_5e9).abs() < 1e6);
        // 15 W / 4e6 H/s = 3.75e-6 J/H = 3.75e6 J/TH; / 13.5 = 277,777.8 times the ASIC's.
        assert!((c.j_per_th.unwrap() - 3.75e6).abs() < 1e-6);
        assert!((c.energy_vs_asic.unwrap() - 277_777.78).abs() < 0.01);
        // 3.90625e-15 * 144 * 3.142 * 67,000 = 1.1842e-7 USD a day.
        assert!((c.earnings_usd_per_day.unwrap() - 1.184_1e-7).abs() < 1e-10);
        // 15 W * 24 h = 0.36 kWh * 0.045 = 0.0162 USD a day.
        assert!((c.electricity_usd_per_day.unwrap() - 0.0162).abs() < 1e-12);
    }

    #[test]
    fn the_practice_header_builds_on_genesis_and_commits_to_the_message() {
        let h = practice_header("hello", 1_700_000_000);
        assert_eq!(h.prev_block.to_display_hex(), GENESIS.hash_display_hex);
        assert_eq!(h.merkle_root, merkle_root_from_message("hello"));
        assert_ne!(h.merkle_root, practice_header("hello!", 0).merkle_root);
        assert_eq!(
            (h.version, h.time, h.bits, h.nonce),
            (0x2000_0000, 1_700_000_000, 0x1d00_ffff, 0)
        );
    }

    #[test]
    fn the_modern_asic_is_the_newest_reported_one() {
        assert_eq!(modern_asic(), S21_XP);
    }

    #[test]
    fn no_rate_yet_means_no_ratios() {
        let c = compare(0.0, 15.0, &NET, &S21_XP);
        assert_eq!(c.share, None);
        assert_eq!(c.years_to_block, None);
        assert_eq!(c.j_per_th, None);
        assert!(c.electricity_usd_per_day.is_some());
        assert_eq!(compare(f64::NAN, 15.0, &NET, &S21_XP).share, None);
    }

    #[test]
    fn fields_clamp_or_default_with_a_note() {
        assert_eq!(read_zero_bits("12"), (12, None));
        assert_eq!(read_zero_bits(" 7 ").0, 7);
        let (bits, note) = read_zero_bits("99");
        assert_eq!(bits, 40);
        assert!(note.unwrap().contains("using 40"));
        assert_eq!(read_zero_bits("0").0, 1);
        assert_eq!(read_zero_bits("2.6").0, 3);
        let (bits, note) = read_zero_bits("lots");
        assert_eq!(bits, DEFAULT_ZERO_BITS);
        assert!(note.unwrap().contains("lots"));
        assert_eq!(read_zero_bits("NaN").0, DEFAULT_ZERO_BITS);
        assert_eq!(read_power_w("45"), (45.0, None));
        assert_eq!(read_power_w("-3").0, MIN_POWER_W);
        assert_eq!(read_power_w("inf").0, DEFAULT_POWER_W);
        let long = "9".repeat(10_000) + "x";
        let (w, note) = read_power_w(&long);
        assert_eq!(w, DEFAULT_POWER_W);
        assert!(note.unwrap().chars().count() < 100);
    }
}
