//! The page's inline markup: a deliberately tiny language for prose kept in Rust string literals.
//!
//! - `[[Hash Rate]]`: a [`Span::Term`] whose slug is derived from the text (`hash-rate`);
//! - `[[hashing power|hash-rate]]`: a [`Span::Term`] with an explicit slug;
//! - `[^jpmorgan]`: a [`Span::Cite`], rendered as a superscript link to `#source-jpmorgan`;
//! - `[the miner](#mine)`: a [`Span::Link`], to an anchor on this page only;
//! - `**text**`: a [`Span::Strong`].
//!
//! Rules, chosen so that a typo fails a test instead of showing stray brackets to readers:
//! - **No nesting.** The inside of a term, link or strong span is plain text: `[`, `]` and `*`
//!   there are an error ([`ErrorKind::Nested`]). A single `*` in running text is just a star.
//! - **Brackets are always markup.** A `[` that does not start a valid construct, or a `]`
//!   outside one, is an error. Write `\[` and `\]` for literal brackets.
//! - **Escapes.** A backslash before one of `\ [ ] * ( ) ^ | #` yields that character as text;
//!   before anything else it is an ordinary backslash. Escapes work in running text only.
//! - **Links stay on the page.** A link target must be `#` plus a slug (`#economics`,
//!   `#glossary-hash-rate`); anything else is [`ErrorKind::ExternalLink`] or [`ErrorKind::BadId`].
//!
//! Errors carry the byte offset where the problem starts. Parsing never panics, whatever the input.

use std::borrow::Cow;
use std::fmt;

pub use super::linkify::{linkify, linkify_except};

/// One piece of a parsed paragraph. Text slices borrow from the source string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span<'a> {
    /// Running text, shown as is.
    Text(&'a str),
    /// A glossary term: `text` as written, linking to `#glossary-<slug>`.
    Term { text: &'a str, slug: Cow<'a, str> },
    /// A footnote to `#source-<source_id>`; the id is one of `data::sources`.
    Cite { source_id: &'a str },
    /// An in-page link; `anchor` is the `href`, always `#` plus an element id (`#economics`).
    Link { text: &'a str, anchor: &'a str },
    /// Emphasised text.
    Strong(&'a str),
}

impl Span<'_> {
    /// The `href` this span links to, if it links anywhere (`#glossary-…`, `#source-…`, `#…`).
    pub fn href(&self) -> Option<String> {
        match self {
            Span::Term { slug, .. } => Some(format!("#glossary-{slug}")),
            Span::Cite { source_id } => Some(format!("#source-{source_id}")),
            Span::Link { anchor, .. } => Some((*anchor).to_owned()),
            Span::Text(_) | Span::Strong(_) => None,
        }
    }
}

/// What went wrong, in words an author can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A construct was opened and never closed; the string says which closing marker is missing.
    Unclosed(&'static str),
    /// A `]` with no construct open.
    UnmatchedClose,
    /// A `[` not followed by `[`, `^` or `text](#anchor)`.
    StrayOpen,
    /// Markup characters inside a term, link or strong span.
    Nested,
    /// A construct with nothing in it, e.g. `****` or `[[ ]]`.
    Empty,
    /// A slug, source id or anchor that is not lowercase ASCII letters, digits and single hyphens.
    BadId,
    /// A link target that does not start with `#`.
    ExternalLink,
}

/// A markup error at a byte offset of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkupError {
    /// Byte offset where the offending construct or character starts.
    pub pos: usize,
    pub kind: ErrorKind,
}

impl MarkupError {
    /// An error of `kind` at byte `pos`.
    pub const fn at(pos: usize, kind: ErrorKind) -> Self {
        Self { pos, kind }
    }
}

