//! Questions readers ask, answered in a few short paragraphs of markup each. The first five are
//! the seed article's FAQ, answered in the page's own words; the rest are what students ask.

/// One question and its answer.
#[derive(Debug, PartialEq, Eq)]
pub struct Faq {
    /// Slug; the page's element id is `faq-<id>`, so that a teacher can link straight to one answer.
    pub id: &'static str,
    /// The question, as a reader would ask it.
    pub question: &'static str,
    /// Two to four short paragraphs of markup.
    pub answer: &'static [&'static str],
}

/// The questions, in the order the page shows them.
pub static FAQ: &[Faq] = &[
    Faq {
        id: "what",
        question: "What is mining centralization?",
        answer: &[
            "Bitcoin's ledger is extended by whoever finds the next valid block, and the chance of finding it is proportional to hashing power. Mining centralization means that this power, and with it the choice of which transactions go into blocks, ends up with a small number of companies, pools, countries and hardware makers.",
            "It can be measured. Over 30 days in spring 2026, just three pools found more than half of all blocks, so the Nakamoto coefficient was 3[^pools-dataset]. The [centralization section](#centralization) shows this number, the HHI and the country shares over time.",
            "Concentration does not let anyone take your coins. It does make it easier for a few parties to delay or censor transactions, or to be pressured into doing so.",
        ],
    },
    Faq {
        id: "why",
        question: "Why is Bitcoin mining becoming more centralized?",
        answer: &[
            "Because it has come to reward scale above everything else. Only ASIC miners are worth running, one manufacturer sells about 82% of them[^cambridge-2025], and they pay off only with very cheap electricity. Big operators buy machines by the thousand and sign power contracts that a hobbyist never could.",
            "Margins are also negative. The article puts the average cost of mining one bitcoin near $90,000 against a price near $67,000, and above $100,000 in some US regions[^seed-article]. When money is lost on every coin, smaller and less efficient miners sell out or switch off first.",
            "Finally, almost everyone mines through a pool to get steady income, so even independent machines end up hashing templates built by a handful of pool operators. Try the numbers yourself in the [economics section](#economics).",
        ],
    },
    Faq {
        id: "ai-differs",
        question: "How is AI different?",
        answer: &[
            "Training a frontier AI model still needs giant data centres, much like industrial mining. But using a model, called inference, is a different job: once trained, a small model can answer questions on an ordinary phone or laptop.",
            "Mining has no such escape. Its work cannot be shrunk or shared out cheaply, because the reward goes to whoever burns the most hashes for the least money. In AI, a model that runs on your own device is simply useful to you, whether or not a data centre is faster.",
            "That is why Galaxy Research head Alex Thorn, as quoted in the news article, says AI may follow the opposite path to mining[^seed-article]. The [AI section](#ai) puts the two side by side.",
        ],
    },
    Faq {
        id: "earlier",
        question: "How was mining done in the early days?",
        answer: &[
            "In 2009 you mined by running the Bitcoin program on your computer's CPU, at roughly 22 million hashes a second[^designspark]. From about 2010 people switched to graphics cards, which did around 333 million[^hdminer]. In 2011 some tried FPGA boards: about 100 million hashes a second on only 6.8 watts[^hackaday].",
            "In 2013 the first ASIC miners arrived, at 66 billion hashes a second[^zorinaq], and every earlier kind of hardware became hopeless for Bitcoin almost overnight. Each step made mining faster and more efficient, and also more expensive to join.",
            "The hardware history in the [centralization section](#centralization) shows the whole curve, in joules per terahash.",
        ],
    },
    Faq {
        id: "ai-decentralized",
        question: "Can AI become more decentralized?",
        answer: &[
            "Parts of it already are. Open-source models such as Llama, Gemma and Qwen can be downloaded by anyone, and quantized versions of the small ones run on phones: Llama 3.2 1B needs about 0.9 GB at 4-bit precision[^model-cards].",
            "The market is heading the same way. The article expects edge AI to grow from $25 billion in 2025 to $119 billion in 2033[^seed-article]. It calls that “nearly 300%” growth; in fact 119 ÷ 25 = 4.76, an increase of about 376%, or about 21.5% a year.",
            "Training the biggest models will likely stay in a few hands for some time. But where AI runs, and who controls the copy you use, can spread out in a way that Bitcoin mining cannot.",
        ],
    },
    Faq {
        id: "laptop",
        question: "Can my laptop still mine bitcoin?",
        answer: &[
            "It can compute exactly the right hashes, as the [miner on this page](#mine) shows, but it will not win a block. In early 2026 the network did about 1 ZH/s[^seed-article], and an early-2010s CPU did about 22 MH/s[^designspark]: less than one part in ten trillion of the total.",
            "Joining a pool would not help much either. At the January 2026 hashprice of $39.53 per PH/s per day[^hashrate-index], 22 MH/s earns less than a millionth of a dollar a day, far less than the electricity the laptop uses to earn it.",
            "So the miner here is for learning how proof of work feels, not for income.",
        ],
    },
    Faq {
        id: "this-page",
        question: "Does this page mine bitcoin for someone?",
        answer: &[
            "No. The miner hashes block headers in Bitcoin's real 80-byte format with the real double SHA-256[^bitcoin-wiki], on your own device, in a Web Worker. It does not connect to a pool or to the Bitcoin network, and it sends nothing anywhere.",
            "None of the headers it works on is a live job from the network, so nothing it finds could earn anyone a bitcoin. It stops as soon as you stop it or close the tab.",
        ],
    },
];
