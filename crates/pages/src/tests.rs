//! The teachers page as written: the page's policy, nothing inline, every link lands, every
//! figure shown with its date and a numbered source listed at the end.

use super::*;
use hashwatt_core::content::{SECTION_IDS, STORY};
use hashwatt_core::data::format_figure;
use hashwatt_core::model::format::period;

fn page() -> String {
    teachers_html(Some("favicon-0123.svg")).expect("the teachers page renders")
}

/// Every value of `attr="…"` in `html`.
fn attrs<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            &rest[..rest.find('"').expect("closed attribute")]
        })
        .collect()
}

/// The page's text without its tags.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn it_carries_the_main_pages_policy_and_nothing_inline() {
    let index = include_str!("../../../index.html");
    assert!(
        index.contains(&format!("content=\"{CSP}\"")),
        "index.html's Content-Security-Policy and pages::CSP differ"
    );
    let html = page();
    assert!(html.contains(&format!("content=\"{CSP}\"")));
    assert!(!html.contains("<script"), "no script");
    assert!(
        !html.contains("<style") && !html.contains(" style="),
        "no inline style"
    );
    for (i, _) in html.match_indices(" on") {
        let name: String = html[i + 1..]
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect();
        assert!(
            !html[i + 1 + name.len()..].starts_with('='),
            "an event handler attribute: {name}"
        );
    }
    assert!(html.contains(r#"<link rel="stylesheet" href="teachers.css">"#));
    assert!(html.contains(r#"href="favicon-0123.svg""#));
    assert!(!teachers_html(None).unwrap().contains("rel=\"icon\""));
}

#[test]
fn every_link_lands() {
    let html = page();
    let ids = attrs(&html, "id");
    let mut ids_sorted = ids.clone();
    ids_sorted.sort_unstable();
    ids_sorted.dedup();
    assert_eq!(ids_sorted.len(), ids.len(), "an id is used twice");
    let on_main_page = |id: &str| {
        SECTION_IDS.contains(&id)
            || id
                .strip_prefix("glossary-")
                .is_some_and(|s| find(s).is_some())
            || STORY.iter().any(|p| p.id == id)
    };
    let hrefs = attrs(&html, "href");
    assert!(hrefs.len() > 40, "{} links", hrefs.len());
    for href in hrefs {
        if let Some(id) = href.strip_prefix('#') {
            assert!(ids.contains(&id), "#{id} is not on the teachers page");
        } else if let Some(rest) = href.strip_prefix("index.html") {
            let id = rest.strip_prefix('#').unwrap_or("");
            assert!(
                id.is_empty() || on_main_page(id),
                "{href} is not on the page"
            );
        } else {
            assert!(
                href.starts_with("https://")
                    || href == "teachers.css"
                    || href.starts_with("favicon"),
                "unexpected link {href}"
            );
        }
    }
}

#[test]
fn every_figure_shows_with_its_date_and_its_source_is_listed_with_the_pages_number() {
    let html = page();
    let text = text_of(&html);
    for (key, figure) in teachers::FIGURES {
        let shown = escape_html(&format!(
            "{} ({})",
            format_figure(figure),
            period(figure.as_of)
        ));
        assert!(text.contains(&shown), "{key}: `{shown}` is not on the page");
        let id = figure.source.id;
        let mark = citation_mark(id);
        assert!(
            html.contains(&format!(r##"<a href="#source-{id}">[{mark}]</a>"##)),
            "{key}: no mark [{mark}]"
        );
        assert!(
            html.contains(&format!(r#"<li id="source-{id}" value="{mark}">"#)),
            "{key}: source {id} is not listed as number {mark}"
        );
    }
    // The seed article's figure, by hand: $90,000 as of 2026.
    assert!(html.contains("$90,000 (2026)"));
}

#[test]
fn it_names_the_plans_steps_and_times() {
    let html = page();
    for plan in PLANS {
        assert!(html.contains(&format!(r#"<section id="{}""#, plan.id)));
    }
    // The 45-minute plan opens with the deck's first two steps, from minute 0 to 3.
    assert!(html.contains(
        r#"<td class="time">0&ndash;3</td><td class="steps">Steps 1–2: Hashwatt … What is mining centralization?</td>"#
    ));
    assert!(html.contains(r#"<td class="time">85&ndash;90</td>"#));
    assert!(html.contains("Away from the deck"));
}

#[test]
fn text_is_escaped() {
    assert_eq!(
        escape_html(r#"<a href="x">&"#),
        "&lt;a href=&quot;x&quot;&gt;&amp;"
    );
}

#[test]
fn only_whole_comment_lines_leave_the_script() {
    let js = "// about\n'use strict';\n  // indented\nconst a = 'http://x'; // after code\nconst r = /\\/\\//;\n";
    assert_eq!(
        strip_comment_lines(js),
        "'use strict';\nconst a = 'http://x'; // after code\nconst r = /\\/\\//;\n"
    );
    // The real service worker keeps every line of code.
    let sw = include_str!("../../../static/sw.js");
    let stripped = strip_comment_lines(sw);
    let code = |s: &str| {
        s.lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .count()
    };
    assert_eq!(code(&stripped), code(sw));
    assert!(
        !stripped.contains("// ") || stripped.lines().all(|l| !l.trim_start().starts_with("//"))
    );
    assert!(
        stripped.len() < sw.len() * 3 / 4,
        "the comments are most of what goes"
    );
}

#[test]
fn the_worksheet_fragment_has_the_name_line_and_every_question_with_its_answer() {
    use hashwatt_core::content::worksheet::{NAME_FIELDS, QUESTIONS, TITLE};
    let sheet = worksheet_html();
    assert!(sheet.starts_with(r#"<div class="sheet sheet-head""#));
    assert!(sheet.ends_with("</ol>"));
    assert!(sheet.contains(TITLE));
    assert_eq!(sheet.matches("<span>").count(), NAME_FIELDS.len());
    assert_eq!(sheet.matches("<li>").count(), QUESTIONS.len());
    assert_eq!(
        sheet.matches(r#"class="key-only""#).count(),
        QUESTIONS.len() + 1
    );
    assert!(!sheet.contains(" style=") && !sheet.contains("<script"));
    // The charts' heading comes between the name line and the questions.
    let check = sheet
        .find(r#"<div class="sheet sheet-check""#)
        .expect("the charts' heading");
    assert!(sheet.find("sheet-fields") < Some(check));
    assert!(sheet.find("sheet-questions") > Some(check));
}

mod index_page {
    use super::{attrs, text_of};
    use crate::index::{prerendered_html, with_prerendered, ADOPTED, ID};
    use crate::notes_html;
    use hashwatt_core::content::notes::NOTES;
    use hashwatt_core::content::{parse, plain_text, FAQ, GLOSSARY, SECTIONS, STORY};
    use hashwatt_core::model::deck::STEPS;

    fn block() -> String {
        prerendered_html().expect("the written words render")
    }

    #[test]
    fn every_section_is_there_in_order_and_the_adopted_ones_hold_every_word() {
        let html = block();
        assert!(html.starts_with(&format!(r#"<div class="page" id="{ID}">"#)));
        let sections: Vec<&str> = html
            .match_indices("<section id=\"")
            .map(|(i, _)| {
                let rest = &html[i + 13..];
                &rest[..rest.find('"').unwrap()]
            })
            .collect();
        let ids: Vec<&str> = SECTIONS.iter().map(|s| s.id).collect();
        assert_eq!(sections, ids);
        let text = text_of(&html);
        for part in STORY {
            assert!(text.contains(part.heading), "{}", part.id);
            for p in part.paragraphs {
                // The words, without the citation marks the page adds between them.
                let plain = plain_text(&parse(p).unwrap());
                let first: String = plain.chars().take(50).collect();
                assert!(text.contains(&first), "{}: {first}", part.id);
            }
        }
        for term in GLOSSARY {
            assert!(
                html.contains(&format!(r#"id="glossary-{}""#, term.slug)),
                "{}",
                term.slug
            );
            assert!(
                html.contains(&format!(r#"<p id="glossary-def-{}">"#, term.slug)),
                "{}",
                term.slug
            );
            let long = plain_text(&parse(term.long()).unwrap());
            let first: String = long.chars().take(40).collect();
            assert!(text.contains(&first), "{}: {first}", term.slug);
        }
        for item in FAQ {
            assert!(
                html.contains(&format!(r#"<details id="faq-{}"><summary>"#, item.id)),
                "{}",
                item.id
            );
        }
        // The sections the app draws say that they wait for it, and hold nothing else.
        let waits = html.matches(r#"<p class="prerender-wait">"#).count();
        assert_eq!(waits, SECTIONS.len() - ADOPTED.len());
    }

    #[test]
    fn ids_are_unique_links_land_and_nothing_is_inline() {
        let html = block();
        let ids = attrs(&html, "id");
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "an id is used twice");
        for href in attrs(&html, "href") {
            if href == hashwatt_core::content::teachers::PAGE {
                continue;
            }
            let target = href.strip_prefix('#').expect("links stay on the page");
            // Citations lead to the Sources list, which the app draws; every other link lands
            // in the written block itself.
            if let Some(source) = target.strip_prefix("source-") {
                assert!(
                    hashwatt_core::data::source_index(source).is_some(),
                    "{href}"
                );
            } else {
                assert!(ids.contains(&target), "{href} does not land");
            }
        }
        for term_target in attrs(&html, "aria-describedby") {
            assert!(ids.contains(&term_target), "{term_target}");
        }
        assert!(!html.contains("<script") && !html.contains(" style="));
        assert!(!html.contains(" onclick") && !html.contains(" onload"));
    }

    #[test]
    fn terms_link_to_their_entries_but_an_entry_not_to_itself() {
        let html = block();
        let entry = |slug: &str| {
            let start = html.find(&format!(r#"id="glossary-{slug}""#)).unwrap();
            let end = start + html[start..].find("</dd>").unwrap();
            html[start..end].to_string()
        };
        let hashprice = entry("hashprice");
        assert!(!hashprice.contains(r##"href="#glossary-hashprice""##));
        assert!(hashprice.contains(r##"href="#glossary-block-subsidy""##));
        assert!(html.contains(
            r##"<a class="term" href="#glossary-hash-rate" aria-describedby="glossary-def-hash-rate">"##
        ));
    }

    #[test]
    fn the_block_goes_first_into_the_body_once() {
        let index = "<!doctype html><html><head></head><body><p>x</body></html>";
        let out = with_prerendered(index, "<div id=prerendered></div>").unwrap();
        assert_eq!(
            out,
            "<!doctype html><html><head></head><body><div id=prerendered></div><p>x</body></html>"
        );
        assert!(with_prerendered(&out, "<div id=prerendered></div>").is_err());
        assert!(with_prerendered("<html></html>", "<div></div>").is_err());
    }

    #[test]
    fn every_step_has_its_notes_in_the_notes_file() {
        let html = notes_html();
        for step in STEPS {
            let has_notes = NOTES.iter().any(|(id, _)| *id == step.id);
            assert_eq!(
                html.contains(&format!(r#"<dl id="notes-{}">"#, step.id)),
                has_notes,
                "{}",
                step.id
            );
        }
        assert_eq!(html.matches("<dt>Answer</dt>").count(), NOTES.len());
        let (_, first) = NOTES[0];
        assert!(html.contains(&super::escape_html(first.say)));
        assert!(!html.contains("<script"));
    }
}