impl fmt::Display for MarkupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = self.pos;
        match self.kind {
            ErrorKind::Unclosed(close) => write!(f, "byte {at}: opened here but never closed with `{close}`"),
            ErrorKind::UnmatchedClose => write!(f, "byte {at}: `]` closes nothing; write `\\]` for a literal bracket"),
            ErrorKind::StrayOpen => write!(f, "byte {at}: `[` must start `[[term]]`, `[^source]` or `[text](#anchor)`; write `\\[` for a literal bracket"),
            ErrorKind::Nested => write!(f, "byte {at}: markup cannot be nested inside a term, link or strong span"),
            ErrorKind::Empty => write!(f, "byte {at}: empty markup"),
            ErrorKind::BadId => write!(f, "byte {at}: ids use lowercase ASCII letters, digits and single hyphens"),
            ErrorKind::ExternalLink => write!(f, "byte {at}: links must point into the page (`#anchor`)"),
        }
    }
}

impl std::error::Error for MarkupError {}

/// Characters a backslash can escape.
const ESCAPABLE: &[u8] = b"\\[]*()^|#";

/// Parses one paragraph of markup into spans. Adjacent text may come as several `Text` spans
/// (escapes split it); renderers can simply emit them one after another.
pub fn parse(src: &str) -> Result<Vec<Span<'_>>, MarkupError> {
    let bytes = src.as_bytes();
    let mut spans = Vec::new();
    let mut text_start = 0;
    let mut i = 0;
    // All markup characters are ASCII, so every index we slice at is a char boundary.
    while i < bytes.len() {
        let next = bytes.get(i + 1).copied();
        let (span, end) = match (bytes[i], next) {
            (b'\\', Some(c)) if ESCAPABLE.contains(&c) => (Span::Text(&src[i + 1..i + 2]), i + 2),
            (b'*', Some(b'*')) => strong(src, i)?,
            (b'[', Some(b'[')) => term(src, i)?,
            (b'[', Some(b'^')) => cite(src, i)?,
            (b'[', _) => link(src, i)?,
            (b']', _) => return Err(MarkupError::at(i, ErrorKind::UnmatchedClose)),
            _ => {
                i += 1;
                continue;
            }
        };
        if text_start < i {
            spans.push(Span::Text(&src[text_start..i]));
        }
        spans.push(span);
        i = end;
        text_start = end;
    }
    if text_start < src.len() {
        spans.push(Span::Text(&src[text_start..]));
    }
    Ok(spans)
}

/// Checks a paragraph without keeping the spans.
pub fn validate(src: &str) -> Result<(), MarkupError> {
    parse(src).map(|_| ())
}

/// Finds the closing `close` (two equal bytes, `]]` or `**`) of a construct whose content
/// starts at `from`, refusing any markup character before it. Returns the content's end.
fn find_double_close(src: &str, open: usize, from: usize, close: u8) -> Result<usize, MarkupError> {
    let bytes = src.as_bytes();
    let closer = if close == b']' { "]]" } else { "**" };
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            c if c == close && bytes.get(i + 1) == Some(&close) => return Ok(i),
            // A lone `]` in a term is a closing bracket short of its pair, not nesting.
            b']' if close == b']' => break,
            b'[' | b']' | b'*' => return Err(MarkupError::at(i, ErrorKind::Nested)),
            _ => i += 1,
        }
    }
    Err(MarkupError::at(open, ErrorKind::Unclosed(closer)))
}

/// Finds the single byte `close` ending a construct opened at `open`, refusing markup before it.
fn find_close(
    src: &str,
    open: usize,
    from: usize,
    close: u8,
    closer: &'static str,
) -> Result<usize, MarkupError> {
    let bytes = src.as_bytes();
    for (i, &c) in bytes.iter().enumerate().skip(from) {
        if c == close {
            return Ok(i);
        }
        if matches!(c, b'[' | b']' | b'*') {
            return Err(MarkupError::at(i, ErrorKind::Nested));
        }
    }
    Err(MarkupError::at(open, ErrorKind::Unclosed(closer)))
}

/// `**text**` starting at `open`.
fn strong(src: &str, open: usize) -> Result<(Span<'_>, usize), MarkupError> {
    let end = find_double_close(src, open, open + 2, b'*')?;
    let text = src[open + 2..end].trim();
    if text.is_empty() {
        return Err(MarkupError::at(open, ErrorKind::Empty));
    }
    Ok((Span::Strong(text), end + 2))
}

