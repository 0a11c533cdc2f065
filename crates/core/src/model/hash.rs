//! A 256-bit hash as Bitcoin handles it: stored in the byte order SHA-256 outputs ("internal
//! order"), shown reversed ("display order", as block explorers print it), and compared as a
//! little-endian 256-bit number, which is how it is checked against the target.

use std::cmp::Ordering;
use std::fmt;

use sha2::{Digest, Sha256};

use super::hex::{self, HexError};

/// A SHA-256d result or block hash, bytes in internal order (byte 0 is the least significant).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Hash256(pub [u8; 32]);

impl Hash256 {
    /// All zero bytes: the genesis block's `prev_block`.
    pub const ZERO: Hash256 = Hash256([0; 32]);

    /// SHA-256 applied twice, Bitcoin's block and transaction hash.
    pub fn sha256d(data: &[u8]) -> Hash256 {
        Hash256(Sha256::digest(Sha256::digest(data)).into())
    }

    /// 64 lowercase hex digits, most significant byte first (as block explorers show hashes).
    pub fn to_display_hex(&self) -> String {
        let mut reversed = self.0;
        reversed.reverse();
        hex::encode(&reversed)
    }

    /// Parses display-order hex (64 digits; whitespace and a leading `0x` are tolerated).
    pub fn from_display_hex(text: &str) -> Result<Hash256, HexError> {
        let mut bytes = hex::decode_exact::<32>(text)?;
        bytes.reverse();
        Ok(Hash256(bytes))
    }

    /// How many zero bits lead the 256-bit number (the zeros at the start of the display hex, in
    /// bits): 256 for the zero hash.
    pub fn leading_zero_bits(&self) -> u32 {
        let mut bits = 0;
        for &byte in self.0.iter().rev() {
            bits += byte.leading_zeros();
            if byte != 0 {
                break;
            }
        }
        bits
    }
}

/// Compares two 256-bit numbers stored least significant byte first.
pub(crate) fn cmp_le(a: &[u8; 32], b: &[u8; 32]) -> Ordering {
    a.iter().rev().cmp(b.iter().rev())
}

impl Ord for Hash256 {
    /// Numeric order, so that "lower hash" means "closer to meeting any target".
    fn cmp(&self, other: &Self) -> Ordering {
        cmp_le(&self.0, &other.0)
    }
}

impl PartialOrd for Hash256 {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Hash256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_display_hex())
    }
}

impl fmt::Debug for Hash256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hash256({})", self.to_display_hex())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hash whose display hex is `display` (test helper for readable vectors).
    fn display(text: &str) -> Hash256 {
        Hash256::from_display_hex(text).unwrap()
    }

    #[test]
    fn sha256d_of_empty_input() {
        // SHA-256(SHA-256("")), a well-known vector, printed in internal order.
        let hash = Hash256::sha256d(b"");
        assert_eq!(
            hex::encode(&hash.0),
            "5df6e0e2761359d30a8275058e299fcc0381534545f55cf43e41983f5d4c9456"
        );
    }

    #[test]
    fn display_hex_reverses_bytes_and_round_trips() {
        let mut bytes = [0u8; 32];
        bytes[0] = 0x01;
        bytes[31] = 0xab;
        let hash = Hash256(bytes);
        let text = hash.to_display_hex();
        assert_eq!(text.len(), 64);
        assert!(text.starts_with("ab00"));
        assert!(text.ends_with("0001"));
        assert_eq!(Hash256::from_display_hex(&text), Ok(hash));
        assert_eq!(format!("{hash}"), text);
    }

    #[test]
    fn from_display_hex_rejects_wrong_length() {
        assert_eq!(
            Hash256::from_display_hex("00ff"),
            Err(HexError::WrongLength {
                expected_bytes: 32,
                bytes: 2
            })
        );
    }

    #[test]
    fn leading_zero_bits_count_from_the_display_start() {
        assert_eq!(Hash256::ZERO.leading_zero_bits(), 256);
        assert_eq!(Hash256([0xff; 32]).leading_zero_bits(), 0);
        let genesis = display("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f");
        // Ten zero hex digits (40 bits), then 0x1 = 0001 in binary: 43 bits.
        assert_eq!(genesis.leading_zero_bits(), 43);
        let mut low_byte_only = [0u8; 32];
        low_byte_only[0] = 0x01;
        assert_eq!(Hash256(low_byte_only).leading_zero_bits(), 255);
    }

    #[test]
    fn orders_as_256_bit_numbers() {
        let small = display("00000000000000000000000000000000000000000000000000000000000000ff");
        let large = display("0100000000000000000000000000000000000000000000000000000000000000");
        // Byte-wise in internal order `small` would look larger (0xff vs 0x00 at byte 0).
        assert!(small < large);
        assert_eq!(small.cmp(&small), Ordering::Equal);
        assert_eq!(small.max(large), large);
    }
}
