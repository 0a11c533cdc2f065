//! What the AI section's charts and panels show: the edge AI market path, on-device models
//! against a phone's memory, the "two paths" comparison, and the one-sentence summaries of each.
//! Pure and derived only from `data` and the other model modules.

use super::ai::{phone_fit, seed_growth_correction, Fit, GrowthCorrection, PhoneFit};
use super::centralization_view::join_words;
use super::concentration::{measure, snapshot_entities};
use super::format;
use super::history::coefficient_series;
use crate::data::ai::{OnDeviceModel, EDGE_AI_OTHER_ESTIMATES};
use crate::data::hardware::{HardwareClass, GENERATIONS};

/// The points of the edge AI market chart, billion USD.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeAiChart {
    /// The article's two figures, (year, $B): 2025 and 2033.
    pub endpoints: [(f64, f64); 2],
    /// The constant-rate path between them, one point a year (derived: 21.5%/yr compounded).
    pub path: Vec<(f64, f64)>,
    /// Where "nearly 300%" would lead at a constant rate, one point a year: ends at $100B.
    pub claimed_path: Vec<(f64, f64)>,
    /// Other estimates for the start year, (low, high) $B.
    pub other_start: (f64, f64),
    /// Other estimates for the early 2030s, (low, high) $B, drawn over 2030..=2033.
    pub other_end: (f64, f64),
    /// Years the "early 2030s" band spans on the chart.
    pub other_end_years: (f64, f64),
}

/// A path from `start` growing at `cagr_pct` a year for `years` years, one point a year.
fn compound_path(start_year: f64, start: f64, cagr_pct: f64, years: f64) -> Vec<(f64, f64)> {
    let n = if years.is_finite() && years > 0.0 {
        years.round() as u32
    } else {
        0
    };
    (0..=n)
        .map(|i| {
            let t = f64::from(i);
            (start_year + t, start * (1.0 + cagr_pct / 100.0).powf(t))
        })
        .collect()
}

/// The chart's data, from [`seed_growth_correction`] and [`EDGE_AI_OTHER_ESTIMATES`].
pub fn edge_ai_chart(g: &GrowthCorrection) -> EdgeAiChart {
    let start_year = f64::from(EDGE_AI_OTHER_ESTIMATES.start_year);
    EdgeAiChart {
        endpoints: [
            (start_year, g.start_busd),
            (start_year + g.years, g.end_busd),
        ],
        path: compound_path(start_year, g.start_busd, g.actual_cagr_pct, g.years),
        claimed_path: compound_path(start_year, g.start_busd, g.claimed_cagr_pct, g.years),
        other_start: EDGE_AI_OTHER_ESTIMATES.start_busd,
        other_end: EDGE_AI_OTHER_ESTIMATES.end_busd,
        other_end_years: (2030.0, 2033.0),
    }
}

/// "Edge AI market: $25B in 2025 to $119B forecast for 2033, 4.76 times as much: +376%, about
/// 21.5% a year. "Nearly 300%" would end at $100B."
pub fn edge_ai_summary(g: &GrowthCorrection) -> String {
    format!(
        "Edge AI market: ${}B in 2025 to ${}B forecast for 2033, {} times as much: +{}%, about {}% \
         a year. \u{201c}Nearly {}%\u{201d} would end at ${}B.",
        format::significant_or_whole(g.start_busd),
        format::significant_or_whole(g.end_busd),
        format::number(g.actual_multiple, 2),
        format::number(g.actual_growth_pct, 0),
        format::number(g.actual_cagr_pct, 1),
        format::number(g.claimed_growth_pct, 0),
        format::number(g.claimed_end_busd, 0),
    )
}

/// Gigabytes as the page prints them: up to two decimals, no trailing zeros ("0.9", "2.14",
/// "5.3", "2"), so reported and estimated figures read alike.
pub fn gb(value: f64) -> String {
    let text = format::number(value, 2);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// One model against the phone.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelFitRow {
    pub model: &'static OnDeviceModel,
    pub fit: PhoneFit,
}

/// Every model against a phone with `phone_ram_gb` of memory, half of it free for the model
/// ([`super::ai::DEFAULT_USABLE_FRACTION`]), smallest memory first.
pub fn model_fit_rows(models: &'static [OnDeviceModel], phone_ram_gb: f64) -> Vec<ModelFitRow> {
    let mut rows: Vec<ModelFitRow> = models
        .iter()
        .map(|model| ModelFitRow {
            model,
            fit: phone_fit(model, phone_ram_gb, super::ai::DEFAULT_USABLE_FRACTION),
        })
        .collect();
    rows.sort_by(|a, b| a.fit.memory.gb.0.total_cmp(&b.fit.memory.gb.0));
    rows
}

