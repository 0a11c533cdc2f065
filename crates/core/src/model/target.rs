//! The target: a block is valid when its hash, read as a 256-bit number, is at or below it.
//! Real blocks carry it in the 32-bit "compact" `bits` field; the page's miner instead picks a number
//! of leading zero bits, which is easier to see and to tune to a laptop.

use std::cmp::Ordering;
use std::fmt;

use super::hash::{cmp_le, Hash256};

/// `bits` of the difficulty-1 target, the reference for "difficulty" (Bitcoin Core, chainparams).
pub const DIFFICULTY_1_BITS: u32 = 0x1d00ffff;

/// A 256-bit target, stored least significant byte first like [`Hash256`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target {
    le: [u8; 32],
}

/// Why a compact `bits` value is not a usable target (the checks of Bitcoin Core's `SetCompact`
/// and `DeriveTarget`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BitsError {
    /// The mantissa's sign bit (0x00800000) is set with a non-zero mantissa.
    Negative { bits: u32 },
    /// The exponent shifts the mantissa past 256 bits.
    Overflow { bits: u32 },
    /// The mantissa is zero, so the target is zero.
    Zero { bits: u32 },
}

impl fmt::Display for BitsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            BitsError::Negative { bits } => write!(
                f,
                "bits 0x{bits:08x} encode a negative target (sign bit 0x00800000 is set); Bitcoin rejects it"
            ),
            BitsError::Overflow { bits } => write!(
                f,
                "bits 0x{bits:08x} encode a target wider than 256 bits; Bitcoin rejects it"
            ),
            BitsError::Zero { bits } => write!(
                f,
                "bits 0x{bits:08x} encode a target of zero; Bitcoin rejects it"
            ),
        }
    }
}

impl std::error::Error for BitsError {}

impl Target {
    /// Decodes compact `bits` exactly as Bitcoin Core's `arith_uint256::SetCompact`: the top byte is
    /// a length in bytes, the low 23 bits a mantissa, bit 23 a sign. Negative, overflowing and zero
    /// targets are rejected, as consensus does.
    pub fn from_bits(bits: u32) -> Result<Target, BitsError> {
        let size = bits >> 24;
        let mut word = bits & 0x007f_ffff;
        if size <= 3 {
            word >>= 8 * (3 - size);
        }
        if word != 0 && bits & 0x0080_0000 != 0 {
            return Err(BitsError::Negative { bits });
        }
        let overflow = size > 34 || (word > 0xff && size > 33) || (word > 0xffff && size > 32);
        if word != 0 && overflow {
            return Err(BitsError::Overflow { bits });
        }
        if word == 0 {
            return Err(BitsError::Zero { bits });
        }
        let shift = size.saturating_sub(3) as usize;
        let mut le = [0u8; 32];
        for (offset, byte) in word.to_le_bytes()[..3].iter().enumerate() {
            // Bytes past the top are zero here: the overflow check above guarantees it.
            if let Some(slot) = le.get_mut(shift + offset) {
                *slot = *byte;
            }
        }
        Ok(Target { le })
    }

    /// Encodes as compact `bits` like Bitcoin Core's `GetCompact`; exact for targets that came
    /// from canonical bits, otherwise rounded down to a 3-byte mantissa.
    pub fn to_bits(&self) -> u32 {
        let size = self
            .le
            .iter()
            .rposition(|&b| b != 0)
            .map_or(0, |top| top + 1);
        let byte = |index: Option<usize>| index.map_or(0, |i| u32::from(self.le[i]));
        let mut mantissa = (byte(size.checked_sub(1)) << 16)
            | (byte(size.checked_sub(2)) << 8)
            | byte(size.checked_sub(3));
        let mut size = size as u32;
        if mantissa & 0x0080_0000 != 0 {
            mantissa >>= 8;
            size += 1;
        }
        (size << 24) | mantissa
    }

