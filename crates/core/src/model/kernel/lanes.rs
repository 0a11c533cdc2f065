//! Four 32-bit words processed together: the only operations SHA-256 needs. One round function,
//! written once against [`Lanes`], runs natively on [`Portable`] (so `cargo test` checks it) and in
//! the browser on [`Simd128`] (so the page gets one wasm `v128` instruction per operation).

/// How many nonces one [`Lanes`] value carries.
pub const LANES: usize = 4;

/// Four u32 words with SHA-256's word operations, lane by lane (additions wrap, as in FIPS 180-4).
pub trait Lanes: Copy {
    fn splat(word: u32) -> Self;
    fn from_array(words: [u32; LANES]) -> Self;
    fn to_array(self) -> [u32; LANES];
    fn add(self, other: Self) -> Self;
    fn xor(self, other: Self) -> Self;
    fn and(self, other: Self) -> Self;
    fn or(self, other: Self) -> Self;
    fn shr(self, bits: u32) -> Self;
    fn shl(self, bits: u32) -> Self;

    /// Rotate right; `bits` is always a constant in 1..32 here, so it folds into two shifts.
    #[inline(always)]
    fn rotr(self, bits: u32) -> Self {
        self.shr(bits).or(self.shl(32 - bits))
    }

    /// SHA-256's Ch: each bit of `self` (e) chooses between `f` and `g`.
    #[inline(always)]
    fn choose(self, f: Self, g: Self) -> Self {
        // (e & f) ^ (!e & g), without a NOT: g ^ (e & (f ^ g)).
        g.xor(self.and(f.xor(g)))
    }

    /// SHA-256's Maj: the majority of each bit of `self`, `b` and `c`.
    #[inline(always)]
    fn majority(self, b: Self, c: Self) -> Self {
        // Where a and c agree that is the answer, elsewhere b decides.
        self.and(c).or(b.and(self.xor(c)))
    }
}

/// Plain arrays: what native builds and wasm without `simd128` use. LLVM usually vectorizes these
/// loops natively (SSE2), so the native figure of the benchmark is not a scalar strawman.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Portable([u32; LANES]);

impl Portable {
    #[inline(always)]
    fn map2(self, other: Self, op: impl Fn(u32, u32) -> u32) -> Self {
        Portable([
            op(self.0[0], other.0[0]),
            op(self.0[1], other.0[1]),
            op(self.0[2], other.0[2]),
            op(self.0[3], other.0[3]),
        ])
    }

    #[inline(always)]
    fn map(self, op: impl Fn(u32) -> u32) -> Self {
        Portable([op(self.0[0]), op(self.0[1]), op(self.0[2]), op(self.0[3])])
    }
}

impl Lanes for Portable {
    #[inline(always)]
    fn splat(word: u32) -> Self {
        Portable([word; LANES])
    }
    #[inline(always)]
    fn from_array(words: [u32; LANES]) -> Self {
        Portable(words)
    }
    #[inline(always)]
    fn to_array(self) -> [u32; LANES] {
        self.0
    }
    #[inline(always)]
    fn add(self, other: Self) -> Self {
        self.map2(other, u32::wrapping_add)
    }
    #[inline(always)]
    fn xor(self, other: Self) -> Self {
        self.map2(other, |a, b| a ^ b)
    }
    #[inline(always)]
    fn and(self, other: Self) -> Self {
        self.map2(other, |a, b| a & b)
    }
    #[inline(always)]
    fn or(self, other: Self) -> Self {
        self.map2(other, |a, b| a | b)
    }
    #[inline(always)]
    fn shr(self, bits: u32) -> Self {
        self.map(|a| a >> bits)
    }
    #[inline(always)]
    fn shl(self, bits: u32) -> Self {
        self.map(|a| a << bits)
    }
    #[inline(always)]
    fn rotr(self, bits: u32) -> Self {
        self.map(|a| a.rotate_right(bits))
    }
}

