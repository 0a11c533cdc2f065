use super::payout::entities;
use super::protocol::{BlockRow, ClassStatus, FarmRow, PoolInfo, PoolRow, RatePoint, StudentRow};
use super::view::*;

fn student(id: u64, name: &str, pool: Option<u32>, rate: f64, share_of_class: f64) -> StudentRow {
    StudentRow {
        id,
        name: name.to_string(),
        pool,
        rate,
        shares: id * 10,
        blocks: 0,
        reward: 0.0,
        share_of_class,
        online: true,
    }
}

/// Ana and Ben in pool Red (1 and 2 MH/s), Cy solo (1 MH/s), a farm at 4 MH/s: 8 MH/s in all.
fn status() -> ClassStatus {
    ClassStatus {
        class: "ABCD".to_string(),
        paused: false,
        students: vec![
            student(1, "Ana", Some(1), 1e6, 0.125),
            student(2, "Ben", Some(1), 2e6, 0.25),
            student(3, "Cy", None, 1e6, 0.125),
        ],
        pools: vec![PoolRow {
            id: 1,
            name: "Red".to_string(),
            rate: 3e6,
            members: 2,
            blocks: 0,
        }],
        farm: Some(FarmRow {
            multiple: 1.0,
            rate: 4e6,
            blocks: 0,
            simulated: true,
        }),
        class_rate: 4e6,
        nakamoto: Some(2),
        hhi: 4_062.5,
        height: 0,
        block_difficulty: 1.0 / 64.0,
        history: Vec::new(),
        blocks: Vec::new(),
    }
}

#[test]
fn percentages_are_whole_and_never_a_false_zero() {
    assert_eq!(percent(0.111), "11%");
    assert_eq!(percent(0.004), "<1%");
    assert_eq!(percent(0.0), "0%");
    assert_eq!(percent(1.0), "100%");
    assert_eq!(percent(f64::NAN), "\u{2014}");
}

#[test]
fn coins_round_to_a_thousandth() {
    // 2.34375 -> 2.344; 0.78125 -> 0.781.
    assert_eq!(coins(2.343_75), "2.344");
    assert_eq!(coins(0.781_25), "0.781");
    assert_eq!(coins(3.125), "3.125");
    assert_eq!(coins(0.0), "0");
}

#[test]
fn students_are_listed_fastest_first() {
    let lines = student_lines(&status());
    let names: Vec<&str> = lines.iter().map(|l| l.name.as_str()).collect();
    // Ben 2 MH/s, then Ana and Cy at 1 MH/s by name.
    assert_eq!(names, ["Ben", "Ana", "Cy"]);
    assert_eq!(lines[0].pool, "Red");
    assert_eq!(lines[2].pool, "solo");
    assert_eq!(lines[0].rate, "2.00 MH/s");
    assert_eq!(lines[0].share, "25%");
    assert_eq!(lines[0].bar, 0.25);
}

#[test]
fn producers_are_the_entities_the_nakamoto_coefficient_counts() {
    let list = producers(&status());
    // Pool Red 3 MH/s, Cy 1 MH/s, the farm 4 MH/s: 8 MH/s; the farm 50%, Red 37.5%, Cy 12.5%.
    let names: Vec<&str> = list.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["ASIC farm (simulated)", "Pool Red", "Cy (solo)"]);
    assert_eq!(list[0].share, 0.5);
    assert!(list[0].simulated);
    assert_eq!(list[1].share_text, "38%");
    assert_eq!(list[2].share_text, "12%"); // 12.5 and 37.5: ties round to even
                                           // The same rates as payout::entities, which the server's coefficient is computed from.
    let s = status();
    let pairs: Vec<(Option<u32>, f64)> = s.students.iter().map(|s| (s.pool, s.rate)).collect();
    let mut expected = entities(&pairs, 4e6);
    expected.sort_by(|a, b| b.total_cmp(a));
    let rates: Vec<f64> = list.iter().map(|p| p.rate_hs).collect();
    assert_eq!(rates, expected);
}

