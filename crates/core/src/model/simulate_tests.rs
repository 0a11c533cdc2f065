//! Tests of `simulate.rs` against numbers computed by hand.

use super::*;
use crate::model::scenario::{NoteKind, Param};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

/// A run where every cohort pays from the start: price $200,000, no old machines. At 1,000
/// EH/s the hashprice is 144 x 3.142 x 200,000 / 10^6 = $90.49 per PH/s per day, above the
/// dearest bill left, the S19 Pro on $0.060/kWh: 29.5 x 24 x 0.06 = $42.48.
fn all_pay() -> (Scenario, SimSettings) {
    let sc = Scenario::default().with(&[(Param::Price, 200_000.0)]);
    let mut st = SimSettings::default();
    st.set(SimParam::OldShare, 0.0);
    st.set(SimParam::Arrivals, 0.0);
    (sc, st)
}

#[test]
fn an_epoch_of_13_9_minute_blocks_retargets_about_minus_28_percent() {
    // 13.9 min = 834 s; timespan 2,016 x 834 = 1,681,344 s; 1,209,600 / 1,681,344 = 0.71942:
    // -28.06%, against the -27.94% of 2021-07-03.
    let (next, clamped) = retarget(1000.0, 2016.0 * 834.0);
    assert!(close(next, 719.424, 0.001), "{next}");
    assert!(!clamped);
    // 11.26 min = 675.6 s: 1,209,600 / 1,362,009.6 = 0.88810: -11.19%, against -11.16%.
    let (next, _) = retarget(1000.0, 2016.0 * 675.6);
    assert!(close(next, 888.099, 0.001), "{next}");
}

#[test]
fn the_retarget_is_clamped_at_four_times_and_a_quarter() {
    let target = 1_209_600.0;
    assert_eq!(target_timespan_s(), target);
    // Ten times too slow: only a quarter of the difficulty goes.
    assert_eq!(retarget(1000.0, target * 10.0), (250.0, true));
    assert_eq!(retarget(1000.0, target * 4.0), (250.0, false));
    // Ten times too fast: four times the difficulty, no more.
    assert_eq!(retarget(1000.0, target / 10.0), (4000.0, true));
    assert_eq!(retarget(1000.0, target / 4.0), (4000.0, false));
    assert_eq!(retarget(1000.0, target), (1000.0, false));
    assert_eq!(retarget(1000.0, f64::INFINITY), (250.0, true));
    assert_eq!(retarget(1000.0, f64::NAN), (250.0, true));
}

#[test]
fn the_halving_height_and_subsidy() {
    assert_eq!(subsidy_btc_at(0), 50.0);
    assert_eq!(subsidy_btc_at(840_000), 3.125);
    assert_eq!(subsidy_btc_at(1_049_999), 3.125);
    assert_eq!(subsidy_btc_at(HALVING_HEIGHT), 1.5625);
    assert_eq!(subsidy_btc_at(1_260_000), 0.781_25);
    // 33 halvings leave 5,000,000,000 >> 33 = 0 satoshi; 64 and more: 0 too.
    assert_eq!(subsidy_btc_at(210_000 * 33), 0.0);
    assert_eq!(subsidy_btc_at(u64::MAX), 0.0);
    // The halving's epoch: 520 x 2,016 = 1,048,320 <= 1,050,000 < 521 x 2,016 = 1,050,336.
    assert_eq!(HALVING_START_HEIGHT + 3 * 2016, 1_048_320);
    assert_eq!(START_HEIGHT % 2016, 0);
}

#[test]
fn difficulty_follows_the_expected_hash_rate() {
    // 10^21 H/s x 600 s / 2^32 = 1.39698 x 10^14 = 139.70 T.
    assert!(close(difficulty_t(1000.0), 139.698, 0.001));
}

