//! The figures of `shared/FACTS.md` as typed data: every value carries its unit, its as-of date and
//! its source, so that no figure reaches the page without them. Pure data: no yew, web-sys or gloo.

pub mod ai;
pub mod blocks;
pub mod fleet;
pub mod geography;
pub mod hardware;
pub mod network;
pub mod pools;
pub mod regions;
pub mod sources;

/// The citation tables of every data module; the Sources section is generated from these.
static CITATION_TABLES: &[&[Citation]] = &[
    network::CITATIONS,
    blocks::CITATIONS,
    hardware::CITATIONS,
    regions::CITATIONS,
    pools::CITATIONS,
    geography::CITATIONS,
    ai::CITATIONS,
    fleet::CITATIONS,
];

/// Where a figure comes from. Sources with an address in FACTS section 10 are linked, never
/// loaded: a plain link fetches nothing until a reader follows it, so the page still requests
/// nothing from any other origin. The others are named precisely enough to look up.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    /// Stable key, used for the `#source-<id>` anchor on the page.
    pub id: &'static str,
    /// Who published it, as a reader would search for it.
    pub name: &'static str,
    /// What exactly: report, page, dataset.
    pub detail: &'static str,
    /// The source's web address, where FACTS section 10 gives one (https only).
    pub url: Option<&'static str>,
}

/// How much weight a figure can bear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quality {
    /// Published by the source as stated.
    Reported,
    /// Computed by us from cited data (the computation is named in `note`).
    Derived,
    /// A single low-quality page or a rough class figure: shown, but marked as an estimate.
    Estimate,
}

/// One number the page shows, with everything needed to cite it.
#[derive(Debug, PartialEq)]
pub struct Figure {
    /// What the number is, in words ("Network hash rate, 7-day average").
    pub label: &'static str,
    pub value: f64,
    /// Unit as shown to readers ("EH/s", "USD/kWh", "%").
    pub unit: &'static str,
    /// As-of date or period as FACTS.md gives it ("2026-01-12", "2024", "Q4 2024").
    pub as_of: &'static str,
    pub source: &'static Source,
    pub quality: Quality,
    /// Caveat or derivation, if any.
    pub note: Option<&'static str>,
}

/// A table of figures sharing one source and date (a pool snapshot, a country breakdown), cited as a
/// whole in the Sources section.
#[derive(Debug, PartialEq)]
pub struct Dataset {
    pub label: &'static str,
    pub as_of: &'static str,
    pub source: &'static Source,
    pub note: Option<&'static str>,
}

/// What the Sources section lists: one row per cited figure or dataset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Citation {
    Figure(&'static Figure),
    Dataset(&'static Dataset),
}

impl Citation {
    pub fn source(&self) -> &'static Source {
        match self {
            Citation::Figure(f) => f.source,
            Citation::Dataset(d) => d.source,
        }
    }
}

/// Every figure and dataset the page cites, from every data module.
pub fn all_citations() -> impl Iterator<Item = &'static Citation> {
    CITATION_TABLES.iter().flat_map(|table| table.iter())
}

/// The Sources section: each source in `sources::ALL` order, with the citations that use it.
/// A source with no figure is still listed: the story and FAQ cite it by id.
pub fn citations_by_source() -> Vec<(&'static Source, Vec<Citation>)> {
    sources::ALL
        .iter()
        .map(|&source| {
            let cited = all_citations()
                .filter(|c| std::ptr::eq(c.source(), source))
                .copied()
                .collect();
            (source, cited)
        })
        .collect()
}

/// Position of a source in the Sources list (0-based), for numbered citation marks.
pub fn source_index(id: &str) -> Option<usize> {
    sources::ALL.iter().position(|s| s.id == id)
}

/// A source's number in the Sources list, as its citation mark shows it ("3"; "?" for an id the
/// list lacks, which the content's native tests rule out).
pub fn citation_mark(source_id: &str) -> String {
    source_index(source_id).map_or_else(|| "?".into(), |i| (i + 1).to_string())
}

/// A figure's value with its unit, as the page shows it ("1,024 EH/s", "$90,000", "28.2 J/TH").
pub fn format_figure(figure: &Figure) -> String {
    use crate::model::format;
    let value = format::significant_or_whole(figure.value);
    match figure.unit {
        "USD" => format!("${value}"),
        "%" => format!("{value}%"),
        unit => format!("{value} {unit}"),
    }
}
