use proptest::prelude::*;

use super::lanes::Portable;
use super::*;
use crate::data::blocks::{BLOCK_125552, GENESIS, KNOWN_BLOCKS};
use crate::model::hash::Hash256;
use crate::model::search::{search_limited, Hit};

fn header_of(hex: &str) -> BlockHeader {
    BlockHeader::parse_hex(hex).unwrap()
}

/// The kernel against the `sha2` reference on one range: identical reports, whole.
fn assert_same(header: &BlockHeader, target: &Target, start: u32, count: u32, max_hits: usize) {
    let kernel = Kernel::new(header);
    let expected = search_limited(kernel.midstate(), target, start, count, max_hits);
    let got = scan(&kernel, target, start, count, max_hits);
    assert_eq!(
        got, expected,
        "start {start}, count {count}, max_hits {max_hits}, {target:?}"
    );
}

fn any_header() -> impl Strategy<Value = BlockHeader> {
    (
        any::<u32>(),
        any::<[u8; 32]>(),
        any::<[u8; 32]>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
    )
        .prop_map(|(version, prev, merkle, time, bits, nonce)| BlockHeader {
            version,
            prev_block: Hash256(prev),
            merkle_root: Hash256(merkle),
            time,
            bits,
            nonce,
        })
}

/// Starts anywhere, and often right at either end of the nonce space.
fn any_start() -> impl Strategy<Value = u32> {
    prop_oneof![any::<u32>(), (u32::MAX - 12)..=u32::MAX, 0u32..12]
}

/// Counts of every remainder mod 4 (0..9), and ranges long enough to see many hits and bests.
fn any_count() -> impl Strategy<Value = u32> {
    prop_oneof![0u32..9, 9u32..700, Just(u32::MAX)]
}

/// Leading-zero targets a page can pick, and the compact targets of the real blocks (whose top
/// word is 0, so only the best-so-far lets a lane through).
fn any_target() -> impl Strategy<Value = Target> {
    let real: Vec<Target> = KNOWN_BLOCKS
        .iter()
        .map(|block| Target::from_bits(header_of(block.header_hex).bits).unwrap())
        .collect();
    prop_oneof![
        (1u32..=24).prop_map(Target::from_leading_zero_bits),
        proptest::sample::select(real),
    ]
}

proptest! {
    #[test]
    fn scan_equals_the_sha2_search(
        header in any_header(),
        start in any_start(),
        count in any_count(),
        target in any_target(),
        max_hits in prop_oneof![0usize..10, Just(usize::MAX)],
    ) {
        // u32::MAX nonces would take minutes in a debug build: keep it for the top edge, where
        // the range is cut at u32::MAX anyway.
        let count = if count == u32::MAX && start < u32::MAX - 700 { 700 } else { count };
        let kernel = Kernel::new(&header);
        let expected = search_limited(kernel.midstate(), &target, start, count, max_hits);
        prop_assert_eq!(scan(&kernel, &target, start, count, max_hits), expected.clone());
        prop_assert_eq!(
            scan_with::<Portable>(&kernel, &target, start, count, max_hits),
            expected
        );
    }
}

#[test]
fn a_scan_around_the_genesis_nonce_finds_the_genesis_block() {
    let header = header_of(GENESIS.header_hex);
    let target = Target::from_bits(header.bits).unwrap();
    let kernel = Kernel::new(&header);
    // Unaligned start and odd count, so the real nonce sits mid-group and the last group is short.
    let report = scan(&kernel, &target, header.nonce - 1_001, 2_003, 8);
    assert_eq!(report.tried, 2_003);
    assert_eq!(
        report.hits,
        vec![Hit {
            nonce: header.nonce,
            hash: header.hash()
        }]
    );
    assert_eq!(report.best, Some(report.hits[0]));
    assert_eq!(
        report.hits[0].hash.to_display_hex(),
        GENESIS.hash_display_hex
    );
}

#[test]
fn every_real_block_is_found_at_its_own_target_and_at_easy_ones() {
    for block in [&GENESIS, &BLOCK_125552] {
        let header = header_of(block.header_hex);
        let real = Target::from_bits(header.bits).unwrap();
        for start in [header.nonce - 3, header.nonce - 4, header.nonce - 5] {
            let report = scan(&Kernel::new(&header), &real, start, 9, usize::MAX);
            assert_eq!(report.hits.len(), 1, "{}", block.name);
            assert_eq!(report.hits[0].hash.to_display_hex(), block.hash_display_hex);
            for bits in [1, 4, 8, 12] {
                assert_same(
                    &header,
                    &Target::from_leading_zero_bits(bits),
                    start,
                    2_000,
                    8,
                );
            }
        }
    }
}

#[test]
fn the_top_of_the_nonce_space_and_tiny_counts() {
    let header = header_of(GENESIS.header_hex);
    let target = Target::from_leading_zero_bits(2);
    for start in [u32::MAX - 9, u32::MAX - 3, u32::MAX - 1, u32::MAX] {
        for count in [0, 1, 2, 3, 4, 5, 7, 8, 9, 100, u32::MAX] {
            assert_same(&header, &target, start, count, usize::MAX);
        }
    }
    let kernel = Kernel::new(&header);
    let last = scan(&kernel, &target, u32::MAX, u32::MAX, 8);
    assert_eq!(last.tried, 1);
    assert_eq!(last.best.map(|hit| hit.nonce), Some(u32::MAX));
    assert_eq!(scan(&kernel, &target, 7, 0, 8), SearchReport::default());
}

#[test]
fn at_an_easy_target_the_hits_are_capped_but_the_best_is_not() {
    let header = header_of(BLOCK_125552.header_hex);
    let easy = Target::from_leading_zero_bits(1);
    let kernel = Kernel::new(&header);
    let all = scan(&kernel, &easy, 0, 5_000, usize::MAX);
    assert!(
        all.hits.len() > 2_000,
        "about half of all hashes meet one zero bit"
    );
    let capped = scan(&kernel, &easy, 0, 5_000, 8);
    assert_eq!(capped.hits, all.hits[..8]);
    assert_eq!((capped.tried, capped.best), (all.tried, all.best));
    assert_same(&header, &easy, 0, 5_000, 8);
    assert_same(&header, &easy, 0, 5_000, 0);
}
