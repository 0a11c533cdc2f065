//! The page's frame: the masthead, the sections' titles, and the headings and ledes of the parts
//! written into `index.html` at build time (crates/pages), so that a reader reads the story, the
//! glossary and the FAQ before the app's wasm has loaded, or without JavaScript. The app renders
//! the same words from here; the story, the glossary and the FAQ it adopts from `index.html`.

use super::SECTION_IDS;

/// A section of the page: its anchor id and its title in the table of contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionInfo {
    pub id: &'static str,
    pub title: &'static str,
}

/// The page's sections, in order: [`SECTION_IDS`] with their titles (checked at compile time).
pub const SECTIONS: &[SectionInfo] = &[
    SectionInfo {
        id: "story",
        title: "The story",
    },
    SectionInfo {
        id: "mine",
        title: "Mine a block",
    },
    SectionInfo {
        id: "economics",
        title: "Economics",
    },
    SectionInfo {
        id: "simulate",
        title: "What happens next",
    },
    SectionInfo {
        id: "centralization",
        title: "Centralization",
    },
    SectionInfo {
        id: "ai",
        title: "AI's other path",
    },
    SectionInfo {
        id: "glossary",
        title: "Glossary",
    },
    SectionInfo {
        id: "faq",
        title: "FAQ",
    },
    SectionInfo {
        id: "sources",
        title: "Sources",
    },
];

// One list of sections: a mismatch with the anchors' ids (one added, removed, renamed or moved on
// one side only) fails the build.
const _: () = assert!(
    same_ids(SECTIONS, SECTION_IDS),
    "content::SECTIONS must list content::SECTION_IDS, in the same order"
);

/// Whether `sections` has exactly the ids `ids`, in order (const: `==` on `str` is not).
const fn same_ids(sections: &[SectionInfo], ids: &[&str]) -> bool {
    if sections.len() != ids.len() {
        return false;
    }
    let mut i = 0;
    while i < ids.len() {
        let (a, b) = (sections[i].id.as_bytes(), ids[i].as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut j = 0;
        while j < a.len() {
            if a[j] != b[j] {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

/// The element id of the block written into `index.html`, which the app takes out before it
/// mounts.
pub const PRERENDERED_ID: &str = "prerendered";

/// The sections written out whole into `index.html`, which the app adopts as they are; it draws
/// the others itself.
pub const ADOPTED: [&str; 3] = ["story", "glossary", "faq"];

/// Above the headline.
pub const KICKER: &str = "Hashwatt · an interactive explainer";

/// The headline, in runs of text; a run with a class is coloured as its path (`btc`, `ai`).
pub const HEADLINE: &[(&str, Option<&str>)] = &[
    ("Bitcoin mining", Some("btc")),
    (" moved into a few farms and pools. ", None),
    ("AI", Some("ai")),
    (" may move the other way.", None),
];

/// Under the headline.
pub const DEK: &str = "Why the work of securing Bitcoin left home computers for industrial farms with cheap power, what that means for who controls it, and why AI might travel from data centres toward the devices in our pockets.";

/// The skip link's words (it leads to `#story`).
pub const SKIP_LINK: &str = "Skip to the story";

/// The contents' heading.
pub const CONTENTS: &str = "Contents";

/// The story's heading.
pub const STORY_TITLE: &str = "The story";

/// The link from the story to the miner.
pub const TRY_MINING: &str = "Try mining now";

/// The glossary's heading.
pub const GLOSSARY_TITLE: &str = "Glossary";

/// Under the glossary's heading.
pub const GLOSSARY_LEDE: &str = "The words this page uses, in plain terms. Terms marked \u{201c}from the article\u{201d} are the ones the original article defines; the rest are the page's own.";

/// The FAQ's heading.
pub const FAQ_TITLE: &str = "Questions people ask";

/// In `index.html`, in each section the app draws (the miner, the economics, the charts), until
/// its wasm has loaded; what a reader without JavaScript sees there.
pub const LOADING: &str = "Loading: this part runs in your browser (the miner, the sliders and the charts need JavaScript). The story, the glossary and the questions are readable already.";

/// Where the app looked for one of the parts `index.html` carries and found none (a build without
/// crates/pages' step): said on the page instead of an empty section.
pub const MISSING: &str = "This part of the page is missing from this build: its words are written into index.html when the site is built (make dist).";