#[test]
fn concentration_in_words() {
    assert!(nakamoto_words(Some(1)).starts_with("One producer alone"));
    assert_eq!(
        nakamoto_words(Some(2)),
        "It takes the 2 largest producers together to have more than half of the class's hash rate."
    );
    assert!(nakamoto_words(None).contains("Nobody is mining yet"));
    // 0.5^2 + 0.375^2 + 0.125^2 = 0.25 + 0.140625 + 0.015625 = 0.40625 -> 4,062.5; the tie rounds
    // to even, as format::number does everywhere: 4,062.
    assert!(hhi_words(4_062.5).starts_with("HHI 4,062 out of 10,000"));
    assert_eq!(hhi_words(0.0), "HHI: no hash rate yet.");
}

#[test]
fn the_rate_chart_scales_to_its_box() {
    let history = [
        RatePoint {
            time: 100,
            rate: 0.0,
        },
        RatePoint {
            time: 110,
            rate: 50.0,
        },
        RatePoint {
            time: 120,
            rate: 100.0,
        },
    ];
    let chart = rate_chart(&history, 200.0, 100.0).expect("three points");
    assert_eq!(chart.points, "0.0,100.0 100.0,50.0 200.0,0.0");
    assert_eq!(chart.top, "100 H/s");
    assert_eq!(chart.minutes, "the last 20.0 seconds");
    assert_eq!(rate_chart(&history[..1], 200.0, 100.0), None);
}

#[test]
fn votes_tally_beside_the_right_answer() {
    let options = vec!["Yes".to_string(), "No".to_string()];
    let lines = tally(&options, &[5, 2], Some(0));
    // 5 of 7 = 71.4%, 2 of 7 = 28.6%.
    assert_eq!(lines[0].text, "5 (71%)");
    assert_eq!(lines[1].text, "2 (29%)");
    assert!(lines[0].correct && !lines[1].correct);
    assert_eq!(lines[0].bar, 5.0 / 7.0);
    let none = tally(&options, &[0, 0], None);
    assert_eq!(none[0].text, "0 (0%)");
    assert_eq!(answered_words(5, 7), "5 of 7 students have answered");
    assert_eq!(answered_words(0, 1), "0 of 1 student has answered");
}

#[test]
fn blocks_and_rules_in_words() {
    let block = BlockRow {
        height: 4,
        hash: "00ab".to_string(),
        finder: "Ana".to_string(),
        student: Some(1),
        pool: Some("Red".to_string()),
        simulated: false,
        time: 0,
    };
    assert_eq!(block_line(&block), "Block 4 found by Ana for pool Red");
    let pools = [PoolInfo {
        id: 1,
        name: "Red".to_string(),
    }];
    assert!(
        reward_rule(None, &pools).starts_with("Solo: a block's whole reward, 3.125 class coins")
    );
    assert!(reward_rule(Some(1), &pools).starts_with("Pool Red: each block"));
    let figures = my_figures(&Me {
        shares: 1_200,
        rate: 1_048_576.0,
        class_rate: 9_437_184.0,
        share_of_class: 0.111,
        blocks: 1,
        reward: 2.343_75,
    });
    let value = |id: &str| figures.iter().find(|f| f.id == id).unwrap().value.clone();
    assert_eq!(value("shares"), "1,200");
    assert_eq!(value("rate"), "1.05 MH/s");
    assert_eq!(value("share"), "11%");
    assert_eq!(value("reward"), "2.344 class coins");
}

#[test]
fn shares_near_half_keep_a_decimal() {
    // 49.6% and 50.4% must not both read "50%" beside the 50% line.
    assert_eq!(percent(0.496), "49.6%");
    assert_eq!(percent(0.504), "50.4%");
    assert_eq!(percent(0.449), "45%"); // 44.9 is outside 45..55: whole
    assert_eq!(percent(0.551), "55%");
}

#[test]
fn the_name_rule_says_what_names_may_be() {
    // The characters names.rs allows besides letters, digits and spaces: - ' . _
    let rule = name_rule();
    assert!(
        rule.starts_with("1 to 24 letters, digits, spaces and - ' . _"),
        "{rule}"
    );
    for c in ['-', '\'', '.', '_'] {
        assert!(
            super::names::clean_name(&format!("A{c}B")).is_ok(),
            "{c} is allowed, as the rule says"
        );
    }
}
