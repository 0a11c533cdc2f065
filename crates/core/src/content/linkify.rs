//! Automatic glossary links: wherever a glossary term appears in the page's prose, its first
//! mention in each paragraph links to its entry, without hand markup everywhere.

use std::borrow::Cow;

use super::glossary::Term;
use super::markup::{parse, Span};

/// Parses `paragraph` and turns the first plain-text mention of each glossary term into a
/// [`Span::Term`].
///
/// A term is mentioned by its name or any alias, matched case-insensitively (ASCII) and as whole
/// words; where several match at one place the longest wins ("mining pools" before "mining"), and
/// the matched words are then taken, so a shorter term never links inside a longer one. Only
/// `Text` spans are searched: terms, links and strong text are left alone, and a term the author
/// already marked up by hand counts as linked for the whole paragraph.
///
/// Never fails: a paragraph that does not parse comes back as one `Text` span, raw markup and all.
/// The content tests make sure that never happens to the page's own prose.
pub fn linkify<'a>(paragraph: &'a str, glossary: &[Term]) -> Vec<Span<'a>> {
    linkify_except(paragraph, glossary, None)
}

/// Like [`linkify`], but never links `own_slug`: for a glossary entry's own text, which should
/// not link to itself.
pub fn linkify_except<'a>(
    paragraph: &'a str,
    glossary: &[Term],
    own_slug: Option<&str>,
) -> Vec<Span<'a>> {
    let Ok(spans) = parse(paragraph) else {
        return vec![Span::Text(paragraph)];
    };
    let mut linked: Vec<String> = own_slug.map(str::to_owned).into_iter().collect();
    linked.extend(spans.iter().filter_map(|span| match span {
        Span::Term { slug, .. } => Some(slug.to_string()),
        _ => None,
    }));
    let needles = needles(glossary);
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        match span {
            Span::Text(text) => link_text(text, &needles, &mut linked, &mut out),
            other => out.push(other),
        }
    }
    out
}

/// Every name and alias with its slug, longest first so the first match found is the longest.
fn needles(glossary: &[Term]) -> Vec<(&'static str, &'static str)> {
    let mut needles: Vec<_> = glossary
        .iter()
        .flat_map(|term| {
            std::iter::once(term.name)
                .chain(term.aliases.iter().copied())
                .map(|n| (n, term.slug))
        })
        .filter(|(needle, _)| !needle.is_empty())
        .collect();
    needles.sort_by_key(|(needle, _)| std::cmp::Reverse(needle.len()));
    needles
}

/// Splits one text span around the glossary terms it mentions for the first time.
fn link_text<'a>(
    text: &'a str,
    needles: &[(&'static str, &'static str)],
    linked: &mut Vec<String>,
    out: &mut Vec<Span<'a>>,
) {
    let mut done = 0; // end of the text already pushed to `out`
    let mut i = 0;
    while i < text.len() {
        let at_word_start = !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let found = if at_word_start {
            longest_match(text, i, needles)
        } else {
            None
        };
        match found {
            Some((len, slug)) => {
                if !linked.iter().any(|l| l == slug) {
                    if done < i {
                        out.push(Span::Text(&text[done..i]));
                    }
                    out.push(Span::Term {
                        text: &text[i..i + len],
                        slug: Cow::Borrowed(slug),
                    });
                    linked.push(slug.to_owned());
                    done = i + len;
                }
                i += len;
            }
            None => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    if done < text.len() {
        out.push(Span::Text(&text[done..]));
    }
}

/// The longest needle that matches `text` at byte `i` as whole words: its length and slug.
fn longest_match(
    text: &str,
    i: usize,
    needles: &[(&'static str, &'static str)],
) -> Option<(usize, &'static str)> {
    let rest = &text.as_bytes()[i..];
    needles.iter().find_map(|&(needle, slug)| {
        let end = i + needle.len();
        let matches = rest.len() >= needle.len()
            && rest[..needle.len()].eq_ignore_ascii_case(needle.as_bytes())
            && text.is_char_boundary(end)
            && !text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        matches.then_some((needle.len(), slug))
    })
}
