//! The classroom deck: presentation mode's steps, in order. A step shows a few parts of one region
//! of the page (a section, or the masthead as the title step) small enough for one projector
//! screen, so a clicker walks the story one point at a time. The parts are CSS selectors inside
//! the region; the frame marks what they match and hides the rest. Each step's speaker notes are
//! in [`crate::content::notes`], looked up by the step's id.
//!
//! The glossary, the FAQ and the sources are not steps: the last step says where they are. The
//! simulator's steps (`#simulate`) show parts its own module renders: the deck loads it as it
//! starts.

/// The region of the title step: the page's masthead (`<header id="masthead">`).
pub const TITLE_REGION: &str = "masthead";

/// The region of the last step, rendered by the frame from [`END_TEXT`].
pub const END_REGION: &str = "deck-end";

/// Where the last step sends the class: the page's glossary (`<section id="glossary">`), the first
/// of the glossary, the FAQ and the sources that [`END_TEXT`] names.
pub const END_LEADS_TO: &str = "glossary";

/// What the last step says.
pub const END_TEXT: &str = "The glossary, the FAQ and every source, with its date, are on the page below the sections: press Esc to leave the deck and scroll to the end.";

/// One screen of the deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Stable id, the key of its speaker notes.
    pub id: &'static str,
    /// The element id of the region shown: a section's id, [`TITLE_REGION`] or [`END_REGION`].
    pub region: &'static str,
    /// CSS selectors of the region's parts this step shows; empty shows the whole region.
    pub parts: &'static [&'static str],
    /// The step's title on the presentation bar and in the speaker view.
    pub title: &'static str,
    /// For a chart with more rows than one screen holds in a projector's text: which of its
    /// rows this step's chart shows (`None`: all of them).
    pub rows: Option<Rows>,
}

const fn step(
    id: &'static str,
    region: &'static str,
    parts: &'static [&'static str],
    title: &'static str,
) -> Step {
    Step {
        id,
        region,
        parts,
        title,
        rows: None,
    }
}

impl Step {
    /// The element id the page shows when the deck is left from this step: the step's region,
    /// or for the last step the glossary it points to ([`END_LEADS_TO`]).
    pub fn leaves_to(&self) -> &'static str {
        if self.region == END_REGION {
            END_LEADS_TO
        } else {
            self.region
        }
    }

    /// The same step showing only part `part` (from 1) of `of` of its chart's rows.
    const fn rows(self, part: u8, of: u8) -> Step {
        Step {
            rows: Some(Rows { part, of }),
            ..self
        }
    }
}

/// Part `part` (counted from 1) of `of` nearly equal runs of a chart's rows, in order, the first
/// runs one row longer when the rows do not divide evenly: 14 rows in 2 parts are rows 1-7 and
/// 8-14; 5 rows in 2 parts are rows 1-3 and 4-5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rows {
    pub part: u8,
    pub of: u8,
}

impl Rows {
    /// The indices of the rows this part shows, of `len` rows (empty past the last row).
    pub fn range(self, len: usize) -> std::ops::Range<usize> {
        // Part k ends at k/of of the rows, rounded up.
        let end = |k: u8| {
            (usize::from(k) * len)
                .div_ceil(usize::from(self.of).max(1))
                .min(len)
        };
        end(self.part.saturating_sub(1))..end(self.part)
    }
}

