use super::*;
use crate::data::blocks::GENESIS;
use crate::model::hash::Hash256;
use crate::model::header::BlockHeader;
use crate::model::search::{Hit, SearchReport};
use crate::model::session::{BatchDone, WARMUP_MS};

fn genesis() -> BlockHeader {
    BlockHeader::parse_hex(GENESIS.header_hex).expect("genesis parses")
}

/// The prices of laptop.rs's own test: 67,000 USD, 0.045 USD/kWh, 3.125 + 0.017 BTC a block.
fn scenario() -> Scenario {
    Scenario {
        price_usd: 67_000.0,
        kwh_usd: 0.045,
        subsidy_btc: 3.125,
        fees_btc: 0.017,
        ..Scenario::default()
    }
}

#[test]
fn workers_offered_follow_the_browser_within_1_to_32() {
    assert_eq!(workers_offered(8.0), 8);
    // Not a whole number (no browser says so, but the API is a double): cut to 3.
    assert_eq!(workers_offered(3.9), 3);
    assert_eq!(workers_offered(64.0), MAX_PAGE_WORKERS);
    assert_eq!(MAX_PAGE_WORKERS, 32);
    for nothing in [0.0, 0.5, -4.0, f64::NAN, f64::INFINITY] {
        assert_eq!(workers_offered(nothing), 1, "{nothing}");
    }
}

#[test]
fn the_workers_select_reads_within_range_or_keeps_the_choice() {
    assert_eq!(read_workers("4", 2, 8), 4);
    assert_eq!(read_workers(" 12 ", 2, 8), 8, "clamped to the offer");
    assert_eq!(read_workers("0", 2, 8), 1);
    assert_eq!(read_workers("many", 3, 8), 3);
    assert_eq!(read_workers("-1", 3, 8), 3, "not a whole number");
    assert_eq!(read_workers("", 3, 8), 3);
    assert_eq!(
        read_workers("5", 5, 0),
        1,
        "a bad maximum still gives one worker"
    );
}

#[test]
fn clock_milliseconds_become_header_seconds() {
    assert_eq!(unix_seconds(1_700_000_000_999.0), 1_700_000_000);
    assert_eq!(unix_seconds(999.0), 0);
    assert_eq!(unix_seconds(-5_000.0), 0);
    assert_eq!(unix_seconds(f64::NAN), 0);
    assert_eq!(unix_seconds(1e14), u32::MAX, "past 2106");
}

#[test]
fn the_difficulty_reads_in_words() {
    // 148.26 T = 148.26e12.
    assert_eq!(network_difficulty(), 148.26e12);
    // 2^20 = 1,048,576 hashes per hit; 2^1 = 2.
    assert_eq!(
        bits_value_text(20),
        "20 zero bits, about 1,048,576 hashes per hit"
    );
    assert_eq!(bits_value_text(1), "1 zero bits, about 2 hashes per hit");
    assert_eq!(run_state_text(RunState::Stopped), "Stopped");
    assert_eq!(run_state_text(RunState::Running), "Mining\u{2026}");
}

fn live(hs: f64) -> Rate {
    Rate { hs, live: true }
}

fn last(hs: f64) -> Rate {
    Rate { hs, live: false }
}

#[test]
fn a_stopped_session_shows_zero_and_dashes() {
    let s = Session::new(genesis(), 20);
    let live = live_view(&s, 1);
    assert_eq!(live.rate_data, "0");
    assert_eq!(live.rate_text, "0 H/s");
    assert_eq!(live.workers_text, "1 worker, averaged over 2 s");
    assert_eq!(
        (live.tried_data.as_str(), live.tried_text.as_str()),
        ("0", "0")
    );
    assert_eq!(live.expected_text, "\u{2014}");
    assert_eq!(live.expected_note, "2²⁰ hashes / your rate");
    assert_eq!(live.best, None);
}

