//! SHA-256d of an 80-byte header for four nonces at once, with everything that does not depend on
//! the nonce done once per job, as cpuminer's `sha256d_ms` does:
//!
//! - the first 64 header bytes are the midstate (three compressions become two);
//! - in the header's second block only word 3 is the nonce: rounds 0..2 use constant words, and
//!   round 3 adds the nonce to `t1` only, so the state after round 3 is a constant plus the nonce in
//!   `a` and `e`; rounds 4..15 use padding words, so `K[i] + W[i]` is a constant;
//! - most of the message schedule's early words are constants or sums with zero padding words;
//! - the second compression starts from the IV with a block that is half padding, so its round 0
//!   is again a constant plus `W0`, and its schedule skips the zero words;
//! - only the hash's most significant word is needed for the early reject: it is `IV[7] + h` after
//!   round 63, and `h` then is the `e` made in round 60, so rounds 61..63 and schedule words
//!   61..63 of the second compression are skipped.

use super::lanes::Lanes;

/// SHA-256 round constants (FIPS 180-4, section 4.2.2).
pub(super) const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/// SHA-256 initial hash values (FIPS 180-4, section 5.3.3).
pub(super) const IV: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/// The padding word after the message (a single 1 bit).
const PAD: u32 = 0x8000_0000;
/// Message length in bits, last word of the header's second block (80 bytes).
const HEADER_BITS: u32 = 640;
/// Message length in bits, last word of the second hash's block (32 bytes).
const DIGEST_BITS: u32 = 256;

/// Repeats a block with `$i` bound to each listed constant: the compiler then sees a straight
/// line of code, keeps the schedule in registers (wasm locals) instead of a stack array, and folds
/// every constant index.
macro_rules! unroll {
    ($i:ident in [$($n:literal)*] $body:block) => {
        $( { let $i: usize = $n; $body } )*
    };
}

#[inline(always)]
fn big_sigma0<L: Lanes>(x: L) -> L {
    x.rotr(2).xor(x.rotr(13)).xor(x.rotr(22))
}
#[inline(always)]
fn big_sigma1<L: Lanes>(x: L) -> L {
    x.rotr(6).xor(x.rotr(11)).xor(x.rotr(25))
}
#[inline(always)]
fn small_sigma0<L: Lanes>(x: L) -> L {
    x.rotr(7).xor(x.rotr(18)).xor(x.shr(3))
}
#[inline(always)]
fn small_sigma1<L: Lanes>(x: L) -> L {
    x.rotr(17).xor(x.rotr(19)).xor(x.shr(10))
}
fn scalar_sigma0(x: u32) -> u32 {
    x.rotate_right(7) ^ x.rotate_right(18) ^ (x >> 3)
}
fn scalar_sigma1(x: u32) -> u32 {
    x.rotate_right(17) ^ x.rotate_right(19) ^ (x >> 10)
}

/// One SHA-256 round; `kw` is `K[i] + W[i]`.
#[inline(always)]
fn round<L: Lanes>(s: &mut [L; 8], kw: L) {
    let [a, b, c, d, e, f, g, h] = *s;
    let t1 = h.add(big_sigma1(e)).add(e.choose(f, g)).add(kw);
    let t2 = big_sigma0(a).add(a.majority(b, c));
    *s = [t1.add(t2), a, b, c, d.add(t1), e, f, g];
}

/// Scalar rounds for the per-job precompute, through the same [`round`] on one-word lanes.
fn scalar_rounds(state: [u32; 8], kws: &[u32]) -> [u32; 8] {
    use super::lanes::Portable;
    let mut s = state.map(Portable::splat);
    for &kw in kws {
        round(&mut s, Portable::splat(kw));
    }
    s.map(|lane| lane.to_array()[0])
}

/// A state that is a constant plus the same word `w` in `a` and `e`: what a round whose message
/// word is `w` leaves, given the state it made with a message word of 0 (`w` only enters `t1`,
/// which goes to `a` and `e`).
#[inline(always)]
fn plus_word<L: Lanes>(base: &[u32; 8], w: L) -> [L; 8] {
    let mut s = base.map(L::splat);
    s[0] = s[0].add(w);
    s[4] = s[4].add(w);
    s
}

