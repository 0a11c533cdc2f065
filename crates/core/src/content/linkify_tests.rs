//! Automatic glossary linking.

use std::borrow::Cow;

use super::glossary::Term;
use super::linkify::{linkify, linkify_except};
use super::markup::{plain_text, Span};

const fn term(slug: &'static str, name: &'static str, aliases: &'static [&'static str]) -> Term {
    Term {
        slug,
        name,
        aliases,
        short: "",
    }
}

/// A small glossary with overlapping names, so that the longest-match rule matters.
static TEST_GLOSSARY: &[Term] = &[
    term("mining", "Mining", &[]),
    term("mining-pool", "Mining Pool", &["mining pools", "pool"]),
    term("hash", "Hash", &["hashes"]),
    term("hash-rate", "Hash Rate", &["hashing power"]),
    term("j-th", "J/TH", &[]),
];

fn linked(paragraph: &str) -> Vec<(String, String)> {
    linkify(paragraph, TEST_GLOSSARY)
        .into_iter()
        .filter_map(|span| match span {
            Span::Term { text, slug } => Some((text.to_owned(), slug.into_owned())),
            _ => None,
        })
        .collect()
}

fn pair(text: &str, slug: &str) -> (String, String) {
    (text.to_owned(), slug.to_owned())
}

#[test]
fn links_a_term_and_keeps_the_text_around_it() {
    let spans = linkify("The hash rate fell.", TEST_GLOSSARY);
    assert_eq!(
        spans,
        [
            Span::Text("The "),
            Span::Term {
                text: "hash rate",
                slug: Cow::Borrowed("hash-rate")
            },
            Span::Text(" fell.")
        ]
    );
}

#[test]
fn first_occurrence_only() {
    assert_eq!(
        linked("Hash rate up, hash rate down, Hash Rate again."),
        [pair("Hash rate", "hash-rate")]
    );
}

#[test]
fn case_insensitive_and_keeps_the_written_case() {
    assert_eq!(
        linked("HASHING POWER matters"),
        [pair("HASHING POWER", "hash-rate")]
    );
}

#[test]
fn whole_words_only() {
    assert_eq!(linked("Hashed, hashtags, rehash, mining2, prehashes"), []);
    assert_eq!(linked("hash-based, (hash)"), [pair("hash", "hash")]);
    assert_eq!(linked("at 13.5 J/TH."), [pair("J/TH", "j-th")]);
    assert_eq!(linked("J/THS"), []);
}

#[test]
fn longest_match_first() {
    assert_eq!(
        linked("Mining pools dominate mining."),
        [
            pair("Mining pools", "mining-pool"),
            pair("mining", "mining")
        ]
    );
    // Once "mining pool" is linked, a later "mining pool" is taken whole: its "mining" stays plain.
    assert_eq!(
        linked("A mining pool, another mining pool, then mining."),
        [pair("mining pool", "mining-pool"), pair("mining", "mining")]
    );
}

#[test]
fn aliases_link_to_their_term() {
    assert_eq!(
        linked("Join a pool; count hashes."),
        [pair("pool", "mining-pool"), pair("hashes", "hash")]
    );
}

#[test]
fn does_not_link_inside_markup() {
    let spans = linkify(
        "[mining pools](#centralization) and **hash rate**, then mining pools.",
        TEST_GLOSSARY,
    );
    assert_eq!(
        spans[0],
        Span::Link {
            text: "mining pools",
            anchor: "#centralization"
        }
    );
    assert_eq!(spans[2], Span::Strong("hash rate"));
    assert_eq!(
        spans[4],
        Span::Term {
            text: "mining pools",
            slug: Cow::Borrowed("mining-pool")
        }
    );
}

#[test]
fn hand_marked_term_counts_as_linked() {
    // The author linked "hash-rate" by hand later on; the earlier plain mention stays plain.
    assert_eq!(
        linked("The hash rate, or [[hashing power|hash-rate]], grew."),
        [pair("hashing power", "hash-rate")]
    );
}

#[test]
fn linkify_except_skips_the_entry_itself() {
    let spans = linkify_except(
        "Hash rate is counted in hashes.",
        TEST_GLOSSARY,
        Some("hash-rate"),
    );
    assert_eq!(plain_text(&spans), "Hash rate is counted in hashes.");
    assert_eq!(
        spans[1],
        Span::Term {
            text: "hashes",
            slug: Cow::Borrowed("hash")
        }
    );
}

#[test]
fn unparsable_paragraph_falls_back_to_text() {
    assert_eq!(
        linkify("broken [[hash rate", TEST_GLOSSARY),
        [Span::Text("broken [[hash rate")]
    );
}

#[test]
fn non_ascii_neighbours() {
    assert_eq!(linked("«mining» é mining"), [pair("mining", "mining")]);
    assert_eq!(linked("émining"), []);
}

/// Properties over arbitrary input. Native only: proptest's random source does not build for
/// wasm32-unknown-unknown.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use proptest::prelude::*;

    use super::super::glossary::GLOSSARY;
    use super::super::linkify::linkify;
    use super::super::markup::{parse, plain_text, Span};

    proptest! {
        #[test]
        fn linkify_never_panics_and_keeps_the_text(src in "\\PC*") {
            let spans = linkify(&src, GLOSSARY);
            if let Ok(parsed) = parse(&src) {
                prop_assert_eq!(plain_text(&spans), plain_text(&parsed));
            }
        }

        #[test]
        fn linkify_keeps_the_text_of_glossary_soup(words in prop::collection::vec(
            prop_oneof![
                Just("hash"), Just("rate"), Just("Hash Rate"), Just("mining"), Just("pools"), Just("ASIC"),
                Just("s"), Just(" "), Just("-"), Just("é"), Just("J/TH"), Just("[[GPU]]"), Just("**x**"), Just("."),
            ],
            0..32,
        )) {
            let src = words.concat();
            let spans = linkify(&src, GLOSSARY);
            prop_assert_eq!(plain_text(&spans), plain_text(&parse(&src).unwrap()));
            let mut slugs: Vec<&str> = spans.iter().filter_map(|s| match s {
                Span::Term { slug, .. } => Some(slug.as_ref()),
                _ => None,
            }).collect();
            let total = slugs.len();
            slugs.sort_unstable();
            slugs.dedup();
            // Each term links at most once per paragraph (unless the author wrote it twice by hand).
            prop_assert!(total == slugs.len() || src.matches("[[GPU]]").count() > 1);
        }
    }
}
