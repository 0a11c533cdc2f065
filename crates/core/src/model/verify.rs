//! "Verify a real block": read a pasted 80-byte header, hash it, and check it against the target its
//! own `bits` field claims. Pure, so the page shows exactly what the tests check.

use super::hash::Hash256;
use super::header::{BlockHeader, HeaderHexError};
use super::target::{difficulty_from_bits, BitsError, Target};

/// What a pasted header says about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Verification {
    pub header: BlockHeader,
    /// Double SHA-256 of the 80 bytes (internal order; show with `to_display_hex`).
    pub hash: Hash256,
    /// The target the `bits` field encodes, or why it encodes none.
    pub target: Result<Target, BitsError>,
    /// Difficulty relative to `0x1d00ffff`, when the bits are valid.
    pub difficulty: Option<f64>,
    /// True when the bits are valid and the hash is at or below their target: the proof of work
    /// checks out. (Whether the block is in the real chain is another question: see the page.)
    pub valid: bool,
}

/// Parses and checks a header given as hex. Errors are the parser's, with messages for people.
pub fn verify(text: &str) -> Result<Verification, HeaderHexError> {
    let header = BlockHeader::parse_hex(text)?;
    let hash = header.hash();
    let target = Target::from_bits(header.bits);
    let difficulty = difficulty_from_bits(header.bits).ok();
    let valid = target.as_ref().is_ok_and(|t| t.is_met_by(&hash));
    Ok(Verification {
        header,
        hash,
        target,
        difficulty,
        valid,
    })
}

/// Why a header failed, in zero bits, when its bits encode a target: "Its hash starts with 16
/// zero bits; the target its bits field claims needs 32. ..." A practice block from the page's
/// miner fails this way: it met the easier target chosen there, as a pool's share does, while its
/// bits field claims difficulty 1. None for a valid header or bits that encode no target.
pub fn shortfall(v: &Verification) -> Option<String> {
    let target = v.target.as_ref().ok().filter(|_| !v.valid)?;
    Some(format!(
        "Its hash starts with {} zero bits; the target its bits field claims needs {}. Blocks from \
         the miner above meet the easier practice target you chose there (as a pool's shares do), \
         so they fail this check.",
        v.hash.leading_zero_bits(),
        target.leading_zero_bits()
    ))
}

/// A header the page's miner found, at the easier practice target the student chose: what
/// "Verify this block" hands the verifier with the header's text.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeBlock {
    pub header: BlockHeader,
    /// The leading zero bits the student mined at.
    pub zero_bits: u32,
}

/// The verifier's first line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The hash meets the target the header's bits claim.
    Valid,
    /// A block from the page's miner: its hash meets the practice target it was mined at, not
    /// the real target its bits claim (as a pool's share does).
    Practice,
    /// The hash is above its own target, or the bits encode none.
    NotValid,
}

impl Verdict {
    /// True when the verdict is good news for the reader (shown in green).
    pub fn is_good(self) -> bool {
        self != Verdict::NotValid
    }
}

/// What the verifier says of a header: its verdict, a first line, and a note on why.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    pub verdict: Verdict,
    pub line: String,
    pub note: Option<String>,
}

/// What the verifier says of `v`; `practice` is the miner's block last handed to the verifier, if
/// any: it counts only when `v` is that very header and its hash has at least the practice zero
/// bits (an edited header is judged as any other).
pub fn verdict(v: &Verification, practice: Option<&PracticeBlock>) -> Said {
    if v.valid {
        return Said {
            verdict: Verdict::Valid,
            line: "\u{2714} Valid proof of work: the hash is at or below the target this header's \
                   bits claim."
                .into(),
            note: None,
        };
    }
    let zeros = v.hash.leading_zero_bits();
    match (practice, v.target.as_ref()) {
        (Some(p), Ok(target)) if p.header == v.header && zeros >= p.zero_bits => Said {
            verdict: Verdict::Practice,
            line: format!(
                "\u{2714} Your practice block checks out: its hash starts with {zeros} zero bits, \
                 and the practice target you chose needs {}.",
                p.zero_bits
            ),
            note: Some(format!(
                "It is not a Bitcoin block: its bits field claims Bitcoin's easiest real target, \
                 {} zero bits, and a real block must meet that. Like a pool's share, it proves \
                 work without winning anything.",
                target.leading_zero_bits()
            )),
        },
        _ => Said {
            verdict: Verdict::NotValid,
            line: "\u{2718} Not valid: this header's hash is above the target its own bits claim."
                .into(),
            note: shortfall(v),
        },
    }
}

