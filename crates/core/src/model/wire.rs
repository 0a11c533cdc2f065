//! The miner worker's messages as flat lists of numbers (a `Float64Array` on the wire): a [`Batch`]
//! to the worker, a [`BatchDone`] back. Every field is a u32, a u64 below 2^53 or an f64, so each
//! is one exact f64. A hand-written format rather than gloo-worker's serde + bincode codec: that
//! codec, its error messages and the float formatting they pull in were a third of the worker's
//! wasm. Decoding checks lengths and ranges, so a malformed message is `None`, never a panic.

use super::hash::Hash256;
use super::header::{BlockHeader, HEADER_LEN};
use super::search::{Hit, SearchReport};
use super::session::{Batch, BatchDone};

/// Header words: the 80 header bytes as 20 little-endian u32s.
const HEADER_WORDS: usize = HEADER_LEN / 4;
/// A hit: its nonce and its hash as 8 little-endian u32s.
const HIT_WORDS: usize = 1 + 8;

/// `job, zero_bits, start, count`, then the header.
pub fn encode_batch(batch: &Batch) -> Vec<f64> {
    let mut out = vec![
        f64::from(batch.job),
        f64::from(batch.zero_bits),
        f64::from(batch.start),
        f64::from(batch.count),
    ];
    push_header(&mut out, &batch.header);
    out
}

pub fn decode_batch(words: &[f64]) -> Option<Batch> {
    let (fixed, header) = split(words, 4)?;
    if header.len() != HEADER_WORDS {
        return None;
    }
    Some(Batch {
        job: u32_at(fixed, 0)?,
        zero_bits: u32_at(fixed, 1)?,
        start: u32_at(fixed, 2)?,
        count: u32_at(fixed, 3)?,
        header: read_header(header)?,
    })
}

/// `job, zero_bits, elapsed_ms, tried, hit count, start`, the header, the best hit (`0` alone for none,
/// else `1` and the hit), then the hits.
pub fn encode_done(done: &BatchDone) -> Vec<f64> {
    let report = &done.report;
    let mut out = vec![
        f64::from(done.job),
        f64::from(done.zero_bits),
        done.elapsed_ms,
        report.tried as f64,
        report.hits.len() as f64,
        f64::from(done.start),
    ];
    push_header(&mut out, &done.header);
    match &report.best {
        None => out.push(0.0),
        Some(best) => {
            out.push(1.0);
            push_hit(&mut out, best);
        }
    }
    for hit in &report.hits {
        push_hit(&mut out, hit);
    }
    out
}

pub fn decode_done(words: &[f64]) -> Option<BatchDone> {
    let (fixed, rest) = split(words, 6)?;
    let tried = fixed[3];
    // Nonces tried in one batch: at most the whole nonce space.
    if !(tried.fract() == 0.0 && (0.0..=4_294_967_296.0).contains(&tried)) {
        return None;
    }
    let hit_count = u32_at(fixed, 4)? as usize;
    let (header, rest) = split(rest, HEADER_WORDS)?;
    let (has_best, rest) = split(rest, 1)?;
    let (best, hits) = match has_best[0] {
        0.0 => (None, rest),
        1.0 => {
            let (best, hits) = split(rest, HIT_WORDS)?;
            (Some(read_hit(best)?), hits)
        }
        _ => return None,
    };
    if hits.len() != hit_count.checked_mul(HIT_WORDS)? {
        return None;
    }
    Some(BatchDone {
        job: u32_at(fixed, 0)?,
        zero_bits: u32_at(fixed, 1)?,
        start: u32_at(fixed, 5)?,
        elapsed_ms: fixed[2],
        header: read_header(header)?,
        report: SearchReport {
            tried: tried as u64,
            hits: hits
                .chunks_exact(HIT_WORDS)
                .map(read_hit)
                .collect::<Option<_>>()?,
            best,
        },
    })
}

fn split(words: &[f64], at: usize) -> Option<(&[f64], &[f64])> {
    (words.len() >= at).then(|| words.split_at(at))
}

fn u32_at(words: &[f64], i: usize) -> Option<u32> {
    let v = *words.get(i)?;
    (v.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&v)).then_some(v as u32)
}

fn push_words(out: &mut Vec<f64>, bytes: &[u8]) {
    out.extend(
        bytes
            .chunks_exact(4)
            .map(|w| f64::from(u32::from_le_bytes([w[0], w[1], w[2], w[3]]))),
    );
}

fn read_words<const N: usize>(words: &[f64]) -> Option<[u8; N]> {
    let mut bytes = [0u8; N];
    for (i, chunk) in bytes.chunks_exact_mut(4).enumerate() {
        chunk.copy_from_slice(&u32_at(words, i)?.to_le_bytes());
    }
    Some(bytes)
}

fn push_header(out: &mut Vec<f64>, header: &BlockHeader) {
    push_words(out, &header.to_bytes());
}

