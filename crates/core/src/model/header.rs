//! The 80-byte block header, the only thing a miner hashes: six fields, integers little-endian and
//! hashes in internal byte order, exactly as serialized on the wire.

use std::fmt;

use super::hash::Hash256;
use super::hex::{self, HexError};

/// Length of a serialized block header, in bytes.
pub const HEADER_LEN: usize = 80;

/// A block header's fields (Bitcoin Wiki, "Block hashing algorithm").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BlockHeader {
    /// Block version (soft-fork signalling bits since BIP 9).
    pub version: u32,
    /// Hash of the previous block's header: the "chain" in blockchain.
    pub prev_block: Hash256,
    /// Root of the merkle tree of the block's transactions.
    pub merkle_root: Hash256,
    /// Block time, Unix seconds.
    pub time: u32,
    /// The target in compact form (see [`crate::model::target::Target::from_bits`]).
    pub bits: u32,
    /// The number miners vary to get a different hash.
    pub nonce: u32,
}

/// Why pasted text is not a block header. Messages are written for the person who pasted it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderHexError {
    /// Nothing but whitespace (or a bare `0x`).
    Empty,
    /// A character that is not a hex digit; `position` counts characters of the input from 1.
    InvalidChar { character: char, position: usize },
    /// An odd number of hex digits.
    OddDigits { digits: usize },
    /// Valid hex of the wrong size; `bytes` is how many the input holds.
    WrongLength { bytes: usize },
}

impl fmt::Display for HeaderHexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            HeaderHexError::Empty => write!(
                f,
                "The header is empty: paste the 160 hex digits (80 bytes) of a block header."
            ),
            HeaderHexError::InvalidChar {
                character,
                position,
            } => write!(
                f,
                "Character {position} is {character:?}, which is not a hex digit: a header uses only \
                 0-9 and a-f (spaces, line breaks and a leading 0x are fine)."
            ),
            HeaderHexError::OddDigits { digits } => write!(
                f,
                "The header has {digits} hex digits, an odd number: every byte is two digits, so one \
                 is missing or extra."
            ),
            HeaderHexError::WrongLength { bytes } => write!(
                f,
                "The input is {bytes} bytes ({} hex digits), but a block header is exactly 80 bytes \
                 = 160 hex digits. {}",
                bytes.saturating_mul(2),
                if bytes > HEADER_LEN {
                    "Copy only the header, not the whole block."
                } else {
                    "Part of it seems to be missing."
                }
            ),
        }
    }
}

impl std::error::Error for HeaderHexError {}

impl From<HexError> for HeaderHexError {
    fn from(error: HexError) -> Self {
        match error {
            HexError::Empty => HeaderHexError::Empty,
            HexError::InvalidChar {
                character,
                position,
            } => HeaderHexError::InvalidChar {
                character,
                position,
            },
            HexError::OddLength { digits } => HeaderHexError::OddDigits { digits },
            HexError::WrongLength { bytes, .. } => HeaderHexError::WrongLength { bytes },
        }
    }
}

impl BlockHeader {
    /// The 80 bytes that are hashed: version, prev_block, merkle_root, time, bits, nonce.
    pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let mut bytes = [0u8; HEADER_LEN];
        bytes[0..4].copy_from_slice(&self.version.to_le_bytes());
        bytes[4..36].copy_from_slice(&self.prev_block.0);
        bytes[36..68].copy_from_slice(&self.merkle_root.0);
        bytes[68..72].copy_from_slice(&self.time.to_le_bytes());
        bytes[72..76].copy_from_slice(&self.bits.to_le_bytes());
        bytes[76..80].copy_from_slice(&self.nonce.to_le_bytes());
        bytes
    }

    /// Reads the fields back from the 80 serialized bytes.
    pub fn from_bytes(bytes: &[u8; HEADER_LEN]) -> BlockHeader {
        let word = |at: usize| {
            u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
        };
        let hash = |at: usize| {
            let mut out = [0u8; 32];
            out.copy_from_slice(&bytes[at..at + 32]);
            Hash256(out)
        };
        BlockHeader {
            version: word(0),
            prev_block: hash(4),
            merkle_root: hash(36),
            time: word(68),
            bits: word(72),
            nonce: word(76),
        }
    }

    /// Parses a header pasted as hex (serialized order, as `getblockheader <hash> false` prints
    /// it). Whitespace anywhere and a leading `0x` are ignored; input of any length is scanned once
    /// without allocating.
    pub fn parse_hex(text: &str) -> Result<BlockHeader, HeaderHexError> {
        let mut bytes = [0u8; HEADER_LEN];
        match hex::decode_into(text, &mut bytes)? {
            HEADER_LEN => Ok(BlockHeader::from_bytes(&bytes)),
            bytes => Err(HeaderHexError::WrongLength { bytes }),
        }
    }

    /// The serialized header as 160 lowercase hex digits.
    pub fn to_hex(&self) -> String {
        hex::encode(&self.to_bytes())
    }

    /// The block hash: SHA-256d of the 80 bytes (display it with [`Hash256::to_display_hex`]).
    pub fn hash(&self) -> Hash256 {
        Hash256::sha256d(&self.to_bytes())
    }
}