/// A display-order hash split into its leading zero hex digits and the rest, so the page can
/// highlight the zeros that proof of work is about.
pub fn split_leading_zeros(display_hex: &str) -> (&str, &str) {
    let zeros = display_hex.bytes().take_while(|&b| b == b'0').count();
    display_hex.split_at(zeros)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::blocks::{BLOCK_125552, GENESIS};

    #[test]
    fn the_known_blocks_verify() {
        for block in [&GENESIS, &BLOCK_125552] {
            let v = verify(block.header_hex).expect("parses");
            assert!(v.valid, "{}", block.name);
            assert_eq!(v.hash.to_display_hex(), block.hash_display_hex);
        }
        assert_eq!(
            verify(GENESIS.header_hex).map(|v| v.difficulty),
            Ok(Some(1.0))
        );
    }

    #[test]
    fn a_tampered_header_fails_its_own_target() {
        // Change one digit of the genesis timestamp (byte 68): the hash changes completely.
        let mut tampered = GENESIS.header_hex.to_string();
        tampered.replace_range(136..138, "2a");
        let v = verify(&tampered).expect("still 80 bytes of hex");
        assert!(!v.valid);
        assert_ne!(v.hash.to_display_hex(), GENESIS.hash_display_hex);
        assert!(v.target.is_ok());
    }

    #[test]
    fn a_practice_block_is_told_why_it_fails() {
        // A header whose hash has 16 leading zero bits, like one mined at 16 bits above; its bits
        // 0x1d00ffff encode 0x00000000ffff0000...: 32 leading zero bits.
        let genesis = verify(GENESIS.header_hex).expect("parses");
        assert_eq!(
            shortfall(&genesis),
            None,
            "a valid block falls short of nothing"
        );
        let mut hash = [0xff; 32];
        hash[31] = 0;
        hash[30] = 0;
        let practice = Verification {
            hash: Hash256(hash),
            valid: false,
            ..genesis
        };
        assert_eq!(
            shortfall(&practice).as_deref(),
            Some(
                "Its hash starts with 16 zero bits; the target its bits field claims needs 32. \
                 Blocks from the miner above meet the easier practice target you chose there (as \
                 a pool's shares do), so they fail this check."
            )
        );
    }

    #[test]
    fn a_practice_block_checks_out_at_its_own_target_only() {
        // The genesis header with its hash replaced by one with 18 leading zero bits (two zero
        // bytes, then 0x3f = 0b0011_1111): above the 32-zero-bit target of bits 0x1d00ffff.
        let genesis = verify(GENESIS.header_hex).expect("parses");
        let mut hash = [0xff; 32];
        hash[31] = 0;
        hash[30] = 0;
        hash[29] = 0x3f;
        let mined = Verification {
            hash: Hash256(hash),
            valid: false,
            ..genesis.clone()
        };
        let at = |zero_bits| PracticeBlock {
            header: genesis.header,
            zero_bits,
        };
        let said = verdict(&mined, Some(&at(18)));
        assert_eq!(said.verdict, Verdict::Practice);
        assert!(said.verdict.is_good());
        assert_eq!(
            said.line,
            "\u{2714} Your practice block checks out: its hash starts with 18 zero bits, and the \
             practice target you chose needs 18."
        );
        assert_eq!(
            said.note.as_deref(),
            Some(
                "It is not a Bitcoin block: its bits field claims Bitcoin's easiest real target, \
                 32 zero bits, and a real block must meet that. Like a pool's share, it proves \
                 work without winning anything."
            )
        );
        // Claimed at 19 bits, the hash's 18 do not meet it; nor does another header. Then the
        // note says why it fails, as for any header.
        let failed = verdict(&mined, Some(&at(19)));
        assert_eq!(failed.verdict, Verdict::NotValid);
        assert_eq!(failed.note, shortfall(&mined));
        let mut other = at(18);
        other.header.nonce ^= 1;
        assert_eq!(verdict(&mined, Some(&other)).verdict, Verdict::NotValid);
        assert_eq!(verdict(&mined, None).verdict, Verdict::NotValid);
        assert!(!Verdict::NotValid.is_good());
        // A real block is valid whatever the miner last found, with nothing to add.
        let real = verdict(&genesis, Some(&at(18)));
        assert_eq!((real.verdict, real.note), (Verdict::Valid, None));
    }

    #[test]
    fn junk_is_an_error_with_a_message() {
        assert_eq!(verify(""), Err(HeaderHexError::Empty));
        let err = verify("xyz").expect_err("not hex");
        assert!(err.to_string().contains('x'), "{err}");
        assert!(matches!(
            verify("00ff"),
            Err(HeaderHexError::WrongLength { bytes: 2 })
        ));
    }

    proptest::proptest! {
        /// Whatever is pasted (any text, any length, any script), verifying never panics: a
        /// header that parses round-trips exactly, anything else is an error with a message.
        #[test]
        fn verify_never_panics_on_any_text(text in ".{0,400}") {
            match verify(&text) {
                Ok(v) => proptest::prop_assert_eq!(BlockHeader::parse_hex(&v.header.to_hex()), Ok(v.header)),
                Err(e) => proptest::prop_assert!(!e.to_string().is_empty()),
            }
        }

        /// Any 80 bytes, as hex with stray whitespace, verify as themselves.
        #[test]
        fn any_eighty_bytes_parse_back(bytes in proptest::collection::vec(proptest::num::u8::ANY, 80), gap in 0usize..160) {
            let mut hex = crate::model::hex::encode(&bytes);
            hex.insert_str(gap, " \n");
            let v = verify(&hex).expect("80 bytes of hex");
            proptest::prop_assert_eq!(v.header.to_bytes().to_vec(), bytes);
        }
    }

    #[test]
    fn leading_zeros_split() {
        assert_eq!(
            split_leading_zeros("000000000019d6"),
            ("0000000000", "19d6")
        );
        assert_eq!(split_leading_zeros("abc"), ("", "abc"));
        assert_eq!(split_leading_zeros("000"), ("000", ""));
    }
}