/// Everything about a job (a header without its nonce) that the nonce loop can reuse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Precomputed {
    /// SHA-256 state after the header's first 64 bytes.
    mid: [u32; 8],
    /// First compression of the second block after round 3, for nonce 0.
    first_after3: [u32; 8],
    /// Second compression after round 0, for a first-hash word 0 of 0.
    second_after0: [u32; 8],
    /// Schedule words 16 and 17 of the second block (they read words 0, 1, 2, 9, 10, 14, 15 only).
    w16: u32,
    w17: u32,
    /// The constant parts of schedule words 18 (`+ sigma0(nonce)`) and 19 (`+ nonce`).
    w18_part: u32,
    w19_part: u32,
}

impl Precomputed {
    /// `mid` is the midstate; `tail` the header's words 16..18 (end of merkle root, time, bits),
    /// read big-endian as SHA-256 does.
    pub(super) fn new(mid: [u32; 8], tail: [u32; 3]) -> Precomputed {
        let kws: Vec<u32> = (0..3).map(|i| K[i].wrapping_add(tail[i])).collect();
        let after2 = scalar_rounds(mid, &kws);
        let first_after3 = scalar_rounds(after2, &[K[3]]);
        let second_after0 = scalar_rounds(IV, &[K[0]]);
        let w16 = scalar_sigma0(tail[1]).wrapping_add(tail[0]);
        let w17 = scalar_sigma1(HEADER_BITS)
            .wrapping_add(scalar_sigma0(tail[2]))
            .wrapping_add(tail[1]);
        Precomputed {
            mid,
            first_after3,
            second_after0,
            w16,
            w17,
            w18_part: scalar_sigma1(w16).wrapping_add(tail[2]),
            w19_part: scalar_sigma1(w17).wrapping_add(scalar_sigma0(PAD)),
        }
    }

    /// The most significant 32 bits of SHA-256d for each of the four `nonces`, as a number (the
    /// last state word, byte-swapped: the hash is compared as a little-endian 256-bit number).
    /// `nonces` are message word 3, i.e. the header's little-endian nonce read big-endian.
    #[inline(always)]
    pub(super) fn tops<L: Lanes>(&self, nonces: L) -> [u32; 4] {
        let first = self.first_hash(nonces);
        let last = second_last_word(&self.second_after0, &first);
        last.to_array().map(u32::swap_bytes)
    }

    /// The first SHA-256 (all eight words) of the header with each nonce.
    #[inline(always)]
    fn first_hash<L: Lanes>(&self, nonces: L) -> [L; 8] {
        let splat = L::splat;
        let mut w = [splat(0); 64];
        // Words 4..15 are padding: K + W is a constant for those rounds.
        let mut s = plus_word(&self.first_after3, nonces);
        unroll!(i in [4 5 6 7 8 9 10 11 12 13 14 15] {
            let word = match i { 4 => PAD, 15 => HEADER_BITS, _ => 0 };
            round(&mut s, splat(K[i].wrapping_add(word)));
        });
        // Schedule: the terms that read zero padding words are left out.
        w[16] = splat(self.w16);
        w[17] = splat(self.w17);
        w[18] = splat(self.w18_part).add(small_sigma0(nonces));
        w[19] = splat(self.w19_part).add(nonces);
        w[20] = small_sigma1(w[18]).add(splat(PAD));
        w[21] = small_sigma1(w[19]);
        w[22] = small_sigma1(w[20]).add(splat(HEADER_BITS));
        unroll!(i in [23 24 25 26 27 28 29] {
            w[i] = small_sigma1(w[i - 2]).add(w[i - 7]);
        });
        w[30] = small_sigma1(w[28])
            .add(w[23])
            .add(splat(scalar_sigma0(HEADER_BITS)));
        w[31] = small_sigma1(w[29])
            .add(w[24])
            .add(splat(scalar_sigma0(self.w16).wrapping_add(HEADER_BITS)));
        unroll!(i in [32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47
                      48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63] {
            w[i] = small_sigma1(w[i - 2])
                .add(w[i - 7])
                .add(small_sigma0(w[i - 15]))
                .add(w[i - 16]);
        });
        unroll!(i in [16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31
                      32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47
                      48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63] {
            round(&mut s, w[i].add(splat(K[i])));
        });
        let mut out = s;
        for (word, mid) in out.iter_mut().zip(self.mid) {
            *word = word.add(splat(mid));
        }
        out
    }
}

