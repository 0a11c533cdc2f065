//! The prose of the centralization and AI sections, in the page's markup so glossary terms link
//! and figures cite their sources. Numbers that change with the reader's what-ifs are not here:
//! the components print those from the model.

/// Under the centralization heading.
pub const CENTRALIZATION_LEDE: &str = "Who decides which transactions go into the next block? Mostly a handful of mining pools, and the hash rate behind them sits in a few countries. Two numbers measure it: the Nakamoto coefficient, the fewest pools that together find more than half of the blocks, and the HHI, which counts every pool.";

/// Above the pool chart and its what-ifs.
pub const POOLS_INTRO: &str = "The bars are the shares of the 4,312 blocks found in the 30 days to 2026-04-22[^pools-dataset]. The dots are the running total: where they cross the 50% line you can read off how many pools it takes to control a majority. Remove a pool (its hash rate leaves the network), merge two, or count the pools that build blocks from AntPool's block templates as one, as b10c's analysis suggests[^b10c].";

/// Under the coefficient-over-time chart.
pub const HISTORY_NOTE: &str = "In June 2014 one pool, GHash.io, held more than half of the hash rate for about 12 hours[^ghash-press]; it had about 42% in January. Our sources give no yearly figures for 2015 to 2020, so the line starts again in 2021[^pools-dataset].";

/// The geography sub-section's opening.
pub const GEOGRAPHY_INTRO: &str = "Where is the hash rate? China held about two thirds of it in 2019-20 and none, as reported, after its 2021 ban[^cambridge-map]; since then the United States leads, and sites with cheap hydro power in the Global South have grown. KuCoin, quoted in the article, says this could help to decentralize mining, at least from a geographical perspective[^kucoin].";

/// Below the two-column comparison.
pub const SPREAD_NOTE: &str = "Both can be true at once: a few pools coordinate the work of farms spread over more countries. Spreading out geographically does not by itself spread out control of block templates.";

/// The link to the economics section's regions table.
pub const REGIONS_LINK: &str = "Which of these places keeps its miners is decided by electricity prices: see the [regions table](#regions) in the economics section, where each country's price meets the all-in break-even.";

/// The hardware sub-section's opening.
pub const EARLIER_INTRO: &str = "In 2009 anyone could mine on a home computer's CPU. Then came GPUs, FPGAs and, from 2013, ASIC miners, each many times more efficient than the last. The chart measures efficiency in J/TH, energy per trillion hashes, on a log scale[^designspark][^hdminer][^hackaday][^zorinaq][^bitmain-spec].";

/// Why the early devices have no share in the table.
pub const EARLIER_SHARE_NOTE: &str = "Our network history starts in September 2013 (1 PH/s)[^hashrate-history], so for the CPU, GPU, FPGA and first-ASIC years we cannot say what share one device had: early on a home computer was a real part of the network, and we leave those cells empty rather than guess.";

/// The AI section's lede.
pub const AI_LEDE: &str = "The article's second claim: AI may follow the opposite path, from data centres toward on-device AI, running open-source models on phones and laptops. Edge AI is the market for that[^seed-article].";

/// Above the market chart.
pub const MARKET_INTRO: &str = "The article sizes the edge AI market at $25B in 2025 and $119B in 2033[^seed-article]. Other estimates differ, so they are shown as ranges, not averaged[^edge-ai-estimates].";

/// Above the models chart.
pub const MODELS_INTRO: &str = "What fits on a phone? Open-source models made for devices have a few billion parameters and, with quantization to 4 bits, need a few GB of memory[^model-cards]. Quantized models under 3B parameters run at about 30 to 50 tokens a second on phones with 8 GB[^model-cards].";

/// How the memory estimates are made.
pub const MODELS_ESTIMATE_NOTE: &str = "Where a model card gives no memory figure, the page estimates it as half a byte per parameter plus 10% and 0.35 GB for the runtime, a rule that reproduces Llama 3.2's reported figures[^model-cards]; we assume an app may use half of the phone's memory. Those rows are marked as estimates.";

/// The limits the article names for each path.
pub const MINING_LIMITS: &str = "**Limits: capital and energy.** Only the newest ASIC miners pay, one maker sells about 82% of them[^cambridge-2025], and they pay only on very cheap power, so scale wins.";

/// The limits the article names for the AI path.
pub const AI_LIMITS: &str = "**Limits: hardware constraints and performance trade-offs.** A phone's memory caps the model's size, and quantization trades some quality for speed and fit; the largest models stay in data centres[^seed-article].";

/// Every paragraph of this module, with a name for test messages.
pub const ALL: &[(&str, &str)] = &[
    ("CENTRALIZATION_LEDE", CENTRALIZATION_LEDE),
    ("POOLS_INTRO", POOLS_INTRO),
    ("HISTORY_NOTE", HISTORY_NOTE),
    ("GEOGRAPHY_INTRO", GEOGRAPHY_INTRO),
    ("SPREAD_NOTE", SPREAD_NOTE),
    ("REGIONS_LINK", REGIONS_LINK),
    ("EARLIER_INTRO", EARLIER_INTRO),
    ("EARLIER_SHARE_NOTE", EARLIER_SHARE_NOTE),
    ("AI_LEDE", AI_LEDE),
    ("MARKET_INTRO", MARKET_INTRO),
    ("MODELS_INTRO", MODELS_INTRO),
    ("MODELS_ESTIMATE_NOTE", MODELS_ESTIMATE_NOTE),
    ("MINING_LIMITS", MINING_LIMITS),
    ("AI_LIMITS", AI_LIMITS),
];

#[cfg(test)]
mod tests {
    use super::super::{find, parse, Span, SECTION_IDS};
    use super::ALL;

    #[test]
    fn every_paragraph_parses_and_resolves() {
        for (name, text) in ALL {
            let spans = parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            for span in spans {
                match span {
                    Span::Cite { source_id } => assert!(
                        crate::data::source_index(source_id).is_some(),
                        "{name}: no source {source_id}"
                    ),
                    Span::Term { slug, .. } => assert!(find(&slug).is_some(), "{name}: {slug}"),
                    Span::Link { anchor, .. } => assert!(
                        SECTION_IDS.contains(&anchor.trim_start_matches('#'))
                            || anchor == "#regions",
                        "{name}: {anchor}"
                    ),
                    Span::Text(_) | Span::Strong(_) => {}
                }
            }
        }
    }

    #[test]
    fn figures_cite_their_sources() {
        for (name, text) in ALL {
            if text.chars().any(|c| c.is_ascii_digit()) {
                assert!(
                    text.contains("[^"),
                    "{name} states a figure without a source"
                );
            }
        }
    }
}