/// "7 of 8 on-device models fit in the 4 GB an 8 GB phone or laptop can spare for one model;
/// Qwen 3.5 Small only in smaller sizes."
pub fn memory_summary(rows: &[ModelFitRow], phone_ram_gb: f64) -> String {
    let fits = rows.iter().filter(|r| r.fit.fit == Fit::Fits).count();
    let names = |fit: Fit| -> Vec<String> {
        rows.iter()
            .filter(|r| r.fit.fit == fit)
            .map(|r| r.model.name.to_string())
            .collect()
    };
    let available = rows.first().map_or(0.0, |r| r.fit.available_gb);
    let ram = format::significant_or_whole(phone_ram_gb);
    let mut text = format!(
        "{fits} of {} on-device models fit in the {} GB {} {ram} GB phone or laptop can spare for \
         one model",
        rows.len(),
        format::significant_or_whole(available),
        article(&ram),
    );
    let partly = names(Fit::SmallerSizesOnly);
    if !partly.is_empty() {
        text.push_str(&format!("; {} only in smaller sizes", join_words(&partly)));
    }
    let too_big = names(Fit::TooBig);
    if !too_big.is_empty() {
        text.push_str(&format!("; {} not at all", join_words(&too_big)));
    }
    text.push('.');
    text
}

/// "an" before a number read with a vowel sound (8, 11, 18, 80..89), else "a".
fn article(number: &str) -> &'static str {
    let vowel = number.starts_with('8') || number == "11" || number == "18";
    if vowel {
        "an"
    } else {
        "a"
    }
}

/// The "two paths" panel: mining's measures next to AI's, all computed.
#[derive(Debug, Clone, PartialEq)]
pub struct TwoPaths {
    /// Pool Nakamoto coefficient of the snapshot.
    pub pool_nakamoto: Option<usize>,
    /// Pool HHI of the snapshot.
    pub pool_hhi: f64,
    /// The first yearly coefficient and the newest, (label, pools), from
    /// [`super::history::coefficient_series`]; the newest also with AntPool's template pools as one.
    pub coefficient_first_year: Option<(String, usize)>,
    pub coefficient_now: Option<(String, usize, Option<usize>)>,
    /// The first CPU's and the newest ASIC's J/TH, with the ASIC's name.
    pub cpu_j_per_th: f64,
    pub newest_asic: (&'static str, f64),
    /// CPU J/TH / newest ASIC J/TH.
    pub efficiency_gain: f64,
    pub growth: GrowthCorrection,
    /// Models that fit the phone in every size, and how many there are.
    pub models_fitting: usize,
    pub models_total: usize,
}

/// Computes the panel from the snapshot, the hardware table, the market figures and the models.
pub fn two_paths(models: &'static [OnDeviceModel], phone_ram_gb: f64) -> TwoPaths {
    let c = measure(&snapshot_entities());
    let cpu = GENERATIONS
        .iter()
        .find(|g| g.class == HardwareClass::Cpu)
        .map_or(f64::NAN, |g| g.j_per_th);
    let newest = GENERATIONS
        .iter()
        .rev()
        .find(|g| g.class == HardwareClass::Asic)
        .map_or(("", f64::NAN), |g| (g.name, g.j_per_th));
    let rows = model_fit_rows(models, phone_ram_gb);
    let series = coefficient_series();
    TwoPaths {
        pool_nakamoto: c.nakamoto,
        pool_hhi: c.hhi,
        coefficient_first_year: series
            .iter()
            .find(|p| !p.momentary)
            .map(|p| (p.label.clone(), p.nakamoto)),
        coefficient_now: series
            .last()
            .map(|p| (p.label.clone(), p.nakamoto, p.nakamoto_template_grouped)),
        cpu_j_per_th: cpu,
        newest_asic: newest,
        efficiency_gain: cpu / newest.1,
        growth: seed_growth_correction(),
        models_fitting: rows.iter().filter(|r| r.fit.fit == Fit::Fits).count(),
        models_total: rows.len(),
    }
}

/// "A CPU needed about 10,000,000 J/TH; the Antminer S23 Hydro about 9.5 J/TH, about a million
/// times less (an estimate)": rounded as rough as the CPU's order-of-magnitude figure.
pub fn efficiency_line(p: &TwoPaths) -> String {
    let (asic, asic_j) = p.newest_asic;
    format!(
        "A CPU needed about {} J/TH; the {asic} about {} J/TH, {} times less (an estimate)",
        format::significant_or_whole(p.cpu_j_per_th),
        format::significant_or_whole(asic_j),
        super::centralization_view::about_times(p.efficiency_gain)
    )
}

mod models;
mod tables;
pub use models::*;
pub use tables::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::ai::{ON_DEVICE_MODELS, PHONE_SPEED};

