use super::*;
use crate::content::notes::{notes_for, NOTES};
use crate::content::SECTION_IDS;

#[test]
fn every_step_has_notes_with_all_four_parts() {
    for step in STEPS {
        let notes = notes_for(step.id).unwrap_or_else(|| panic!("{}: no notes", step.id));
        for (what, text) in [
            ("say", notes.say),
            ("ask", notes.ask),
            ("expect", notes.expect),
            ("answer", notes.answer),
        ] {
            assert!(text.trim().len() >= 10, "{}: {what} is empty", step.id);
            // Notes are shown as read on a second screen: short enough to glance at.
            assert!(
                text.len() <= 220,
                "{}: {what} is {} bytes",
                step.id,
                text.len()
            );
        }
        assert!(notes.ask.ends_with('?'), "{}: the question asks", step.id);
    }
    // No notes for a step that does not exist, and in deck order.
    let ids: Vec<_> = STEPS.iter().map(|s| s.id).collect();
    let noted: Vec<_> = NOTES.iter().map(|(id, _)| *id).collect();
    assert_eq!(noted, ids);
}

#[test]
fn steps_are_unique_and_name_a_real_region() {
    let mut ids: Vec<_> = STEPS.iter().map(|s| s.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), STEPS.len(), "step ids are unique");
    for step in STEPS {
        assert!(
            step.region == TITLE_REGION
                || step.region == END_REGION
                || SECTION_IDS.contains(&step.region),
            "{}: unknown region {}",
            step.id,
            step.region
        );
        assert!(!step.title.is_empty());
        assert!(
            step.parts.iter().all(|p| !p.trim().is_empty()),
            "{}: an empty selector",
            step.id
        );
    }
    // The title opens, the pointer to the glossary and sources closes, and those two are not steps.
    assert_eq!(STEPS[0].region, TITLE_REGION);
    assert_eq!(STEPS[STEPS.len() - 1].region, END_REGION);
    for region in ["glossary", "faq", "sources"] {
        assert!(
            STEPS.iter().all(|s| s.region != region),
            "{region} is a step"
        );
    }
}

#[test]
fn each_story_section_is_split_into_steps_in_page_order() {
    // Every section before the glossary has at least two steps, and they appear in page order.
    let order: Vec<usize> = STEPS
        .iter()
        .filter_map(|s| SECTION_IDS.iter().position(|&id| id == s.region))
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] <= w[1]),
        "page order: {order:?}"
    );
    for region in ["story", "mine", "economics", "centralization", "ai"] {
        let n = STEPS.iter().filter(|s| s.region == region).count();
        assert!(n >= 2, "{region}: {n} steps");
    }
}

#[test]
fn p_starts_at_the_first_step_of_the_section_being_read() {
    assert_eq!(first_step_of("title"), 0, "no such region: the title");
    assert_eq!(first_step_of(TITLE_REGION), 0);
    // The title, then the story's first step.
    assert_eq!(first_step_of("story"), 1);
    let mine = first_step_of("mine");
    assert_eq!(STEPS[mine].id, "mine-intro");
    assert_ne!(STEPS[mine - 1].region, "mine");
    assert_eq!(first_step_of("glossary"), 0, "not a step: the title");
}

#[test]
fn messages_read_back_as_written_and_strangers_are_ignored() {
    for m in [
        Message::At {
            index: 3,
            blank: false,
        },
        Message::At {
            index: 0,
            blank: true,
        },
        Message::Go(12),
        Message::Hello,
        Message::Leave,
    ] {
        assert_eq!(Message::parse(&m.to_string()), Some(m), "{m}");
    }
    assert_eq!(
        Message::At {
            index: 3,
            blank: true
        }
        .to_string(),
        "at 3 blank"
    );
    assert_eq!(Message::Go(7).to_string(), "go 7");
    for junk in [
        "",
        "at",
        "at x",
        "at -1",
        "go 1 2",
        "hello there",
        "at 3 dark",
        "at  blank",
        "go ",
        "leave now",
        "AT 3",
    ] {
        assert_eq!(Message::parse(junk), None, "{junk:?}");
    }
}

#[test]
fn rows_split_a_chart_into_nearly_equal_runs_in_order() {
    let part = |part, of| Rows { part, of };
    // 14 pools in two parts: 7 and 7.
    assert_eq!(part(1, 2).range(14), 0..7);
    assert_eq!(part(2, 2).range(14), 7..14);
    // 5 rows in two parts: the first run takes the odd row (3 and 2).
    assert_eq!(part(1, 2).range(5), 0..3);
    assert_eq!(part(2, 2).range(5), 3..5);
    // 10 rows in three: 4, 3, 3.
    assert_eq!(part(1, 3).range(10), 0..4);
    assert_eq!(part(2, 3).range(10), 4..7);
    assert_eq!(part(3, 3).range(10), 7..10);
    // Fewer rows than parts: one each, then nothing; no rows at all: nothing.
    assert_eq!(part(1, 3).range(1), 0..1);
    assert_eq!(part(2, 3).range(1), 1..1);
    assert_eq!(part(1, 2).range(0), 0..0);
    // One part is every row.
    assert_eq!(part(1, 1).range(14), 0..14);
}

#[test]
fn a_split_chart_shows_every_row_once_over_consecutive_steps() {
    // Steps that split a chart come together, show the same parts, and their parts cover the
    // rows in order: 1/n, 2/n, ..., n/n.
    let mut i = 0;
    while i < STEPS.len() {
        let Some(first) = STEPS[i].rows else {
            i += 1;
            continue;
        };
        assert_eq!(first.part, 1, "{}: a split starts at part 1", STEPS[i].id);
        for k in 1..=first.of {
            let step = &STEPS[i + usize::from(k) - 1];
            assert_eq!(
                step.rows,
                Some(Rows {
                    part: k,
                    of: first.of
                }),
                "{}",
                step.id
            );
            assert_eq!(step.parts, STEPS[i].parts, "{}", step.id);
            assert_eq!(step.region, STEPS[i].region, "{}", step.id);
        }
        i += usize::from(first.of);
    }
    assert!(
        STEPS
            .iter()
            .any(|s| s.id == "cent-pools-rest" && s.rows.is_some()),
        "the pools chart is split"
    );
}

#[test]
fn leaving_the_deck_shows_the_steps_section_or_from_the_last_the_glossary() {
    // The last step says "press Esc ... and scroll to the end": the glossary is where that ends.
    assert_eq!(STEPS[STEPS.len() - 1].leaves_to(), "glossary");
    assert!(SECTION_IDS.contains(&END_LEADS_TO));
    let regions = STEPS.iter().find(|s| s.id == "econ-regions").unwrap();
    assert_eq!(regions.leaves_to(), "economics");
    assert_eq!(STEPS[0].leaves_to(), TITLE_REGION);
}
