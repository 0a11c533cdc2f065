//! Random secrets (the class code, the teacher's key, students' tokens) from the operating
//! system's generator, and the constant-time comparison of keys.

use subtle::ConstantTimeEq;

/// Letters of class codes: no I or O, which read as 1 and 0 on a projector.
const CODE_LETTERS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";

fn random_bytes<const N: usize>() -> Result<[u8; N], String> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes)
        .map_err(|e| format!("the system's random generator failed: {e}"))?;
    Ok(bytes)
}

/// Four letters, for example "KQWE".
pub fn class_code() -> Result<String, String> {
    Ok(random_bytes::<4>()?
        .iter()
        .map(|b| char::from(CODE_LETTERS[usize::from(*b) % CODE_LETTERS.len()]))
        .collect())
}

/// 128 random bits as 32 hex digits (the teacher's key, a student's token).
pub fn hex_secret() -> Result<String, String> {
    Ok(random_bytes::<16>()?
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// A uniform number in [0, 1), for the simulated farm's draws.
pub fn unit_random() -> f64 {
    match random_bytes::<8>() {
        Ok(bytes) => (u64::from_le_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64,
        // Without randomness the farm finds nothing rather than everything.
        Err(_) => 1.0,
    }
}

/// `given == expected`, in time that does not depend on where they differ.
pub fn same(given: &str, expected: &str) -> bool {
    bool::from(given.as_bytes().ct_eq(expected.as_bytes()))
}
