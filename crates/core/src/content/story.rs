//! The story: the seed article's argument in plain words, in five parts of two to four short
//! paragraphs, about four minutes of reading. Every figure cites its source with `[^id]`.

/// One part of the story, rendered as a `<section id={id}>` with an `<h2>` question.
#[derive(Debug, PartialEq, Eq)]
pub struct StoryPart {
    /// Element id, `story-…`.
    pub id: &'static str,
    /// The question this part answers.
    pub heading: &'static str,
    /// Paragraphs of markup.
    pub paragraphs: &'static [&'static str],
}

/// The five parts, in reading order.
pub static STORY: &[StoryPart] = &[
    StoryPart {
        id: "story-what",
        heading: "What is mining centralization?",
        paragraphs: &[
            "Bitcoin has no central bank and no company that decides which payments count. Instead, machines all over the world race to add the next block of transactions to a shared ledger, about once every ten minutes[^chainparams]. The winner is paid in new bitcoin plus fees. This race is mining, and the work behind it is called proof of work.",
            "The system is safest when that work is spread across many independent hands. **Mining centralization** means the opposite: more and more of the [[hashing power|hash-rate]] sits with a few companies, a few pools, a few countries and one main maker of machines. Over 30 days in spring 2026, two pools found almost half of all blocks[^pools-dataset], and one manufacturer, Bitmain, holds about 82% of the market for mining machines[^cambridge-2025].",
            "Concentration is not theft: nobody can spend coins that are not theirs. But a few operators who together control half the hash rate could delay or refuse transactions, and a few companies are easier to pressure than thousands of people.",
        ],
    },
    StoryPart {
        id: "story-why",
        heading: "Why is mining becoming centralized?",
        paragraphs: &[
            "Because mining has become an industry of capital and energy. Your chance of winning a block equals your share of the network's hash rate, and as of early 2026 the network did about 1 ZH/s, a thousand exahashes every second[^seed-article]. Holding even a small share takes thousands of ASIC miners, buildings to cool them and cheap electricity day and night.",
            "Margins are negative. The article puts the average [[cost of producing one bitcoin|production-cost]] at about $90,000, with the market price near $67,000, and in some US regions above $100,000[^seed-article]: the average miner loses about a third of the price on every bitcoin. Other early-2026 estimates run from $77,000 to $90,000[^jpmorgan][^checkonchain]: still above the price. Only miners with the cheapest power and the newest machines stay in business; the rest sell out to them or switch off.",
            "The strain shows in the hash rate itself, which fell about 4% in the first quarter of 2026: its first drop in a first quarter in six years[^seed-article]. Since April 2024 each block creates only 3.125 new bitcoin[^chainparams], and in early January 2026 fees made up only about 0.55% of block rewards[^hashrate-index]. You can try other prices and power costs in the [economics section](#economics).",
            "To smooth out their luck, miners join mining pools, which pay small amounts often instead of a rare jackpot. That is sensible for each miner, but it gathers the choice of transactions in a few hands: Foundry USA and AntPool together found 48.93% of blocks in those 30 days[^pools-dataset]. The [centralization section](#centralization) follows this over the years.",
        ],
    },
    StoryPart {
        id: "story-earlier",
        heading: "How was mining done earlier?",
        paragraphs: &[
            "In 2009 anyone could mine on an ordinary computer's CPU. A six-core desktop processor of those years did about 22 million hashes a second[^designspark], and the whole network was small enough for that to matter.",
            "Around 2010 miners moved to graphics cards: a GPU such as the Radeon HD 5870 did about 333 million hashes a second[^hdminer]. In 2011 hobbyists programmed FPGA chips, slower than the best cards but far more frugal, about 100 million hashes a second on 6.8 watts[^hackaday].",
            "The turning point came in January 2013, when the first ASIC miners shipped at 66 billion hashes a second[^zorinaq]. Chips that do one thing only kept improving: an Antminer S21 XP does 270 trillion hashes a second at 13.5 joules per terahash[^bitmain-spec], about 5,000 times less energy per hash than that FPGA[^hackaday]. At about $25.70 per TH/s in November 2025[^hashrate-index-site] one such machine costs around $7,000, and serious miners buy them by the thousand.",
            "That is how mining went from a hobby to an industry. The [miner on this page](#mine) runs the same double SHA-256 on your device, so you can feel the distance yourself.",
        ],
    },
    StoryPart {
        id: "story-geography",
        heading: "Does moving to new countries spread mining out?",
        paragraphs: &[
            "Where mining happens has changed fast. Around 2019-2020 about 65% of the hash rate was in China[^cambridge-map]; after China banned mining in 2021, its measured share fell to zero[^cambridge-map]. By late 2025 the United States had about 38%, and China was back at about 14%[^luxor-geo].",
            "Operations are moving to the Global South, to countries with spare hydroelectric power such as Paraguay and Ethiopia[^seed-article]. Paraguay's half of the Itaipu dam gives it about 7,000 MW, around 90% of which it exports; Ethiopia had about 600 MW of mining load, some 2.5% of the world's hash rate, at the end of 2024[^press-regions].",
            "KuCoin says this shift “could help to decentralize mining, at least from a geographical perspective”[^kucoin]. The caution in that sentence matters. Miners in new countries still buy their machines from the same manufacturer and mostly hash for the same few pools, and hosts can change their minds: Paraguay raised its tariff for miners by 14% in 2024, and Ethiopia froze new mining permits in 2025[^press-regions].",
        ],
    },
    StoryPart {
        id: "story-ai",
        heading: "How does AI differ, and can it become more decentralized?",
        paragraphs: &[
            "Alex Thorn, head of Galaxy Research, argues that “AI may follow the opposite path”, as a news article quotes him[^seed-article]. Training the largest models still takes huge data centres, but running a finished model is getting cheap enough for a phone or a laptop. That is edge AI: the computing happens on the device in your hand, not on someone else's server.",
            "The article expects the edge AI market to grow from $25 billion in 2025 to $119 billion in 2033, and calls this “nearly 300%” growth[^seed-article]. The arithmetic gives more: 119 ÷ 25 = 4.76, an increase of about 376%, or about 21.5% a year over eight years. Other estimates point the same way, at $100-143 billion in the early 2030s[^edge-ai-estimates].",
            "The models are shrinking to fit. Meta's Llama 3.2 comes in versions with 1 and 3 billion parameters that need about 0.9 and 2 GB after 4-bit quantization, and Google's Gemma 3n runs in about 2 to 3 GB[^model-cards]. Many such models are open: anyone can download, run and adapt them, without asking anyone.",
            "So the two may head in opposite directions. Mining gathers where one kind of chip and the cheapest power decide everything; everyday AI spreads to the devices people already own. The [AI section](#ai) compares them side by side.",
        ],
    },
];
