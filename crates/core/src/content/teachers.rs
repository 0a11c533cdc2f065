//! The "For teachers" page (`teachers.html`, written at build time by `crates/pages`, never part
//! of the app's wasm): two lesson plans timed against the deck's steps, discussion questions per
//! section, common misconceptions with their answers, and how to run the page in a classroom.
//!
//! The prose is the page's markup (`[[term]]`, `[^source-id]`, `[text](#anchor)`, `**bold**`)
//! plus one thing of its own: `{key}` stands for a figure of [`FIGURES`], which [`fill`] writes as
//! the page shows it, with its date and its citation ("$90,000 (2026)[^seed-article]"). The prose
//! itself has no digits: every number comes from `data`, so a figure corrected there is corrected
//! here too (a native test checks it).

use crate::data::{ai, hardware, network, pools, Figure};

/// One part of a lesson: how long it takes, which deck steps it shows, what the class does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Activity {
    /// Minutes it takes.
    pub minutes: u16,
    /// The deck steps shown, first and last (step ids of [`crate::model::deck::STEPS`]), or
    /// `None` for work away from the deck.
    pub steps: Option<(&'static str, &'static str)>,
    /// What to do, in markup.
    pub what: &'static str,
}

/// A lesson plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    /// Element id on the teachers page.
    pub id: &'static str,
    pub title: &'static str,
    /// The lesson's length in minutes: the activities' minutes add up to it.
    pub minutes: u16,
    /// Who it is for and what it needs, in markup.
    pub intro: &'static str,
    /// In order; their deck steps, in order, walk the whole deck once.
    pub activities: &'static [Activity],
}

/// Questions for a class discussion about one section of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Discussion {
    /// The section's id on the page (one of [`super::SECTION_IDS`]).
    pub section: &'static str,
    pub heading: &'static str,
    /// Questions, in markup.
    pub questions: &'static [&'static str],
}

/// A belief students often bring, and the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Misconception {
    /// The deck step where it usually comes up.
    pub step: &'static str,
    /// The belief, in a student's words (plain text).
    pub belief: &'static str,
    /// The answer, in markup.
    pub answer: &'static str,
}

/// One part of "Running it in class".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Howto {
    /// Element id on the teachers page.
    pub id: &'static str,
    pub heading: &'static str,
    /// Paragraphs, in markup.
    pub paragraphs: &'static [&'static str],
}

/// The page's file, next to `index.html`; the app links to it with a plain link.
pub const PAGE: &str = "teachers.html";

/// The app's links to the page (the contents, the deck's last step, the colophon).
pub const LINK_TEXT: &str = "For teachers";

/// The deck's last step says what the page holds.
pub const DECK_LINK_TEXT: &str =
    "For teachers: lesson plans, discussion questions and misconceptions";

/// The page's title.
pub const TITLE: &str = "For teachers: Hashwatt in class";

/// What the page is, under its title (markup).
pub const INTRO: &str = "Hashwatt explains why Bitcoin mining moved from home computers into a few farms and pools, and why AI may move the other way. This page is for the teacher: two lesson plans timed against the deck's steps, questions for discussion, the misconceptions students bring and their answers, and how to run the page on a projector, on a slow school network and on the class's phones. Print it with the browser's Print; every figure carries its date and its source, numbered as in the page's Sources.";

/// The figures the prose may name, by key: `{key}` in the prose.
pub static FIGURES: &[(&str, &Figure)] = &[
    ("hashrate", &network::SEED_HASHRATE_EHS),
    ("hashrate-week", &network::HASHRATE_7D_EHS),
    ("cost", &network::SEED_COST_USD_PER_BTC),
    ("price", &network::SEED_PRICE_USD),
    ("cost-feb", &network::JPMORGAN_COST_2026_02),
    ("power", &network::CAMBRIDGE_POWER_USD_PER_KWH),
    ("fees", &network::FEE_SHARE_PCT),
    ("nakamoto", &pools::SNAPSHOT_NAKAMOTO),
    ("nakamoto-templates", &pools::TEMPLATE_GROUP_NAKAMOTO),
    ("ghash", &pools::GHASH_2014_06),
    ("ghash-hours", &pools::GHASH_MAJORITY_HOURS),
    ("bitmain", &hardware::BITMAIN_SHARE_PCT),
    ("edge-start", &ai::EDGE_AI_2025),
    ("edge-end", &ai::EDGE_AI_2033),
];

