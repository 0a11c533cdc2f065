//! Hexadecimal text <-> bytes, forgiving about layout (whitespace, a leading `0x`) and precise about
//! mistakes: every error says what was wrong and where, so the page can show it next to the input.

use std::fmt;

/// Why a piece of text is not the hex we expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HexError {
    /// No hex digits at all (nothing, only whitespace, or only `0x`).
    Empty,
    /// A character that is neither a hex digit nor whitespace. `position` counts characters of the
    /// original input from 1, so it matches what a person sees.
    InvalidChar { character: char, position: usize },
    /// An odd number of hex digits: every byte is two digits.
    OddLength { digits: usize },
    /// Valid hex, but not the number of bytes the value needs.
    WrongLength { expected_bytes: usize, bytes: usize },
}

impl fmt::Display for HexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            HexError::Empty => write!(f, "no hex digits given"),
            HexError::InvalidChar {
                character,
                position,
            } => write!(
                f,
                "{character:?} at position {position} is not a hex digit (use 0-9 and a-f)"
            ),
            HexError::OddLength { digits } => write!(
                f,
                "{digits} hex digits is an odd number: every byte takes two digits"
            ),
            HexError::WrongLength {
                expected_bytes,
                bytes,
            } => write!(
                f,
                "expected {expected_bytes} bytes ({} hex digits), got {bytes} bytes ({} hex digits)",
                expected_bytes * 2,
                bytes * 2
            ),
        }
    }
}

impl std::error::Error for HexError {}

const DIGITS: &[u8; 16] = b"0123456789abcdef";

/// Lowercase hex of `bytes`, in the order given (no reversal).
pub fn encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 2);
    for &byte in bytes {
        text.push(char::from(DIGITS[usize::from(byte >> 4)]));
        text.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    text
}

/// The value of one hex digit (either case), or `None`.
pub fn nibble(c: char) -> Option<u8> {
    // `to_digit` returns at most 15 for radix 16, so the cast cannot truncate.
    c.to_digit(16).map(|d| d as u8)
}

/// Decodes `input` into `out` and returns how many bytes the input holds.
///
/// Whitespace anywhere and one leading `0x`/`0X` are ignored. Only the first `out.len()` bytes are
/// written; the count covers the whole input, so callers can report a wrong length. Nothing is
/// allocated, however long the input.
pub fn decode_into(input: &str, out: &mut [u8]) -> Result<usize, HexError> {
    let trimmed = input.trim_start();
    let mut skipped = input[..input.len() - trimmed.len()].chars().count();
    let body = match trimmed
        .strip_prefix("0x")
        .or_else(|| trimmed.strip_prefix("0X"))
    {
        Some(rest) => {
            skipped += 2;
            rest
        }
        None => trimmed,
    };
    let mut digits = 0usize;
    let mut high = 0u8;
    for (index, character) in body.chars().enumerate() {
        if character.is_whitespace() {
            continue;
        }
        let Some(value) = nibble(character) else {
            return Err(HexError::InvalidChar {
                character,
                position: skipped + index + 1,
            });
        };
        if digits % 2 == 0 {
            high = value;
        } else if let Some(slot) = out.get_mut(digits / 2) {
            *slot = (high << 4) | value;
        }
        digits += 1;
    }
    match digits {
        0 => Err(HexError::Empty),
        odd if odd % 2 == 1 => Err(HexError::OddLength { digits }),
        _ => Ok(digits / 2),
    }
}

/// Decodes `input` (same leniency as [`decode_into`]) into a new vector.
pub fn decode(input: &str) -> Result<Vec<u8>, HexError> {
    let len = decode_into(input, &mut [])?;
    let mut bytes = vec![0u8; len];
    decode_into(input, &mut bytes)?;
    Ok(bytes)
}

/// Decodes `input` into exactly `N` bytes, in the order written.
pub fn decode_exact<const N: usize>(input: &str) -> Result<[u8; N], HexError> {
    let mut bytes = [0u8; N];
    match decode_into(input, &mut bytes)? {
        n if n == N => Ok(bytes),
        n => Err(HexError::WrongLength {
            expected_bytes: N,
            bytes: n,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_lowercase_in_order() {
        assert_eq!(encode(&[0x00, 0xab, 0x0f, 0xf0]), "00ab0ff0");
        assert_eq!(encode(&[]), "");
    }

    #[test]
    fn decodes_with_whitespace_prefix_and_either_case() {
        assert_eq!(decode(" 0xAb\n cD\t01 ").unwrap(), vec![0xab, 0xcd, 0x01]);
        assert_eq!(decode("0X00").unwrap(), vec![0x00]);
        assert_eq!(decode_exact::<2>("ff 00").unwrap(), [0xff, 0x00]);
    }

    #[test]
    fn reports_each_error_with_its_message() {
        assert_eq!(decode(""), Err(HexError::Empty));
        assert_eq!(decode(" 0x \n"), Err(HexError::Empty));
        assert_eq!(HexError::Empty.to_string(), "no hex digits given");

        // Positions count characters of the original text from 1, prefix and spaces included.
        let bad = decode(" 0xabg1").unwrap_err();
        assert_eq!(
            bad,
            HexError::InvalidChar {
                character: 'g',
                position: 6
            }
        );
        assert_eq!(
            bad.to_string(),
            "'g' at position 6 is not a hex digit (use 0-9 and a-f)"
        );
        // A second 0x is not a prefix; multi-byte characters count as one position.
        assert_eq!(
            decode("é0x"),
            Err(HexError::InvalidChar {
                character: 'é',
                position: 1
            })
        );
        assert_eq!(
            decode("000x"),
            Err(HexError::InvalidChar {
                character: 'x',
                position: 4
            })
        );

        let odd = decode("abc").unwrap_err();
        assert_eq!(odd, HexError::OddLength { digits: 3 });
        assert_eq!(
            odd.to_string(),
            "3 hex digits is an odd number: every byte takes two digits"
        );

        let short = decode_exact::<4>("abcd").unwrap_err();
        assert_eq!(
            short,
            HexError::WrongLength {
                expected_bytes: 4,
                bytes: 2
            }
        );
        assert_eq!(
            short.to_string(),
            "expected 4 bytes (8 hex digits), got 2 bytes (4 hex digits)"
        );
    }

    #[test]
    fn counts_bytes_beyond_the_buffer_without_writing_them() {
        let mut out = [0u8; 1];
        assert_eq!(decode_into("01 02 03", &mut out), Ok(3));
        assert_eq!(out, [0x01]);
    }
}
