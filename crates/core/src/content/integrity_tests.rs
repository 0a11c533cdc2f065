//! The page's prose against its own rules: all markup parses, every link and citation lands
//! somewhere, the glossary is complete and tidy, and the article's questions and terms are there.

use super::faq::FAQ;
use super::glossary::{find, ARTICLE_TERMS, GLOSSARY};
use super::linkify::linkify;
use super::markup::{parse, plain_text, Span};
use super::story::STORY;
use super::SECTION_IDS;

/// Every paragraph of markup on the page, with a label saying where it is.
fn all_markup() -> Vec<(String, &'static str)> {
    let story = STORY.iter().flat_map(|part| {
        part.paragraphs
            .iter()
            .enumerate()
            .map(move |(i, p)| (format!("{} ¶{}", part.id, i + 1), *p))
    });
    let faq = FAQ.iter().flat_map(|faq| {
        faq.answer
            .iter()
            .enumerate()
            .map(move |(i, p)| (format!("faq-{} ¶{}", faq.id, i + 1), *p))
    });
    let glossary = GLOSSARY
        .iter()
        .map(|term| (format!("glossary-{} long", term.slug), term.long()));
    story.chain(faq).chain(glossary).collect()
}

/// All spans of all prose, after glossary linking, as the page renders them.
fn all_spans() -> Vec<(String, Span<'static>)> {
    all_markup()
        .into_iter()
        .flat_map(|(at, text)| {
            linkify(text, GLOSSARY)
                .into_iter()
                .map(move |span| (at.clone(), span))
        })
        .collect()
}

fn words(text: &str) -> usize {
    plain_text(&parse(text).unwrap()).split_whitespace().count()
}

#[test]
fn all_markup_parses_and_no_paragraph_is_empty() {
    for (at, text) in all_markup() {
        assert!(!text.trim().is_empty(), "{at}: empty paragraph");
        if let Err(e) = parse(text) {
            panic!("{at}: {e}\n{text}");
        }
    }
}

#[test]
fn every_term_resolves_to_a_glossary_entry() {
    for (at, span) in all_spans() {
        if let Span::Term { slug, .. } = span {
            assert!(find(&slug).is_some(), "{at}: no glossary entry `{slug}`");
        }
    }
}

#[test]
fn every_citation_resolves_to_a_source() {
    for (at, span) in all_spans() {
        if let Span::Cite { source_id } = span {
            assert!(
                crate::data::source_index(source_id).is_some(),
                "{at}: no source `{source_id}` in data/sources.rs"
            );
        }
    }
}

#[test]
fn every_link_stays_on_the_page() {
    let known = |id: &str| {
        SECTION_IDS.contains(&id)
            || id
                .strip_prefix("glossary-")
                .is_some_and(|slug| find(slug).is_some())
            || id
                .strip_prefix("source-")
                .is_some_and(|s| crate::data::source_index(s).is_some())
            || id
                .strip_prefix("faq-")
                .is_some_and(|f| FAQ.iter().any(|faq| faq.id == f))
            || STORY.iter().any(|part| part.id == id)
    };
    for (at, span) in all_spans() {
        if let Span::Link { anchor, .. } = span {
            let id = anchor
                .strip_prefix('#')
                .unwrap_or_else(|| panic!("{at}: `{anchor}` is not in-page"));
            assert!(known(id), "{at}: no element `{anchor}` on the page");
        }
    }
}

#[test]
fn figures_cite_their_sources() {
    // A paragraph with a digit states a figure, so it must cite where the figure comes from.
    // Names with digits in them are not figures.
    for (at, text) in all_markup()
        .into_iter()
        .filter(|(at, _)| !at.starts_with("glossary-"))
    {
        let without_names = text.replace("SHA-256", "");
        if without_names.chars().any(|c| c.is_ascii_digit()) {
            assert!(
                text.contains("[^"),
                "{at}: states a figure without citing it\n{text}"
            );
        }
    }
}

#[test]
fn glossary_slugs_are_unique_valid_and_sorted_by_name() {
    for pair in GLOSSARY.windows(2) {
        let (a, b) = (pair[0].name.to_lowercase(), pair[1].name.to_lowercase());
        assert!(a < b, "glossary not sorted: `{a}` before `{b}`");
    }
    let mut slugs: Vec<_> = GLOSSARY.iter().map(|t| t.slug).collect();
    assert!(slugs.iter().all(|s| super::markup::is_slug(s)), "{slugs:?}");
    slugs.sort_unstable();
    slugs.dedup();
    assert_eq!(slugs.len(), GLOSSARY.len(), "duplicate glossary slugs");
}

#[test]
fn article_terms_have_their_ids() {
    for (slug, name) in [
        ("asic-miners", "ASIC Miners"),
        ("hash-rate", "Hash Rate"),
        ("on-device-ai", "On-Device AI"),
        ("open-source-models", "Open-Source Models"),
        ("edge-ai", "Edge AI"),
    ] {
        let term = find(slug).unwrap_or_else(|| panic!("missing {slug}"));
        assert_eq!(term.name, name);
        assert_eq!(term.anchor(), format!("glossary-{slug}"));
        assert!(ARTICLE_TERMS.contains(&slug));
    }
    assert_eq!(ARTICLE_TERMS.len(), 5);
}

