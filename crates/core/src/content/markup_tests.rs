//! The markup parser, slugify and escape.

use std::borrow::Cow;

use super::markup::{is_slug, parse, plain_text, runs, slugify, ErrorKind, MarkupError, Span};

fn err(src: &str) -> MarkupError {
    parse(src).expect_err(src)
}

#[test]
fn plain_text_is_one_span() {
    assert_eq!(
        parse("Hash rate, 1 ZH/s (2025) * 2 ^ 3 | #x").unwrap(),
        [Span::Text("Hash rate, 1 ZH/s (2025) * 2 ^ 3 | #x")]
    );
    assert_eq!(parse("").unwrap(), []);
}

#[test]
fn term_with_derived_slug() {
    let spans = parse("The [[Hash Rate]] fell.").unwrap();
    assert_eq!(
        spans,
        [
            Span::Text("The "),
            Span::Term {
                text: "Hash Rate",
                slug: Cow::Owned("hash-rate".into())
            },
            Span::Text(" fell.")
        ]
    );
}

#[test]
fn term_with_explicit_slug() {
    let spans = parse("[[hashing power|hash-rate]]").unwrap();
    assert_eq!(
        spans,
        [Span::Term {
            text: "hashing power",
            slug: Cow::Borrowed("hash-rate")
        }]
    );
    assert_eq!(spans[0].href().unwrap(), "#glossary-hash-rate");
}

#[test]
fn term_errors() {
    assert_eq!(err("[[x|Hash Rate]]").kind, ErrorKind::BadId);
    assert_eq!(err("[[x|a|b]]").kind, ErrorKind::BadId);
    assert_eq!(err("[[ |hash-rate]]").kind, ErrorKind::Empty);
    assert_eq!(err("[[%]]").kind, ErrorKind::BadId);
    assert_eq!(
        err("ab [[hash rate"),
        MarkupError::at(3, ErrorKind::Unclosed("]]"))
    );
    assert_eq!(
        err("[[hash rate]"),
        MarkupError::at(0, ErrorKind::Unclosed("]]"))
    );
}

#[test]
fn cite() {
    let spans = parse("about $90,000[^jpmorgan][^checkonchain].").unwrap();
    assert_eq!(
        spans,
        [
            Span::Text("about $90,000"),
            Span::Cite {
                source_id: "jpmorgan"
            },
            Span::Cite {
                source_id: "checkonchain"
            },
            Span::Text(".")
        ]
    );
    assert_eq!(spans[1].href().unwrap(), "#source-jpmorgan");
    assert_eq!(err("x[^JP Morgan]").kind, ErrorKind::BadId);
    assert_eq!(err("x[^]").kind, ErrorKind::BadId);
    assert_eq!(
        err("x[^jpmorgan"),
        MarkupError::at(1, ErrorKind::Unclosed("]"))
    );
}

#[test]
fn in_page_link() {
    let spans = parse("See [the sliders](#economics).").unwrap();
    assert_eq!(
        spans,
        [
            Span::Text("See "),
            Span::Link {
                text: "the sliders",
                anchor: "#economics"
            },
            Span::Text(".")
        ]
    );
    assert_eq!(spans[1].href().unwrap(), "#economics");
}

#[test]
fn only_in_page_links() {
    assert_eq!(
        err("[x](https://example.com)"),
        MarkupError::at(4, ErrorKind::ExternalLink)
    );
    assert_eq!(
        err("[x](javascript:alert(1))").kind,
        ErrorKind::ExternalLink
    );
    assert_eq!(err("[x](/economics)").kind, ErrorKind::ExternalLink);
    assert_eq!(err("[x](#)").kind, ErrorKind::BadId);
    assert_eq!(err("[x](#Economics)").kind, ErrorKind::BadId);
    assert_eq!(err("[x](#a b)").kind, ErrorKind::BadId);
    assert_eq!(err("[x](#economics").kind, ErrorKind::Unclosed(")"));
    assert_eq!(err("[](#economics)").kind, ErrorKind::Empty);
}

#[test]
fn strong() {
    assert_eq!(
        parse("a **b c** d").unwrap(),
        [Span::Text("a "), Span::Strong("b c"), Span::Text(" d")]
    );
    assert_eq!(err("a **b").kind, ErrorKind::Unclosed("**"));
    assert_eq!(err("****").kind, ErrorKind::Empty);
    assert_eq!(parse("2 * 3 * 4").unwrap(), [Span::Text("2 * 3 * 4")]);
}

