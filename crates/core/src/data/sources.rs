//! Every source named in `shared/FACTS.md`, once. Figures point here; the Sources section lists these.

use super::Source;

/// `source!(NAME, id, who, what)`, or with a fifth argument, the address FACTS section 10 gives
/// for it (a plain link: nothing is fetched until a reader follows it).
macro_rules! source {
    ($name:ident, $id:literal, $who:literal, $what:literal) => {
        pub static $name: Source = Source {
            id: $id,
            name: $who,
            detail: $what,
            url: None,
        };
    };
    ($name:ident, $id:literal, $who:literal, $what:literal, $url:literal) => {
        pub static $name: Source = Source {
            id: $id,
            name: $who,
            detail: $what,
            url: Some($url),
        };
    };
}

source!(
    SEED_ARTICLE,
    "seed-article",
    "News article quoting Galaxy Research head Alex Thorn (2026)",
    "the article this page follows, on mining consolidation and AI's opposite path; outlet and date unknown to \
     us. Thorn's thesis and quotes are his; the dollar, hash-rate and market figures are the \
     article's own"
);
source!(
    KUCOIN,
    "kucoin",
    "KuCoin",
    "comment quoted in the article on geographic decentralization"
);
source!(
    CHAINPARAMS,
    "chainparams",
    "Bitcoin Core",
    "consensus parameters, src/kernel/chainparams.cpp",
    "https://github.com/bitcoin/bitcoin/blob/master/src/kernel/chainparams.cpp"
);
source!(
    POW,
    "pow",
    "Bitcoin Core",
    "the difficulty retarget rule, src/pow.cpp",
    "https://github.com/bitcoin/bitcoin/blob/master/src/pow.cpp"
);
source!(
    BITCOIN_WIKI,
    "bitcoin-wiki",
    "Bitcoin Wiki",
    "\"Block hashing algorithm\" (block 125552 worked example)",
    "https://en.bitcoin.it/wiki/Block_hashing_algorithm"
);
source!(
    GENESIS,
    "genesis",
    "Bitcoin blockchain",
    "genesis block header (height 0), as in Bitcoin Core"
);
source!(
    HASHRATE_INDEX,
    "hashrate-index",
    "Hashrate Index",
    "weekly roundup of 2026-01-12 (hash rate, difficulty, fees, hashprice, fleet tiers)",
    "https://hashrateindex.com/blog/hashrate-index-roundup-january-12-2026"
);
source!(
    HASHRATE_INDEX_SITE,
    "hashrate-index-site",
    "Hashrate Index",
    "ASIC price index (Antminer S21 XP, 2025-11-03) and Antminer S9 review",
    "https://hashrateindex.com/"
);
source!(
    HASHRATE_INDEX_2022,
    "hashrate-index-2022",
    "Hashrate Index",
    "2022 annual review (hashprice averages of 2021 and 2022)",
    "https://hashrateindex.com/"
);
source!(
    HASHRATE_HISTORY,
    "hashrate-history",
    "Public network hash rate charts",
    "hash rate history as compiled in the project's fact sheet from several public charts; no \
     single publisher, so read the points as approximate"
);
source!(LUXOR, "luxor", "Luxor", "hashprice record low, late 2025");
source!(
    LUXOR_HRI_GEO,
    "luxor-geo",
    "Luxor / Hashrate Index",
    "hash rate by country, 2025-Q4"
);
source!(
    JPMORGAN,
    "jpmorgan",
    "JPMorgan, via The Block",
    "estimated bitcoin production cost"
);
source!(
    CHECKONCHAIN,
    "checkonchain",
    "Checkonchain",
    "estimated production cost, early 2026"
);
source!(
    COINSHARES,
    "coinshares",
    "CoinShares",
    "listed miners' cash and all-in cost, Q4 2024"
);
source!(
    MACROMICRO,
    "macromicro",
    "MacroMicro",
    "electricity-only cost of mining one bitcoin"
);
source!(
    CAMBRIDGE_2025,
    "cambridge-2025",
    "Cambridge Centre for Alternative Finance",
    "Cambridge Digital Mining Industry Report 2025 (2024 survey)",
    "https://www.jbs.cam.ac.uk/faculty-research/centres/alternative-finance/publications/cambridge-digital-mining-industry-report/"
);
source!(
    CAMBRIDGE_MAP,
    "cambridge-map",
    "Cambridge Centre for Alternative Finance",
    "Cambridge Bitcoin Mining Map (hash rate by country)",
    "https://ccaf.io/cbnsi/cbeci/mining_map"
);
source!(
    DESIGNSPARK,
    "designspark",
    "RS DesignSpark",
    "CPU mining hash rates"
);
source!(
    HDMINER,
    "hdminer",
    "mbevand/hdminer; bitcointalk (2012)",
    "GPU mining hash rates and efficiency"
);
source!(HACKADAY, "hackaday", "Hackaday", "Spartan-6 FPGA miner");
source!(
    ZORINAQ,
    "zorinaq",
    "blog.zorinaq.com",
    "Avalon batch 1, the first ASIC miner"
);
source!(
    MININGSTORE,
    "miningstore",
    "MiningStore",
    "Antminer S19 Pro and S19 XP specifications"
);
source!(
    BITMAIN_SPEC,
    "bitmain-spec",
    "Bitmain",
    "Antminer S21 and S21 XP specifications"
);
source!(
    SECONDARY_S23,
    "s23-secondary",
    "Secondary reports",
    "Antminer S23 Hydro efficiency (weak: single secondary page)"
);
source!(
    POOLS_DATASET,
    "pools-dataset",
    "sorukumar/bitcoin-mining-pools",
    "blocks by pool, labelled with the pool tags of bitcoin-data/mining-pools"
);
source!(
    B10C,
    "b10c",
    "b10c",
    "\"AntPool and friends?\" (2024-09-16), pools mining on AntPool's templates",
    "https://b10c.me/observations/12-template-similarity/"
);
source!(
    POOL_TAGS,
    "pool-tags",
    "bitcoin-data/mining-pools",
    "pool tags (coinbase tags and payout addresses) that label the blocks of the pool dataset",
    "https://github.com/bitcoin-data/mining-pools"
);
source!(
    GHASH_PRESS,
    "ghash-press",
    "TechCrunch; Bloomberg",
    "GHash.io above 50% of the hash rate, June 2014"
);
source!(
    PRESS_REGIONS,
    "press-regions",
    "Press and industry reports",
    "mining in Paraguay, Ethiopia and Kazakhstan, as compiled in the project's fact sheet; no \
     single publisher, so these figures are estimates"
);
source!(
    MINER_DEALS,
    "miner-deals",
    "Miners' filings and industry claims",
    "deal-level electricity prices (Riot in Texas, sites in Paraguay, Ethiopia, Kazakhstan, \
     Russia, Canada, Norway, Iceland); single deals and claims, so estimates, not a common basis"
);
source!(
    PRESS_DIFFICULTY,
    "press-difficulty",
    "Press reports citing mempool.space and Blockchain.com data",
    "difficulty drop of 2026-02-07 after Winter Storm Fern, and hashprice below $32/PH/day; \
     press figures, so estimates"
);
source!(
    EDGE_AI_ESTIMATES,
    "edge-ai-estimates",
    "Market research estimates",
    "other edge AI market sizings, 2025 to the early 2030s; publishers not named in our \
     sources, so shown as a range of estimates"
);
source!(
    MODEL_CARDS,
    "model-cards",
    "Model publishers (Meta, Microsoft, Google, Alibaba)",
    "on-device model sizes and memory use"
);
source!(
    COINDESK_2021,
    "coindesk-2021",
    "CoinDesk; The Block",
    "\"Bitcoin Mining Difficulty Records Largest Drop in History\" (2021-07-03), on BTC.com data"
);
source!(
    PRESS_2026_DIFFICULTY,
    "press-2026-difficulty",
    "Press reports citing mempool.space and Blockchain.com data; CoinShares",
    "the difficulty drop of 2026-02-07 and Winter Storm Fern's curtailments (estimate: press)"
);

