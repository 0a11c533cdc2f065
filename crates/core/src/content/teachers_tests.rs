//! The teachers page's prose against the page's rules: it parses, every term, citation and link
//! lands on the page, every number comes from `data`, and the plans walk the deck.

use super::*;
use crate::content::faq::FAQ;
use crate::content::glossary::{find, GLOSSARY};
use crate::content::linkify::linkify;
use crate::content::markup::{is_slug, parse, Span};
use crate::content::story::STORY;
use crate::content::SECTION_IDS;
use crate::model::deck::STEPS;
use crate::model::presentation::{action_for, Action, Focus, KeyPress};

fn step_index(id: &str) -> Option<usize> {
    STEPS.iter().position(|s| s.id == id)
}

/// An element id the main page has (the same rule as the content's integrity tests).
fn on_the_page(id: &str) -> bool {
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
}

#[test]
fn a_figure_is_written_with_its_date_and_citation() {
    // SEED_COST_USD_PER_BTC: 90,000 USD, as of "2026", source seed-article.
    assert_eq!(fill("{cost}").unwrap(), "$90,000 (2026)[^seed-article]");
    // SNAPSHOT_NAKAMOTO: 3 pools over 2026-03-23..2026-04-22 (the range reads with an en dash).
    assert_eq!(
        fill("top {nakamoto}.").unwrap(),
        "top 3 pools (2026-03-23 \u{2013} 2026-04-22)[^pools-dataset]."
    );
    // FEE_SHARE_PCT: 0.55 %, week to 2026-01-12, Hashrate Index.
    assert_eq!(
        fill("{fees}").unwrap(),
        "0.55% (week to 2026-01-12)[^hashrate-index]"
    );
    assert_eq!(fill("no figure").unwrap(), "no figure");
}

#[test]
fn an_unknown_or_unclosed_figure_is_an_error_not_a_guess() {
    assert_eq!(fill("{nope}"), Err(UnknownFigure("nope".into())));
    assert_eq!(fill("a {cost"), Err(UnknownFigure("cost".into())));
    assert!(fill("{}").is_err());
}

#[test]
fn every_number_comes_from_data() {
    // The prose names figures only through `{key}`: a digit typed into it would be a figure that
    // no correction in `data` reaches.
    for (at, text) in all_prose() {
        assert!(
            !text.chars().any(|c| c.is_ascii_digit()),
            "{at}: a number typed into the prose; name a figure of FIGURES instead\n{text}"
        );
    }
}

#[test]
fn figure_keys_are_unique_and_all_used() {
    let prose: String = all_prose().into_iter().map(|(_, t)| t).collect();
    for (i, (key, _)) in FIGURES.iter().enumerate() {
        assert!(FIGURES[..i].iter().all(|(k, _)| k != key), "{key} twice");
        assert!(prose.contains(&format!("{{{key}}}")), "{key} is never used");
    }
}

#[test]
fn all_prose_fills_and_parses_and_every_term_citation_and_link_resolves() {
    let mut cited = 0;
    for (at, text) in all_prose() {
        assert!(!text.trim().is_empty(), "{at}: empty");
        let filled = fill(text).unwrap_or_else(|e| panic!("{at}: {e}"));
        parse(&filled).unwrap_or_else(|e| panic!("{at}: {e}\n{filled}"));
        for span in linkify(&filled, GLOSSARY) {
            match span {
                Span::Term { slug, .. } => {
                    assert!(find(&slug).is_some(), "{at}: no glossary entry {slug}")
                }
                Span::Cite { source_id } => {
                    cited += 1;
                    assert!(
                        crate::data::source_index(source_id).is_some(),
                        "{at}: no source {source_id}"
                    );
                }
                Span::Link { anchor, .. } => {
                    let id = anchor.strip_prefix('#').unwrap_or(anchor);
                    assert!(on_the_page(id), "{at}: no element {anchor} on the page");
                }
                Span::Text(_) | Span::Strong(_) => {}
            }
        }
    }
    // Every use of a figure cites: at least one citation per `{key}` in the prose.
    let uses: usize = all_prose()
        .iter()
        .map(|(_, t)| t.matches('{').count())
        .sum();
    assert!(
        cited >= uses && uses > 0,
        "{cited} citations for {uses} figures"
    );
}

