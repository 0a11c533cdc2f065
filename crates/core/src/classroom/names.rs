//! Students' names: plain text of limited length and characters (never markup), and duplicates told
//! apart by a number ("Ana", "Ana 2", "Ana 3").

use std::fmt;

/// Longest name, in characters.
pub const MAX_NAME_CHARS: usize = 24;

/// Why a name was refused; the message tells the student what to type instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameError {
    /// Nothing but spaces.
    Empty,
    /// More than [`MAX_NAME_CHARS`] characters (after trimming).
    TooLong { chars: usize },
    /// A character other than letters, digits, spaces and - ' . _
    Character { character: char },
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameError::Empty => write!(f, "Type a name to join the class."),
            NameError::TooLong { chars } => write!(
                f,
                "That name has {chars} characters; at most {MAX_NAME_CHARS}, please."
            ),
            NameError::Character { character } => write!(
                f,
                "A name may use letters, digits, spaces and - ' . _ only, not {character:?}."
            ),
        }
    }
}

impl std::error::Error for NameError {}

fn allowed(character: char) -> bool {
    character.is_alphanumeric() || matches!(character, ' ' | '-' | '\'' | '.' | '_')
}

/// The name as the class shows it: trimmed, runs of whitespace made one space, then checked for
/// length and characters (so `<`, `>`, `&` and quotes never reach a page).
pub fn clean_name(raw: &str) -> Result<String, NameError> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    if let Some(character) = name.chars().find(|&c| !allowed(c)) {
        return Err(NameError::Character { character });
    }
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(NameError::TooLong { chars });
    }
    Ok(name)
}

/// `name` if no one has it (`taken` says, case-insensitively as the caller decides), else the first
/// of "name 2", "name 3", ... that is free, the name shortened if the number would not fit.
pub fn distinct_name(name: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(name) {
        return name.to_string();
    }
    // Bounded: the caller's class has at most a few hundred names, so a free number comes early.
    for number in 2..=100_000u32 {
        let suffix = format!(" {number}");
        let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
        let base: String = name.chars().take(room).collect();
        let candidate = format!("{}{suffix}", base.trim_end());
        if !taken(&candidate) {
            return candidate;
        }
    }
    format!("{name} ?")
}