/// Every source, in the order the Sources section lists (and numbers) them.
pub static ALL: &[&Source] = &[
    &SEED_ARTICLE,
    &KUCOIN,
    &CHAINPARAMS,
    &POW,
    &GENESIS,
    &BITCOIN_WIKI,
    &HASHRATE_INDEX,
    &HASHRATE_INDEX_SITE,
    &HASHRATE_INDEX_2022,
    &HASHRATE_HISTORY,
    &LUXOR,
    &JPMORGAN,
    &CHECKONCHAIN,
    &COINSHARES,
    &MACROMICRO,
    &CAMBRIDGE_2025,
    &CAMBRIDGE_MAP,
    &LUXOR_HRI_GEO,
    &DESIGNSPARK,
    &HDMINER,
    &HACKADAY,
    &ZORINAQ,
    &MININGSTORE,
    &BITMAIN_SPEC,
    &SECONDARY_S23,
    &POOLS_DATASET,
    &POOL_TAGS,
    &B10C,
    &GHASH_PRESS,
    &PRESS_REGIONS,
    &MINER_DEALS,
    &PRESS_DIFFICULTY,
    &EDGE_AI_ESTIMATES,
    &MODEL_CARDS,
    &COINDESK_2021,
    &PRESS_2026_DIFFICULTY,
];