/// The deck, in order.
pub const STEPS: &[Step] = &[
    step("title", TITLE_REGION, &[], "Hashwatt"),
    step(
        "story-what",
        "story",
        &["#story-title", "#story-what"],
        "What is mining centralization?",
    ),
    step("story-why", "story", &["#story-why"], "Why it centralizes"),
    step(
        "story-earlier",
        "story",
        &["#story-earlier"],
        "How mining was done earlier",
    ),
    step(
        "story-geography",
        "story",
        &["#story-geography"],
        "Moving to new countries",
    ),
    step("story-ai", "story", &["#story-ai"], "How AI differs"),
    step(
        "mine-intro",
        "mine",
        &["#mine-title", ":scope > .prose"],
        "Mining is a lottery",
    ),
    step(
        "mine-run",
        "mine",
        &[".miner-controls", ".miner-live"],
        "Mine a block: controls and rate",
    ),
    step(
        "mine-predict",
        "mine",
        &["#predict-laptop"],
        "Predict: a laptop alone",
    ),
    step(
        "mine-compare",
        "mine",
        &["#miner-compare"],
        "You against the industry",
    ),
    step(
        "mine-verify",
        "mine",
        &[":scope > .verify"],
        "Verify a real block",
    ),
    step(
        "econ-intro",
        "economics",
        &["#economics-title", ":scope > .section-lede"],
        "What it costs to mine a bitcoin",
    ),
    step(
        "econ-predict",
        "economics",
        &["#predict-pays"],
        "Predict: does mining pay?",
    ),
    step(
        "econ-presets",
        "economics",
        &[":scope > .econ-bar"],
        "Presets, the link and the QR code",
    ),
    step(
        "econ-scenario",
        "economics",
        &[".econ-inputs > :nth-child(-n+4)", ".econ-verdict"],
        "The scenario: price, power, machines",
    ),
    step(
        "econ-scenario-more",
        "economics",
        &[".econ-inputs > :nth-child(n+5)", ".econ-verdict"],
        "The scenario: rewards and hardware",
    ),
    step(
        "econ-outcome",
        "economics",
        &[".econ-outputs"],
        "Cost against price",
    ),
    step(
        "econ-cost",
        "economics",
        &[".econ-charts > h3:nth-of-type(1)", "#chart-cost"],
        "Cost and the power price",
    ),
    step(
        "econ-margin",
        "economics",
        &[".econ-charts > h3:nth-of-type(2)", "#chart-margin"],
        "Where mining pays",
    ),
    step(
        "econ-hardware",
        "economics",
        &[".econ-charts > h3:nth-of-type(3)", "#chart-generations"],
        "Which hardware still pays",
    ),
    step(
        "econ-regions",
        "economics",
        &["#regions"],
        "Power prices by region",
    ),
    step(
        "sim-intro",
        "simulate",
        &["#simulate-title", ":scope > .section-lede"],
        "What happens next",
    ),
    step(
        "sim-predict",
        "simulate",
        &["#sim-root > .predict"],
        "Predict: the first retarget",
    ),
    step(
        "sim-presets",
        "simulate",
        &["#sim-root > .sim-presets", ".sim-summary"],
        "A price fall, a storm, the halving",
    ),
    step(
        "sim-outcome",
        "simulate",
        &[".sim-summary", ".sim-stats"],
        "What the run says",
    ),
    step(
        "sim-hashrate",
        "simulate",
        &[".sim-charts > h3:nth-of-type(1)", "#chart-sim-hashrate"],
        "Who switches off",
    ),
    step(
        "sim-difficulty",
        "simulate",
        &[".sim-charts > h3:nth-of-type(2)", "#chart-sim-difficulty"],
        "The difficulty answers",
    ),
    step(
        "sim-hashprice",
        "simulate",
        &[".sim-charts > h3:nth-of-type(3)", "#chart-sim-hashprice"],
        "Who is left",
    ),
    step(
        "cent-intro",
        "centralization",
        &["#centralization-title", ":scope > .section-lede"],
        "Who controls the hash rate",
    ),
    step(
        "cent-predict",
        "centralization",
        &["#predict-pools"],
        "Predict: pools for half",
    ),
    // A row per pool is too many rows for a projector's text in one screen: the largest pools
    // (with the majority) first, the smaller ones and the buckets next.
    step(
        "cent-pools",
        "centralization",
        &["#pools-title", "#pool-chart"],
        "A few pools find most blocks",
    )
    .rows(1, 2),
    step(
        "cent-pools-rest",
        "centralization",
        &["#pools-title", "#pool-chart"],
        "The smaller pools",
    )
    .rows(2, 2),
    step(
        "cent-what-if",
        "centralization",
        &[
            ".pools > .stats",
            ".pools > .what-if-controls",
            // Remove and Merge rather than the chart (the step before shows it): with a row per
            // pool, the chart beside them would be too small to read from the back.
            ".pools-grid > .pool-list-wrap",
        ],
        "What if pools merge or leave?",
    ),
    step(
        "cent-history",
        "centralization",
        &[".coefficient-history > h3", "#coefficient-chart"],
        "The coefficient over time",
    ),
    step(
        "cent-spread",
        "centralization",
        &[".geography > h3", ".geography > .spread"],
        "Where the hash rate is",
    ),
    step(
        "cent-geography",
        "centralization",
        &["#geo-chart"],
        "Countries over time",
    ),
    step(
        "cent-hydro",
        "centralization",
        &[".geography > h4", ".geography > h4 + .two-col"],
        "Hydro power in the Global South",
    ),
    step(
        "cent-earlier",
        "centralization",
        &[".earlier > h3", "#efficiency-chart"],
        "From CPUs to ASICs",
    ),
    step(
        "ai-intro",
        "ai",
        &["#ai-title", ":scope > .section-lede"],
        "AI's other path",
    ),
    step(
        "ai-market",
        "ai",
        &[".market > h3", ".market > .stats", ".market > .correction"],
        "A market moving to the edge",
    ),
    step(
        "ai-market-chart",
        "ai",
        &[".market > h3", "#edge-ai-chart"],
        "The market's path",
    ),
    step(
        "ai-models",
        "ai",
        &[".models > h3", "#memory-chart"],
        "What fits on a phone or a laptop",
    ),
    step("ai-paths", "ai", &[".two-paths"], "Two paths"),
    step("end", END_REGION, &[], "Glossary, FAQ and sources"),
];