#[test]
fn a_cohort_switches_off_exactly_at_its_break_even_price() {
    // The S21 XP on cheap power: 13.5 J/TH x 24 h x $0.030 = $9.72 per PH/s per day. With a
    // reward of 3.125 + 0.017 = 3.142 BTC and 1,000 EH/s, a dollar of price earns 144 x 3.142 /
    // 10^6 = $0.000452448 per PH/s per day: break-even at 9.72 / 0.000452448 = $21,483.13.
    let fleet = build_fleet(&Scenario::default(), &SimSettings::default());
    let c = fleet
        .iter()
        .find(|c| c.machine == 4 && c.tier == 0 && c.band == 2)
        .copied()
        .expect("S21 XP on cheap power");
    assert!(close(c.cost_per_ph_day, 9.72, 1e-9));
    let price = c.breakeven_price_usd(3.125 + 0.017, 1000.0);
    assert!(close(price, 21_483.13, 0.01), "{price}");

    let mut on = c;
    on.decide(9.72, 0, false);
    assert!(on.running(), "runs at break-even");
    on.decide(9.72 * (1.0 - 1e-9), 1, false);
    assert!(!on.running(), "off just below");
    assert_eq!(on.off_since, Some(1));
    on.decide(9.72 * 1.05, 1, false);
    assert!(!on.running(), "comes back only at an epoch's start");
    on.decide(9.72, 2, true);
    assert!(!on.running(), "stays off at break-even: the hysteresis");
    on.decide(9.72 * 1.05, 3, true);
    assert_eq!(
        (on.on, on.off_since),
        (0.25, None),
        "a quarter back at 5% above"
    );
    for (epoch, want) in [(4, 0.5), (5, 0.75), (6, 1.0), (7, 1.0)] {
        on.decide(9.72 * 1.05, epoch, true);
        assert_eq!(on.on, want);
    }

    // And in a run: at the break-even price the cohort runs in the first segment, with the two
    // cheaper bands of its tier (3/5 of 1,000 EH/s x 19% x 35% = 39.9 EH/s); just below it is
    // off and the two others run (26.6 EH/s). Nothing else pays at that price: the cheapest
    // other bill is the S21 on cheap power's first band, 17.5 x 24 x 0.024 = $10.08.
    let first_s21xp = |p: f64| {
        let sc = Scenario::default().with(&[(Param::Price, p)]);
        let r = run(&sc, &SimSettings::default());
        r.segments[0].running_ehs[4]
    };
    assert!(close(first_s21xp(price * (1.0 + 1e-12)), 39.9, 1e-9));
    assert!(close(first_s21xp(price * (1.0 - 1e-9)), 26.6, 1e-9));
}

#[test]
fn with_no_event_and_no_arrivals_the_state_does_not_move() {
    let (sc, st) = all_pay();
    let r = run(&sc, &st);
    assert_eq!(r.epochs.len(), EPOCHS);
    assert!(!r.stalled);
    assert_eq!(r.first_event_day, None);
    for e in &r.epochs {
        assert!(close(e.mean_block_s, 600.0, 1e-6), "{e:?}");
        assert!(close(e.retarget_pct, 0.0, 1e-9), "{e:?}");
        assert!(close(e.expected_ehs, 1000.0, 1e-6));
    }
    assert!(r
        .segments
        .iter()
        .all(|s| close(s.total_ehs(), 1000.0, 1e-9)));
    assert!(close(r.end_ehs, r.start_ehs, 1e-9));
    // 26 epochs of 14 days.
    assert!(close(r.epochs[25].end_day, 26.0 * 14.0, 1e-6));
}

#[test]
fn a_storm_slows_blocks_and_the_retarget_answers() {
    // Half the hash rate off for the first 7 days: 7 days at half speed mine 7 x 144 / 2 = 504
    // blocks; the other 1,512 take 1,512 x 600 s = 10.5 days. 17.5 days = 1,512,000 s, and
    // 1,209,600 / 1,512,000 = 0.8: -20%.
    let (sc, mut st) = all_pay();
    st.set(SimParam::StormShare, 50.0);
    st.set(SimParam::StormDay, 0.0);
    st.set(SimParam::StormDays, 7.0);
    let r = run(&sc, &st);
    assert!(close(r.epochs[0].end_day, 17.5, 1e-6), "{:?}", r.epochs[0]);
    assert!(close(r.epochs[0].retarget_pct, -20.0, 1e-6));
    assert_eq!(r.first_event_day, Some(0.0));
    assert!(close(
        r.first_retarget_after_event()
            .map_or(0.0, |e| e.retarget_pct),
        -20.0,
        1e-6
    ));
    // Back at full strength against a 20% lower difficulty: blocks every 480 s, +25%.
    assert!(close(r.epochs[1].mean_block_s, 480.0, 1e-6));
    assert!(close(r.epochs[1].retarget_pct, 25.0, 1e-6));
}