/// `[[text]]` or `[[text|slug]]` starting at `open`.
fn term(src: &str, open: usize) -> Result<(Span<'_>, usize), MarkupError> {
    let end = find_double_close(src, open, open + 2, b']')?;
    let inner = &src[open + 2..end];
    let (text, slug) = match inner.split_once('|') {
        Some((text, slug)) => {
            let slug = slug.trim();
            if !is_slug(slug) {
                return Err(MarkupError::at(open, ErrorKind::BadId));
            }
            (text.trim(), Cow::Borrowed(slug))
        }
        None => (inner.trim(), Cow::Owned(slugify(inner))),
    };
    if text.is_empty() {
        return Err(MarkupError::at(open, ErrorKind::Empty));
    }
    if slug.is_empty() {
        // Text such as `[[%]]` has no letters to build a slug from.
        return Err(MarkupError::at(open, ErrorKind::BadId));
    }
    Ok((Span::Term { text, slug }, end + 2))
}

/// `[^source-id]` starting at `open`.
fn cite(src: &str, open: usize) -> Result<(Span<'_>, usize), MarkupError> {
    let end = find_close(src, open, open + 2, b']', "]")?;
    let id = &src[open + 2..end];
    if !is_slug(id) {
        return Err(MarkupError::at(open, ErrorKind::BadId));
    }
    Ok((Span::Cite { source_id: id }, end + 1))
}

/// `[text](#anchor)` starting at `open`.
fn link(src: &str, open: usize) -> Result<(Span<'_>, usize), MarkupError> {
    let text_end = find_close(src, open, open + 1, b']', "]")?;
    let text = src[open + 1..text_end].trim();
    if src.as_bytes().get(text_end + 1) != Some(&b'(') {
        return Err(MarkupError::at(open, ErrorKind::StrayOpen));
    }
    if text.is_empty() {
        return Err(MarkupError::at(open, ErrorKind::Empty));
    }
    let target_start = text_end + 2;
    let target_end = find_close(src, open, target_start, b')', ")")?;
    let anchor = &src[target_start..target_end];
    let Some(id) = anchor.strip_prefix('#') else {
        return Err(MarkupError::at(target_start, ErrorKind::ExternalLink));
    };
    if !is_slug(id) {
        return Err(MarkupError::at(target_start, ErrorKind::BadId));
    }
    Ok((Span::Link { text, anchor }, target_end + 1))
}

/// Turns a name into an id fragment: lowercase ASCII letters and digits, with every run of other
/// characters collapsed into one hyphen and none at either end.
/// `"Hash Rate"` → `"hash-rate"`, `"J/TH"` → `"j-th"`, `"On-Device AI"` → `"on-device-ai"`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push(c.to_ascii_lowercase());
        } else {
            pending_hyphen = true;
        }
    }
    slug
}

/// Whether `s` is already a slug: non-empty and unchanged by [`slugify`].
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && slugify(s) == s
}

/// Escapes every markup character so that `parse(&escape(s))` shows exactly `s` as text.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() && ESCAPABLE.contains(&(c as u8)) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The spans in runs, as the page shows them: each span alone, except that consecutive citations
/// ("[17][23]") make one run, kept on one line. Shared by the app's `Paragraph` and the words
/// crates/pages writes into `index.html`, so that both group them alike.
pub fn runs<'s, 'a>(spans: &'s [Span<'a>]) -> impl Iterator<Item = &'s [Span<'a>]> {
    let is_cite = |s: &Span<'_>| matches!(s, Span::Cite { .. });
    let mut rest = spans;
    std::iter::from_fn(move || {
        let first = rest.first()?;
        let len = if is_cite(first) {
            rest.iter().take_while(|s| is_cite(s)).count()
        } else {
            1
        };
        let (run, tail) = rest.split_at(len);
        rest = tail;
        Some(run)
    })
}

/// The words a reader sees, without footnote markers: for tooltips, `aria-label`s and word counts.
pub fn plain_text(spans: &[Span<'_>]) -> String {
    spans
        .iter()
        .map(|span| match span {
            Span::Text(text)
            | Span::Strong(text)
            | Span::Term { text, .. }
            | Span::Link { text, .. } => *text,
            Span::Cite { .. } => "",
        })
        .collect()
}