/// A `{key}` in the prose that [`FIGURES`] does not have, or a `{` left open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFigure(pub String);

impl std::fmt::Display for UnknownFigure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no figure `{}` in teachers::FIGURES", self.0)
    }
}

/// A figure as the prose names it: value and unit as the page shows them, its date, and its
/// citation: "$90,000 (2026)[^seed-article]".
pub fn figure_markup(figure: &Figure) -> String {
    format!(
        "{} ({})[^{}]",
        crate::data::format_figure(figure),
        crate::model::format::period(figure.as_of),
        figure.source.id
    )
}

/// The prose with every `{key}` replaced by its figure (see [`figure_markup`]): markup, ready for
/// [`super::linkify`].
pub fn fill(text: &str) -> Result<String, UnknownFigure> {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| UnknownFigure(after.to_owned()))?;
        let key = &after[..close];
        let figure = FIGURES
            .iter()
            .find(|(k, _)| *k == key)
            .ok_or_else(|| UnknownFigure(key.to_owned()))?
            .1;
        out.push_str(&figure_markup(figure));
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

impl Plan {
    /// Each activity's start and end, in minutes from the start of the lesson.
    pub fn schedule(&self) -> Vec<(u16, u16)> {
        let mut start = 0;
        self.activities
            .iter()
            .map(|a| {
                let span = (start, start + a.minutes);
                start = span.1;
                span
            })
            .collect()
    }
}

/// Which deck steps an activity shows, numbered as the presentation bar numbers them (from 1):
/// "Steps 12–21: What it costs to mine a bitcoin … Power prices by region", "Step 35: Glossary,
/// FAQ and sources", or "Away from the deck". An id the deck lacks (ruled out by the tests) reads
/// as "?".
pub fn steps_label(steps: Option<(&str, &str)>) -> String {
    use crate::model::deck::STEPS;
    let Some((from, to)) = steps else {
        return "Away from the deck".to_owned();
    };
    let at = |id: &str| STEPS.iter().position(|s| s.id == id);
    let title = |i: Option<usize>| i.map_or("?", |i| STEPS[i].title);
    let number = |i: Option<usize>| i.map_or_else(|| "?".to_owned(), |i| (i + 1).to_string());
    let (a, b) = (at(from), at(to));
    if a == b {
        format!("Step {}: {}", number(a), title(a))
    } else {
        format!(
            "Steps {}\u{2013}{}: {} \u{2026} {}",
            number(a),
            number(b),
            title(a),
            title(b)
        )
    }
}

const fn act(
    minutes: u16,
    steps: Option<(&'static str, &'static str)>,
    what: &'static str,
) -> Activity {
    Activity {
        minutes,
        steps,
        what,
    }
}