#[test]
fn every_term_the_page_uses_is_defined() {
    for slug in [
        "nonce",
        "block-header",
        "target",
        "difficulty",
        "hashprice",
        "mining-pool",
        "nakamoto-coefficient",
        "hhi",
        "j-th",
        "halving",
        "block-subsidy",
        "transaction-fees",
        "sha-256",
        "midstate",
        "merkle-root",
        "proof-of-work",
        "hash",
        "difficulty-adjustment",
        "production-cost",
        "break-even-electricity-price",
        "hash-rate-units",
        "web-worker",
        "quantization",
        "parameters",
        "gpu",
        "cpu",
        "fpga",
        "coinbase-tag",
        "block-template",
        "51-attack",
    ] {
        assert!(find(slug).is_some(), "missing glossary entry {slug}");
    }
}

#[test]
fn names_and_aliases_are_unambiguous() {
    let mut all: Vec<String> = GLOSSARY
        .iter()
        .flat_map(|t| std::iter::once(t.name).chain(t.aliases.iter().copied()))
        .map(str::to_lowercase)
        .collect();
    let count = all.len();
    all.sort();
    all.dedup();
    assert_eq!(
        all.len(),
        count,
        "a name or alias belongs to two entries (or is repeated)"
    );
}

#[test]
fn short_definitions_are_one_plain_sentence() {
    for term in GLOSSARY {
        let short = term.short;
        assert!(
            !short.contains(['[', ']', '*']),
            "{}: short must be plain text",
            term.slug
        );
        assert!(
            short.ends_with('.') && !short.contains(". "),
            "{}: short must be one sentence",
            term.slug
        );
    }
}

#[test]
fn long_definitions_have_two_to_four_sentences() {
    for term in GLOSSARY {
        let plain = plain_text(&parse(term.long()).unwrap());
        // Counts sentence breaks; figures such as "3.125" have no space after the point.
        let sentences = [". ", "? ", "! ", "”. "]
            .iter()
            .map(|end| plain.matches(end).count())
            .sum::<usize>()
            + 1;
        assert!(
            (2..=4).contains(&sentences),
            "{}: {sentences} sentences",
            term.slug
        );
    }
}

#[test]
fn faq_has_the_articles_questions() {
    for (id, question) in [
        ("what", "What is mining centralization?"),
        ("why", "Why is Bitcoin mining becoming more centralized?"),
        ("ai-differs", "How is AI different?"),
        ("earlier", "How was mining done in the early days?"),
        ("ai-decentralized", "Can AI become more decentralized?"),
    ] {
        let faq = FAQ
            .iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("missing FAQ {id}"));
        assert_eq!(faq.question, question);
    }
    let mut ids: Vec<_> = FAQ.iter().map(|f| f.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), FAQ.len(), "duplicate FAQ ids");
    for faq in FAQ {
        assert!(
            super::markup::is_slug(faq.id) && faq.question.ends_with('?'),
            "{}",
            faq.id
        );
        assert!(
            (2..=4).contains(&faq.answer.len()),
            "{}: {} paragraphs",
            faq.id,
            faq.answer.len()
        );
    }
}

#[test]
fn story_follows_the_article_in_order() {
    let ids: Vec<_> = STORY.iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        [
            "story-what",
            "story-why",
            "story-earlier",
            "story-geography",
            "story-ai"
        ]
    );
    for part in STORY {
        assert!(
            part.heading.ends_with('?'),
            "{}: heading should be a question",
            part.id
        );
        assert!(
            (2..=4).contains(&part.paragraphs.len()),
            "{}: {} paragraphs",
            part.id,
            part.paragraphs.len()
        );
    }
}

#[test]
fn story_reads_in_about_four_minutes() {
    // At 200-250 words a minute, four minutes is 800-1,000 words.
    let total: usize = STORY
        .iter()
        .flat_map(|p| p.paragraphs.iter())
        .map(|p| words(p))
        .sum();
    assert!((750..=1050).contains(&total), "story has {total} words");
}

#[test]
fn story_keeps_the_articles_figures() {
    let story: String = STORY
        .iter()
        .flat_map(|p| p.paragraphs.iter().copied())
        .collect();
    for needle in [
        "$90,000",
        "$67,000",
        "$100,000",
        "1 ZH/s",
        "4%",
        "Paraguay",
        "Ethiopia",
        "KuCoin",
        "$25 billion",
        "$119 billion",
        "“nearly 300%”",
        "376%",
        "21.5%",
        "CPU",
        "GPU",
        "FPGA",
        "ASIC",
        "“could help to decentralize mining, at least from a geographical perspective”",
    ] {
        assert!(story.contains(needle), "story lost `{needle}`");
    }
}

#[test]
fn edge_ai_arithmetic_is_right() {
    let (start_busd, end_busd, years) = (25.0_f64, 119.0_f64, 8.0_f64);
    let multiple = end_busd / start_busd;
    assert!((multiple - 4.76).abs() < 1e-9);
    assert_eq!(((multiple - 1.0) * 100.0).round(), 376.0);
    let per_year = multiple.powf(1.0 / years) - 1.0;
    assert_eq!((per_year * 1000.0).round() / 10.0, 21.5);
}
