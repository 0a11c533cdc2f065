//! Why a laptop no longer stands a chance: the arithmetic of expected time, share and income for a
//! miner of a given hash rate. Every function is pure, takes units in its argument names, and
//! returns `None` instead of a NaN or infinity when an input is zero, negative or not finite, so the
//! page can show "n/a" rather than garbage.

/// Seconds in a year of 365.25 days.
pub const SECONDS_PER_YEAR: f64 = 365.25 * 86_400.0;

/// Blocks per day at the 600-second target spacing (Bitcoin Core, chainparams).
pub const BLOCKS_PER_DAY: f64 = 86_400.0 / 600.0;

/// Expected hashes per block at difficulty 1 (2^32; Bitcoin Core).
pub const HASHES_PER_DIFFICULTY: f64 = 4_294_967_296.0;

/// `Some(value)` if it is finite.
fn finite(value: f64) -> Option<f64> {
    value.is_finite().then_some(value)
}

/// `Some(value)` if it is finite and not negative.
fn non_negative(value: f64) -> Option<f64> {
    (value.is_finite() && value >= 0.0).then_some(value)
}

/// `Some(value)` if it is finite and strictly positive (safe to divide by).
fn positive(value: f64) -> Option<f64> {
    (value.is_finite() && value > 0.0).then_some(value)
}

/// Expected seconds until a hash with `zero_bits` leading zero bits turns up, at `hashrate_hs`
/// hashes per second: 2^zero_bits / rate. `None` if the rate is not positive.
pub fn expected_seconds_to_hit(zero_bits: u32, hashrate_hs: f64) -> Option<f64> {
    finite(super::target::expected_hashes(zero_bits) / positive(hashrate_hs)?)
}

/// Expected years for `hashrate_hs` to find one real block at `difficulty`:
/// difficulty * 2^32 / rate / seconds per year. `None` if the rate is not positive or the
/// difficulty is negative.
pub fn expected_years_to_block(difficulty: f64, hashrate_hs: f64) -> Option<f64> {
    let hashes = non_negative(difficulty)? * HASHES_PER_DIFFICULTY;
    finite(hashes / positive(hashrate_hs)? / SECONDS_PER_YEAR)
}

/// Efficiency in joules per terahash (watts per TH/s; lower is better) of a device drawing
/// `power_w` while hashing at `hashrate_hs`. `None` if the rate is not positive.
pub fn efficiency_j_per_th(power_w: f64, hashrate_hs: f64) -> Option<f64> {
    finite(non_negative(power_w)? / (positive(hashrate_hs)? / 1e12))
}

/// Share of the network, as a fraction (not a percentage), of a miner at `hashrate_hs` against a
/// network of `network_hashrate_ehs` exahashes per second (1 EH/s = 10^18 H/s). The network figure
/// is taken to include the miner; a result above 1 means it cannot. `None` if the network rate is
/// not positive.
pub fn network_share(hashrate_hs: f64, network_hashrate_ehs: f64) -> Option<f64> {
    finite(non_negative(hashrate_hs)? / (positive(network_hashrate_ehs)? * 1e18))
}

/// Expected BTC per day for a miner with `share` of the hash rate, pooled or averaged over a long
/// time solo: share * 144 blocks * (subsidy + fees per block).
pub fn expected_btc_per_day(share: f64, subsidy_btc: f64, fees_btc_per_block: f64) -> Option<f64> {
    let reward_btc = non_negative(subsidy_btc)? + non_negative(fees_btc_per_block)?;
    finite(non_negative(share)? * BLOCKS_PER_DAY * reward_btc)
}

/// [`expected_btc_per_day`] valued at `price_usd` per BTC.
pub fn expected_usd_per_day(
    share: f64,
    subsidy_btc: f64,
    fees_btc_per_block: f64,
    price_usd: f64,
) -> Option<f64> {
    let btc = expected_btc_per_day(share, subsidy_btc, fees_btc_per_block)?;
    finite(btc * non_negative(price_usd)?)
}

