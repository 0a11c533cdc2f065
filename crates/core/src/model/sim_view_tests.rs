//! Tests of `sim_view.rs`: the words and figures of the simulator's part, at the article's
//! inputs worked by hand in `simulate_tests.rs` (25.85% of 1,000 EH/s off at $30.31).

use super::*;
use crate::model::economics::Scenario;
use crate::model::scenario::Param;
use crate::model::simulate::{run, SimParam, SimSettings, EPOCHS, SIM_PRESETS};

fn default_run() -> Run {
    run(&Scenario::default(), &SimSettings::default())
}

#[test]
fn the_summary_says_what_stops_and_how_the_difficulty_answers() {
    let r = default_run();
    let text = summary(&r);
    assert!(
        text.starts_with(
            "As soon as the run starts, at $67,000, 26% of the hash rate stops (258 of 1,000 \
             EH/s). The difficulty falls 26% over 1 epoch, and the hashprice, $30.31 at the \
             start, peaks at $40.88 on day 19, then ends at $30.89 per PH/s per day by day 365."
        ),
        "{text}"
    );
    // The peak after the first retarget: the difficulty expects 25.85% less, so one PH/s earns
    // $30.31 / (1 - 0.2585) = $40.88 a day.

    let storm = SIM_PRESETS[2].apply(&SimSettings::default());
    let text = summary(&run(&Scenario::default(), &storm));
    assert!(
        text.starts_with("With the storm (day 3, 7 days) and the price move of -10% (week 1), "),
        "{text}"
    );
    let mut halving = SimSettings::default();
    halving.set(SimParam::Halving, 1.0);
    let text = summary(&run(&Scenario::default(), &halving));
    assert!(text.starts_with("With the halving, "), "{text}");
}

#[test]
fn the_start_is_explained_with_numbers_a_reader_can_check() {
    let lines = start_explained(&default_run());
    assert_eq!(
        lines[0],
        "At the start one PH/s earns $30.31 a day: 144 blocks x 3.142 BTC (subsidy and fees) x \
         $67,000 / 1,000,000 PH/s, the hash rate the difficulty expects."
    );
    assert!(lines[1].contains(
        "S19 Pro on median power (29.5 J/TH x 24 h x $0.045/kWh = $31.86, \u{b1}20%: 3 of its 5 \
         bands)"
    ));
    assert!(
        lines[1].ends_with("That is 258.5 of 1,000 EH/s."),
        "{}",
        lines[1]
    );
}

#[test]
fn the_start_explained_adds_up_to_what_the_run_switches_off() {
    // At $50,000 the dear-power bands of the new machines cost more than the hashprice too; they
    // arrive later, so the start's total leaves them out. What switches off at the start is the
    // fleet minus what the first segment runs.
    let at_50k = Scenario::default().with(&[(Param::Price, 50_000.0)]);
    let r = run(&at_50k, &SimSettings::default());
    let off = r.start_ehs - r.segments[0].total_ehs();
    let lines = start_explained(&r);
    let want = format!("That is {} of 1,000 EH/s.", format::number(off, 1));
    assert!(lines[1].ends_with(&want), "{} / {want}", lines[1]);
    assert!(want.contains("492.2"), "{want}");
}

#[test]
fn headline_figures() {
    let h = headline(&default_run());
    assert!((h.first_retarget_pct + 25.85).abs() < 1e-9);
    assert_eq!(h.hashrate_start_ehs, 1000.0);
    assert!((h.hhi_before - 1956.5).abs() < 1e-6);
    // At $50,000 the survivors lean to cheap power: more than its 35% of the installed fleet.
    let r = run(
        &Scenario::default().with(&[(Param::Price, 50_000.0)]),
        &SimSettings::default(),
    );
    let h = headline(&r);
    assert!(h.survivors_cheap_power_pct > 40.0, "{h:?}");
    assert!(h.hhi_after > h.hhi_before);
    assert!((h.hashrate_end_ehs - r.end_ehs).abs() < 1e-12);
}

