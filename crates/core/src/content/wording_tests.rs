//! Issue 13's words: a dated figure is named by its date, never "now", "today", "this year" or
//! "currently" (readers come later than the figures); and the figures the issue found twice
//! read one way everywhere (one pool HHI, one hashprice low, the default's "about $90,000").
//! Two sweeps: every text the page builds at run time (prose, presets, inputs, sources, the
//! predictions and the views' sentences at the default scenario), and every string literal of the
//! files those texts come from, outside their tests.

use super::faq::FAQ;
use super::glossary::{find, GLOSSARY};
use super::sections;
use super::story::STORY;
use crate::data::{self, network, pools, sources, Citation};
use crate::model::ai_view;
use crate::model::centralization_view as cv;
use crate::model::concentration::{measure, ranked, snapshot_entities};
use crate::model::econ_view;
use crate::model::economics::{outcome, Scenario};
use crate::model::history::coefficient_series;
use crate::model::predictions;
use crate::model::scenario::{Param, PRESETS};

/// The words that make a dated figure sound current.
fn undated_word(text: &str) -> Option<&'static str> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('\u{2019}', "'"))
        .collect();
    for (i, w) in words.iter().enumerate() {
        match w.as_str() {
            "now" => return Some("now"),
            "today" | "today's" => return Some("today"),
            "currently" => return Some("currently"),
            "this"
                if words
                    .get(i + 1)
                    .is_some_and(|n| n == "year" || n == "year's") =>
            {
                return Some("this year")
            }
            _ => {}
        }
    }
    None
}

/// Every text the page builds, with where it comes from.
fn page_texts() -> Vec<(String, String)> {
    let mut t: Vec<(String, String)> = Vec::new();
    let mut add = |at: &str, text: &str| t.push((at.to_string(), text.to_string()));
    for part in STORY {
        add(part.id, part.heading);
        for p in part.paragraphs {
            add(part.id, p);
        }
    }
    for faq in FAQ {
        add(faq.id, faq.question);
        for p in faq.answer {
            add(faq.id, p);
        }
    }
    for term in GLOSSARY {
        add(term.slug, term.short);
        add(term.slug, term.long());
    }
    for (name, text) in sections::ALL {
        add(name, text);
    }
    for (at, text) in super::teachers::all_prose() {
        add(&at, &super::teachers::fill(text).unwrap_or_default());
    }
    for p in PRESETS {
        add(p.id, p.label);
        add(p.id, p.description);
        add(p.id, p.details.unwrap_or(""));
    }
    for p in Param::ALL {
        let spec = p.spec();
        add(spec.key, spec.label);
        add(spec.key, spec.default_source);
    }
    for s in sources::ALL {
        add(s.id, s.name);
        add(s.id, s.detail);
    }
    for c in data::all_citations() {
        match c {
            Citation::Figure(f) => {
                add(f.label, f.label);
                add(f.label, f.note.unwrap_or(""));
            }
            Citation::Dataset(d) => {
                add(d.label, d.label);
                add(d.label, d.note.unwrap_or(""));
            }
        }
    }
    for q in [
        &predictions::POOLS_FOR_HALF,
        &predictions::LAPTOP_BLOCK,
        &predictions::MINING_PAYS,
    ] {
        add(q.id, q.prompt);
    }
    let s = Scenario::default();
    let o = outcome(&s);
    let answers = [
        predictions::pools_for_half(),
        predictions::laptop_block(0.0, network::DIFFICULTY_T.value * 1e12),
        predictions::laptop_block(4e6, network::DIFFICULTY_T.value * 1e12),
        predictions::mining_pays(&s),
    ];
    for a in answers.into_iter().flatten() {
        add("prediction answer", &a.text);
    }
    let cost = econ_view::cost_chart(&s, &o);
    add("cost summary", &econ_view::cost_summary(&cost));
    add(
        "margin summary",
        &econ_view::margin_summary(&econ_view::margin_map(&s, &o), &o),
    );
    let rows = econ_view::generation_rows(&s);
    add(
        "generation summary",
        &econ_view::generation_summary(&rows, &s),
    );
    for r in &rows {
        add("generation bar", &econ_view::generation_bar_label(r));
    }
    let v = econ_view::verdict(&s, &o);
    add("verdict", &v.detail);
    add("hardware note", &econ_view::hardware_price_note(&s));
    for stat in econ_view::headline_stats(&s, &o) {
        add(stat.id, stat.label);
        add(stat.id, &stat.sub);
    }
    let e = snapshot_entities();
    let c = measure(&e);
    add("pool summary", &cv::pool_chart_summary(&ranked(&e), &c));
    add(
        "coefficients",
        &cv::coefficient_summary(&coefficient_series()),
    );
    let bars = cv::geo_bars(&crate::data::geography::GEO_PERIODS);
    add("geo summary", &cv::geo_summary(&bars));
    if let Some(g) = cv::geo_view(&bars, &c) {
        add("geo view", &g.pools_text);
        add("geo view", &g.spread_text);
        add("geo view", &g.range_note);
    }
    let hardware = cv::hardware_rows(crate::data::hardware::GENERATIONS, network::YEARLY_HASHRATE);
    add("efficiency", &cv::efficiency_summary(&hardware));
    let models = ai_view::model_fit_rows(&crate::data::ai::ON_DEVICE_MODELS, 8.0);
    add("memory", &ai_view::memory_summary(&models, 8.0));
    let view = ai_view::models_view(&models, 8.0, "2026");
    add("models", &view.phone_heading);
    add("models", &view.caption);
    let paths = ai_view::two_paths(&crate::data::ai::ON_DEVICE_MODELS, 8.0);
    add("two paths", &ai_view::efficiency_line(&paths));
    t
}