    /// The target 2^(256 - `zero_bits`) - 1: exactly the hashes with at least `zero_bits` leading
    /// zero bits meet it. `zero_bits` is clamped to 1..=255 (0 would accept every hash, 256 none
    /// but zero).
    pub fn from_leading_zero_bits(zero_bits: u32) -> Target {
        let zero_bits = zero_bits.clamp(1, 255) as usize;
        let (whole_bytes, rest_bits) = (zero_bits / 8, zero_bits % 8);
        let mut le = [0xffu8; 32];
        le[32 - whole_bytes..].fill(0);
        // One scalar shift, on purpose: a per-byte `0xff >> zeros` loop is vectorized by rustc
        // 1.95's LLVM for wasm simd128 into a wrong per-lane shift in release builds (10 zero bits
        // came out as 8); the browser tests in release mode guard this.
        le[31 - whole_bytes] = 0xff >> rest_bits;
        Target { le }
    }

    /// Whether `hash` meets this target (hash <= target, both as 256-bit numbers).
    pub fn is_met_by(&self, hash: &Hash256) -> bool {
        cmp_le(&hash.0, &self.le) != Ordering::Greater
    }

    /// 64 lowercase hex digits, most significant first.
    pub fn to_display_hex(&self) -> String {
        Hash256(self.le).to_display_hex()
    }

    /// Leading zero bits of the target (a hash needs at least this many to meet it).
    pub fn leading_zero_bits(&self) -> u32 {
        Hash256(self.le).leading_zero_bits()
    }

    /// The 32 most significant bits, for the search loop's cheap first comparison.
    pub(crate) fn top_u32(&self) -> u32 {
        u32::from_be_bytes([self.le[31], self.le[30], self.le[29], self.le[28]])
    }
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Target({})", self.to_display_hex())
    }
}

/// Difficulty of `bits` relative to [`DIFFICULTY_1_BITS`], computed as Bitcoin Core's
/// `GetDifficulty` (mantissa ratio times powers of 256). Invalid bits return the [`BitsError`]
/// rather than an infinite or NaN difficulty.
pub fn difficulty_from_bits(bits: u32) -> Result<f64, BitsError> {
    Target::from_bits(bits)?;
    let mut shift = (bits >> 24) & 0xff;
    let mut difficulty = f64::from(0xffff) / f64::from(bits & 0x00ff_ffff);
    while shift < 29 {
        difficulty *= 256.0;
        shift += 1;
    }
    while shift > 29 {
        difficulty /= 256.0;
        shift -= 1;
    }
    Ok(difficulty)
}

