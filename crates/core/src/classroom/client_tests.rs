use super::client::*;
use crate::model::deck::STEPS;
use crate::model::hash::Hash256;
use crate::model::search::Hit;
use crate::model::url::Query;

fn link(query: &str) -> Result<Option<ClassLink>, String> {
    ClassLink::from_query(&Query::parse(query))
}

#[test]
fn a_page_without_a_class_is_no_class() {
    assert_eq!(link(""), Ok(None));
    assert_eq!(link("?price=80000&present"), Ok(None));
}

#[test]
fn class_links_name_a_student_or_the_teacher() {
    assert_eq!(
        link("?class=abcd"),
        Ok(Some(ClassLink::Student {
            code: "ABCD".to_string()
        }))
    );
    assert_eq!(
        link("?price=1&class=%20WXYZ%20&teacher=4b06359e"),
        Ok(Some(ClassLink::Teacher {
            code: "WXYZ".to_string(),
            key: "4b06359e".to_string()
        }))
    );
}

#[test]
fn damaged_class_links_say_so() {
    let junk = link("?class=%3Cscript%3E").unwrap_err();
    assert!(
        junk.contains("\u{201c}<script>\u{201d} is not a class code"),
        "{junk}"
    );
    assert!(link("?class=").is_err());
    assert!(link("?class=ABCDEFGHIJKLM").is_err(), "13 characters");
    let key = link("?class=ABCD&teacher=not-hex").unwrap_err();
    assert!(key.contains("teacher's link is damaged"), "{key}");
    assert!(link("?class=ABCD&teacher=").is_err());
}

#[test]
fn the_students_link_carries_the_code_only() {
    assert_eq!(
        students_link("http://192.168.1.5:8090/", "ABCD"),
        "http://192.168.1.5:8090/?class=ABCD"
    );
}

/// The job of docs/classroom.md's example: share bits 0x1e0ffff0 (difficulty 2^-12).
fn example() -> Work {
    Work::new(
        12,
        "000000202ff5ab88a44c2d7f2fef9fcfb99769351e5a649f67a7df99b8bbe3f0532be4cb992b921b20d6d491befaa015c53e6521f4abf01a7eecc8a56cf46eb37ce6107d00892b69c0ff3f1d00000000",
        504_365_040,
        0.000_244_140_625,
        0.015_625,
        0,
    )
    .expect("the documented job reads")
}

#[test]
fn the_workers_report_every_share() {
    // 0x1e0ffff0: a 30-byte target whose top bytes are 0f ff f0, so bytes 31 and 30 are zero
    // (16 bits) and 0x0f has 4 more leading zeros: 20.
    assert_eq!(example().worker_zero_bits(), 20);
}

/// A hash whose bytes 29, 28, 27 (most significant first, little-endian storage) are `top`.
fn hash_with_top(top: [u8; 3]) -> Hash256 {
    let mut le = [0u8; 32];
    le[29] = top[0];
    le[28] = top[1];
    le[27] = top[2];
    Hash256(le)
}

#[test]
fn only_hits_at_or_below_the_share_target_are_submitted() {
    let work = example();
    let hits = [
        Hit {
            nonce: 1,
            hash: hash_with_top([0x0f, 0xff, 0xf0]), // equal to the target: a share
        },
        Hit {
            nonce: 2,
            hash: hash_with_top([0x0f, 0xff, 0xf1]), // 20 zero bits, but above the target
        },
        Hit {
            nonce: 3,
            hash: hash_with_top([0x00, 0x00, 0x01]), // far below: a share
        },
    ];
    assert_eq!(work.shares(&work.header, &hits), vec![1, 3]);
    let mut rolled = work.header;
    rolled.time += 1;
    assert!(!work.is_this_job(&rolled));
    assert_eq!(work.shares(&rolled, &hits), Vec::<u32>::new());
}

#[test]
fn junk_jobs_are_refused_with_a_reason() {
    let short = Work::new(1, "00", 504_365_040, 1.0, 1.0, 0).unwrap_err();
    assert!(
        short.starts_with("The class sent a job this page cannot read"),
        "{short}"
    );
    let header = example().header.to_hex();
    let zero = Work::new(1, &header, 0x1e00_0000, 1.0, 1.0, 0).unwrap_err();
    assert!(zero.contains("share target"), "{zero}");
}

#[test]
fn vote_steps_are_the_decks_prediction_steps() {
    for (step_id, question) in VOTE_STEPS {
        let step = STEPS
            .iter()
            .find(|s| s.id == step_id)
            .unwrap_or_else(|| panic!("{step_id} is a deck step"));
        let part = format!("#predict-{}", question.id);
        assert!(
            step.parts.contains(&part.as_str()),
            "{step_id} shows {part}"
        );
        assert_eq!(vote_for_step(step_id), Some(question));
        assert_eq!(vote_options(&question).len(), question.choices.len());
    }
    assert_eq!(vote_for_step("title"), None);
}

#[test]
fn the_presentation_bar_names_its_step() {
    assert_eq!(step_from_attr("1/35"), Some(STEPS[0].id));
    let predict = STEPS.iter().position(|s| s.id == "cent-predict").unwrap();
    assert_eq!(
        step_from_attr(&format!("{}/{}", predict + 1, STEPS.len())),
        Some("cent-predict")
    );
    assert_eq!(step_from_attr("0/35"), None);
    assert_eq!(step_from_attr("999/35"), None);
    assert_eq!(step_from_attr("junk"), None);
}

mod answers {
    use super::super::client::*;
    use super::super::protocol::{ClassStatus, StudentRow};
    use crate::data::network::DIFFICULTY_T;
    use crate::model::economics::Scenario;
    use crate::model::predictions::{laptop_block, mining_pays, pools_for_half};

    fn status(rates: &[f64]) -> ClassStatus {
        ClassStatus {
            class: "ABCD".to_string(),
            paused: false,
            students: rates
                .iter()
                .enumerate()
                .map(|(i, &rate)| StudentRow {
                    id: i as u64 + 1,
                    name: format!("S{i}"),
                    pool: None,
                    rate,
                    shares: 0,
                    blocks: 0,
                    reward: 0.0,
                    share_of_class: 0.0,
                    online: true,
                })
                .collect(),
            pools: Vec::new(),
            farm: None,
            class_rate: rates.iter().sum(),
            nakamoto: None,
            hhi: 0.0,
            height: 0,
            block_difficulty: 1.0,
            history: Vec::new(),
            blocks: Vec::new(),
        }
    }

    #[test]
    fn the_class_rate_per_student_counts_only_those_mining() {
        // 2 and 4 MH/s mining, one idle: (2 + 4) / 2 = 3 MH/s.
        assert_eq!(mean_student_rate(&status(&[2e6, 0.0, 4e6])), 3e6);
        assert_eq!(mean_student_rate(&status(&[0.0])), 0.0);
    }

    #[test]
    fn class_votes_are_answered_as_the_page_answers() {
        let s = Scenario::default();
        let class = status(&[2e6, 4e6]);
        assert_eq!(
            vote_answer("laptop", Some(&class), &s),
            laptop_block(3e6, DIFFICULTY_T.value * 1e12)
        );
        assert_eq!(
            vote_answer("laptop", None, &s),
            laptop_block(0.0, DIFFICULTY_T.value * 1e12),
            "before anyone mines: the reference CPU"
        );
        assert_eq!(vote_answer("pays", None, &s), mining_pays(&s));
        assert_eq!(vote_answer("pools", None, &s), pools_for_half());
        assert_eq!(vote_answer("q1", None, &s), None);
    }
}
