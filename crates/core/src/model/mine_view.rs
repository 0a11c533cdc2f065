//! What the miner section shows, as plain values and sentences: how many workers to offer and
//! which the reader chose, the live figures, the found blocks' notes, and the comparison with the
//! network and a modern ASIC (in units the reader knows: H/s, J/TH, W, USD a day, years). Pure, so
//! the components only render and the tests can check every figure the reader sees.

use super::format;
use super::laptop::{compare, modern_asic, read_power_w, Network};
use super::predictions::{laptop_block, reference_cpu, Answer};
use super::scenario::Scenario;
use super::session::{FoundBlock, Rate, RunState, Session};
use super::solo;
use super::target::expected_hashes;
use crate::data::format_figure;
use crate::data::network::{DIFFICULTY_T, HASHRATE_7D_EHS};

/// Shown where a figure cannot be computed yet (no rate measured).
const DASH: &str = "\u{2014}";

/// Most workers the page offers, whatever the browser reports: the select stays short, and past a
/// few dozen threads the page's one thread feeding them is the limit.
pub const MAX_PAGE_WORKERS: usize = 32;

/// How many workers to offer, from the browser's `navigator.hardwareConcurrency` (`reported`,
/// logical processors): that many, whole, from 1 (a missing, zero or NaN report) to
/// [`MAX_PAGE_WORKERS`].
pub fn workers_offered(reported: f64) -> usize {
    let offered = if reported.is_finite() && reported >= 1.0 {
        reported as usize
    } else {
        1
    };
    offered.min(MAX_PAGE_WORKERS)
}

/// Reads the workers select: a whole number, clamped to 1..=`max`; text that is not a whole
/// number keeps `current`.
pub fn read_workers(text: &str, current: usize, max: usize) -> usize {
    text.trim()
        .parse::<usize>()
        .unwrap_or(current)
        .clamp(1, max.max(1))
}

/// A clock reading in milliseconds since the Unix epoch (`Date.now()`) as a header's time field,
/// in whole seconds (0 before 1970 or for NaN, u32::MAX from 2106).
pub fn unix_seconds(ms: f64) -> u32 {
    (ms / 1000.0) as u32
}

/// The network difficulty the section compares with, as a plain number ([`DIFFICULTY_T`] is in
/// trillions).
pub fn network_difficulty() -> f64 {
    DIFFICULTY_T.value * 1e12
}

/// The difficulty slider's accessible value ("20 zero bits, about 1,048,576 hashes per hit").
pub fn bits_value_text(zero_bits: u32) -> String {
    format!(
        "{zero_bits} zero bits, about {} hashes per hit",
        format::number(expected_hashes(zero_bits), 0)
    )
}

/// The difficulty control explained for its setting: "20 zero bits = 5 zero hex digits at the
/// start of the hash (one hex digit is 4 bits). Each extra bit doubles the work: 21 bits take
/// about 2,097,152 hashes."
pub fn bits_explained(zero_bits: u32) -> String {
    let digits = zero_bits / 4;
    let spare = match zero_bits % 4 {
        0 => String::new(),
        r => format!(" and {r} more zero bit{}", if r == 1 { "" } else { "s" }),
    };
    format!(
        "{zero_bits} zero bits = {digits} zero hex digit{}{spare} at the start of the hash (one hex \
         digit is 4 bits). Each extra bit doubles the work: {} bits take about {} hashes.",
        if digits == 1 { "" } else { "s" },
        zero_bits + 1,
        format::number(expected_hashes(zero_bits + 1), 0)
    )
}

/// The run state in words, for the status beside Start and Stop.
pub fn run_state_text(state: RunState) -> &'static str {
    match state {
        RunState::Stopped => "Stopped",
        RunState::Running => "Mining\u{2026}",
        RunState::Paused => "Paused while this tab is hidden",
    }
}

/// The live figures under the controls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveView {
    /// The smoothed rate in whole H/s, for the page's `data-value` ("0" until measured).
    pub rate_data: String,
    /// The rate with its unit ("4.00 MH/s"), or "warming up…" while running unmeasured.
    pub rate_text: String,
    /// "4 workers, averaged over 2 s".
    pub workers_text: String,
    /// Hashes tried since Start, plain for `data-value` and grouped for reading.
    pub tried_data: String,
    pub tried_text: String,
    /// Expected time to one hit at the current difficulty and rate, or a dash.
    pub expected_text: String,
    /// How that time is worked out ("2²⁰ hashes / your rate").
    pub expected_note: String,
    /// The lowest hash so far in display hex, and its zero bits and nonce in words.
    pub best: Option<(String, String)>,
}