#[test]
fn a_running_session_shows_its_rate_progress_and_best() {
    let mut s = Session::new(genesis(), 20);
    s.start(4, 0.0);
    // A hash with bytes 31 and 30 = 0x00, 0x0f: 8 + 4 = 12 leading zero bits.
    let mut bytes = [0xff; 32];
    bytes[31] = 0x00;
    bytes[30] = 0x0f;
    let best = Hit {
        nonce: 7,
        hash: Hash256(bytes),
    };
    let mut done = BatchDone {
        job: s.job(),
        header: genesis(),
        zero_bits: 20,
        start: 0,
        report: SearchReport {
            tried: 100_000,
            hits: vec![],
            best: Some(best),
        },
        elapsed_ms: 25.0,
    };
    assert_eq!(live_view(&s, 4).rate_text, "warming up\u{2026}");
    // 100,000 hashes every 25 ms after warm-up = 4,000,000 H/s.
    for i in 0..40 {
        done.job = s.job();
        s.on_done(0, &done, WARMUP_MS + 25.0 * f64::from(i));
    }
    let live = live_view(&s, 4);
    assert_eq!(live.rate_text, "4.00 MH/s");
    assert_eq!(live.rate_data, "4000000");
    assert_eq!(live.workers_text, "4 workers, averaged over 2 s");
    // 40 results of 100,000 hashes.
    assert_eq!(live.tried_data, "4000000");
    assert_eq!(live.tried_text, "4,000,000");
    // 2^20 / 4e6 H/s = 0.262144 s = 262 ms.
    assert_eq!(live.expected_text, "262 ms");
    let (hex, note) = live.best.expect("a best hash");
    assert!(
        hex.starts_with("000fff"),
        "display order: byte 31 first, {hex}"
    );
    assert_eq!(note, "12 leading zero bits, nonce 7");
}

#[test]
fn a_found_block_says_how_long_it_took_and_would_take() {
    let found = FoundBlock {
        header: BlockHeader {
            nonce: 12,
            ..genesis()
        },
        hash: Hash256([0; 32]),
        zero_bits: 20,
        found_at_ms: 4_000.0,
        took_ms: 3_200.0,
    };
    // 3,200 ms = 3.20 seconds; 2^20 / 4e6 = 0.262144 s = 262 ms.
    assert_eq!(
        found_note(&found, Some(4e6)),
        "nonce 12 · 20 zero bits · took 3.20 seconds · expected 262 ms"
    );
    assert_eq!(
        found_note(&found, None),
        "nonce 12 · 20 zero bits · took 3.20 seconds · expected \u{2014}"
    );
}

#[test]
fn the_prediction_uses_the_measured_rate_or_the_reference_cpu() {
    // 148.26e12 * 2^32 / 4e6 H/s / 31,557,600 s a year = 5.0445e9 years.
    let measured = laptop_block_answer(Some(live(4e6))).expect("an answer");
    assert!(
        (measured.value - 5.044_5e9).abs() < 1e6,
        "{}",
        measured.value
    );
    assert_eq!(
        laptop_block_answer(None).map(|a| a.correct),
        laptop_block(0.0, 148.26e12).map(|a| a.correct),
        "unmeasured: the reference CPU"
    );
    assert_eq!(
        laptop_block_answer(None).map(|a| a.value),
        laptop_block(0.0, 148.26e12).map(|a| a.value),
    );
    // Stop keeps the last measured rate, so the answer does not change.
    assert_eq!(laptop_block_answer(Some(last(4e6))), Some(measured.clone()));
    // 5.0445e9 / 13.8e9 = 0.3655: about 37%.
    assert!(
        measured
            .text
            .ends_with("That is about 37% of the age of the universe."),
        "{}",
        measured.text
    );
}