/// The two lessons: 45 and 90 minutes.
pub static PLANS: &[Plan] = &[
    Plan {
        id: "plan-45",
        title: "A 45-minute lesson",
        minutes: 45,
        intro: "One class period, the whole deck, the teacher at the front. Needs the projector and the teacher's laptop; the class's phones help but are not needed. Before the lesson, open the page once on the laptop so it also works without the network.",
        activities: &[
            act(3, Some(("title", "story-what")), "Open with the title step's question: who has heard of Bitcoin mining, and what does a miner do? Collect two or three answers without correcting them; come back to them at the end."),
            act(7, Some(("story-why", "story-ai")), "Tell the story in four steps. Stop once, on the cost of a bitcoin against its price, and ask who keeps mining when it costs more than it sells for."),
            act(9, Some(("mine-intro", "mine-verify")), "Take the class's prediction for a laptop alone before starting the miner, then start it and let it run while you move on to the comparison: the presentation bar keeps showing its rate. Verify a real block if the class asks how anyone can check the winner."),
            act(8, Some(("econ-intro", "econ-regions")), "Take the prediction first. Then change one input at a time, power price first, and let the class call out where the verdict flips. End on the regions: cheap power decides where mining happens."),
            act(5, Some(("sim-intro", "sim-hashprice")), "Take the prediction on the first retarget, then press the halving: which machines switch off, and who is left once the difficulty has answered?"),
            act(7, Some(("cent-intro", "cent-earlier")), "Take the prediction on pools, then show the answer on the pool chart. Merge two pools in the what-if and ask what changed for the coefficient. Run through the countries over time quickly."),
            act(4, Some(("ai-intro", "ai-paths")), "Contrast the two paths: one kind of chip and the cheapest power for mining; the devices people already own for everyday AI."),
            act(2, Some(("end", "end")), "Exit question: in one sentence, why did mining leave home computers? Point to the glossary, the FAQ and the sources for homework."),
        ],
    },
    Plan {
        id: "plan-90",
        title: "A 90-minute lesson",
        minutes: 90,
        intro: "A double period with work in pairs: students open the page on their own phones or laptops through the QR code, try the scenarios themselves and discuss. Needs the projector and, for the pairs, a network the phones can reach (the school's wifi, or the classroom server below).",
        activities: &[
            act(5, Some(("title", "story-what")), "Open with the title step's question and write the class's answers on the board; they come back in the last discussion."),
            act(10, Some(("story-why", "story-ai")), "Tell the story. On each step ask its question (the speaker view shows it) and take one answer."),
            act(12, Some(("mine-intro", "mine-verify")), "Predictions on paper or by show of hands, then every pair starts the miner on its own device. Compare the fastest and the slowest device in the room, then the whole room against the industry."),
            act(17, Some(("econ-intro", "econ-regions")), "Scan the QR code on the presets step so every pair has the scenario. Each pair looks for the highest power price at which mining still pays with the newest machine, and for one region where it pays. Two pairs report."),
            act(10, Some(("sim-intro", "sim-hashprice")), "Take the prediction on the first retarget. Then each pair tries one timeline, a price fall, a storm or the halving, and reports which machines switched off, how the difficulty answered and where the survivors are."),
            act(13, Some(("cent-intro", "cent-earlier")), "Pairs use the what-if: which two pools, merged, would control half of the blocks? What if the largest pool left? Then the class reads the coefficient over time and the countries over time together."),
            act(8, Some(("ai-intro", "ai-paths")), "Pairs check which models would fit on their own phone, then compare the two paths."),
            act(10, None, "Discussion in groups of four with the questions below (one section per group), then one sentence from each group to the class."),
            act(5, Some(("end", "end")), "Back to the answers on the board from the start: which would the class change after the lesson? Point to the glossary, the FAQ and the sources."),
        ],
    },
];

/// Discussion questions, one block per section of the page.
pub static DISCUSSIONS: &[Discussion] = &[
    Discussion {
        section: "story",
        heading: "The story",
        questions: &[
            "Bitcoin has no bank deciding which payments count. Who decides instead, and why does it matter how many of them there are?",
            "A few operators with half the [[hash rate]] could delay or refuse payments, but not steal coins. Which of these would worry you more as a user, and why?",
            "Mining moved from home computers to ASIC farms. What other industries went from hobbyists to a few large firms, and what pushed them?",
        ],
    },
    Discussion {
        section: "mine",
        heading: "Mine a block",
        questions: &[
            "Your device is buying lottery tickets. What would you need to win a block once a year, and what would that cost?",
            "Anyone can check a winning block with one hash, but finding it takes trillions. Why is that difference the point of proof of work?",
            "Would the whole class, mining together, stand a chance? What does that say about joining a pool?",
        ],
    },
    Discussion {
        section: "economics",
        heading: "The economics",
        questions: &[
            "The article puts the average cost of a bitcoin at {cost}, against a price of {price}. Who keeps mining at a loss, and for how long?",
            "Surveyed miners paid a median {power} for electricity. Which input moved the verdict most: the price, the power price or the machines? What does that tell you about where mining moves?",
            "Each halving cuts the new bitcoin per block in half, while fees were {fees} of block rewards. What happens to the miners with the oldest machines after the next one?",
        ],
    },
    Discussion {
        section: "simulate",
        heading: "What happens next",
        questions: &[
            "When the price falls below what their power costs, some miners switch off. Why do the others end up earning more per machine afterwards?",
            "The halving cuts every miner's new bitcoin in half on the same day. Which miners does that favour, and where are they?",
            "Real miners often keep mining at a loss for a while. Why might they, and what does that change in the story the model tells?",
        ],
    },
    Discussion {
        section: "centralization",
        heading: "Who controls mining",
        questions: &[
            "In the page's snapshot, {nakamoto} together found more than half the blocks. Is a pool one miner? What could its members do if it misbehaved?",
            "Mining left China after its ban and spread to other countries, while one maker, Bitmain, held {bitmain} of the market for mining machines. Is mining more decentralized for it?",
            "GHash.io held more than half of the hash rate for about {ghash-hours}. Why did miners leave it, and would they do the same again?",
        ],
    },
    Discussion {
        section: "ai",
        heading: "AI's other path",
        questions: &[
            "Training the largest models takes data centres, but running a small one fits on a phone. Which matters more for who controls AI?",
            "The article expects the edge AI market to grow from {edge-start} to {edge-end}. Is a forecast a fact? How would you check it in a few years?",
            "What would you want to run on your own device rather than on someone else's server, and why?",
        ],
    },
];