fn read_header(words: &[f64]) -> Option<BlockHeader> {
    Some(BlockHeader::from_bytes(&read_words::<HEADER_LEN>(words)?))
}

fn push_hit(out: &mut Vec<f64>, hit: &Hit) {
    out.push(f64::from(hit.nonce));
    push_words(out, &hit.hash.0);
}

fn read_hit(words: &[f64]) -> Option<Hit> {
    Some(Hit {
        nonce: u32_at(words, 0)?,
        hash: Hash256(read_words::<32>(&words[1..])?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::blocks::GENESIS;
    use crate::model::search::{search, Midstate};
    use crate::model::target::Target;
    use proptest::prelude::*;

    fn genesis() -> BlockHeader {
        BlockHeader::parse_hex(GENESIS.header_hex).expect("the genesis header")
    }

    fn batch() -> Batch {
        Batch {
            job: 7,
            header: genesis(),
            zero_bits: 12,
            start: u32::MAX - 99,
            count: 100,
        }
    }

    fn done(hits: usize) -> BatchDone {
        let header = genesis();
        let mut report = search(
            &Midstate::new(&header),
            &Target::from_leading_zero_bits(1),
            header.nonce - 20,
            40,
        );
        report.hits.truncate(hits);
        BatchDone {
            job: 3,
            header,
            zero_bits: 1,
            start: header.nonce - 20,
            report,
            elapsed_ms: 12.625,
        }
    }

    #[test]
    fn a_batch_is_24_numbers_and_reads_back() {
        let words = encode_batch(&batch());
        // 4 fields and 20 header words; the genesis header's first word is its version, 1.
        assert_eq!(words.len(), 24);
        assert_eq!(&words[..5], &[7.0, 12.0, 4_294_967_196.0, 100.0, 1.0]);
        assert_eq!(decode_batch(&words), Some(batch()));
    }

    #[test]
    fn an_answer_reads_back_with_its_hits_and_best() {
        for hits in [0, 1, 8] {
            let done = done(hits);
            let words = encode_done(&done);
            // 6 fields, 20 header words, the best flag and hit, 9 words per hit.
            assert_eq!(words.len(), 6 + 20 + 1 + 9 + 9 * hits);
            assert_eq!(decode_done(&words), Some(done));
        }
        let mut nothing = done(0);
        nothing.report = SearchReport::default();
        assert_eq!(encode_done(&nothing).len(), 27);
        assert_eq!(decode_done(&encode_done(&nothing)), Some(nothing));
    }

    #[test]
    fn malformed_messages_are_none() {
        let words = encode_batch(&batch());
        assert_eq!(decode_batch(&words[..23]), None, "short");
        assert_eq!(
            decode_batch(&[words.clone(), vec![0.0]].concat()),
            None,
            "long"
        );
        assert_eq!(decode_batch(&[]), None);
        for bad in [-1.0, 0.5, 4_294_967_296.0, f64::NAN, f64::INFINITY] {
            let mut w = words.clone();
            w[0] = bad;
            assert_eq!(decode_batch(&w), None, "job {bad}");
            let mut w = words.clone();
            w[10] = bad;
            assert_eq!(decode_batch(&w), None, "header word {bad}");
        }
        let words = encode_done(&done(2));
        assert_eq!(decode_done(&words[..words.len() - 1]), None, "cut hit");
        let mut w = words.clone();
        w[4] = 3.0;
        assert_eq!(decode_done(&w), None, "hit count says 3");
        let mut w = words.clone();
        w[26] = 2.0;
        assert_eq!(decode_done(&w), None, "best flag");
        let mut w = words.clone();
        w[5] = -1.0;
        assert_eq!(decode_done(&w), None, "negative start");
        let mut w = words.clone();
        w[3] = 4_294_967_297.0;
        assert_eq!(decode_done(&w), None, "tried past 2^32");
        let mut w = words;
        w[4] = f64::from(u32::MAX);
        assert_eq!(decode_done(&w), None, "huge hit count");
    }

    proptest! {
        #[test]
        fn any_batch_reads_back(
            job in any::<u32>(), zero_bits in any::<u32>(), start in any::<u32>(), count in any::<u32>(),
            version in any::<u32>(), time in any::<u32>(), bits in any::<u32>(), nonce in any::<u32>(),
            prev in any::<[u8; 32]>(), merkle in any::<[u8; 32]>(),
        ) {
            let header = BlockHeader {
                version, prev_block: Hash256(prev), merkle_root: Hash256(merkle), time, bits, nonce,
            };
            let batch = Batch { job, header, zero_bits, start, count };
            prop_assert_eq!(decode_batch(&encode_batch(&batch)), Some(batch));
        }

        #[test]
        fn any_words_decode_without_panicking(words in proptest::collection::vec(any::<f64>(), 0..80)) {
            let _ = decode_batch(&words);
            let _ = decode_done(&words);
        }
    }
}