#[test]
fn no_page_text_calls_a_dated_figure_current() {
    let texts = page_texts();
    assert!(texts.len() > 200, "the sweep reaches the page's texts");
    for (at, text) in texts {
        if let Some(word) = undated_word(&text) {
            panic!("{at}: \u{201c}{word}\u{201d} in {text:?}");
        }
    }
}

/// The string literals of a Rust file before its tests: what the page can show from it.
fn literals(source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or(source);
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        break;
                    }
                }
            }
            '\'' => {
                // A char literal ('"' or '\''), or a lifetime: skip what could hide a quote.
                if let Some(&n) = chars.peek() {
                    if n == '\\' {
                        chars.next();
                        chars.next();
                        chars.next();
                    } else if chars.clone().nth(1) == Some('\'') {
                        chars.next();
                        chars.next();
                    }
                }
            }
            '"' => {
                let mut lit = String::new();
                while let Some(n) = chars.next() {
                    match n {
                        '\\' => {
                            if let Some(e) = chars.next() {
                                // A line continuation reads as one space.
                                lit.push(if e == '\n' { ' ' } else { e });
                            }
                        }
                        '"' => break,
                        n => lit.push(n),
                    }
                }
                out.push(lit);
            }
            _ => {}
        }
    }
    out
}

#[test]
fn no_string_in_the_pages_sources_calls_a_dated_figure_current() {
    let files: &[(&str, &str)] = &[
        ("content/story.rs", include_str!("story.rs")),
        ("content/faq.rs", include_str!("faq.rs")),
        ("content/glossary.rs", include_str!("glossary.rs")),
        ("content/sections.rs", include_str!("sections.rs")),
        ("content/teachers.rs", include_str!("teachers.rs")),
        ("content/worksheet.rs", include_str!("worksheet.rs")),
        ("data/ai.rs", include_str!("../data/ai.rs")),
        ("data/geography.rs", include_str!("../data/geography.rs")),
        ("data/hardware.rs", include_str!("../data/hardware.rs")),
        ("data/network.rs", include_str!("../data/network.rs")),
        ("data/pools.rs", include_str!("../data/pools.rs")),
        ("data/regions.rs", include_str!("../data/regions.rs")),
        ("data/sources.rs", include_str!("../data/sources.rs")),
        (
            "model/predictions.rs",
            include_str!("../model/predictions.rs"),
        ),
        ("model/format.rs", include_str!("../model/format.rs")),
        ("model/econ_view.rs", include_str!("../model/econ_view.rs")),
        (
            "model/econ_view/chart_data.rs",
            include_str!("../model/econ_view/chart_data.rs"),
        ),
        (
            "model/econ_view/headline.rs",
            include_str!("../model/econ_view/headline.rs"),
        ),
        (
            "model/econ_view/tables.rs",
            include_str!("../model/econ_view/tables.rs"),
        ),
        ("model/ai_view.rs", include_str!("../model/ai_view.rs")),
        (
            "model/ai_view/models.rs",
            include_str!("../model/ai_view/models.rs"),
        ),
        (
            "model/ai_view/tables.rs",
            include_str!("../model/ai_view/tables.rs"),
        ),
        (
            "model/centralization_view.rs",
            include_str!("../model/centralization_view.rs"),
        ),
        (
            "model/centralization_view/geography.rs",
            include_str!("../model/centralization_view/geography.rs"),
        ),
        (
            "model/centralization_view/tables.rs",
            include_str!("../model/centralization_view/tables.rs"),
        ),
        (
            "model/scenario/presets.rs",
            include_str!("../model/scenario/presets.rs"),
        ),
        (
            "model/scenario/params.rs",
            include_str!("../model/scenario/params.rs"),
        ),
        ("model/mine_view.rs", include_str!("../model/mine_view.rs")),
        ("content/notes.rs", include_str!("notes.rs")),
        ("content/simulate.rs", include_str!("simulate.rs")),
        ("model/sim_view.rs", include_str!("../model/sim_view.rs")),
        (
            "model/sim_view/words.rs",
            include_str!("../model/sim_view/words.rs"),
        ),
        (
            "model/sim_view/tables.rs",
            include_str!("../model/sim_view/tables.rs"),
        ),
        (
            "model/simulate/presets.rs",
            include_str!("../model/simulate/presets.rs"),
        ),
        (
            "model/simulate/settings.rs",
            include_str!("../model/simulate/settings.rs"),
        ),
        ("classroom/view.rs", include_str!("../classroom/view.rs")),
    ];
    let mut seen = 0;
    for (file, source) in files {
        for lit in literals(source) {
            seen += 1;
            if let Some(word) = undated_word(&lit) {
                panic!("{file}: \u{201c}{word}\u{201d} in {lit:?}");
            }
        }
    }
    assert!(seen > 500, "{seen} literals: the sweep reads the files");
}