    #[test]
    fn edge_ai_path_joins_the_articles_figures() {
        let chart = edge_ai_chart(&seed_growth_correction());
        assert_eq!(chart.endpoints, [(2025.0, 25.0), (2033.0, 119.0)]);
        assert_eq!(chart.path.len(), 9);
        let last = chart.path.last().unwrap();
        assert_eq!(last.0, 2033.0);
        assert!((last.1 - 119.0).abs() < 1e-9, "{}", last.1);
        assert!((chart.claimed_path.last().unwrap().1 - 100.0).abs() < 1e-9);
        assert_eq!(chart.other_end, (100.0, 143.0));
    }

    #[test]
    fn edge_ai_summary_states_the_arithmetic() {
        assert_eq!(
            edge_ai_summary(&seed_growth_correction()),
            "Edge AI market: $25B in 2025 to $119B forecast for 2033, 4.76 times as much: +376%, \
             about 21.5% a year. \u{201c}Nearly 300%\u{201d} would end at $100B."
        );
    }

    #[test]
    fn models_against_an_8_gb_phone() {
        let rows = model_fit_rows(&ON_DEVICE_MODELS, PHONE_SPEED.phone_ram_gb);
        assert_eq!(rows.len(), 8);
        assert!(rows
            .windows(2)
            .all(|w| w[0].fit.memory.gb.0 <= w[1].fit.memory.gb.0));
        // Qwen 3.5 Small at 9B: 9 x 0.5 x 1.1 + 0.35 = 5.3 GB > 4 GB free.
        assert_eq!(
            memory_summary(&rows, PHONE_SPEED.phone_ram_gb),
            "7 of 8 on-device models fit in the 4 GB an 8 GB phone or laptop can spare for one \
             model; Qwen \
             3.5 Small only in smaller sizes."
        );
        // A 2 GB phone offers 1 GB: only the 0.9 GB Llama 3.2 1B and Qwen's smallest fit.
        let small = model_fit_rows(&ON_DEVICE_MODELS, 2.0);
        assert_eq!(small.iter().filter(|r| r.fit.fit == Fit::Fits).count(), 1);
        assert!(memory_summary(&small, 2.0).contains("not at all"));
    }

    #[test]
    fn gigabytes_print_short() {
        assert_eq!(gb(0.9), "0.9");
        assert_eq!(gb(2.1375), "2.14");
        assert_eq!(gb(2.0), "2");
        assert_eq!(gb(0.79), "0.79");
        assert_eq!(gb(f64::NAN), "\u{2014}");
    }

    #[test]
    fn two_paths_are_computed() {
        let p = two_paths(&ON_DEVICE_MODELS, 8.0);
        assert_eq!(p.pool_nakamoto, Some(3));
        assert_eq!(p.coefficient_first_year, Some(("2021".to_string(), 4)));
        assert_eq!(
            p.coefficient_now,
            Some(("30 days to 2026-04-22".to_string(), 3, Some(2)))
        );
        assert!((p.pool_hhi - 1626.0).abs() < 1.0);
        assert_eq!(p.newest_asic, ("Antminer S23 Hydro", 9.5));
        assert!((p.efficiency_gain - 1e7 / 9.5).abs() < 1e-6);
        // 10^7 / 9.5 = 1,052,632: rounded to one figure, as rough as the CPU's class estimate.
        assert_eq!(
            efficiency_line(&p),
            "A CPU needed about 10,000,000 J/TH; the Antminer S23 Hydro about 9.5 J/TH, about a \
             million times less (an estimate)"
        );
        assert_eq!((p.models_fitting, p.models_total), (7, 8));
        assert!(compound_path(2025.0, 1.0, 10.0, f64::NAN).len() == 1);
    }
}