#[test]
fn the_prediction_is_answered_from_the_run() {
    let a = first_retarget_answer(&default_run()).expect("an answer");
    // -25.85% is "more than 25%".
    assert_eq!(a.correct, 3);
    assert!(a
        .text
        .starts_with("-25.85%: the epoch's blocks came every 13.49 minutes"));
    let mut rise = SimSettings::default();
    // The price doubled in week 3, in the second epoch: machines come back and new ones arrive
    // against the difficulty the first epoch's fall left, so blocks come faster and it rises.
    rise.set(SimParam::OldShare, 0.0);
    rise.set(SimParam::PriceMove, 100.0);
    rise.set(SimParam::PriceWeek, 3.0);
    let a = first_retarget_answer(&run(&Scenario::default(), &rise)).expect("an answer");
    assert!(a.value > 0.0, "{a:?}");
    assert_eq!(FIRST_RETARGET.choices[a.correct].label, "It rises or stays");
}

#[test]
fn every_chart_has_its_table() {
    let r = default_run();
    assert_eq!(cohort_table(&r).rows.len(), EPOCHS);
    let d = difficulty_table(&r);
    assert_eq!(d.rows.len(), EPOCHS);
    assert_eq!(d.rows[0][5], "-25.85%");
    assert_eq!(d.rows[0][3], "139.70");
    assert_eq!(hashprice_table(&r).rows.len(), r.segments.len());
    let s = survivors_table(&r);
    assert_eq!(s.rows.len(), 6);
    assert!(s.rows[0][1].starts_with("off since epoch 1; bill $56.45\u{2013}84.67"));
    let c = countries_table(&r);
    assert_eq!(
        c.rows[0],
        vec!["United States", "38.5%", c.rows[0][2].as_str()]
    );
    let chart = cohort_chart(&r);
    assert_eq!(chart.labels.len(), 6);
    assert!(chart.y_max_ehs >= 1000.0);
    assert!(hashprice_chart(&r)
        .bills
        .iter()
        .any(|b| b.0 == "S19 Pro bill"));
    assert_eq!(difficulty_chart(&r).epochs.len(), EPOCHS);
}

#[test]
fn events_are_marked_in_time_order() {
    let storm = SIM_PRESETS[2].apply(&SimSettings::default());
    let marks = event_marks(&run(&Scenario::default(), &storm));
    let labels: Vec<&str> = marks.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["storm -11%", "price -10%"]);
    assert_eq!(marks[1].day, 7.0);
}

#[test]
fn the_fleet_is_described_as_set() {
    let lines = fleet_text(&default_run());
    assert_eq!(
        lines[0],
        "Machines: 10% S9 (98 J/TH), 20% S19 Pro (29.5 J/TH), 25% S19 XP (21.5 J/TH), 26% S21 \
         (17.5 J/TH), 19% S21 XP (13.5 J/TH), 28.2 J/TH on average."
    );
    assert!(lines[1].starts_with(
        "Power: 35% on cheap power ($0.03/kWh: United States, Ethiopia, Kazakhstan, Norway); \
         30% on median power ($0.045/kWh"
    ));
    assert!(lines[2].starts_with("New machines: 10 EH/s per epoch"));
}

#[test]
fn the_headline_stats_carry_the_hooks() {
    let r = default_run();
    let stats = headline_stats(&r);
    let ids: Vec<&str> = stats.iter().map(|s| s.id).collect();
    for hook in [
        "sim-first-retarget-pct",
        "sim-hashrate-start-ehs",
        "sim-hashrate-end-ehs",
        "sim-survivors-cheap-power-pct",
    ] {
        assert!(ids.contains(&hook), "{hook}");
    }
    // -25.85% computes as -25.849999…: one decimal shows -25.8%.
    assert_eq!(stats[0].shown, "-25.8%");
    assert!((stats[0].value + 25.85).abs() < 1e-9);
    assert_eq!(stats[1].shown, "1,000 EH/s");
    assert_eq!(
        stats[5].shown,
        format!(
            "1,957 \u{2192} {}",
            crate::model::format::number(headline(&r).hhi_after, 0)
        )
    );
}