#[test]
fn the_default_run_at_the_articles_inputs() {
    // At $67,000: hashprice 144 x 3.142 x 67,000 / 10^6 = $30.31 per PH/s per day. Each tier's
    // five bands pay 0.8, 0.9, 1, 1.1 and 1.2 x its power price. Off at once, with a bill above
    // $30.31: every S9 (10%); the S19 Pro on median power's top three bands ($31.86 x 1, 1.1,
    // 1.2) and on all of dear power ($42.48 x 0.8 = $33.98 and up): 20% x (30% x 3/5 + 35%) =
    // 10.6%; the S19 XP on dear power's top three bands ($30.96 and up): 25% x 35% x 3/5 =
    // 5.25%. The S21 on dear power's top band, $25.20 x 1.2 = $30.24, still pays. In all 25.85%
    // of 1,000 EH/s: blocks come every 600 x 1,000 / 741.5 = 809.17 s, and the first retarget
    // is -25.85%.
    let r = run(&Scenario::default(), &SimSettings::default());
    assert!(close(r.segments[0].hashprice, 30.314016, 1e-9));
    assert!(close(r.segments[0].total_ehs(), 741.5, 1e-9));
    assert!(close(r.epochs[0].mean_block_s, 809.170_600, 1e-5));
    assert!(close(r.epochs[0].retarget_pct, -25.85, 1e-9));
    // Then the hashprice is 30.314 x 1,000 / 741.5 = $40.88. A quarter comes back of every band
    // whose bill is 5% below that: the three S19 Pro bands on median power (60 EH/s x 3/5 x 1/4
    // = 9), two on dear power ($33.98 and $38.23; 70 x 2/5 x 1/4 = 7) and the three S19 XP
    // bands on dear power (87.5 x 3/5 x 1/4 = 13.125); with 10 EH/s of new machines, 780.625.
    let s = &r.segments[1];
    assert!(close(s.hashprice, 40.882, 0.001), "{}", s.hashprice);
    assert!(close(s.total_ehs(), 780.625, 1e-9), "{}", s.total_ehs());
    assert!(r
        .cohorts
        .iter()
        .filter(|c| c.machine == 0)
        .all(|c| !c.running()));
}

#[test]
fn the_halving_halves_the_subsidy_at_its_block() {
    let (sc, mut st) = all_pay();
    st.set(SimParam::Halving, 1.0);
    let r = run(&sc, &st);
    assert_eq!(r.start_height, HALVING_START_HEIGHT);
    assert_eq!(r.epochs[3].start_height, 1_048_320);
    // 1,680 blocks into the fourth epoch at 600 s: day 3 x 14 + 1,680 / 144 = 53.667.
    let day = r.halving_day.expect("the run reaches the halving");
    assert!(close(day, 42.0 + 1680.0 / 144.0, 1e-6), "{day}");
    assert_eq!(r.first_event_day, Some(day));
    let before = r.segments.iter().find(|s| s.end_day <= day).unwrap();
    let after = r.segments.iter().find(|s| s.start_day >= day).unwrap();
    // (1.5625 + 0.017) / (3.125 + 0.017) = 0.5027.
    assert!(close(
        after.hashprice / before.hashprice,
        (1.5625 + 0.017) / (3.125 + 0.017),
        1e-9
    ));
}

#[test]
fn survivors_concentrate_where_power_is_cheap() {
    let fleet = build_fleet(&Scenario::default(), &SimSettings::default());
    // US 0.35 x 0.7 + 0.35 x 0.4 = 38.5%, Russia 13.5, China 14.5, Canada 6, Paraguay 3,
    // Ethiopia, Kazakhstan and Norway 3.5 each, the rest spread thin:
    // 1,482.25 + 182.25 + 210.25 + 36 + 9 + 3 x 12.25 = 1,956.5.
    assert!(close(
        country_hhi(&fleet, |c| c.installed_ehs),
        1956.5,
        1e-6
    ));
    let r = run(
        &Scenario::default().with(&[(Param::Price, 50_000.0)]),
        &SimSettings::default(),
    );
    let after = country_hhi(&r.cohorts, Cohort::running_ehs);
    assert!(after > 1956.5, "{after}");
}

