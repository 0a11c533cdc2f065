//! The words of the main page written into `index.html` at build time, so that the story, the
//! glossary and the FAQ are read before the app's wasm has loaded (a school laptop on a shared
//! network waits seconds for it), and without JavaScript.
//!
//! [`prerendered_html`] is the page's frame (the masthead, the contents, one `<section>` per
//! section) with the story, the glossary and the FAQ written out, each exactly as the app would
//! render it; the sections the app draws (the miner, the economics, the charts, the sources) say
//! they are loading. The app takes this block out of the document before it mounts, draws its own
//! frame and sections, and adopts the three written sections as they are (`src/ui/prerendered.rs`):
//! their words reach the reader once, in `index.html`, and are not in the wasm.

use std::fmt::Write;

use hashwatt_core::content::glossary::is_article_term;
pub use hashwatt_core::content::page::{ADOPTED, PRERENDERED_ID as ID};
use hashwatt_core::content::page::{
    CONTENTS, DEK, FAQ_TITLE, GLOSSARY_LEDE, GLOSSARY_TITLE, HEADLINE, KICKER, LOADING, SKIP_LINK,
    STORY_TITLE, TRY_MINING,
};
use hashwatt_core::content::teachers;
use hashwatt_core::content::{linkify_except, runs, Span, FAQ, GLOSSARY, SECTIONS, STORY};
use hashwatt_core::data::{citation_mark, source_index};

use super::escape_html;

