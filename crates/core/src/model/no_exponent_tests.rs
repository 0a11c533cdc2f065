//! Issue 13's "numbers a 16-year-old reads": no figure on the miner, economics or centralization
//! views is printed in exponent notation ("3.7e-15", "$1.12e-7"). Every string those views build
//! is collected (from the views' Debug output, so a new field is scanned without listing it) at
//! several scenarios and hash rates, from a thousandth of a hash a second to more than the whole
//! network, and searched for a number written as mantissa, "e", exponent.

use super::centralization_view::{
    coefficient_summary, efficiency_summary, geo_bars, geo_summary, geo_view, hardware_rows,
    pool_chart_summary, region_lines,
};
use super::concentration::{measure, ranked, snapshot_entities};
use super::econ_view::{
    cost_chart, cost_split, cost_summary, energy_per_day_text, epoch_label, generation_rows,
    generation_summary, margin_map, margin_summary, margin_text, percent, value_text,
};
use super::economics::outcome;
use super::history::coefficient_series;
use super::mine_view::{
    bits_explained, compare_view, found_hint, found_note, found_title, laptop_block_answer,
    live_view,
};
use super::predictions::mining_pays;
use super::scenario::{Param, Scenario, PRESETS};
use super::session::{BatchDone, Rate, Session, WARMUP_MS};
use crate::data::blocks::GENESIS;
use crate::data::geography::{GEO_PERIODS, REGIONS};
use crate::data::hardware::GENERATIONS;
use crate::data::network::HASHRATE_HISTORY;
use crate::model::header::BlockHeader;
use crate::model::search::{search, Midstate};
use crate::model::target::Target;

/// The string literals in a Debug rendering (`"..."`, with `\"` escapes), unescaped enough to
/// scan: the fields a view shows are its strings; its f64 fields are data, not text.
fn strings_in(debug: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current: Option<String> = None;
    let mut chars = debug.chars();
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (None, '"') => current = Some(String::new()),
            (Some(s), '\\') => {
                if let Some(next) = chars.next() {
                    s.push(next);
                }
            }
            (Some(_), '"') => found.extend(current.take()),
            (Some(s), c) => s.push(c),
            (None, _) => {}
        }
    }
    found
}

/// A word that is a number in exponent notation: digits (and a point), "e" or "E", an optional
/// sign, digits ("3.7e-15", "1e21", "$1.12e-7" once the "$" is split off).
fn is_exponent_number(word: &str) -> bool {
    let Some(at) = word.find(['e', 'E']) else {
        return false;
    };
    let (mantissa, rest) = (&word[..at], &word[at + 1..]);
    let exponent = rest.strip_prefix(['-', '+']).unwrap_or(rest);
    mantissa.chars().any(|c| c.is_ascii_digit())
        && mantissa.chars().all(|c| c.is_ascii_digit() || c == '.')
        && !exponent.is_empty()
        && exponent.chars().all(|c| c.is_ascii_digit())
}

