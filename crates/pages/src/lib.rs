//! Static pages written from the core's words at build time: the main page's words in
//! `index.html` ([`index`]), and [`teachers_html`], the "For teachers" page. Plain HTML with the main page's Content-Security-Policy (no script, no inline
//! style), one stylesheet of its own (`static/teachers.css`), links back into the page
//! (`index.html#…`), and its sources listed at the end, numbered as the page numbers them.

pub mod index;

use std::collections::BTreeSet;
use std::fmt::Write;

use hashwatt_core::content::teachers::{
    self, steps_label, DISCUSSIONS, HOWTO, INTRO, MISCONCEPTIONS, PLANS, TITLE,
};
use hashwatt_core::content::{find, linkify, Span, GLOSSARY};
use hashwatt_core::data::{citation_mark, source_index, sources};

/// The file the page is written to, next to `index.html`.
pub const FILE_NAME: &str = teachers::PAGE;

/// The same policy as `index.html`'s meta tag (a test compares them): only this origin, no inline
/// script or style.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/// The file of the worksheet's words, fetched by static/boot.js when a sheet is first printed.
pub const WORKSHEET_FILE: &str = "worksheet.html";

/// The worksheet's words (`content::worksheet`), an HTML fragment the page appends to its body
/// when a sheet is printed: the title and the name line (shown first), the heading the charts
/// come under once the predictions are done, and the questions, each with its answer for the key. Hidden except on the sheets' paper (style.css).
pub fn worksheet_html() -> String {
    use hashwatt_core::content::worksheet::{
        ANSWERS_TITLE, CHECK_TEXT, CHECK_TITLE, INSTRUCTIONS, NAME_FIELDS, QUESTIONS, TITLE,
    };
    let mut out = format!(
        r#"<div class="sheet sheet-head" aria-hidden="true"><h1><span class="sheet-only">{}</span><span class="key-only">{}</span></h1><p class="sheet-fields">"#,
        escape_html(TITLE),
        escape_html(ANSWERS_TITLE)
    );
    for field in NAME_FIELDS {
        let _ = write!(out, "<span>{}</span>", escape_html(field));
    }
    let _ = write!(
        out,
        r#"</p><p class="sheet-only">{}</p></div><div class="sheet sheet-check" aria-hidden="true"><h2>{}</h2><p class="sheet-only">{}</p></div><ol class="sheet sheet-questions" aria-hidden="true">"#,
        escape_html(INSTRUCTIONS),
        escape_html(CHECK_TITLE),
        escape_html(CHECK_TEXT)
    );
    for q in QUESTIONS {
        let _ = write!(
            out,
            r#"<li><p>{}</p><p class="key-only">{}</p></li>"#,
            escape_html(q.ask),
            escape_html(q.answer)
        );
    }
    out.push_str("</ol>");
    out
}

/// The file of the speaker notes, fetched by the speaker view (src/ui/speaker.rs) when it opens.
pub const NOTES_FILE: &str = hashwatt_core::content::notes::FILE;