/// The block, as one HTML fragment for `<body>`. Fails (with what) only if the prose names a
/// glossary term or a source that does not exist, which the core's tests rule out.
pub fn prerendered_html() -> Result<String, String> {
    let mut b = format!(
        r##"<div class="page" id="{ID}"><a class="skip-link" href="#story">{}</a><header class="masthead" id="masthead"><div class="masthead-inner"><p class="kicker">{}</p><h1>"##,
        escape_html(SKIP_LINK),
        escape_html(KICKER)
    );
    for &(text, class) in HEADLINE {
        match class {
            Some(class) => {
                let _ = write!(b, r#"<span class="{class}">{}</span>"#, escape_html(text));
            }
            None => b += &escape_html(text),
        }
    }
    let _ = write!(
        b,
        r#"</h1><p class="dek">{}</p></div></header><div class="layout"><nav class="toc" aria-label="{contents}"><h2>{contents}</h2><ol>"#,
        escape_html(DEK),
        contents = escape_html(CONTENTS)
    );
    for s in SECTIONS {
        let _ = write!(
            b,
            r##"<li><a href="#{}">{}</a></li>"##,
            s.id,
            escape_html(s.title)
        );
    }
    // The teachers page needs no JavaScript: linked from the first screen, as the app links it.
    let _ = write!(
        b,
        r#"</ol><a class="teachers-link" href="{}">{}</a></nav><main id="main">"#,
        teachers::PAGE,
        escape_html(teachers::LINK_TEXT)
    );
    for s in SECTIONS {
        match s.id {
            "story" => story(&mut b)?,
            "glossary" => glossary(&mut b)?,
            "faq" => faq(&mut b)?,
            id => {
                debug_assert!(!ADOPTED.contains(&id), "{id} is adopted but not written");
                let _ = write!(
                    b,
                    r#"<section id="{id}" aria-labelledby="{id}-title"><h2 id="{id}-title">{}</h2><p class="prerender-wait">{}</p></section>"#,
                    escape_html(s.title),
                    escape_html(LOADING)
                );
            }
        }
    }
    b.push_str("</main></div></div>");
    Ok(b)
}

/// `index.html` with the block as the first thing in its `<body>`.
pub fn with_prerendered(index: &str, block: &str) -> Result<String, String> {
    if index.contains(&format!("id={ID}")) || index.contains(&format!("id=\"{ID}\"")) {
        return Err(format!("index.html already holds #{ID}"));
    }
    let at = index.find("<body>").ok_or("index.html has no <body> tag")? + "<body>".len();
    Ok(format!("{}{block}{}", &index[..at], &index[at..]))
}

fn story(b: &mut String) -> Result<(), String> {
    let _ = write!(
        b,
        r##"<section id="story" aria-labelledby="story-title"><h2 id="story-title">{}</h2><p class="story-try"><a id="story-try-mining" class="button primary" href="#mine">{}</a></p><div class="prose">"##,
        escape_html(STORY_TITLE),
        escape_html(TRY_MINING)
    );
    for part in STORY {
        let _ = write!(
            b,
            r#"<article class="story-part" id="{id}" aria-labelledby="{id}-h"><h3 id="{id}-h">{}</h3>"#,
            escape_html(part.heading),
            id = part.id
        );
        for p in part.paragraphs {
            paragraph(b, p, None)?;
        }
        b.push_str("</article>");
    }
    b.push_str("</div></section>");
    Ok(())
}

fn glossary(b: &mut String) -> Result<(), String> {
    let _ = write!(
        b,
        r#"<section id="glossary" aria-labelledby="glossary-title"><h2 id="glossary-title">{}</h2><p class="section-lede">{}</p><dl class="glossary-list">"#,
        escape_html(GLOSSARY_TITLE),
        escape_html(GLOSSARY_LEDE)
    );
    for term in GLOSSARY {
        let class = if is_article_term(term.slug) {
            "glossary-entry article-term"
        } else {
            "glossary-entry"
        };
        let _ = write!(
            b,
            r#"<div class="{class}" id="glossary-{slug}"><dt>{}</dt><dd><p id="glossary-def-{slug}">{}</p>"#,
            escape_html(term.name),
            escape_html(term.short),
            slug = term.slug
        );
        paragraph(b, term.long(), Some(term.slug))?;
        b.push_str("</dd></div>");
    }
    b.push_str("</dl></section>");
    Ok(())
}

fn faq(b: &mut String) -> Result<(), String> {
    let _ = write!(
        b,
        r#"<section id="faq" class="faq" aria-labelledby="faq-title"><h2 id="faq-title">{}</h2>"#,
        escape_html(FAQ_TITLE)
    );
    for item in FAQ {
        let _ = write!(
            b,
            r#"<details id="faq-{}"><summary>{}</summary><div class="answer">"#,
            item.id,
            escape_html(item.question)
        );
        for p in item.answer {
            paragraph(b, p, None)?;
        }
        b.push_str("</div></details>");
    }
    b.push_str("</section>");
    Ok(())
}

/// One paragraph of markup, as the app's `Paragraph` widget renders it (src/ui/widgets/rich_text.rs):
/// a glossary term is a link to its entry described by its short sentence (the app adds the
/// tooltip when it loads), a citation a numbered mark, and a run of citations stays on one line.
fn paragraph(b: &mut String, text: &str, own_slug: Option<&str>) -> Result<(), String> {
    let spans = linkify_except(text, GLOSSARY, own_slug);
    b.push_str("<p>");
    for run in runs(&spans) {
        match run {
            [one] => span_html(b, one)?,
            cites => {
                b.push_str(r#"<span class="nowrap">"#);
                for span in cites {
                    span_html(b, span)?;
                }
                b.push_str("</span>");
            }
        }
    }
    b.push_str("</p>");
    Ok(())
}

fn span_html(b: &mut String, span: &Span<'_>) -> Result<(), String> {
    match span {
        Span::Text(t) => *b += &escape_html(t),
        Span::Strong(t) => {
            let _ = write!(b, "<strong>{}</strong>", escape_html(t));
        }
        Span::Term { text, slug } => {
            if !GLOSSARY.iter().any(|t| t.slug == slug) {
                return Err(format!("no glossary entry {slug}"));
            }
            let _ = write!(
                b,
                r##"<a class="term" href="#glossary-{slug}" aria-describedby="glossary-def-{slug}">{}</a>"##,
                escape_html(text)
            );
        }
        Span::Cite { source_id } => {
            if source_index(source_id).is_none() {
                return Err(format!("no source {source_id}"));
            }
            let number = citation_mark(source_id);
            let _ = write!(
                b,
                r##"<sup class="cite"><a href="#source-{source_id}" aria-label="source {number}: {source_id}">{number}</a></sup>"##
            );
        }
        Span::Link { text, anchor } => {
            let _ = write!(
                b,
                r#"<a href="{}">{}</a>"#,
                escape_html(anchor),
                escape_html(text)
            );
        }
    }
    Ok(())
}