/// Every exponent-notation number in `text`'s strings.
fn exponents_in(text: &str) -> Vec<String> {
    strings_in(text)
        .iter()
        .flat_map(|s| {
            s.split(|c: char| c.is_whitespace() || "$(),;:=~\u{00d7}".contains(c))
                .map(|w| w.trim_end_matches(['.', '%']))
                .filter(|w| is_exponent_number(w))
                .map(|w| format!("{w} in \u{201c}{s}\u{201d}"))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_scanner_finds_exponents_and_only_them() {
    let text = format!(
        "{:?}",
        ("share 3.7e-15", 1e-15, "about $1.12e-7.", "1E+21 H/s")
    );
    assert_eq!(
        exponents_in(&text),
        vec![
            "3.7e-15 in \u{201c}share 3.7e-15\u{201d}",
            "1.12e-7 in \u{201c}about $1.12e-7.\u{201d}",
            "1E+21 in \u{201c}1E+21 H/s\u{201d}",
        ]
    );
    // Words and hex hashes are not numbers in exponent notation; an f64 field is not text.
    let plain = format!(
        "{:?}",
        ("3 zero bits, e-mail", "000fe3ab", "the 1e", 3.7e-15)
    );
    assert_eq!(exponents_in(&plain), Vec::<String>::new());
}

fn genesis() -> BlockHeader {
    BlockHeader::parse_hex(GENESIS.header_hex).expect("genesis parses")
}

/// A session that measured `rate_hs` (100 results over 2.5 s after warm-up), found blocks at 1
/// zero bit, and was stopped: it shows the last measured rate.
fn measured_session(rate_hs: f64) -> Session {
    let mut s = Session::new(genesis(), 1);
    let batches = s.start(2, 0.0);
    let b = &batches[0].1;
    let report = search(
        &Midstate::new(&b.header),
        &Target::from_leading_zero_bits(1),
        b.start,
        b.count,
    );
    let mut done = BatchDone {
        job: b.job,
        header: b.header,
        zero_bits: 1,
        start: b.start,
        report,
        elapsed_ms: 25.0,
    };
    s.on_done(0, &done, 10.0);
    done.report.hits.clear();
    // rate_hs hashes a second = rate_hs / 40 every 25 ms (whole hashes, at least 1, at most the
    // 2^32 nonces a batch can hold).
    done.report.tried = (rate_hs / 40.0).clamp(1.0, 4_294_967_296.0) as u64;
    for i in 0..100 {
        done.job = s.job();
        s.on_done(0, &done, WARMUP_MS + 25.0 * f64::from(i));
    }
    s
}

#[test]
fn no_view_prints_a_number_in_exponent_notation() {
    let mut scenarios: Vec<Scenario> = PRESETS.iter().map(|p| p.scenario()).collect();
    for p in Param::ALL {
        let spec = p.spec();
        scenarios.push(Scenario::default().with(&[(p, spec.min)]));
        scenarios.push(Scenario::default().with(&[(p, spec.max)]));
    }
    let rates = [1e-3, 1.0, 950.0, 4e6, 3e9, 270e12, 1e21, 1e24];
    let mut texts: Vec<String> = Vec::new();
    let mut add = |text: String| texts.push(text);

    // The miner, at every rate and scenario, measured live and kept after Stop.
    for &rate_hs in &rates {
        for live in [true, false] {
            let rate = Some(Rate { hs: rate_hs, live });
            for s in &scenarios {
                add(format!("{:?}", compare_view(rate, "15", s)));
            }
            add(format!("{:?}", laptop_block_answer(rate)));
            add(format!("{:?}", found_hint(20, rate)));
            add(format!("{:?}", found_hint(32, rate)));
        }
        let session = measured_session(rate_hs);
        add(format!("{:?}", live_view(&session, 4)));
        add(format!("{:?}", found_title(&session)));
        for f in session.found() {
            add(format!("{:?}", found_note(f, Some(rate_hs))));
        }
    }
    add(format!(
        "{:?}",
        compare_view(None, "15", &Scenario::default())
    ));
    add(format!("{:?}", found_hint(20, None)));
    add(format!("{:?}", laptop_block_answer(None)));
    for bits in [1, 20, 32] {
        add(format!("{:?}", bits_explained(bits)));
    }

    // Economics, at every preset and every input at its bounds.
    for s in &scenarios {
        let o = outcome(s);
        add(format!("{:?}", margin_text(o.margin_usd_per_btc)));
        add(format!("{:?}", cost_split(&o).map(|c| percent(c.share))));
        add(format!("{:?}", energy_per_day_text(o.energy_kwh_per_day)));
        add(format!("{:?}", epoch_label(s.subsidy_btc)));
        let chart = cost_chart(s, &o);
        add(format!("{:?}", cost_summary(&chart)));
        add(format!("{:?}", super::econ_view::cost_table(&chart)));
        let map = margin_map(s, &o);
        add(format!("{:?}", margin_summary(&map, &o)));
        add(format!("{:?}", super::econ_view::margin_table(&map)));
        let rows = generation_rows(s);
        add(format!("{:?}", generation_summary(&rows, s)));
        add(format!("{:?}", super::econ_view::generation_table(&rows)));
        add(format!("{:?}", mining_pays(s)));
        for p in Param::ALL {
            add(format!("{:?}", value_text(p, s.get(p))));
        }
    }

    // Centralization, from its data.
    let entities = snapshot_entities();
    add(format!(
        "{:?}",
        pool_chart_summary(&ranked(&entities), &measure(&entities))
    ));
    add(format!("{:?}", coefficient_summary(&coefficient_series())));
    let bars = geo_bars(&GEO_PERIODS);
    add(format!("{:?}", geo_summary(&bars)));
    add(format!("{:?}", geo_view(&bars, &measure(&entities))));
    let hardware = hardware_rows(GENERATIONS, HASHRATE_HISTORY);
    add(format!("{:?}", hardware));
    add(format!("{:?}", efficiency_summary(&hardware)));
    add(format!(
        "{:?}",
        super::centralization_view::pool_table(&ranked(&entities))
    ));
    add(format!(
        "{:?}",
        super::centralization_view::coefficient_table(&coefficient_series())
    ));
    add(format!(
        "{:?}",
        super::centralization_view::geo_table(&bars)
    ));
    add(format!(
        "{:?}",
        super::centralization_view::efficiency_table(&hardware)
    ));
    for region in REGIONS {
        add(format!("{:?}", region_lines(region)));
    }

    let found: Vec<String> = texts.iter().flat_map(|t| exponents_in(t)).collect();
    assert!(texts.len() > 300, "scanned {} views", texts.len());
    assert_eq!(found, Vec::<String>::new(), "exponent notation on the page");
}