/// What the page's "type your own message" does: SHA-256d of the message's UTF-8 bytes, used as the
/// merkle root. (A block with one transaction has that transaction's SHA-256d as its merkle root;
/// here the message stands in for the transaction.)
pub fn merkle_root_from_message(message: &str) -> Hash256 {
    Hash256::sha256d(message.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::blocks::{BLOCK_125552, GENESIS, KNOWN_BLOCKS};

    fn hash(display: &str) -> Hash256 {
        Hash256::from_display_hex(display).unwrap()
    }

    #[test]
    fn genesis_decodes_to_its_published_fields_and_hash() {
        let header = BlockHeader::parse_hex(GENESIS.header_hex).unwrap();
        assert_eq!(
            header,
            BlockHeader {
                version: 1,
                prev_block: Hash256::ZERO,
                merkle_root: hash(
                    "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"
                ),
                time: 1_231_006_505,
                bits: 0x1d00ffff,
                nonce: 2_083_236_893,
            }
        );
        assert_eq!(
            header.hash().to_display_hex(),
            "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"
        );
    }

    #[test]
    fn block_125552_decodes_to_its_published_fields_and_hash() {
        let header = BlockHeader::parse_hex(BLOCK_125552.header_hex).unwrap();
        assert_eq!(
            header,
            BlockHeader {
                version: 1,
                prev_block: hash(
                    "00000000000008a3a41b85b8b29ad444def299fee21793cd8b9e567eab02cd81"
                ),
                merkle_root: hash(
                    "2b12fcf1b09288fcaff797d71e950e71ae42b91e8bdb2304758dfcffc2b620e3"
                ),
                time: 1_305_998_791,
                bits: 0x1a44b9f2,
                nonce: 2_504_433_986,
            }
        );
        assert_eq!(
            header.hash().to_display_hex(),
            "00000000000000001e8d6829a8a21adc5d38d0a473b144b6765798e61f98bd1d"
        );
    }

    #[test]
    fn known_blocks_round_trip_through_bytes_and_hex() {
        for block in KNOWN_BLOCKS {
            let header = BlockHeader::parse_hex(block.header_hex).unwrap();
            assert_eq!(header.to_hex(), block.header_hex);
            assert_eq!(BlockHeader::from_bytes(&header.to_bytes()), header);
            assert_eq!(header.hash().to_display_hex(), block.hash_display_hex);
        }
    }

    #[test]
    fn parse_tolerates_whitespace_and_prefix() {
        let hex = GENESIS.header_hex;
        let spaced = format!("  0x{}\n\t{} \r\n", &hex[..80], hex[80..].to_uppercase());
        assert_eq!(BlockHeader::parse_hex(&spaced), BlockHeader::parse_hex(hex));
    }

    #[test]
    fn each_parse_error_has_an_actionable_message() {
        assert_eq!(BlockHeader::parse_hex(" \n"), Err(HeaderHexError::Empty));
        assert_eq!(
            HeaderHexError::Empty.to_string(),
            "The header is empty: paste the 160 hex digits (80 bytes) of a block header."
        );

        let invalid = BlockHeader::parse_hex("0x01 00 zz").unwrap_err();
        assert_eq!(
            invalid,
            HeaderHexError::InvalidChar {
                character: 'z',
                position: 9
            }
        );
        assert_eq!(
            invalid.to_string(),
            "Character 9 is 'z', which is not a hex digit: a header uses only 0-9 and a-f \
             (spaces, line breaks and a leading 0x are fine)."
        );

        let odd = BlockHeader::parse_hex(&GENESIS.header_hex[..159]).unwrap_err();
        assert_eq!(odd, HeaderHexError::OddDigits { digits: 159 });
        assert_eq!(
            odd.to_string(),
            "The header has 159 hex digits, an odd number: every byte is two digits, so one is \
             missing or extra."
        );

        let short = BlockHeader::parse_hex(&GENESIS.header_hex[..158]).unwrap_err();
        assert_eq!(short, HeaderHexError::WrongLength { bytes: 79 });
        assert_eq!(
            short.to_string(),
            "The input is 79 bytes (158 hex digits), but a block header is exactly 80 bytes = 160 \
             hex digits. Part of it seems to be missing."
        );

        // A megabyte of hex is counted, not stored.
        let huge = "ab".repeat(500_000);
        let long = BlockHeader::parse_hex(&huge).unwrap_err();
        assert_eq!(long, HeaderHexError::WrongLength { bytes: 500_000 });
        assert!(long
            .to_string()
            .ends_with("Copy only the header, not the whole block."));
    }

    #[test]
    fn message_merkle_root_is_sha256d_of_utf8() {
        assert_eq!(merkle_root_from_message(""), Hash256::sha256d(b""));
        assert_eq!(
            merkle_root_from_message("héllo"),
            Hash256::sha256d("héllo".as_bytes())
        );
        assert_ne!(merkle_root_from_message("a"), merkle_root_from_message("b"));
    }
}