/// The last word of the second SHA-256 (of the 32-byte `first` hash), without byte swap.
#[inline(always)]
fn second_last_word<L: Lanes>(after0: &[u32; 8], first: &[L; 8]) -> L {
    let splat = L::splat;
    let mut w = [splat(0); 61];
    w[..8].copy_from_slice(first);
    let mut s = plus_word(after0, first[0]);
    unroll!(i in [1 2 3 4 5 6 7] {
        round(&mut s, w[i].add(splat(K[i])));
    });
    unroll!(i in [8 9 10 11 12 13 14 15] {
        let word = match i { 8 => PAD, 15 => DIGEST_BITS, _ => 0 };
        round(&mut s, splat(K[i].wrapping_add(word)));
    });
    // Words 8..15 are padding (8: the 1 bit, 15: the length, the rest zero).
    w[16] = small_sigma0(w[1]).add(w[0]);
    w[17] = small_sigma0(w[2])
        .add(w[1])
        .add(splat(scalar_sigma1(DIGEST_BITS)));
    unroll!(i in [18 19 20 21] {
        w[i] = small_sigma1(w[i - 2]).add(small_sigma0(w[i - 15])).add(w[i - 16]);
    });
    w[22] = small_sigma1(w[20])
        .add(small_sigma0(w[7]))
        .add(w[6])
        .add(splat(DIGEST_BITS));
    w[23] = small_sigma1(w[21])
        .add(w[16])
        .add(w[7])
        .add(splat(scalar_sigma0(PAD)));
    w[24] = small_sigma1(w[22]).add(w[17]).add(splat(PAD));
    unroll!(i in [25 26 27 28 29] {
        w[i] = small_sigma1(w[i - 2]).add(w[i - 7]);
    });
    w[30] = small_sigma1(w[28])
        .add(w[23])
        .add(splat(scalar_sigma0(DIGEST_BITS)));
    w[31] = small_sigma1(w[29])
        .add(w[24])
        .add(small_sigma0(w[16]))
        .add(splat(DIGEST_BITS));
    unroll!(i in [32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47
                  48 49 50 51 52 53 54 55 56 57 58 59 60] {
        w[i] = small_sigma1(w[i - 2])
            .add(w[i - 7])
            .add(small_sigma0(w[i - 15]))
            .add(w[i - 16]);
    });
    unroll!(i in [16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31
                  32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47
                  48 49 50 51 52 53 54 55 56 57 58 59] {
        round(&mut s, w[i].add(splat(K[i])));
    });
    // Round 60's new e becomes h after rounds 61..63; only its t1 is needed.
    let [_, _, _, d, e, f, g, h] = s;
    let t1 = h
        .add(big_sigma1(e))
        .add(e.choose(f, g))
        .add(w[60].add(splat(K[60])));
    d.add(t1).add(splat(IV[7]))
}

#[cfg(test)]
mod tests {
    use super::super::lanes::Portable;
    use super::*;

    /// The same rounds with a plain, unoptimized schedule: pins the precompute's shortcuts to the
    /// textbook definition (on top of the comparisons with `sha2` in the kernel's tests).
    fn textbook_compress(state: [u32; 8], block: [u32; 16]) -> [u32; 8] {
        let mut w = [0u32; 64];
        w[..16].copy_from_slice(&block);
        for i in 16..64 {
            w[i] = scalar_sigma1(w[i - 2])
                .wrapping_add(w[i - 7])
                .wrapping_add(scalar_sigma0(w[i - 15]))
                .wrapping_add(w[i - 16]);
        }
        let kws: Vec<u32> = (0..64).map(|i| K[i].wrapping_add(w[i])).collect();
        let s = scalar_rounds(state, &kws);
        std::array::from_fn(|i| s[i].wrapping_add(state[i]))
    }

    #[test]
    fn shortcuts_equal_the_textbook_compressions() {
        let mid = [1, 2, 3, 0xffff_ffff, 5, 0x8000_0000, 7, 0x1234_5678];
        let tail = [0xdead_beef, 0x4d49_5e4f, 0x1d00_ffff];
        let pre = Precomputed::new(mid, tail);
        let nonces = [0, 1, 0x7c2b_ac1d, u32::MAX];
        let tops = pre.tops(Portable::from_array(nonces));
        for (lane, &nonce) in nonces.iter().enumerate() {
            let mut block = [0u32; 16];
            block[..3].copy_from_slice(&tail);
            block[3] = nonce;
            block[4] = PAD;
            block[15] = HEADER_BITS;
            let first = textbook_compress(mid, block);
            let mut block = [0u32; 16];
            block[..8].copy_from_slice(&first);
            block[8] = PAD;
            block[15] = DIGEST_BITS;
            let second = textbook_compress(IV, block);
            assert_eq!(tops[lane], second[7].swap_bytes(), "nonce {nonce:#x}");
        }
    }
}