/// The first step showing `region`, where `P` starts for a reader of that section (the title for
/// a section that has no step, such as the glossary).
pub fn first_step_of(region: &str) -> usize {
    STEPS.iter().position(|s| s.region == region).unwrap_or(0)
}

/// What the deck's two windows (the projected page and the speaker view) say to each other on
/// their `BroadcastChannel`, as text: `at 3` or `at 3 blank` (the page shows step index 3, or has
/// blanked the screen on it), `go 3` (the speaker view asks for step 3), `hello` (a speaker view
/// opened and asks where the deck is), `leave` (the page left presentation mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    At { index: usize, blank: bool },
    Go(usize),
    Hello,
    Leave,
}

impl Message {
    /// Reads a message; anything else (another page's, a newer version's) is `None`. Prefixes
    /// and suffixes rather than a word splitter: this is in the first visit's wasm.
    pub fn parse(text: &str) -> Option<Message> {
        let index = |n: &str| n.parse().ok();
        Some(match text {
            "hello" => Message::Hello,
            "leave" => Message::Leave,
            _ => {
                if let Some(n) = text.strip_prefix("go ") {
                    Message::Go(index(n)?)
                } else {
                    let at = text.strip_prefix("at ")?;
                    match at.strip_suffix(" blank") {
                        Some(n) => Message::At {
                            index: index(n)?,
                            blank: true,
                        },
                        None => Message::At {
                            index: index(at)?,
                            blank: false,
                        },
                    }
                }
            }
        })
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Message::At { index, blank } => {
                write!(f, "at {index}{}", if *blank { " blank" } else { "" })
            }
            Message::Go(index) => write!(f, "go {index}"),
            Message::Hello => f.write_str("hello"),
            Message::Leave => f.write_str("leave"),
        }
    }
}

#[cfg(test)]
#[path = "deck_tests.rs"]
mod tests;