/// [`LiveView`] of `session`, mined by `workers` workers. After Stop the last measured rate and
/// what follows from it stay, marked as such, until the next Start.
pub fn live_view(session: &Session, workers: usize) -> LiveView {
    let rate = session.shown_rate();
    let rate_hs = rate.map_or(0.0, |r| r.hs);
    let last = rate.is_some_and(|r| !r.live);
    let running = session.state() != RunState::Stopped;
    let rate_text = match rate {
        None if running => "warming up\u{2026}".to_string(),
        _ => format::hashrate(rate_hs),
    };
    let expected = solo::expected_seconds_to_hit(session.zero_bits(), rate_hs);
    let workers_words = format!(
        "{workers} {}",
        if workers == 1 { "worker" } else { "workers" }
    );
    LiveView {
        rate_data: format!("{rate_hs:.0}"),
        rate_text,
        workers_text: if last {
            format!("last measured ({workers_words}); Start measures again")
        } else {
            format!("{workers_words}, averaged over 2 s")
        },
        tried_data: session.tried().to_string(),
        tried_text: format::number(session.tried() as f64, 0),
        expected_text: expected.map_or_else(|| DASH.to_string(), format::duration),
        expected_note: format!(
            "2{} hashes / your {}rate",
            format::superscript(session.zero_bits()),
            if last { "last measured " } else { "" }
        ),
        best: session.best().map(|best| {
            (
                best.hash.to_display_hex(),
                format!(
                    "{} leading zero bits, nonce {}",
                    best.hash.leading_zero_bits(),
                    best.nonce
                ),
            )
        }),
    }
}

/// The found blocks' heading: every block counted, and how many of them are listed.
pub fn found_title(session: &Session) -> String {
    let count = session.found_count();
    if count > session.found().len() as u64 {
        format!(
            "Blocks you found ({}; the latest {} shown)",
            format::number(count as f64, 0),
            session.found().len()
        )
    } else {
        format!("Blocks you found ({count})")
    }
}

/// What to expect before the first block, at the session's difficulty: from the reader's rate
/// once measured, else from the hardware data's reference CPU (a stated rate, not this computer).
pub fn found_hint(zero_bits: u32, rate: Option<Rate>) -> String {
    let every = |rate_hs: f64| {
        solo::expected_seconds_to_hit(zero_bits, rate_hs)
            .map_or_else(|| DASH.to_string(), format::duration)
    };
    match (rate, reference_cpu()) {
        (Some(rate), _) => format!(
            "None yet. At {zero_bits} zero bits and your {}rate of {}, expect one about every {} \
             on average.",
            if rate.live { "" } else { "last measured " },
            format::hashrate(rate.hs),
            every(rate.hs)
        ),
        (None, Some((name, rate_hs))) => format!(
            "None yet. Press Start. At {zero_bits} zero bits, a {name} hashing at {} would find \
             one about every {} on average; yours shows once measured.",
            format::hashrate(rate_hs),
            every(rate_hs)
        ),
        (None, None) => "None yet. Press Start.".to_string(),
    }
}

/// One found block in words: "nonce 12 · 20 zero bits · took 3.20 seconds · expected 1.05 seconds",
/// the expected time at the current rate `rate_hs` (a dash until measured).
pub fn found_note(found: &FoundBlock, rate_hs: Option<f64>) -> String {
    let expected = rate_hs.and_then(|r| solo::expected_seconds_to_hit(found.zero_bits, r));
    format!(
        "nonce {} · {} zero bits · took {} · expected {}",
        found.header.nonce,
        found.zero_bits,
        format::duration(found.took_ms / 1000.0),
        expected.map_or_else(|| DASH.to_string(), format::duration)
    )
}

/// The "how long would a real block take?" prediction, at the measured rate (the last one after
/// Stop, so Stop does not change the answer; the reference CPU's until there is one) and the
/// network's difficulty, with the age of the universe for scale.
pub fn laptop_block_answer(rate: Option<Rate>) -> Option<Answer> {
    let mut answer = laptop_block(rate.map_or(0.0, |r| r.hs), network_difficulty())?;
    if let Some(scale) = format::against_universe(answer.value) {
        answer.text = format!("{} That is {scale}.", answer.text);
    }
    Some(answer)
}

