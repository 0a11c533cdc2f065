//! The page's words: the story, the glossary and the FAQ as plain Rust data, plus the tiny inline
//! markup they are written in. Pure Rust: no yew, web-sys or gloo, so everything here is tested
//! natively.
//!
//! Rendering a paragraph: `linkify(paragraph, GLOSSARY)` gives [`Span`]s; emit `Text` as text,
//! `Strong` as `<strong>`, and `Term`, `Cite` and `Link` as links to [`Span::href`]
//! (`#glossary-<slug>`, `#source-<id>`, or the link's own `#anchor`), a `Term` with its glossary
//! entry's `short` sentence as tooltip. For a glossary entry's `long` text, use
//! `linkify_except(long, GLOSSARY, Some(slug))` so that the entry does not link to itself.

pub mod faq;
pub mod glossary;
pub mod linkify;
pub mod markup;
pub mod notes;
pub mod page;
pub mod sections;
pub mod simulate;
pub mod story;
pub mod teachers;
pub mod worksheet;

pub use faq::{Faq, FAQ};
pub use glossary::{find, is_article_term, Term, ARTICLE_TERMS, GLOSSARY};
pub use linkify::{linkify, linkify_except};
pub use markup::{escape, parse, plain_text, runs, slugify, validate, MarkupError, Span};
pub use page::{SectionInfo, SECTIONS};
pub use story::{StoryPart, STORY};

/// Ids of the page's top-level sections: the in-page link targets besides `glossary-<slug>`,
/// `source-<id>` and the `story-…` and `faq-…` ids of this module.
pub const SECTION_IDS: &[&str] = &[
    "story",
    "mine",
    "economics",
    "simulate",
    "centralization",
    "ai",
    "glossary",
    "faq",
    "sources",
];

#[cfg(test)]
mod integrity_tests;
#[cfg(test)]
mod linkify_tests;
#[cfg(test)]
mod markup_tests;
#[cfg(test)]
mod wording_tests;