#[test]
fn nesting_is_refused() {
    assert_eq!(
        err("**see [[Hash Rate]]**"),
        MarkupError::at(6, ErrorKind::Nested)
    );
    assert_eq!(err("[[**Hash**]]").kind, ErrorKind::Nested);
    assert_eq!(err("[see [[Hash Rate]]](#ai)").kind, ErrorKind::Nested);
    assert_eq!(err("[**x**](#ai)").kind, ErrorKind::Nested);
    assert_eq!(err("**a * b**").kind, ErrorKind::Nested);
}

#[test]
fn stray_brackets_are_errors_with_position() {
    assert_eq!(err("a ] b"), MarkupError::at(2, ErrorKind::UnmatchedClose));
    assert_eq!(err("a [b] c"), MarkupError::at(2, ErrorKind::StrayOpen));
    assert_eq!(err("a [b c"), MarkupError::at(2, ErrorKind::Unclosed("]")));
    assert_eq!(err("[[a]]]").kind, ErrorKind::UnmatchedClose);
    assert_eq!(err("["), MarkupError::at(0, ErrorKind::Unclosed("]")));
}

#[test]
fn escapes_give_literal_characters() {
    let spans = parse(r"a \[b\] \*\*c\*\* \\ \q").unwrap();
    assert_eq!(plain_text(&spans), r"a [b] **c** \ \q");
    assert!(spans.iter().all(|s| matches!(s, Span::Text(_))));
    assert_eq!(parse("ends with \\").unwrap(), [Span::Text("ends with \\")]);
}

#[test]
fn errors_read_well() {
    let message = err("a ] b").to_string();
    assert!(
        message.contains("byte 2") && message.contains("\\]"),
        "{message}"
    );
}

#[test]
fn non_ascii_text_is_kept() {
    let spans = parse("119 ÷ 25 = 4.76, “nearly 300%”[^seed-article] 2³²").unwrap();
    assert_eq!(plain_text(&spans), "119 ÷ 25 = 4.76, “nearly 300%” 2³²");
}

#[test]
fn slugify_cases() {
    assert_eq!(slugify("J/TH"), "j-th");
    assert_eq!(slugify("On-Device AI"), "on-device-ai");
    assert_eq!(slugify("Hash Rate"), "hash-rate");
    assert_eq!(slugify("ASIC Miners"), "asic-miners");
    assert_eq!(slugify("51% Attack"), "51-attack");
    assert_eq!(slugify("  SHA-256 -- (double) "), "sha-256-double");
    assert_eq!(slugify("Café"), "caf");
    assert_eq!(slugify("%"), "");
    assert!(
        is_slug("hash-rate")
            && !is_slug("Hash-Rate")
            && !is_slug("a--b")
            && !is_slug("-a")
            && !is_slug("")
    );
}

/// Properties over arbitrary input. Native only: proptest's random source does not build for
/// wasm32-unknown-unknown.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use proptest::prelude::*;

    use super::super::markup::{escape, is_slug, parse, plain_text, slugify};

    proptest! {
        #[test]
        fn parse_never_panics(src in "\\PC*") {
            let _ = parse(&src);
        }

        #[test]
        fn parse_never_panics_on_markup_soup(parts in prop::collection::vec(
            prop_oneof![
                Just("["), Just("]"), Just("[["), Just("]]"), Just("[^"), Just("**"), Just("*"), Just("|"),
                Just("("), Just(")"), Just("(#"), Just("#"), Just("\\"), Just("é"), Just(" "), Just("hash"),
            ],
            0..24,
        )) {
            let src = parts.concat();
            if let Err(e) = parse(&src) {
                prop_assert!(e.pos < src.len().max(1));
            }
        }

        #[test]
        fn escaped_text_parses_back_to_itself(text in "\\PC*") {
            let escaped = escape(&text);
            let spans = parse(&escaped).unwrap();
            prop_assert_eq!(plain_text(&spans), text);
        }

        #[test]
        fn slugify_output_is_a_slug(text in "\\PC*") {
            let slug = slugify(&text);
            prop_assert!(slug.is_empty() || is_slug(&slug));
        }
    }
}

#[test]
fn consecutive_citations_make_one_run_and_everything_else_stands_alone() {
    let spans = parse("A[^a][^b] and **B**[^c].").expect("parses");
    let lens: Vec<usize> = runs(&spans).map(<[Span]>::len).collect();
    // "A", [a, b], " and ", B, [c], ".": only the two citations side by side share a run.
    assert_eq!(lens, [1, 2, 1, 1, 1, 1]);
    let firsts: Vec<&Span> = runs(&spans).map(|r| &r[0]).collect();
    assert_eq!(firsts[1], &Span::Cite { source_id: "a" });
    assert_eq!(firsts[4], &Span::Cite { source_id: "c" });
    assert_eq!(runs(&[]).count(), 0);
}