/// The source with this id, if any.
pub fn find(id: &str) -> Option<&'static Source> {
    ALL.iter().copied().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The addresses of FACTS section 10, by source id: each linked source has exactly its own.
    const FACTS_ADDRESSES: &[(&str, &str)] = &[
        ("chainparams", "https://github.com/bitcoin/bitcoin/blob/master/src/kernel/chainparams.cpp"),
        ("pow", "https://github.com/bitcoin/bitcoin/blob/master/src/pow.cpp"),
        ("bitcoin-wiki", "https://en.bitcoin.it/wiki/Block_hashing_algorithm"),
        ("hashrate-index", "https://hashrateindex.com/blog/hashrate-index-roundup-january-12-2026"),
        ("hashrate-index-site", "https://hashrateindex.com/"),
        ("hashrate-index-2022", "https://hashrateindex.com/"),
        (
            "cambridge-2025",
            "https://www.jbs.cam.ac.uk/faculty-research/centres/alternative-finance/publications/cambridge-digital-mining-industry-report/",
        ),
        ("cambridge-map", "https://ccaf.io/cbnsi/cbeci/mining_map"),
        ("b10c", "https://b10c.me/observations/12-template-similarity/"),
        ("pool-tags", "https://github.com/bitcoin-data/mining-pools"),
    ];

    #[test]
    fn sources_link_to_the_facts_addresses_and_no_others() {
        for source in ALL {
            let want = FACTS_ADDRESSES
                .iter()
                .find(|(id, _)| *id == source.id)
                .map(|(_, url)| *url);
            assert_eq!(source.url, want, "{}", source.id);
        }
        for (id, _) in FACTS_ADDRESSES {
            assert!(find(id).is_some(), "no source {id}");
        }
    }

    #[test]
    fn the_article_is_credited_as_the_news_article_not_as_galaxy_research() {
        assert_eq!(
            SEED_ARTICLE.name,
            "News article quoting Galaxy Research head Alex Thorn (2026)"
        );
        assert!(!ALL.iter().any(|s| s.name.starts_with("Galaxy")));
    }

    #[test]
    fn ids_are_unique() {
        for (i, a) in ALL.iter().enumerate() {
            assert!(!ALL[i + 1..].iter().any(|b| b.id == a.id), "{}", a.id);
        }
    }
}