/// The misconceptions students most often bring, in deck order.
pub static MISCONCEPTIONS: &[Misconception] = &[
    Misconception {
        step: "title",
        belief: "Miners dig coins out of nothing, or make them whenever they like.",
        answer: "Miners compete to add the next block of payments to a shared ledger. The winner is paid new bitcoin plus fees, on a schedule fixed by Bitcoin's rules: nobody makes coins at will.",
    },
    Misconception {
        step: "story-what",
        belief: "A big miner or pool can spend other people's bitcoin.",
        answer: "No: coins are protected by their owners' signatures. Those holding half the hash rate could delay or refuse payments. It has happened that one pool held that much: GHash.io, at {ghash}.",
    },
    Misconception {
        step: "mine-intro",
        belief: "A fast computer works the answer out; a smart enough program would win.",
        answer: "There is nothing to work out: each hash is a lottery ticket, and the chance of winning is your share of all the tickets bought. The network's hash rate was about {hashrate}, every hash one ticket.",
    },
    Misconception {
        step: "mine-compare",
        belief: "Leave a laptop mining for long enough and it will earn something.",
        answer: "The comparison on the page works out how many years a laptop alone would wait, on average, for one real block, against a network doing {hashrate-week}: far longer than the laptop will last.",
    },
    Misconception {
        step: "econ-scenario-more",
        belief: "Fees pay the miners; the new bitcoin hardly matter.",
        answer: "Fees were only {fees} of block rewards. Almost all of a miner's income is the new bitcoin per block, which halves about every four years.",
    },
    Misconception {
        step: "econ-outcome",
        belief: "With the price this high, mining must be making everyone rich.",
        answer: "The article puts the average cost of producing a bitcoin at {cost}, above a price of {price}. Other estimates are lower, such as {cost-feb}, and still above the price. Only miners with the cheapest power and the newest machines make money.",
    },
    Misconception {
        step: "cent-pools",
        belief: "A mining pool is one company's machines.",
        answer: "A pool gathers many miners who can leave it. But the pool chooses the block's transactions, and {nakamoto} found more than half of the blocks; counting the pools that mine on AntPool's block templates as one, {nakamoto-templates}.",
    },
    Misconception {
        step: "cent-hydro",
        belief: "Moving mining to new countries spreads it out, so the problem is solved.",
        answer: "Geographically it helps. But the machines come mostly from one maker, Bitmain with {bitmain} of the market, and miners in new countries mostly hash for the same few pools; host countries can also change their tariffs or permits.",
    },
    Misconception {
        step: "ai-models",
        belief: "AI only runs in huge data centres.",
        answer: "Training the largest models does. Running a finished small model fits on a phone or a laptop once it is quantized, and the market for that edge AI is expected to grow from {edge-start} to {edge-end}, a forecast.",
    },
];