/// Cost in USD of running `power_w` around the clock for one day at `usd_per_kwh`:
/// watts * 24 h / 1000 * price.
pub fn electricity_usd_per_day(power_w: f64, usd_per_kwh: f64) -> Option<f64> {
    finite(non_negative(power_w)? * 24.0 / 1000.0 * non_negative(usd_per_kwh)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A laptop CPU: 3 MH/s at 15 W.
    const LAPTOP_HS: f64 = 3e6;
    const LAPTOP_W: f64 = 15.0;

    fn close(actual: Option<f64>, expected: f64) -> bool {
        actual.is_some_and(|value| ((value - expected) / expected).abs() < 1e-9)
    }

    #[test]
    fn laptop_waits_billions_of_years_for_a_block() {
        // 148.26e12 * 4_294_967_296 = 6.3677e23 hashes; / 3e6 H/s = 2.1226e17 s;
        // / 31_557_600 s per year = 6.726_027_447e9 years.
        assert!(close(
            expected_years_to_block(148.26e12, LAPTOP_HS),
            6_726_027_447.217_786
        ));
        // Difficulty 1 at 3 MH/s: 2^32 / 3e6 = 1431.66 s, in years.
        assert!(close(
            expected_years_to_block(1.0, LAPTOP_HS),
            1_431.655_765_333_333 / SECONDS_PER_YEAR
        ));
    }

    #[test]
    fn seconds_to_a_zero_bit_hit() {
        // 2^20 = 1_048_576 hashes at 3 MH/s = 0.349525... s.
        assert!(close(
            expected_seconds_to_hit(20, LAPTOP_HS),
            1_048_576.0 / 3e6
        ));
        assert!(close(
            expected_seconds_to_hit(32, LAPTOP_HS),
            1_431.655_765_333_333
        ));
    }

    #[test]
    fn efficiency_in_joules_per_terahash() {
        // 15 W / 3e-6 TH/s = 5_000_000 J/TH.
        assert!(close(efficiency_j_per_th(LAPTOP_W, LAPTOP_HS), 5_000_000.0));
        // Antminer S21 (FACTS section 4): 3500 W at 200 TH/s = 17.5 J/TH.
        assert!(close(efficiency_j_per_th(3_500.0, 200e12), 17.5));
    }

    #[test]
    fn share_and_income_of_a_laptop() {
        // 3e6 / 1024e18 = 2.9296875e-15 of the network (FACTS 3: 1,024 EH/s).
        let share = network_share(LAPTOP_HS, 1_024.0).unwrap();
        assert!(close(Some(share), 2.929_687_5e-15));
        // * 144 * (3.125 + 0.017) BTC = 1.32553125e-12 BTC/day; * $67,000 = $8.881e-8/day.
        assert!(close(
            expected_btc_per_day(share, 3.125, 0.017),
            1.325_531_25e-12
        ));
        assert!(close(
            expected_usd_per_day(share, 3.125, 0.017, 67_000.0),
            8.881_059_375e-8
        ));
        // The whole network earns 144 * 3.142 = 452.448 BTC a day.
        assert!(close(expected_btc_per_day(1.0, 3.125, 0.017), 452.448));
    }

    #[test]
    fn electricity_cost_per_day() {
        // 15 W * 24 h = 0.36 kWh; * $0.045 = $0.0162.
        assert!(close(electricity_usd_per_day(LAPTOP_W, 0.045), 0.0162));
        assert_eq!(electricity_usd_per_day(0.0, 0.045), Some(0.0));
    }

    #[test]
    fn bad_inputs_give_none_never_nan() {
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(expected_seconds_to_hit(20, bad), None);
            assert_eq!(expected_years_to_block(1.0, bad), None);
            assert_eq!(efficiency_j_per_th(15.0, bad), None);
            assert_eq!(network_share(LAPTOP_HS, bad), None);
        }
        for bad in [-1.0, f64::NAN, f64::NEG_INFINITY, f64::INFINITY] {
            assert_eq!(expected_years_to_block(bad, LAPTOP_HS), None);
            assert_eq!(efficiency_j_per_th(bad, LAPTOP_HS), None);
            assert_eq!(network_share(bad, 1_024.0), None);
            assert_eq!(expected_btc_per_day(bad, 3.125, 0.017), None);
            assert_eq!(expected_btc_per_day(1e-15, bad, 0.017), None);
            assert_eq!(expected_btc_per_day(1e-15, 3.125, bad), None);
            assert_eq!(expected_usd_per_day(1e-15, 3.125, 0.017, bad), None);
            assert_eq!(electricity_usd_per_day(bad, 0.045), None);
            assert_eq!(electricity_usd_per_day(15.0, bad), None);
        }
        // Finite inputs whose result overflows also give None.
        assert_eq!(expected_years_to_block(f64::MAX, 1e-300), None);
        // Zero of something harmless is a real zero.
        assert_eq!(network_share(0.0, 1_024.0), Some(0.0));
        assert_eq!(expected_years_to_block(0.0, LAPTOP_HS), Some(0.0));
    }
}