#[test]
fn a_4_mhs_15_w_laptop_against_the_industry() {
    let v = compare_view(Some(live(4e6)), "15", &scenario());
    assert_eq!(v.hint, "");
    // The scenario's 1,000 EH/s = 1e21 H/s, the economics section's base; the measured 7-day
    // average (1,024 EH/s, 2026-01-12) beside it.
    assert_eq!(v.network_rate, "1.00 ZH/s");
    assert_eq!(
        v.network_note,
        "scenario; the 7-day average was 1,024 EH/s on 2026-01-12"
    );
    // 4e6 / 1e21 = 4e-15, about 4 in 10^15.
    assert_eq!(v.share_text, "about 4 in a thousand trillion");
    assert!((v.share_data.parse::<f64>().unwrap() - 4e-15).abs() < 1e-27);
    assert_eq!(v.asic_label, "One Antminer S21 XP (2024-25)");
    assert_eq!(v.asic_source_id, "bitmain-spec");
    // 270 TH/s; 270e12 / 4e6 = 67,500,000 laptops.
    assert_eq!(v.asic_rate, "270 TH/s");
    assert_eq!(v.devices_text, "as fast as 67,500,000 devices like yours");
    // 148.26e12 * 2^32 / 4e6 / 31,557,600 = 5.0445e9 years = 5.04 billion; / 13.8e9 = 37%.
    assert_eq!(v.years_text, "5.04 billion years");
    assert_eq!(v.years_scale, "about 37% of the age of the universe");
    assert!((v.years_data.parse::<f64>().unwrap() - 5.044_5e9).abs() < 1e6);
    assert_eq!(
        v.years_note,
        "difficulty 148.26 T (2026-01-08) \u{00d7} 2³² / your rate"
    );
    assert!(!v.power_error);
    assert!(v
        .power_note
        .starts_with("Our estimate: a laptop's processor draws roughly 15 W"));
    // 15 W / 4e6 H/s = 3.75e-6 J/H = 3,750,000 J/TH; / 13.5 = 277,778 times the ASIC's.
    assert_eq!(v.efficiency_data, "3750000");
    assert_eq!(v.efficiency_text, "3,750,000 J/TH");
    assert_eq!(
        v.efficiency_note,
        "the Antminer S21 XP needs 13.5 J/TH: you spend 277,778\u{00d7} the energy per hash"
    );
    // 4e-15 * 144 blocks * 3.142 BTC * 67,000 USD = 1.213e-7 USD a day = 1.213e-5 cents.
    assert_eq!(v.earnings_text, "about a hundred-thousandth of a cent");
    assert_eq!(v.earnings_note, "at $67,000 per bitcoin (scenario)");
    // 15 W * 24 h = 0.36 kWh * 0.045 USD = 0.0162 USD a day; 15 W reads "15.0" (3 figures).
    assert_eq!(v.electricity_text, "$0.0162");
    assert_eq!(
        v.electricity_note,
        "15.0 W around the clock at $0.0450 per kWh (scenario)"
    );
}

#[test]
fn unmeasured_the_ratios_are_dashes_and_the_power_note_explains() {
    for rate in [None, Some(live(0.0)), Some(last(0.0))] {
        let v = compare_view(rate, "15", &scenario());
        assert_eq!(v.hint, " (start mining to measure your rate)");
        assert_eq!(
            (v.share_data.as_str(), v.share_text.as_str()),
            ("0", "\u{2014}")
        );
        assert_eq!(v.devices_text, "\u{2014}");
        assert_eq!(
            (v.years_data.as_str(), v.years_text.as_str()),
            ("0", "\u{2014}")
        );
        assert_eq!(v.efficiency_text, "\u{2014}");
        assert_eq!(v.years_scale, "");
        assert_eq!(
            v.efficiency_note,
            "the Antminer S21 XP needs 13.5 J/TH\u{2014}"
        );
        assert_eq!(v.earnings_text, "\u{2014}");
        // The electricity bill needs no rate: 0.0162 USD a day as above.
        assert_eq!(v.electricity_text, "$0.0162");
    }
    // 99,999 W is above the 5,000 W the field accepts.
    let v = compare_view(Some(live(4e6)), "99999", &scenario());
    assert!(v.power_error);
    assert_eq!(v.power_note, "power must be 0.5 to 5000 W; using 5000 W");
    // 5,000 W * 24 h = 120 kWh * 0.045 = 5.40 USD a day.
    assert_eq!(v.electricity_text, "$5.40");
}

#[test]
fn citations_are_numbered_from_one() {
    let id = DIFFICULTY_T.source.id;
    let n: usize = crate::data::citation_mark(id)
        .parse()
        .expect("a listed source");
    assert_eq!(Some(n - 1), crate::data::source_index(id));
    assert_eq!(crate::data::citation_mark("no-such-source"), "?");
}

