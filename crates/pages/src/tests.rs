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