#[test]
fn each_plan_adds_up_and_walks_the_whole_deck_once_in_order() {
    assert_eq!(
        PLANS.iter().map(|p| p.minutes).collect::<Vec<_>>(),
        [45, 90]
    );
    for plan in PLANS {
        let total: u16 = plan.activities.iter().map(|a| a.minutes).sum();
        assert_eq!(total, plan.minutes, "{}", plan.id);
        assert!(plan.activities.iter().all(|a| a.minutes > 0), "{}", plan.id);
        let mut walked = Vec::new();
        for a in plan.activities {
            if let Some((from, to)) = a.steps {
                let from =
                    step_index(from).unwrap_or_else(|| panic!("{}: no step {from}", plan.id));
                let to = step_index(to).unwrap_or_else(|| panic!("{}: no step {to}", plan.id));
                assert!(from <= to, "{}: a range runs backwards", plan.id);
                walked.extend(from..=to);
            }
        }
        assert_eq!(
            walked,
            (0..STEPS.len()).collect::<Vec<_>>(),
            "{}: the deck's steps, each once, in order",
            plan.id
        );
    }
}

#[test]
fn discussions_cover_the_sections_in_page_order_and_misconceptions_follow_the_deck() {
    let sections: Vec<_> = DISCUSSIONS.iter().map(|d| d.section).collect();
    assert_eq!(
        sections,
        [
            "story",
            "mine",
            "economics",
            "simulate",
            "centralization",
            "ai"
        ]
    );
    for d in DISCUSSIONS {
        assert!(SECTION_IDS.contains(&d.section));
        assert!((2..=4).contains(&d.questions.len()), "{}", d.section);
        for q in d.questions {
            assert!(q.trim_end().ends_with('?'), "{}: {q}", d.section);
        }
    }
    let at: Vec<_> = MISCONCEPTIONS
        .iter()
        .map(|m| step_index(m.step).unwrap_or_else(|| panic!("no step {}", m.step)))
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] <= w[1]),
        "not in deck order: {at:?}"
    );
    assert!(MISCONCEPTIONS.len() >= 6);
    for m in MISCONCEPTIONS {
        assert!(
            !m.belief.contains(['[', '*', '{']),
            "{}: belief is plain text",
            m.step
        );
    }
}

#[test]
fn howto_ids_are_unique_slugs_and_name_the_keys_the_deck_answers_to() {
    let mut ids: Vec<_> = HOWTO.iter().map(|h| h.id).collect();
    assert!(ids.iter().all(|id| is_slug(id)), "{ids:?}");
    ids.extend(PLANS.iter().map(|p| p.id));
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate ids on the teachers page");

    let howto: String = HOWTO
        .iter()
        .flat_map(|h| h.paragraphs.iter().copied())
        .collect();
    let press = |key| KeyPress {
        key,
        shift: false,
        modifier: false,
        focus: Focus::Page,
    };
    // Each key the words name in bold does what they say, in the deck or (P) on the page.
    assert!(howto.contains("**P**"));
    assert_eq!(action_for(press("P"), false, 4), Some(Action::Enter(4)));
    for (key, named, action) in [
        ("S", "**S**", Action::Speaker),
        ("B", "**B**", Action::Blank),
        (".", "full stop", Action::Blank),
        ("Escape", "**Esc**", Action::Leave),
        ("Home", "**Home**", Action::First),
        ("End", "**End**", Action::Last),
        ("PageDown", "Page Down", Action::Next),
        ("PageUp", "Page Up", Action::Prev),
        (" ", "Space", Action::Next),
    ] {
        assert!(howto.contains(named), "the words do not name {named}");
        assert_eq!(action_for(press(key), true, 0), Some(action), "{key}");
    }
    assert!(howto.contains("make classroom") && howto.contains("docs/classroom.md"));
}

#[test]
fn a_plan_is_scheduled_from_minute_zero() {
    // The 45-minute plan's activities take 3, 7, 9, 8, 5, 7, 4 and 2 minutes.
    assert_eq!(
        PLANS[0].schedule(),
        [
            (0, 3),
            (3, 10),
            (10, 19),
            (19, 27),
            (27, 32),
            (32, 39),
            (39, 43),
            (43, 45)
        ]
    );
    assert_eq!(PLANS[1].schedule().last(), Some(&(85, 90)));
}

#[test]
fn steps_are_named_as_the_presentation_bar_numbers_them() {
    // "title" is the deck's first step (number 1), "story-what" the second.
    assert_eq!(
        steps_label(Some(("title", "story-what"))),
        "Steps 1\u{2013}2: Hashwatt \u{2026} What is mining centralization?"
    );
    let last = STEPS.len();
    assert_eq!(
        steps_label(Some(("end", "end"))),
        format!("Step {last}: Glossary, FAQ and sources")
    );
    assert_eq!(steps_label(None), "Away from the deck");
    assert_eq!(steps_label(Some(("gone", "gone"))), "Step ?: ?");
}
