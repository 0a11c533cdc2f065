//! The glossary: every technical word the page uses, explained once. Each entry gets the element
//! id `glossary-<slug>`; [`linkify`](super::linkify::linkify) links the first mention of a term in
//! every paragraph of prose to that id, and the page shows `short` as its tooltip.

/// One glossary entry.
#[derive(Debug, PartialEq, Eq)]
pub struct Term {
    /// Id fragment: the entry's element id is `glossary-<slug>`.
    pub slug: &'static str,
    /// The heading shown in the glossary.
    pub name: &'static str,
    /// Other ways the prose says the same thing (plurals, abbreviations). Matched, like `name`,
    /// case-insensitively and as whole words.
    pub aliases: &'static [&'static str],
    /// One plain-text sentence, shown on hover or focus.
    pub short: &'static str,
}

impl Term {
    /// The entry's element id, `glossary-<slug>`.
    pub fn anchor(&self) -> String {
        format!("glossary-{}", self.slug)
    }

    /// Two to four sentences of markup, shown in the glossary section. Kept apart from the rest
    /// of the entry (see [`glossary!`]): the glossary section is written into `index.html` at
    /// build time (crates/pages), so the app's wasm, which links terms and shows their `short`
    /// sentence, never carries these.
    pub fn long(&self) -> &'static str {
        GLOSSARY
            .iter()
            .position(|term| term.slug == self.slug)
            .map_or("", |i| LONG[i])
    }
}

/// Writes the entries once, each with its `long` text beside the rest, and makes two lists of
/// them: [`GLOSSARY`] without the long texts and `LONG` with them, in the same order. Code that
/// only links terms (the app) references `GLOSSARY` alone, and the linker leaves `LONG` out.
macro_rules! glossary {
    ($(Term {
        slug: $slug:expr,
        name: $name:expr,
        aliases: $aliases:expr,
        short: $short:expr,
        long: $long:expr $(,)?
    }),* $(,)?) => {
        /// All entries, sorted by name (case-insensitive).
        pub static GLOSSARY: &[Term] = &[$(Term {
            slug: $slug,
            name: $name,
            aliases: $aliases,
            short: $short,
        }),*];

        /// Each entry's long text, in [`GLOSSARY`]'s order (read through [`Term::long`]).
        static LONG: &[&str] = &[$($long),*];
    };
}

/// The entry with this slug, if any.
pub fn find(slug: &str) -> Option<&'static Term> {
    GLOSSARY.iter().find(|term| term.slug == slug)
}

/// Slugs of the five terms the seed article itself defines; the page marks them.
pub const ARTICLE_TERMS: &[&str] = &[
    "asic-miners",
    "hash-rate",
    "on-device-ai",
    "open-source-models",
    "edge-ai",
];

/// Whether the seed article defines this term (see [`ARTICLE_TERMS`]).
pub fn is_article_term(slug: &str) -> bool {
    ARTICLE_TERMS.contains(&slug)
}

