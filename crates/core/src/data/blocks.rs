//! Real block headers the page can load into the miner, with the hash they must produce
//! (`shared/FACTS.md`, section 2). They double as the model's test vectors.

use super::sources;
use super::{Citation, Dataset, Source};

/// A published block header and its hash, with where they come from.
#[derive(Debug, PartialEq)]
pub struct KnownBlock {
    /// How the page names it ("Genesis block").
    pub name: &'static str,
    /// Height in the chain (0 = genesis).
    pub height: u32,
    /// The 80 serialized header bytes as 160 hex digits, in the order they are hashed.
    pub header_hex: &'static str,
    /// The block hash in display order (as block explorers show it).
    pub hash_display_hex: &'static str,
    pub source: &'static Source,
}

/// Block 0, mined by Satoshi Nakamoto on 2009-01-03 (as hard-coded in Bitcoin Core).
pub static GENESIS: KnownBlock = KnownBlock {
    name: "Genesis block",
    height: 0,
    header_hex: "0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c",
    hash_display_hex: "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f",
    source: &sources::GENESIS,
};

/// Block 125552 (2011-05-21), the Bitcoin Wiki's worked example of block hashing.
pub static BLOCK_125552: KnownBlock = KnownBlock {
    name: "Block 125552",
    height: 125_552,
    header_hex: "0100000081cd02ab7e569e8bcd9317e2fe99f2de44d49ab2b8851ba4a308000000000000e320b6c2fffc8d750423db8b1eb942ae710e951ed797f7affc8892b0f1fc122bc7f5d74df2b9441a42a14695",
    hash_display_hex: "00000000000000001e8d6829a8a21adc5d38d0a473b144b6765798e61f98bd1d",
    source: &sources::BITCOIN_WIKI,
};

/// All known blocks, oldest first (the page's "load a real block" choices).
pub static KNOWN_BLOCKS: &[&KnownBlock] = &[&GENESIS, &BLOCK_125552];

static GENESIS_CITED: Dataset = Dataset {
    label: "Genesis block header and hash (height 0, 2009-01-03)",
    as_of: "2009-01-03",
    source: &sources::GENESIS,
    note: Some("the miner's \"verify a real block\" example and a test vector"),
};

static BLOCK_125552_CITED: Dataset = Dataset {
    label: "Block 125552 header and hash",
    as_of: "2011-05-21",
    source: &sources::BITCOIN_WIKI,
    note: Some("the wiki's worked example of block hashing; a test vector"),
};

/// What the Sources section cites from this module.
pub static CITATIONS: &[Citation] = &[
    Citation::Dataset(&GENESIS_CITED),
    Citation::Dataset(&BLOCK_125552_CITED),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_well_formed_and_cited() {
        for block in KNOWN_BLOCKS {
            assert_eq!(block.header_hex.len(), 160, "{}", block.name);
            assert_eq!(block.hash_display_hex.len(), 64, "{}", block.name);
            assert!(block
                .header_hex
                .bytes()
                .chain(block.hash_display_hex.bytes())
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        }
        assert_eq!(GENESIS.source.id, "genesis");
        assert_eq!(BLOCK_125552.source.id, "bitcoin-wiki");
        assert!(KNOWN_BLOCKS.windows(2).all(|w| w[0].height < w[1].height));
    }
}