#[test]
fn the_sliders_reshape_the_fleet() {
    let sc = Scenario::default();
    let mut st = SimSettings::default();
    st.set(SimParam::OldShare, 0.0);
    st.set(SimParam::CheapShare, 50.0);
    let fleet = build_fleet(&sc, &st);
    let total: f64 = fleet.iter().map(|c| c.installed_ehs).sum();
    assert!(close(total, 1000.0, 1e-9));
    let s9: f64 = fleet
        .iter()
        .filter(|c| c.machine == 0)
        .map(|c| c.installed_ehs)
        .sum();
    assert_eq!(s9, 0.0);
    let cheap: f64 = fleet
        .iter()
        .filter(|c| c.tier == 0)
        .map(|c| c.installed_ehs)
        .sum();
    assert!(close(cheap, 500.0, 1e-9));
}

#[test]
fn url_keys_read_with_notes_and_write_back() {
    let (s, notes) = SimSettings::from_query(
        "?price=50000&sim_move=-25&sim_week=abc&SIM_STORM=500&sim_days=3.4&sim_halving=1",
    );
    assert_eq!(s.price_move_pct, -25.0);
    assert_eq!(s.price_week, 2.0);
    assert_eq!(s.storm_pct, 60.0);
    assert_eq!(s.storm_days, 3.0);
    assert!(s.with_halving());
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert_eq!(notes[0].key, "sim_week");
    assert_eq!(notes[0].kind, NoteKind::Defaulted);
    assert_eq!(
        notes[0].message,
        "Price change in week \u{201c}abc\u{201d} is not a number; using the default 2 weeks \
         from the start"
    );
    assert_eq!(notes[1].kind, NoteKind::Clamped { to: 60.0 });
    assert_eq!(
        notes[1].message,
        "Storm: hash rate switched off \u{201c}500\u{201d} is above the maximum 60%; using 60%"
    );
    assert_eq!(
        s.to_query(),
        "sim_move=-25&sim_storm=60&sim_days=3&sim_halving=1"
    );
    assert_eq!(SimSettings::from_query(&s.to_query()), (s, vec![]));
    assert_eq!(SimSettings::default().to_query(), "");
    assert_eq!(
        merge_into_query("?price=50000&sim_move=5&present=1", &s),
        "price=50000&present=1&sim_move=-25&sim_storm=60&sim_days=3&sim_halving=1"
    );
    let (_, notes) = SimSettings::from_query("sim_old=inf&sim_new=&sim_cheap=NaN");
    assert_eq!(notes.len(), 3);
    assert!(notes.iter().all(|n| n.kind == NoteKind::Defaulted));
}

#[test]
fn presets_set_the_timeline_and_keep_the_fleet() {
    let mut mine = SimSettings::default();
    mine.set(SimParam::OldShare, 20.0);
    let storm = SIM_PRESETS.iter().find(|p| p.id == "storm").unwrap();
    let s = storm.apply(&mine);
    assert_eq!(s.old_pct, 20.0);
    assert_eq!(s.storm_pct, 11.0);
    assert_eq!(s.price_move_pct, -10.0);
    assert!(storm.is_active(&s));
    let halving = SIM_PRESETS.iter().find(|p| p.id == "halving").unwrap();
    let h = halving.apply(&s);
    assert_eq!((h.storm_pct, h.halving), (0.0, 1.0));
    assert!(!storm.is_active(&h));
    assert_eq!(SIM_PRESETS[0].label(67_000.0), "Price stays at $67,000");
}

#[test]
fn extreme_inputs_never_panic_and_stay_finite() {
    for price in [1_000.0, 250_000.0] {
        for old in [0.0, 50.0] {
            let sc = Scenario::default().with(&[(Param::Price, price)]);
            let mut st = SimSettings::default();
            st.set(SimParam::OldShare, old);
            st.set(SimParam::StormShare, 60.0);
            st.set(SimParam::PriceMove, -80.0);
            st.set(SimParam::PriceWeek, 0.0);
            let r = run(&sc, &st);
            assert!(r.segments.iter().all(|s| s.hashprice.is_finite()));
            assert!(r.epochs.iter().all(|e| e.mean_block_s.is_finite()));
        }
    }
    // At $1,000 nothing pays: the chain stalls after the first segment, and says so.
    let r = run(
        &Scenario::default().with(&[(Param::Price, 1_000.0)]),
        &SimSettings::default(),
    );
    assert!(r.stalled);
    assert_eq!(r.end_ehs, 0.0);
}
