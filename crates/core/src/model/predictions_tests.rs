use super::*;

fn covers_everything(q: &Question) {
    // Ranges are contiguous: each starts where the previous ends.
    for pair in q.choices.windows(2) {
        assert_eq!(pair[0].high, pair[1].low, "{}: a gap or overlap", q.id);
    }
}

#[test]
fn every_question_has_contiguous_choices() {
    for q in [POOLS_FOR_HALF, LAPTOP_BLOCK, MINING_PAYS] {
        assert!(q.choices.len() >= 3, "{}", q.id);
        covers_everything(&q);
    }
}

#[test]
fn a_value_falls_in_exactly_its_range() {
    let c = POOLS_FOR_HALF.choices;
    assert_eq!(choice_for(c, 1.0), Some(0));
    assert_eq!(choice_for(c, 3.0), Some(2));
    assert_eq!(choice_for(c, 5.0), Some(2));
    assert_eq!(choice_for(c, 6.0), Some(3));
    assert_eq!(choice_for(c, 400.0), Some(4));
    assert_eq!(choice_for(c, f64::NAN), None);
}

#[test]
fn three_pools_find_half_of_the_snapshot_blocks() {
    // Foundry USA 30.89 + AntPool 18.04 = 48.93 < 50; + F2Pool 11.13 = 60.06.
    let a = pools_for_half().expect("the snapshot has a majority");
    assert_eq!(a.value, 3.0);
    assert_eq!(a.correct, 2);
    // Together 60.06, printed to one decimal.
    assert_eq!(
        a.text,
        "3. In the last 30 days of the snapshot, Foundry USA, AntPool and F2Pool together found \
         60.1% of the blocks."
    );
}

#[test]
fn a_laptop_waits_by_its_own_rate() {
    // 100e12 x 2^32 / 4e6 H/s = 1.07374e17 s = 3.40248e9 years.
    let a = laptop_block(4e6, 100e12).expect("a rate");
    assert!((a.value - 3.402_48e9).abs() < 1e5, "{}", a.value);
    assert_eq!(a.correct, 4);
    assert!(a.text.contains("your browser measured"), "{}", a.text);
    // 1 x 2^32 / 1e9 H/s = 4.29 s: well under a year.
    assert_eq!(laptop_block(1e9, 1.0).unwrap().correct, 0);
}

#[test]
fn without_a_measurement_the_hardware_data_cpu_stands_in() {
    let (name, rate) = reference_cpu().expect("the data lists a CPU");
    assert_eq!(rate, 22e6);
    let a = laptop_block(0.0, 100e12).expect("a reference rate");
    let want = 100e12 * 4_294_967_296.0 / 22e6 / (365.25 * 86_400.0);
    assert!((a.value - want).abs() < 1e-6 * want);
    assert!(a.text.contains(name), "{}", a.text);
    // Read on paper too (the answer key): no "press" or "above".
    assert_eq!(
        a.text,
        "About 619 million years, at 22.0 MH/s, the rate of a CPU (Phenom II X6), until the \
         miner measures yours, at a difficulty of 100 trillion."
    );
    assert!(laptop_block(f64::NAN, 100e12).is_some());
    assert!(laptop_block(1e6, -1.0).is_none());
}

#[test]
fn the_margin_decides_whether_mining_pays() {
    let s = Scenario::default();
    let o = outcome(&s);
    let a = mining_pays(&s).expect("the default scenario");
    let want = o.margin_usd_per_btc / s.price_usd;
    assert_eq!(a.value, want);
    assert_eq!(Some(a.correct), choice_for(MINING_PAYS.choices, want));
    let expensive = Scenario {
        kwh_usd: 0.30,
        eff_j_per_th: 30.0,
        ..s
    };
    let loss = mining_pays(&expensive).unwrap();
    assert!(loss.value < 0.0);
    assert_eq!(loss.correct, 0);
    assert!(loss.text.starts_with("No"), "{}", loss.text);
}

#[test]
fn the_verdict_compares_the_pick_with_the_answer() {
    let a = Answer {
        value: 3.0,
        correct: 2,
        text: String::new(),
    };
    let c = POOLS_FOR_HALF.choices;
    let pick = |i| PredictState {
        picked: Some(i),
        revealed: true,
    };
    assert_eq!(verdict(pick(2), &a, c), "Your prediction was right.");
    assert!(verdict(pick(0), &a, c).contains("\u{201c}1\u{201d}"));
    assert!(verdict(pick(99), &a, c).starts_with("No prediction"));
    assert!(verdict(PredictState::default(), &a, c).starts_with("No prediction"));
}

#[test]
fn the_dated_difficulty_is_named_by_its_date_never_as_today() {
    // 148.26e12 x 2^32 / 22e6 H/s / 31,557,600 s = 9.17e8 years, of the data's difficulty.
    let dated = laptop_block(0.0, crate::data::network::DIFFICULTY_T.value * 1e12).unwrap();
    assert!(
        dated
            .text
            .ends_with("at the difficulty of 2026-01-08, 148 trillion."),
        "{}",
        dated.text
    );
    let other = laptop_block(4e6, 100e12).unwrap();
    assert!(
        other.text.ends_with("at a difficulty of 100 trillion."),
        "{}",
        other.text
    );
    assert!(!dated.text.contains("today") && !other.text.contains("today"));
}
