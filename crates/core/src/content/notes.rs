//! Speaker notes: for every step of the deck ([`crate::model::deck::STEPS`]), what to say, the
//! question to ask the class, the misconception to expect and the answer. Figures are the page's
//! own, from FACTS.md, with the source the page cites for them named in brackets.

/// The notes of one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Notes {
    /// What to say while the step is on screen.
    pub say: &'static str,
    /// The question to ask the class.
    pub ask: &'static str,
    /// The misconception to expect.
    pub expect: &'static str,
    /// The answer to the question, and to the misconception.
    pub answer: &'static str,
}

const fn n(
    say: &'static str,
    ask: &'static str,
    expect: &'static str,
    answer: &'static str,
) -> Notes {
    Notes {
        say,
        ask,
        expect,
        answer,
    }
}

/// The file the notes are written to beside `index.html` (crates/pages), which the speaker view
/// fetches: they are not in the app's wasm.
pub const FILE: &str = "notes.html";

/// The notes of `step` (a step id), if it has any.
pub fn notes_for(step: &str) -> Option<&'static Notes> {
    NOTES.iter().find(|(id, _)| *id == step).map(|(_, n)| n)
}

/// Every step's notes, by step id, in deck order.
pub const NOTES: &[(&str, Notes)] = &[
    ("title", n(
        "This lesson: why Bitcoin mining moved from home computers into a few farms and pools, and why AI may move the other way.",
        "Who here has heard of Bitcoin mining? What do you think a miner does?",
        "Miners dig up or create coins out of nothing, by choice.",
        "Miners compete to add the next block of payments to a shared ledger; the winner is paid new bitcoin plus fees.")),
    ("story-what", n(
        "Bitcoin has no bank deciding which payments count: machines race to add a block about every 10 minutes (Bitcoin Core). Centralization means that race is won by fewer and fewer hands.",
        "Why does it matter who mines, if nobody can steal coins?",
        "A big miner can spend other people's bitcoin.",
        "No: signatures protect coins. Those holding half the hash rate could delay or refuse transactions, and a few firms are easier to pressure.")),
    ("story-why", n(
        "Mining became a matter of capital and energy: ~1 ZH/s of hashing in early 2026 (the article). Cost ~$90,000 per bitcoin against a price near $67,000 (the article).",
        "If it costs more than it sells for, who keeps mining?",
        "Everyone mines at the same cost.",
        "Only those with the cheapest power and newest machines; the average miner loses. Pools then gather the choice of transactions.")),
    ("story-earlier", n(
        "2009: a CPU did ~22 MH/s (DesignSpark). GPUs, FPGAs, then ASICs from January 2013 (blog.zorinaq.com). An S21 XP: 270 TH/s at 13.5 J/TH (Bitmain spec).",
        "What changed when chips were made to do only one thing?",
        "Home computers could still win if enough of them joined.",
        "ASICs use thousands of times less energy per hash, so general-purpose computers stopped paying for their power.")),
    ("story-geography", n(
        "China had ~65% of the hash rate in 2019-20 and zero after its 2021 ban (Cambridge); the US ~38% by late 2025 (Luxor). Hydro in Paraguay and Ethiopia attracts miners.",
        "Does mining in more countries mean mining is less centralized?",
        "More countries means decentralized.",
        "Only geographically: the same maker builds the machines and a few pools still choose the transactions.")),
    ("story-ai", n(
        "Thorn: AI may follow the opposite path. Edge AI runs models on the phone or laptop. The article says $25B (2025) to $119B (2033).",
        "The article calls that nearly 300% growth. Is it?",
        "119 is about 300% of 25, so +300%.",
        "119 / 25 = 4.76: an increase of 376%, about 21.5% a year over 8 years.")),
    ("mine-intro", n(
        "Mining is a lottery you enter by computing: change the nonce, hash the 80-byte header twice with SHA-256, hope for a small number.",
        "Can you get better at guessing a nonce?",
        "A clever miner can work out the answer.",
        "No: each hash is a fresh draw. Only more hashes per second raise your chances.")),
    ("mine-run", n(
        "Press Start: this computer mines in the real format. Watch the rate and the hashes tried; the bar keeps showing the rate on every step.",
        "How many hashes a second do you think this laptop does?",
        "Millions of hashes should find a block quickly.",
        "It finds easy practice blocks; a real block needs about difficulty times 2^32 hashes (Bitcoin Core).")),
    ("mine-predict", n(
        "Let the class pick a range before revealing: the answer is computed from the rate measured here.",
        "Mining alone, how long would an ordinary computer like this one take to find one real block?",
        "Days or months.",
        "The reveal shows it: far longer than a human life, which is why solo home mining stopped.")),
    ("mine-compare", n(
        "Your rate against the whole network's ~1 ZH/s (the article), and your power in J/TH against an ASIC.",
        "What share of the network is this computer?",
        "A big classroom of laptops would make a dent.",
        "Even thousands of laptops are a vanishing fraction of one farm.")),
    ("mine-verify", n(
        "Checking a block takes one hash: paste the genesis header and see the proof of work hold.",
        "Why is finding a block hard but checking it easy?",
        "Checking must redo all the miners' work.",
        "Checking hashes the header once and compares it with the target; finding took quintillions of tries.")),
    ("econ-intro", n(
        "In the article's 2026 scenario a bitcoin costs about $90,000 to mine and sells for about $67,000 (the article).",
        "What goes into the cost of one bitcoin?",
        "Mostly the price of the machines.",
        "Electricity is about 80% of operating costs (Cambridge 2025), plus machines spread over their life.")),
    ("econ-predict", n(
        "Prediction before the sliders: the answer comes from the scenario on screen.",
        "At these prices, does the average miner make money?",
        "Mining always pays, or nobody would do it.",
        "At the article's figures it loses about $23,000 per bitcoin; only the cheapest power pays.")),
    (
        "econ-presets",
        n(
            "Presets load a place or a year; Copy link and the QR code carry the scenario to the class's phones.",
            "Which preset do you expect to pay: Texas, Paraguay or Ethiopia?",
            "Hydro power is always the cheapest.",
            "It depends on the deal: Texas $0.027-0.034, Ethiopia ~$0.032, Paraguay ~$0.047 per kWh (press reports).",
        ),
    ),
    (
        "econ-scenario",
        n(
            "Price, power price, efficiency and the network's hash rate; the verdict beside them follows. Move the power price.",
            "Which input changes the cost most?",
            "The bitcoin price sets the cost.",
            "The price sets revenue; power price and efficiency set the cost.",
        ),
    ),
    (
        "econ-scenario-more",
        n(
            "Fees, the subsidy (3.125 BTC since April 2024, Bitcoin Core), the machines' price and life, other costs.",
            "What happens to miners at the next halving?",
            "The price doubles, so nothing changes.",
            "Revenue per block halves; unless price or fees rise, more miners lose money.",
        ),
    ),
    ("econ-outcome", n(
        "Cost against price, per bitcoin, for the scenario on screen.",
        "What happens to miners when the price falls below their cost?",
        "They all stop at once.",
        "The least efficient stop first; difficulty then falls and the rest earn more per hash.")),
    ("econ-cost", n(
        "Each line is the cost per bitcoin as the power price changes.",
        "At what power price does the line cross the market price?",
        "Cheap power alone guarantees profit.",
        "Only below the break-even price, and only with efficient machines.")),
    ("econ-margin", n(
        "The map shows margin per bitcoin: power price across, bitcoin price up.",
        "Where on the map would a miner paying $0.10/kWh profit?",
        "Any place profits when the price rises.",
        "Only in the corner of high prices; most of the map loses at that power price.")),
    ("econ-hardware", n(
        "Revenue and running cost of one TH/s a day, by machine generation.",
        "Why do old machines get switched off?",
        "Machines wear out.",
        "They still work, but their power costs more than they earn.")),
    ("econ-regions", n(
        "Reported power prices for miners, deal by deal: Texas $0.027-0.034, Ethiopia ~$0.032, Paraguay ~$0.047 per kWh (press, various).",
        "Why do miners move countries?",
        "For the weather or lower taxes.",
        "Above all for cheap, steady electricity, often hydro.")),
    ("sim-intro", n(
        "The economics showed one moment; this plays it forward one difficulty epoch (2,016 blocks) at a time, by Bitcoin Core's rules.",
        "If the price falls below what a machine's power costs, what happens to the blocks?",
        "Blocks stop until the price recovers.",
        "They come more slowly until the next retarget, which lowers the difficulty so they come about every 10 minutes again.")),
    ("sim-predict", n(
        "Predict before revealing. For scale: -27.94% on 2021-07-03 after China's ban, -11.16% on 2026-02-07 after Winter Storm Fern.",
        "How does the difficulty change at the first retarget after the first event?",
        "Someone in charge of Bitcoin sets the difficulty.",
        "Nobody sets it: every node computes it from how long the last 2,016 blocks took, never by more than a factor of 4.")),
    ("sim-presets", n(
        "Three timelines: the price stays, the April 2028 halving, a storm like February 2026's. The summary is computed from the run.",
        "Which timeline switches off more machines for good, the storm or the halving?",
        "A storm, because it takes a lot of the hash rate off at once.",
        "The halving: it halves every machine's new bitcoin for four years; a storm's machines come back when it ends.")),
    ("sim-outcome", n(
        "The figures under the summary: the first retarget, the hash rate at the start and end, and who is left.",
        "Why does the share of cheap power rise among the survivors?",
        "Cheap power makes machines faster.",
        "Machines on dear power stop first; those left are mostly on cheap power, so control concentrates where power is cheap.")),
    ("sim-hashrate", n(
        "Bands are machine generations, oldest at the bottom; a band that stops is a group of machines whose power bill the hashprice no longer covers.",
        "Which machines switch off first?",
        "The biggest farms, because they use the most power.",
        "The least efficient machines on the dearest power, whoever owns them: the oldest first.")),
    ("sim-difficulty", n(
        "The difficulty follows the hash rate one epoch late; between retargets the blocks slow down or speed up.",
        "Why do blocks take longer just after machines switch off?",
        "The network is broken until the miners return.",
        "The difficulty still expects the old hash rate until the next retarget, 2,016 blocks later.")),
    ("sim-hashprice", n(
        "Hashprice: what one PH/s earns in a day. After a retarget it recovers for the machines that are left.",
        "Who gains when the hashprice recovers?",
        "Everyone who stopped comes back on the same terms.",
        "Mostly the newest machines on the cheapest power: see the survivors' countries and the HHI under the charts.")),
    ("cent-intro", n(
        "Two numbers: the Nakamoto coefficient (fewest pools with over half the blocks) and the HHI, which counts every pool.",
        "Who decides which transactions go into a block?",
        "Every miner votes on every block.",
        "The pool that finds the block chooses its transactions.")),
    ("cent-predict", n(
        "Predict before revealing: 4,312 blocks in 30 days to 2026-04-22 (pools dataset).",
        "How many pools found more than half of the blocks?",
        "Dozens, since thousands mine.",
        "3: Foundry USA 30.89% and AntPool 18.04% make 48.93%, F2Pool takes it past half.")),
    ("cent-pools", n(
        "Bars are pool shares; the dots are the running total crossing 50%.",
        "Is a pool one company owning all its machines?",
        "A pool owns its miners' hardware.",
        "A pool coordinates many miners, who can leave; but it picks the transactions while they stay.")),
    ("cent-pools-rest", n(
        "The rest, from Luxor's 3.25% down, and two buckets (pools dataset).",
        "Could these pools outweigh the top three?",
        "Many small pools balance a few big ones.",
        "No: together an eighth of the blocks. A pool is held back by its miners' freedom to leave.")),
    ("cent-what-if", n(
        "Remove or merge pools, or count AntPool's template users as one (b10c, 2024-09-16): the coefficient drops to 2.",
        "What happens if the largest pool disappears?",
        "The network stops.",
        "Its miners move to other pools or stop; blocks slow until difficulty adjusts.")),
    ("cent-history", n(
        "GHash.io held more than half for about 12 hours in June 2014 (press reports). The yearly coefficient was 4 in 2021, 2 in 2023-24, 3 in 2025.",
        "Has this happened before?",
        "Centralization is new.",
        "Yes: GHash.io in 2014; miners left it afterwards.")),
    ("cent-spread", n(
        "Pools concentrate operations while farms spread over more countries.",
        "Can both be true at once?",
        "Geographic spread ends centralization.",
        "Yes: a few pools coordinate farms spread over many countries.")),
    ("cent-geography", n(
        "Country shares by period (Cambridge, Luxor): China ~65% in 2019-20, 0 after the ban, ~14% in 2025-Q4.",
        "What did China's 2021 ban do to the network?",
        "The ban stopped Bitcoin.",
        "The hash rate fell and moved abroad; difficulty fell ~28% and blocks went on.")),
    ("cent-hydro", n(
        "Paraguay's half of Itaipu is ~7,000 MW; Ethiopia had ~600 MW of mining load in 2024 (press reports).",
        "What can a host country change later?",
        "Once miners arrive, they stay.",
        "Tariffs and permits: Paraguay raised miners' tariff 14% in 2024; Ethiopia froze new permits in 2025.")),
    ("cent-earlier", n(
        "Energy per terahash on a log scale, from CPUs to ASICs.",
        "Why a log scale?",
        "Steps on the chart are equal improvements.",
        "Each step is many times better: the range spans millions.")),
    ("ai-intro", n(
        "The article's second claim: AI may move from data centres to devices, with open models.",
        "Where does AI run when you use a chatbot?",
        "All AI needs a data centre.",
        "Training the largest does; running smaller models fits on phones and laptops.")),
    ("ai-market", n(
        "Edge AI: $25B in 2025 to $119B in 2033 (the article); other estimates differ, shown as ranges.",
        "Is +376% the same as 4.76 times?",
        "4.76 times means +476%.",
        "4.76 times is +376%: the increase is 3.76 times the start.")),
    ("ai-market-chart", n(
        "Blue: the article's figures; grey: +300% ($100B); boxes: other estimates (market research).",
        "Why do forecasts differ?",
        "A forecast is a measurement.",
        "Each counts the market its own way; the page shows them as ranges, with dates.")),
    ("ai-models", n(
        "Llama 3.2 1B and 3B need ~0.9 and 2 GB at 4-bit; models under 3B run at ~30-50 tokens a second on 8 GB phones (model cards).",
        "Why does quantization help?",
        "Smaller models are always worse.",
        "4-bit weights use a quarter of 16-bit memory; some quality is traded for fit and speed.")),
    ("ai-paths", n(
        "Mining: capital and energy, one chip maker with ~82% (Cambridge 2025). AI: hardware limits and trade-offs.",
        "Which path would you expect in 10 years, and why?",
        "Technology always centralizes, or always decentralizes.",
        "It depends on what wins: in mining only efficiency and cheap power; for everyday AI, devices people own.")),
    ("end", n(
        "Wrap up: the glossary, the FAQ and the sources are on the page; the link and QR code carry the scenario.",
        "What one thing would you change to make mining less centralized?",
        "Banning pools would fix it.",
        "Miners would group again another way; what raises the Nakamoto coefficient is hash rate spread over more pools, makers and places.")),
];