/// The speaker notes (`content::notes`), an HTML fragment: one `<dl id="notes-<step>">` per step
/// of the deck with what to say, ask, expect and answer. Kept out of the app's wasm: only a
/// teacher's second window reads them.
pub fn notes_html() -> String {
    use hashwatt_core::content::notes::NOTES;
    let mut out = String::new();
    for (step, n) in NOTES {
        let _ = write!(out, r#"<dl id="notes-{step}">"#);
        for (label, text) in [
            ("Say", n.say),
            ("Ask", n.ask),
            ("Expect", n.expect),
            ("Answer", n.answer),
        ] {
            let _ = write!(out, "<dt>{label}</dt><dd>{}</dd>", escape_html(text));
        }
        out.push_str("</dl>\n");
    }
    out
}

/// A script without its whole-line `//` comments (the service worker's are long and every first
/// visit downloads them). Only lines that are nothing but a comment go: a `//` after code, or
/// inside a string or a regular expression, is left alone.
pub fn strip_comment_lines(js: &str) -> String {
    js.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// Text for HTML: `&`, `<`, `>` and `"` escaped.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Renders the page's prose: figures filled in, glossary terms and in-page links pointing into
/// `index.html`, citations as numbered marks to this page's own source list. Each source cited
/// is added to `cited`.
struct Prose {
    cited: BTreeSet<usize>,
}

impl Prose {
    fn html(&mut self, text: &str) -> Result<String, String> {
        let filled = teachers::fill(text).map_err(|e| e.to_string())?;
        let mut out = String::new();
        for span in linkify(&filled, GLOSSARY) {
            match span {
                Span::Text(t) => out += &escape_html(t),
                Span::Strong(t) => {
                    let _ = write!(out, "<strong>{}</strong>", escape_html(t));
                }
                Span::Term { text, slug } => {
                    let term = find(&slug).ok_or_else(|| format!("no glossary entry {slug}"))?;
                    let _ = write!(
                        out,
                        r#"<a href="index.html#glossary-{slug}" title="{}">{}</a>"#,
                        escape_html(term.short),
                        escape_html(text)
                    );
                }
                Span::Cite { source_id } => {
                    let index =
                        source_index(source_id).ok_or_else(|| format!("no source {source_id}"))?;
                    self.cited.insert(index);
                    let _ = write!(
                        out,
                        r##"<sup class="cite"><a href="#source-{source_id}">[{}]</a></sup>"##,
                        citation_mark(source_id)
                    );
                }
                Span::Link { text, anchor } => {
                    let _ = write!(
                        out,
                        r#"<a href="index.html{}">{}</a>"#,
                        escape_html(anchor),
                        escape_html(text)
                    );
                }
            }
        }
        Ok(out)
    }
}

/// The teachers page, as a complete HTML document. Fails (with what and where) only if the
/// core's prose names a figure, term or source that does not exist, which its tests rule out.
/// `favicon` is the site's icon as Trunk named it (`favicon-<hash>.svg`), if there is one.
pub fn teachers_html(favicon: Option<&str>) -> Result<String, String> {
    let mut p = Prose {
        cited: BTreeSet::new(),
    };
    let mut body = String::new();
    let b = &mut body;

    let _ = write!(
        b,
        r#"<header class="top"><p class="back"><a href="index.html">&larr; Back to Hashwatt</a></p><h1>{}</h1><p class="lede">{}</p>"#,
        escape_html(TITLE),
        p.html(INTRO)?
    );
    b.push_str(r#"<nav class="contents" aria-label="On this page"><ol>"#);
    for (id, name) in [
        ("run", "Running it in class"),
        (PLANS[0].id, PLANS[0].title),
        (PLANS[1].id, PLANS[1].title),
        ("discuss", "Discussion questions"),
        ("misconceptions", "Common misconceptions"),
        ("sources", "Sources"),
    ] {
        let _ = write!(b, r##"<li><a href="#{id}">{}</a></li>"##, escape_html(name));
    }
    b.push_str("</ol></nav></header><main>");

    b.push_str(r#"<section id="run" class="howto"><h2>Running it in class</h2>"#);
    for h in HOWTO {
        let _ = write!(b, r#"<h3 id="{}">{}</h3>"#, h.id, escape_html(h.heading));
        for para in h.paragraphs {
            let _ = write!(b, "<p>{}</p>", p.html(para)?);
        }
    }
    b.push_str("</section>");

    for plan in PLANS {
        let _ = write!(
            b,
            r#"<section id="{}" class="plan"><h2>{}</h2><p>{}</p><table><thead><tr><th scope="col">Minutes</th><th scope="col">Deck</th><th scope="col">What to do</th></tr></thead><tbody>"#,
            plan.id,
            escape_html(plan.title),
            p.html(plan.intro)?
        );
        for (a, (start, end)) in plan.activities.iter().zip(plan.schedule()) {
            let _ = write!(
                b,
                r#"<tr><td class="time">{start}&ndash;{end}</td><td class="steps">{}</td><td>{}</td></tr>"#,
                escape_html(&steps_label(a.steps)),
                p.html(a.what)?
            );
        }
        b.push_str("</tbody></table></section>");
    }

    b.push_str(r#"<section id="discuss" class="discuss"><h2>Discussion questions</h2>"#);
    for d in DISCUSSIONS {
        let _ = write!(
            b,
            r#"<h3>{} <a class="to-page" href="index.html#{}">on the page</a></h3><ol>"#,
            escape_html(d.heading),
            d.section
        );
        for q in d.questions {
            let _ = write!(b, "<li>{}</li>", p.html(q)?);
        }
        b.push_str("</ol>");
    }
    b.push_str("</section>");

    b.push_str(
        r#"<section id="misconceptions" class="misconceptions"><h2>Common misconceptions</h2><dl>"#,
    );
    for m in MISCONCEPTIONS {
        let _ = write!(
            b,
            r#"<div class="misconception"><dt>&ldquo;{}&rdquo; <span class="at">({})</span></dt><dd>{}</dd></div>"#,
            escape_html(m.belief),
            escape_html(&steps_label(Some((m.step, m.step)))),
            p.html(m.answer)?
        );
    }
    b.push_str("</dl></section>");

    b.push_str(r#"<section id="sources" class="sources"><h2>Sources</h2><p>Numbered as in the Sources section of the page.</p><ol>"#);
    for &index in &p.cited {
        let source = sources::ALL[index];
        let _ = write!(
            b,
            r#"<li id="source-{}" value="{}"><strong>{}</strong>: {}"#,
            source.id,
            index + 1,
            escape_html(source.name),
            escape_html(source.detail)
        );
        if let Some(url) = source.url {
            let url = escape_html(url);
            let _ = write!(b, r#". <a href="{url}">{url}</a>"#);
        }
        b.push_str("</li>");
    }
    b.push_str("</ol></section></main>");

    Ok(format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>{title}</title>
<link rel="stylesheet" href="teachers.css">
{icon}</head>
<body>
{body}
</body>
</html>
"#,
        title = escape_html(TITLE),
        icon = favicon.map_or_else(String::new, |name| format!(
            "<link rel=\"icon\" href=\"{}\" type=\"image/svg+xml\">\n",
            escape_html(name)
        )),
    ))
}

#[cfg(test)]
mod tests;