/// How to run the page in class.
pub static HOWTO: &[Howto] = &[
    Howto {
        id: "run-projector",
        heading: "On the projector, with a clicker",
        paragraphs: &[
            "Press **P**, or the \"Present to a class\" button with the contents, to start the deck at the section being read. Each step fits the screen. A clicker's Page Down and Page Up, the arrow keys, Space and Shift+Space move one step, whatever has focus, without changing a slider or an answer; only a field being typed into keeps its keys. **Home** and **End** go to the first and last step.",
            "**B** or the full stop blanks the screen, as a clicker's blank button does; the next press brings the same step back, without moving on. **Esc** first closes a large QR code, then leaves the deck. The sliders and the miner keep working while presenting, and while the miner runs the presentation bar shows its rate on every step.",
        ],
    },
    Howto {
        id: "run-speaker",
        heading: "The speaker view",
        paragraphs: &[
            "Press **S** in the deck to open the speaker view in a second window: the current step, the next one, notes for this step (what to say, the question to ask, the misconception to expect and the answer) and a clock. Put it on the laptop's own screen and the deck on the projector (an extended display). The two windows follow each other; moving in either moves both. They talk inside the browser, so this needs no server and works offline.",
        ],
    },
    Howto {
        id: "run-network",
        heading: "A slow school network, or none",
        paragraphs: &[
            "The page is one small download with nothing from other sites: no fonts, no trackers, no video. Open it once before the lesson, on the laptop and the browser you will present from: a service worker then keeps a copy, and the page works with the network off. On a slow network the saved copy shows if the network does not answer within a few seconds.",
            "This teachers page is saved for offline use once it has been opened. The sources are links: they need the network only when someone follows one.",
        ],
    },
    Howto {
        id: "run-phones",
        heading: "Phones, and the QR code",
        paragraphs: &[
            "The share panel in the [economics section](#economics) shows a QR code of the current scenario, with a large view for the projector that also shows the link as text. Students who scan it open the page at the same scenario, never in presentation mode. The miner runs on phones too, in the phone's own browser.",
            "If the page was opened at localhost on the teacher's laptop, the phones cannot reach that address, and the share panel says so. Serve the page on the school network instead, or put the page's files on any web server the school has: they are static files.",
        ],
    },
    Howto {
        id: "run-classroom",
        heading: "The classroom server",
        paragraphs: &[
            "With Rust installed, **make classroom** in the project's folder builds the page and serves it from the teacher's laptop to the whole school network, with no internet needed. It prints the students' link, one for each of the laptop's network addresses, and the teacher's link, which carries a secret key; the teacher's page takes the key out of its address bar once opened.",
            "Open the teacher's link on the laptop that drives the projector. A dashboard shows the class's code with a QR code for students to scan, then each student's hash rate, who finds the class's blocks, and the class's Nakamoto coefficient. Its levers open pools, bring in a simulated ASIC farm, pause the class, start a new lesson and download the lesson as a spreadsheet. **Show the deck** goes back to the slides; on each predict-then-reveal step, **Ask the class this question** makes it a vote on the students' own devices, and the reveal shows the class's answers beside the right one.",
            "Students join with a name and press Start: their browser mines for the class. The server keeps the lesson in a small database, so a restart carries on and every page reconnects by itself. Its flags are in the project's docs/classroom.md.",
        ],
    },
];

/// Every paragraph of prose on the teachers page, with a label saying where it is, before
/// [`fill`].
pub fn all_prose() -> Vec<(String, &'static str)> {
    let mut out = vec![("intro".to_owned(), INTRO)];
    for plan in PLANS {
        out.push((format!("{} intro", plan.id), plan.intro));
        for (i, a) in plan.activities.iter().enumerate() {
            out.push((format!("{} activity {}", plan.id, i + 1), a.what));
        }
    }
    for d in DISCUSSIONS {
        for (i, q) in d.questions.iter().enumerate() {
            out.push((format!("discussion {} {}", d.section, i + 1), *q));
        }
    }
    for m in MISCONCEPTIONS {
        out.push((format!("misconception at {}: belief", m.step), m.belief));
        out.push((format!("misconception at {}: answer", m.step), m.answer));
    }
    for h in HOWTO {
        for (i, p) in h.paragraphs.iter().enumerate() {
            out.push((format!("{} ¶{}", h.id, i + 1), *p));
        }
    }
    out
}

#[cfg(test)]
#[path = "teachers_tests.rs"]
mod tests;