/// Expected number of hashes to meet [`Target::from_leading_zero_bits`]`(zero_bits)`: 2^zero_bits
/// (each hash meets it with probability 2^-zero_bits).
pub fn expected_hashes(zero_bits: u32) -> f64 {
    2f64.powi(zero_bits.min(256) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn difficulty_one_bits_decode_to_the_known_target() {
        let target = Target::from_bits(DIFFICULTY_1_BITS).unwrap();
        assert_eq!(
            target.to_display_hex(),
            "00000000ffff0000000000000000000000000000000000000000000000000000"
        );
        assert_eq!(difficulty_from_bits(DIFFICULTY_1_BITS), Ok(1.0));
    }

    #[test]
    fn block_125552_bits() {
        let target = Target::from_bits(0x1a44b9f2).unwrap();
        // Exponent 0x1a = 26 bytes: 6 zero bytes, mantissa 44b9f2, then 23 zero bytes (12+6+46 digits).
        assert_eq!(
            target.to_display_hex(),
            format!("{}44b9f2{}", "0".repeat(12), "0".repeat(46))
        );
        // 0xffff * 256^(29-3) / (0x44b9f2 * 256^(26-3)) = 65535 * 256^3 / 4504050
        //   = 1_099_494_850_560 / 4_504_050 = 244_112.4877743...
        let difficulty = difficulty_from_bits(0x1a44b9f2).unwrap();
        assert!((difficulty - 244_112.487_774_336).abs() < 1e-6);
    }

    #[test]
    fn bits_round_trip_on_known_values() {
        // Difficulty 1, block 125552, a 2016 block (0x18...), regtest's limit 0x207fffff, and small
        // exponents whose mantissa is shifted right.
        for bits in [
            0x1d00ffff, 0x1a44b9f2, 0x1806b99f, 0x207fffff, 0x03123456, 0x02123400,
        ] {
            assert_eq!(
                Target::from_bits(bits).unwrap().to_bits(),
                bits,
                "{bits:08x}"
            );
        }
        // 0x01123456 keeps one byte of mantissa: value 0x12, re-encoded canonically.
        assert_eq!(Target::from_bits(0x01123456).unwrap().to_bits(), 0x01120000);
    }

    #[test]
    fn rejects_negative_overflowing_and_zero_bits() {
        let negative = Target::from_bits(0x04923456).unwrap_err();
        assert_eq!(negative, BitsError::Negative { bits: 0x04923456 });
        assert_eq!(
            negative.to_string(),
            "bits 0x04923456 encode a negative target (sign bit 0x00800000 is set); Bitcoin rejects it"
        );
        let overflow = Target::from_bits(0xff123456).unwrap_err();
        assert_eq!(overflow, BitsError::Overflow { bits: 0xff123456 });
        assert_eq!(
            overflow.to_string(),
            "bits 0xff123456 encode a target wider than 256 bits; Bitcoin rejects it"
        );
        // Edge of overflow: a 2-byte mantissa fits with exponent 32, not 33.
        assert!(Target::from_bits(0x20123456).is_ok());
        assert!(Target::from_bits(0x21123456).is_err());
        assert!(Target::from_bits(0x22000012).is_ok());
        let zero = Target::from_bits(0x1d000000).unwrap_err();
        assert_eq!(zero, BitsError::Zero { bits: 0x1d000000 });
        assert_eq!(
            zero.to_string(),
            "bits 0x1d000000 encode a target of zero; Bitcoin rejects it"
        );
        assert_eq!(difficulty_from_bits(0x1d000000), Err(zero));
        // The sign bit alone, with a zero mantissa, is zero rather than negative (as in Core).
        assert_eq!(
            Target::from_bits(0x01803456),
            Err(BitsError::Zero { bits: 0x01803456 })
        );
    }

    #[test]
    fn leading_zero_targets_are_exact() {
        for n in 1..=255u32 {
            let target = Target::from_leading_zero_bits(n);
            assert_eq!(target.leading_zero_bits(), n);
            // Just at the target passes; the next number up (2^(256-n)) has n-1 zeros and fails.
            let at = Hash256(target.le);
            assert!(target.is_met_by(&at));
            let mut above = [0u8; 32];
            let bit = 256 - n as usize;
            above[bit / 8] = 1 << (bit % 8);
            let above = Hash256(above);
            assert_eq!(above.leading_zero_bits(), n - 1);
            assert!(!target.is_met_by(&above));
            assert!(target.is_met_by(&Hash256::ZERO));
        }
        assert_eq!(
            Target::from_leading_zero_bits(8).to_display_hex(),
            format!("00{}", "f".repeat(62))
        );
        assert_eq!(
            Target::from_leading_zero_bits(0),
            Target::from_leading_zero_bits(1)
        );
        assert_eq!(
            Target::from_leading_zero_bits(999),
            Target::from_leading_zero_bits(255)
        );
        // 2^224 - 1 rounds down to difficulty 1's compact bits.
        assert_eq!(
            Target::from_leading_zero_bits(32).to_bits(),
            DIFFICULTY_1_BITS
        );
    }

    #[test]
    fn expected_hashes_is_two_to_the_zero_bits() {
        assert_eq!(expected_hashes(0), 1.0);
        assert_eq!(expected_hashes(20), 1_048_576.0);
        assert_eq!(expected_hashes(32), 4_294_967_296.0);
        assert!(expected_hashes(300).is_finite());
    }
}