/// The comparison panel: your device against the network and a modern ASIC. The `*_data` fields
/// are plain numbers for the page's `data-value` (0 until measured); the rest is text.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareView {
    /// Added to the title until a rate is measured.
    pub hint: &'static str,
    /// The scenario's network hash rate ("1.00 ZH/s", the same base as the economics section), and
    /// the measured 7-day average beside it with its date.
    pub network_rate: String,
    pub network_note: String,
    /// Your share of the network, a fraction, and in words ("about 4 in a thousand trillion").
    pub share_data: String,
    pub share_text: String,
    /// "One Antminer S21 XP (2024-25)", the source of its figures, its rate, and how many of your
    /// devices match it.
    pub asic_label: String,
    pub asic_source_id: &'static str,
    pub asic_rate: String,
    pub devices_text: String,
    /// Expected years to one real block, solo, and how that is worked out.
    pub years_data: String,
    pub years_text: String,
    /// That wait against the age of the universe ("about 37% of the age of the universe"), or
    /// empty when it is too short for the comparison to help.
    pub years_scale: String,
    pub years_note: String,
    /// Whether the power field's note is an error (the field was clamped or unreadable).
    pub power_error: bool,
    pub power_note: String,
    /// Your efficiency in J/TH, and the ASIC's beside it (ending in a dash until measured).
    pub efficiency_data: String,
    pub efficiency_text: String,
    pub efficiency_note: String,
    /// Expected earnings and electricity cost in USD a day, with the prices they use.
    pub earnings_text: String,
    pub earnings_note: String,
    pub electricity_text: String,
    pub electricity_note: String,
}

fn or_dash(value: Option<f64>, show: impl Fn(f64) -> String) -> String {
    value.map_or_else(|| DASH.to_string(), show)
}

/// [`CompareView`] for a device hashing at `rate` (`None` or 0 H/s until measured; the last
/// measured rate after Stop) with the power field reading `power_text` (W), priced with
/// `scenario`'s bitcoin price, electricity price, subsidy and fees.
pub fn compare_view(rate: Option<Rate>, power_text: &str, scenario: &Scenario) -> CompareView {
    let rate_hs = rate.map(|r| r.hs);
    let (power_w, power_note) = read_power_w(power_text);
    let asic = modern_asic();
    let network = Network {
        // One base with the economics section: the scenario's hash rate (default ~1 ZH/s).
        hashrate_ehs: scenario.clamped().hashrate_ehs,
        difficulty: network_difficulty(),
        price_usd: scenario.price_usd,
        kwh_usd: scenario.kwh_usd,
        subsidy_btc: scenario.subsidy_btc,
        fees_btc: scenario.fees_btc,
    };
    let c = compare(rate_hs.unwrap_or(0.0), power_w, &network, &asic);
    let measured = rate_hs.is_some_and(|r| r > 0.0);
    CompareView {
        hint: match rate {
            Some(r) if measured && !r.live => " (at your last measured rate)",
            _ if measured => "",
            _ => " (start mining to measure your rate)",
        },
        network_rate: format::hashrate(network.hashrate_ehs * 1e18),
        network_note: format!(
            "scenario; the 7-day average was {} on {}",
            format_figure(&HASHRATE_7D_EHS),
            format::period(HASHRATE_7D_EHS.as_of)
        ),
        share_data: c.share.unwrap_or(0.0).to_string(),
        share_text: or_dash(c.share, format::odds),
        asic_label: format!("One {} ({})", asic.name, asic.year_label),
        asic_source_id: asic.source_id,
        asic_rate: format::hashrate(asic.hashrate_hs),
        devices_text: or_dash(c.devices_per_asic, |n| {
            format!("as fast as {} devices like yours", format::big_count(n))
        }),
        years_data: c.years_to_block.unwrap_or(0.0).to_string(),
        years_text: or_dash(c.years_to_block, format::long_years),
        years_scale: c
            .years_to_block
            .and_then(format::against_universe)
            .unwrap_or_default(),
        years_note: format!(
            "difficulty {} ({}) \u{00d7} 2³² / your rate",
            format_figure(&DIFFICULTY_T),
            format::period(DIFFICULTY_T.as_of)
        ),
        power_error: power_note.is_some(),
        power_note: power_note.unwrap_or_else(|| {
            "Our estimate: a laptop's processor draws roughly 15 W when busy; a desktop more."
                .into()
        }),
        efficiency_data: c.j_per_th.unwrap_or(0.0).to_string(),
        efficiency_text: or_dash(c.j_per_th, |j| format!("{} J/TH", format::big_count(j))),
        efficiency_note: format!(
            "the {} needs {} J/TH{}",
            asic.name,
            format::significant(asic.j_per_th),
            or_dash(c.energy_vs_asic, |x| format!(
                ": you spend {}\u{00d7} the energy per hash",
                format::big_count(x)
            ))
        ),
        earnings_text: or_dash(c.earnings_usd_per_day, format::usd_small),
        earnings_note: format!(
            "at {} per bitcoin (scenario)",
            format::usd(scenario.price_usd)
        ),
        electricity_text: or_dash(c.electricity_usd_per_day, format::usd_small),
        electricity_note: format!(
            "{} W around the clock at {} per kWh (scenario)",
            format::significant(power_w),
            format::usd(scenario.kwh_usd)
        ),
    }
}

#[cfg(test)]
#[path = "mine_view_tests.rs"]
mod tests;