glossary! {
    Term {
        slug: "51-attack",
        name: "51% Attack",
        aliases: &["51% attacks", "majority attack"],
        short: "What a miner or group of miners could do with more than half of all hashing power.",
        long: "With a majority of the [[hash rate]], one party would find most blocks and could rewrite the most recent ones, for example to spend its own coins twice, or refuse to include some transactions. It could not take coins that are not its own or change Bitcoin's rules. One pool, GHash.io, held more than 50% for about twelve hours in June 2014[^ghash-press].",
    },
    Term {
        slug: "asic-miners",
        name: "ASIC Miners",
        aliases: &["ASIC miner", "ASICs", "ASIC"],
        short: "Machines built around chips (application-specific integrated circuits) that can only compute Bitcoin's hash, extremely fast.",
        long: "An ASIC does one job, [[double SHA-256|sha-256]], and nothing else, which makes it thousands of times more efficient than any general-purpose chip. The first ones shipped in January 2013 at 66 billion hashes a second[^zorinaq]; an Antminer S21 XP does 270 trillion[^bitmain-spec]. One maker, Bitmain, holds about 82% of the market[^cambridge-2025].",
    },
    Term {
        slug: "block-header",
        name: "Block Header",
        aliases: &["block headers"],
        short: "The 80-byte summary of a block that miners hash over and over.",
        long: "A header holds six fields: version, the hash of the previous block, the [[merkle root]] of the block's transactions, the time, the target in compact form (“bits”) and the [[nonce]]. Linking each header to the one before it is what makes the chain. The [miner on this page](#mine) hashes headers in exactly this format[^bitcoin-wiki].",
    },
    Term {
        slug: "block-subsidy",
        name: "Block Subsidy",
        aliases: &["subsidy"],
        short: "The new bitcoin created in each block and paid to whoever mines it.",
        long: "The subsidy started at 50 BTC and halves every 210,000 blocks; since April 2024 it has been 3.125 BTC[^chainparams]. Together with [[transaction fees]] it makes up the block reward, and in early 2026 it was by far the larger part.",
    },
    Term {
        slug: "block-template",
        name: "Block Template",
        aliases: &["block templates"],
        short: "The draft block a pool prepares, choosing which transactions go in, for its miners to hash.",
        long: "Individual miners in a [[mining pool|mining-pool]] usually do not choose transactions: they hash the header of a template the pool sends them. So whoever builds templates decides what gets into blocks. In 2024 b10c found that several pools appeared to mine on AntPool's templates[^b10c], which would make them one block producer in practice.",
    },
    Term {
        slug: "break-even-electricity-price",
        name: "Break-Even Electricity Price",
        aliases: &["break-even price", "break-even power price", "power-bill break-even", "all-in break-even"],
        short: "The electricity price at which mining's earnings just cover its costs: the power bill alone, or all costs.",
        long: "The page names two: the power-bill break-even, where electricity alone eats all revenue, and the lower all-in break-even, where revenue also pays for the machines and other operating costs. Both depend on the fleet's efficiency in [[J/TH]] and on the [[hashprice]]: a more efficient machine can afford dearer power. Try them with the sliders in the [economics section](#economics).",
    },
    Term {
        slug: "coinbase-tag",
        name: "Coinbase Tag",
        aliases: &["coinbase tags"],
        short: "A short text that the winner writes into the first transaction of a block, often the pool's name.",
        long: "The first transaction of every block, the coinbase, pays the reward and has room for arbitrary bytes. Pools usually put their name there, which is how block counts by pool are made. Tags can be missing or copied, so pool labels can be wrong[^pools-dataset].",
    },
    Term {
        slug: "cpu",
        name: "CPU",
        aliases: &["CPUs"],
        short: "A computer's general-purpose processor, the chip Bitcoin was first mined on.",
        long: "In 2009 mining meant running the Bitcoin software on an ordinary computer. A six-core desktop CPU of that time managed about 22 million hashes a second[^designspark]. That is still how the [miner on this page](#mine) works, and why it is an experiment rather than a business.",
    },
    Term {
        slug: "difficulty",
        name: "Difficulty",
        aliases: &[],
        short: "How many times harder it is to find a block than at the easiest setting the network allows.",
        long: "On average a block takes difficulty × 2³² hashes to find[^chainparams]. In January 2026 the difficulty was about 148.26 trillion[^hashrate-index]. It rises and falls with the [[hash rate]] so that blocks keep arriving about every ten minutes.",
    },
    Term {
        slug: "difficulty-adjustment",
        name: "Difficulty Adjustment",
        aliases: &["difficulty adjustments", "retarget", "difficulty retarget"],
        short: "The automatic reset of the difficulty every 2,016 blocks, about every two weeks.",
        long: "Every 2,016 blocks each node compares how long they took with the intended 600 seconds per block and moves the [[target]] accordingly, by at most a factor of four[^pow]. If miners leave, blocks slow down until the next retarget makes them easier again. No one decides it: every node computes the same result.",
    },
    Term {
        slug: "edge-ai",
        name: "Edge AI",
        aliases: &[],
        short: "Artificial intelligence that runs on or near the device where the data is, rather than in a distant data centre.",
        long: "Phones, laptops, cars and cameras increasingly run AI models themselves. The article puts the edge AI market at $25 billion in 2025 and $119 billion in 2033[^seed-article]; other estimates range from $100 to $143 billion in the early 2030s[^edge-ai-estimates]. See the [AI section](#ai).",
    },
    Term {
        slug: "fpga",
        name: "FPGA",
        aliases: &["FPGAs", "field-programmable gate array"],
        short: "A chip whose circuits can be rewired by software, used for mining between the GPU and ASIC eras.",
        long: "In 2011 hobbyists configured FPGAs to compute nothing but Bitcoin's hashes. A Spartan-6 board did about 100 million hashes a second on 6.8 watts[^hackaday], slower than a good [[GPU]] but far more frugal. ASICs, which bake such a circuit into silicon, soon replaced them.",
    },
    Term {
        slug: "gpu",
        name: "GPU",
        aliases: &["GPUs", "graphics card", "graphics cards"],
        short: "A graphics processor, with thousands of small cores that suit repetitive work like hashing.",
        long: "From about 2010 miners moved from CPUs to graphics cards. A Radeon HD 5870 did about 333 million hashes a second[^hdminer], about fifteen times the rate of a fast CPU of the day. GPUs have since become the workhorses of AI rather than of Bitcoin.",
    },
    Term {
        slug: "halving",
        name: "Halving",
        aliases: &["halvings"],
        short: "The cut of the block subsidy by half every 210,000 blocks, about every four years.",
        long: "The halvings so far came in 2012, 2016, 2020 and April 2024, when the subsidy fell from 6.25 to 3.125 BTC[^chainparams]. The next is expected around 2028[^chainparams]. Each one halves the new-coin part of miners' income overnight, squeezing the least efficient out.",
    },
    Term {
        slug: "hash",
        name: "Hash",
        aliases: &["hashes", "hash function", "hash functions"],
        short: "A fixed-size fingerprint of some data; change one bit of the data and the fingerprint changes completely.",
        long: "A hash function such as [[SHA-256]] turns any input into a 256-bit number that looks random. It is quick to compute but impossible to steer: the only way to get a hash with a particular property is to keep trying inputs. Mining is exactly that trial and error.",
    },
    Term {
        slug: "hash-rate",
        name: "Hash Rate",
        aliases: &["hashrate", "hashing power"],
        short: "How many hashes per second a machine, a pool or the whole network computes.",
        long: "Your chance of finding the next block is your share of the network's hash rate. In mid-January 2026 its 7-day and 30-day averages were 1,024 and 1,052 EH/s[^hashrate-index], roughly 1 ZH/s. The article notes it fell about 4% in the first quarter of 2026[^seed-article].",
    },
    Term {
        slug: "hash-rate-units",
        name: "Hash Rate Units",
        aliases: &["EH/s", "ZH/s", "PH/s", "TH/s", "GH/s", "MH/s", "exahash", "zettahash", "terahash", "terahashes"],
        short: "MH/s, GH/s, TH/s, PH/s, EH/s and ZH/s: millions, billions, trillions, 10¹⁵, 10¹⁸ and 10²¹ hashes per second.",
        long: "Each unit is a thousand times the one before: 1 ZH/s (zettahash) = 1,000 EH/s (exahash) = 1,000,000 PH/s. A single modern ASIC does a few hundred TH/s. The whole network, at about 1 ZH/s[^seed-article], is the work of millions of such machines.",
    },
    Term {
        slug: "hashprice",
        name: "Hashprice",
        aliases: &["hash price"],
        short: "What a unit of hashing power earns per day, in dollars per petahash per second per day.",
        long: "Hashprice bundles the bitcoin price, the [[block subsidy]], fees and the difficulty into one number a miner can compare with the power bill. It was $39.53/PH/day on 12 January 2026[^hashrate-index]; Luxor put its record low at $34.2 in late November 2025[^luxor], and press reports had it below $32 in February 2026[^press-difficulty]. The page's default scenario, which takes the article's ~$67,000 and ~1 ZH/s together, gives about $30, lower still. In 2021 it averaged $314.61[^hashrate-index-2022].",
    },
    Term {
        slug: "hhi",
        name: "Herfindahl-Hirschman Index (HHI)",
        aliases: &["HHI", "Herfindahl-Hirschman index"],
        short: "A measure of market concentration: the sum of the squares of every participant's percentage share.",
        long: "The HHI runs from near 0 (many tiny players) to 10,000 (one player with 100%). For mining pools over 30 days in spring 2026 it comes to about 1,626[^pools-dataset]. Unlike the [[Nakamoto coefficient]], it counts every pool, not just the biggest.",
    },
    Term {
        slug: "j-th",
        name: "J/TH (Joules per Terahash)",
        aliases: &["J/TH", "joules per terahash"],
        short: "How much energy a miner uses per trillion hashes; lower is better.",
        long: "Watts divided by terahashes per second gives joules per terahash. The best machines of 2024-25 reach 13.5 J/TH[^bitmain-spec], while the average surveyed fleet in 2024 ran at 28.2 J/TH[^cambridge-2025]. Efficiency decides who can still mine when the [[hashprice]] falls.",
    },
    Term {
        slug: "merkle-root",
        name: "Merkle Root",
        aliases: &["merkle roots"],
        short: "One hash that stands for all the transactions in a block.",
        long: "Transactions are hashed in pairs, then the pairs' hashes in pairs, and so on until one hash is left: the merkle root. It goes into the [[block header]], so changing any transaction changes the header. That is how 80 bytes can commit to a whole block.",
    },
    Term {
        slug: "midstate",
        name: "Midstate",
        aliases: &["midstates"],
        short: "The saved state of SHA-256 after the first 64 bytes of a block header, which do not change while the nonce does.",
        long: "SHA-256 eats its input in 64-byte chunks, and the [[nonce]] sits in the last 16 bytes of the 80-byte header. So miners hash the first chunk once, keep the midstate, and redo only the rest for each nonce. The [miner on this page](#mine) uses the same trick.",
    },
    Term {
        slug: "mining-pool",
        name: "Mining Pool",
        aliases: &["mining pools", "pool", "pools"],
        short: "A group of miners who hash on the same block template and share the rewards by work done.",
        long: "A lone miner may wait years for a block; in a pool, members get small, steady payments instead. The pool operator builds the [[block template]], so a few large pools decide what goes into most blocks. Over 30 days in spring 2026, Foundry USA found 30.89% of blocks and AntPool 18.04%[^pools-dataset].",
    },
    Term {
        slug: "nakamoto-coefficient",
        name: "Nakamoto Coefficient",
        aliases: &["Nakamoto coefficients"],
        short: "The smallest number of entities that together control more than half of the hash rate.",
        long: "The lower it is, the fewer parties would need to cooperate for a [[51% attack]]. For mining pools it was 4 in 2021 and 3 over 30 days in spring 2026[^pools-dataset]; counting pools that mine on AntPool's templates as one, it drops to 2[^b10c]. See the [centralization section](#centralization).",
    },
    Term {
        slug: "nonce",
        name: "Nonce",
        aliases: &["nonces"],
        short: "A 32-bit number in the block header that miners change to get a new hash.",
        long: "It is usually read as “number used once”. It has about 4.3 billion possible values, which a modern ASIC runs through in a tiny fraction of a second. After that, miners change another part of the block, such as the time or the first transaction, and start again.",
    },
    Term {
        slug: "on-device-ai",
        name: "On-Device AI",
        aliases: &["on-device model", "on-device models"],
        short: "AI models that run entirely on your own phone or computer, with no server involved.",
        long: "Small models fit in a phone's memory: Meta's Llama 3.2 1B needs about 0.9 GB at 4-bit precision, and Google's Gemma 3n about 2 to 3 GB[^model-cards]. Your data stays on the device and it works offline. It is one form of [[edge AI]].",
    },
    Term {
        slug: "open-source-models",
        name: "Open-Source Models",
        aliases: &["open-source model", "open models", "open-weight models", "open-weight model"],
        short: "AI models whose weights anyone can download, run and adapt.",
        long: "Families such as Llama, Gemma and Qwen publish their trained weights[^model-cards], so anyone with suitable hardware can run them without asking. Many come with licence conditions, which is why some people prefer to say open-weight. Together with [[on-device AI]] they let AI spread away from a few companies.",
    },
    Term {
        slug: "parameters",
        name: "Parameters",
        aliases: &["parameter", "model parameters"],
        short: "The numbers learned in training that make up an AI model; their count is a rough measure of its size.",
        long: "A “3B” model has about three billion parameters. Models small enough for phones have from under one to a few billion, such as Gemini Nano at 1.8 and 3.25 billion[^model-cards]. Storing each one in fewer bits, through [[quantization]], shrinks them further.",
    },
    Term {
        slug: "production-cost",
        name: "Production Cost",
        aliases: &["production costs", "all-in cost", "all-in costs", "cost of production"],
        short: "What it costs a miner, on average, to mine one bitcoin.",
        long: "The narrow version counts electricity and running costs (electricity alone came to $85,233 per bitcoin at $0.05/kWh on 9 March 2025, by MacroMicro's estimate[^macromicro]); the all-in cost adds machines, buildings and overheads. For listed miners in late 2024 the cash cost was $82,162 and the all-in cost $137,018 per bitcoin[^coinshares]. Early-2026 estimates of the average range from $77,000 to $90,000[^jpmorgan][^checkonchain].",
    },
    Term {
        slug: "proof-of-work",
        name: "Proof of Work",
        aliases: &["proof-of-work"],
        short: "Making a block valid only if a lot of hashing went into it, so that rewriting history costs as much energy as writing it.",
        long: "A block counts only if its header's [[hash]] is at or below the [[target]]. Finding such a hash takes many guesses, but anyone can check it with one. Bitcoin's security rests on the fact that no one can fake that work.",
    },
    Term {
        slug: "quantization",
        name: "Quantization",
        aliases: &["quantized", "quantize"],
        short: "Storing a model's parameters with fewer bits, for example 4 instead of 16, to make it smaller and faster.",
        long: "A 4-bit model takes about a quarter of the memory of a 16-bit one, at a small cost in accuracy. That is what lets Llama 3.2 1B fit in about 0.9 GB[^model-cards]. Quantization is a main reason [[on-device AI]] is practical.",
    },
    Term {
        slug: "sha-256",
        name: "SHA-256",
        aliases: &["double SHA-256", "SHA256", "SHA-256d"],
        short: "The hash function Bitcoin mining uses, applied twice to each block header.",
        long: "SHA-256 turns any input into a 256-bit [[hash]]. Bitcoin hashes the 80-byte header, then hashes that result again: double SHA-256[^bitcoin-wiki]. Miners compute nothing else, which is why chips built only for it win.",
    },
    Term {
        slug: "target",
        name: "Target",
        aliases: &[],
        short: "The number a block's hash must not exceed; the lower it is, the harder mining gets.",
        long: "The header stores the target in a compact form called bits; the easiest allowed value is 0x1d00ffff[^chainparams]. Read as a number, a valid block hash must be at or below it, which is why valid hashes start with many zeros. The [[difficulty adjustment]] moves it every 2,016 blocks.",
    },
    Term {
        slug: "transaction-fees",
        name: "Transaction Fees",
        aliases: &["transaction fee"],
        short: "What people pay to have their transactions included in a block; they go to the block's miner.",
        long: "Fees are meant to replace the [[block subsidy]] as it shrinks with every [[halving]]. So far they are small: in the week to 12 January 2026 they made up about 0.55% of block rewards[^hashrate-index].",
    },
    Term {
        slug: "web-worker",
        name: "Web Worker",
        aliases: &["Web Workers"],
        short: "A browser feature that runs code in the background, so a long computation does not freeze the page.",
        long: "The [miner on this page](#mine) runs in a Web Worker: the page stays responsive while the worker hashes, and it reports progress back from time to time. Everything stays inside your browser.",
    },
}