/// wasm `simd128`: one `v128` holds the four lanes. Compiled only when the build enables the
/// feature (`.cargo/config.toml`), because a module using it does not even load in a browser
/// without SIMD; every current browser has it.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
#[derive(Debug, Clone, Copy)]
pub struct Simd128(core::arch::wasm32::v128);

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod simd {
    use super::{Lanes, Simd128, LANES};
    use core::arch::wasm32::*;

    impl Lanes for Simd128 {
        #[inline(always)]
        fn splat(word: u32) -> Self {
            Simd128(u32x4_splat(word))
        }
        #[inline(always)]
        fn from_array(w: [u32; LANES]) -> Self {
            Simd128(u32x4(w[0], w[1], w[2], w[3]))
        }
        #[inline(always)]
        fn to_array(self) -> [u32; LANES] {
            [
                u32x4_extract_lane::<0>(self.0),
                u32x4_extract_lane::<1>(self.0),
                u32x4_extract_lane::<2>(self.0),
                u32x4_extract_lane::<3>(self.0),
            ]
        }
        #[inline(always)]
        fn add(self, other: Self) -> Self {
            Simd128(u32x4_add(self.0, other.0))
        }
        #[inline(always)]
        fn xor(self, other: Self) -> Self {
            Simd128(v128_xor(self.0, other.0))
        }
        #[inline(always)]
        fn and(self, other: Self) -> Self {
            Simd128(v128_and(self.0, other.0))
        }
        #[inline(always)]
        fn or(self, other: Self) -> Self {
            Simd128(v128_or(self.0, other.0))
        }
        #[inline(always)]
        fn shr(self, bits: u32) -> Self {
            Simd128(u32x4_shr(self.0, bits))
        }
        #[inline(always)]
        fn shl(self, bits: u32) -> Self {
            Simd128(u32x4_shl(self.0, bits))
        }
        /// `v128.bitselect` is Ch exactly: one instruction instead of three.
        #[inline(always)]
        fn choose(self, f: Self, g: Self) -> Self {
            Simd128(v128_bitselect(f.0, g.0, self.0))
        }
        /// Maj(a, b, c) is b where a and c differ, else a: one bitselect and one xor.
        #[inline(always)]
        fn majority(self, b: Self, c: Self) -> Self {
            Simd128(v128_bitselect(b.0, self.0, v128_xor(self.0, c.0)))
        }
    }
}

/// The lanes `scan` uses on this build: `v128` in a simd128 wasm build, arrays everywhere else.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
pub type Best = Simd128;
/// The lanes `scan` uses on this build: `v128` in a simd128 wasm build, arrays everywhere else.
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
pub type Best = Portable;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_act_lane_by_lane_and_wrap() {
        let a = Portable::from_array([u32::MAX, 1, 0x8000_0001, 0xdead_beef]);
        let b = Portable::from_array([2, 3, 0x8000_0000, 0x0123_4567]);
        assert_eq!(a.add(b).to_array(), [1, 4, 1, 0xdfd1_0456]);
        assert_eq!(
            a.rotr(1).to_array(),
            [u32::MAX, 0x8000_0000, 0xc000_0000, 0xef56_df77]
        );
        assert_eq!(Portable::splat(7).to_array(), [7; LANES]);
    }

    #[test]
    fn choose_and_majority_match_their_fips_definitions() {
        let words = [
            0x0f0f_00ff,
            0x3355_aacc,
            0x5a5a_f00f,
            0xffff_0000,
            0x1234_5678,
        ];
        for &e in &words {
            for &f in &words {
                for &g in &words {
                    let (le, lf, lg) = (Portable::splat(e), Portable::splat(f), Portable::splat(g));
                    assert_eq!(le.choose(lf, lg).to_array()[0], (e & f) ^ (!e & g));
                    assert_eq!(
                        le.majority(lf, lg).to_array()[0],
                        (e & f) ^ (e & g) ^ (f & g)
                    );
                }
            }
        }
    }
}