#[test]
fn the_sweeps_catch_what_they_look_for() {
    // The words the issue found, as they were.
    assert_eq!(
        undated_word("the network now does about 1 ZH/s"),
        Some("now")
    );
    assert_eq!(undated_word("fell about 4% this year"), Some("this year"));
    assert_eq!(
        undated_word("at today's difficulty of 148 trillion"),
        Some("today")
    );
    assert_eq!(undated_word("Currently 38%"), Some("currently"));
    assert_eq!(undated_word("at today\u{2019}s difficulty"), Some("today"));
    // Not these: a word containing "now", or a year named.
    assert_eq!(undated_word("known, nowhere, snow"), None);
    assert_eq!(undated_word("in the first quarter of 2026"), None);
    assert_eq!(
        literals("let a = \"x\"; // \"now\"\nlet b = '\"'; let c = \"y \\\n  z\";"),
        ["x", "y    z"]
    );
}

#[test]
fn the_pool_hhi_reads_one_way_everywhere() {
    // 1,625.7154 (concentration_tests), shown as 1,626 by the widget, the figure and the glossary.
    let computed = crate::model::format::number(measure(&snapshot_entities()).hhi, 0);
    assert_eq!(computed, "1,626");
    assert_eq!(
        crate::model::format::number(pools::SNAPSHOT_HHI.value, 0),
        computed
    );
    let glossary = find("hhi").expect("the HHI entry").long();
    assert!(
        glossary.contains(&format!("about {computed}")),
        "{glossary}"
    );
    for (at, text) in page_texts() {
        assert!(!text.contains("1,627"), "{at}: {text}");
    }
}

#[test]
fn the_hashprice_entry_agrees_with_the_data_and_the_default() {
    let long = find("hashprice").expect("the hashprice entry").long();
    // Luxor's record low of late 2025, then February 2026's "below $32" (FACTS section 9).
    assert!(long.contains("$34.2 in late November 2025"), "{long}");
    assert_eq!(network::HASHPRICE_RECORD_LOW.value, 34.2);
    assert!(long.contains("below $32 in February 2026"), "{long}");
    assert_eq!(network::HASHPRICE_2026_02_BELOW.value, 32.0);
    // The default: 452.448 BTC x $67,000 / 1,000,000 PH/s = $30.31 a PH/s a day: "about $30".
    let default = outcome(&Scenario::default()).hashprice_usd_per_ph_day;
    assert!((default - 30.314).abs() < 0.001, "{default}");
    assert!(long.contains("gives about $30, lower still"), "{long}");
    assert!(default < network::HASHPRICE_2026_02_BELOW.value);
}

#[test]
fn the_articles_figures_are_credited_to_the_article_with_their_dates() {
    let story = STORY.iter().flat_map(|p| p.paragraphs.iter()).copied();
    let story: Vec<&str> = story.collect();
    let all = story.join(" ");
    assert!(all.contains("as of early 2026 the network did about 1 ZH/s"));
    assert!(all.contains("fell about 4% in the first quarter of 2026"));
    assert!(all.contains("Margins are negative"));
    assert!(!all.contains("Margins are thin"));
    assert!(all.contains("$25.70 per TH/s in November 2025[^hashrate-index-site]"));
    assert_eq!(
        network::SEED_HASHRATE_EHS.source.name,
        "News article quoting Galaxy Research head Alex Thorn (2026)"
    );
}