#[test]
fn after_stop_the_figures_stay_as_last_measured() {
    let mut s = Session::new(genesis(), 20);
    s.start(4, 0.0);
    let mut done = BatchDone {
        job: s.job(),
        header: genesis(),
        zero_bits: 20,
        start: 0,
        report: SearchReport {
            tried: 100_000,
            hits: vec![],
            best: None,
        },
        elapsed_ms: 25.0,
    };
    // 100,000 hashes every 25 ms after warm-up = 4,000,000 H/s.
    for i in 0..40 {
        done.job = s.job();
        s.on_done(0, &done, WARMUP_MS + 25.0 * f64::from(i));
    }
    s.stop();
    let v = live_view(&s, 4);
    assert_eq!(v.rate_text, "4.00 MH/s");
    assert_eq!(v.rate_data, "4000000");
    assert_eq!(
        v.workers_text,
        "last measured (4 workers); Start measures again"
    );
    // 2^20 / 4e6 H/s = 262 ms.
    assert_eq!(v.expected_text, "262 ms");
    assert_eq!(v.expected_note, "2²⁰ hashes / your last measured rate");
    let kept = s.shown_rate();
    let c = compare_view(kept, "15", &scenario());
    assert_eq!(c.hint, " (at your last measured rate)");
    assert_eq!(c.share_text, "about 4 in a thousand trillion");
    assert_eq!(
        found_hint(20, kept),
        "None yet. At 20 zero bits and your last measured rate of 4.00 MH/s, expect one about \
         every 262 ms on average."
    );
}

#[test]
fn the_hint_before_a_block_is_computed_not_promised() {
    // The reference CPU of the hardware data hashes at 22 MH/s: 2^20 / 22e6 = 47.7 ms.
    let (name, _) = reference_cpu().expect("a CPU in the hardware data");
    assert_eq!(
        found_hint(20, None),
        format!(
            "None yet. Press Start. At 20 zero bits, a {name} hashing at 22.0 MH/s would find one \
             about every 47.7 ms on average; yours shows once measured."
        )
    );
    // 2^20 / 4e6 = 262 ms.
    assert_eq!(
        found_hint(20, Some(live(4e6))),
        "None yet. At 20 zero bits and your rate of 4.00 MH/s, expect one about every 262 ms on \
         average."
    );
    // 20 = 5 hex digits of 4 bits; 2^21 = 2,097,152.
    assert_eq!(
        bits_explained(20),
        "20 zero bits = 5 zero hex digits at the start of the hash (one hex digit is 4 bits). \
         Each extra bit doubles the work: 21 bits take about 2,097,152 hashes."
    );
    // 22 = 5 hex digits and 2 bits; 2^23 = 8,388,608.
    assert_eq!(
        bits_explained(22),
        "22 zero bits = 5 zero hex digits and 2 more zero bits at the start of the hash (one hex \
         digit is 4 bits). Each extra bit doubles the work: 23 bits take about 8,388,608 hashes."
    );
}

#[test]
fn the_found_title_counts_every_block() {
    let mut s = Session::new(genesis(), 1);
    assert_eq!(found_title(&s), "Blocks you found (0)");
    let batches = s.start(1, 0.0);
    // At 1 zero bit about half of 4,096 nonces hit: far more than the 50 kept.
    let b = &batches[0].1;
    let report = crate::model::search::search(
        &crate::model::search::Midstate::new(&b.header),
        &crate::model::target::Target::from_leading_zero_bits(1),
        b.start,
        b.count,
    );
    let hits = report.hits.len();
    let done = BatchDone {
        job: b.job,
        header: b.header,
        zero_bits: 1,
        start: b.start,
        report,
        elapsed_ms: 10.0,
    };
    s.on_done(0, &done, 20.0);
    assert_eq!(
        found_title(&s),
        format!(
            "Blocks you found ({}; the latest 50 shown)",
            crate::model::format::number(hits as f64, 0)
        )
    );
}
