//! The prose of the simulator's section ("What happens next"), in the page's markup. The numbers
//! that follow the reader's inputs are not here: `model::sim_view` prints those from the run.

/// Under the section's heading.
pub const LEDE: &str = "The economics above shows one moment. What comes next? When the price is below what a machine's power costs, it switches off; blocks come more slowly; at the next difficulty adjustment, every 2,016 blocks, the difficulty falls and the hashprice of the machines that are left rises[^chainparams]. Here the fleet plays that out, epoch by epoch, at the scenario's bitcoin price, power price and hash rate.";

/// The rules of the run.
pub const RULES: &str = "**The rules.** A machine runs while one PH/s of it earns at least its power bill and stops just below its break-even; once off, it comes back only when the hashprice is 5% above its bill, a quarter of it per epoch (our assumptions: re-powering takes weeks). Blocks come every 10 minutes \u{d7} the hash rate the difficulty expects / the hash rate running. After 2,016 blocks the difficulty changes by 1,209,600 seconds / the time they took, never by more than a factor of 4[^pow], and the subsidy halves at block 1,050,000 (~April 2028), as in Bitcoin Core[^chainparams]. Other operating costs and the machines' price are left out: they do not stop a machine that is already paid for.";

/// Where the fleet comes from, under the generated description of the mix.
pub const FLEET_SOURCES: &str = "The mix is our assumption, built so that the average machine is the surveyed fleet's 28.2 J/TH and the median power price its $0.045/kWh (2024)[^cambridge-2025], from the machines' specifications[^hashrate-index][^miningstore][^bitmain-spec] and the prices of miners' deals[^miner-deals]. Which countries sit in which tier is also ours, chosen so the totals come close to the shares of Q4 2025 (United States 37.75%, Russia 15.51%, China ~14%)[^luxor-geo].";

/// History, to compare the runs with.
pub const HISTORY: &str = "**For scale.** In the epoch before 2021-07-03, after China's mining ban, blocks took about 13.9 minutes and the difficulty fell 27.94%, the largest drop on record[^coindesk-2021]. On 2026-02-07, after Winter Storm Fern took more than 110 EH/s offline in the US and the price fell to about $60,000, it fell 11.16%, the largest drop since 2021[^press-2026-difficulty].";

/// Why the model's falls are faster than history's.
pub const CAVEAT: &str = "**A model, not a forecast.** Real miners switch off later than this rule: many pay fixed prices for power, hedge, or run at a loss for a while, hoping for a better price. That is one reason the network's hash rate fell only about 4% in the first quarter of 2026[^seed-article] while, in this model, the article's prices switch off about a quarter of it at once. Read each run as the pressure on each machine.";

/// Every paragraph of this module, with a name for test messages.
pub const ALL: &[(&str, &str)] = &[
    ("LEDE", LEDE),
    ("RULES", RULES),
    ("FLEET_SOURCES", FLEET_SOURCES),
    ("HISTORY", HISTORY),
    ("CAVEAT", CAVEAT),
];

#[cfg(test)]
mod tests {
    use super::super::{find, parse, Span};
    use super::ALL;

    #[test]
    fn every_paragraph_parses_cites_and_resolves() {
        for (name, text) in ALL {
            let spans = parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(
                text.contains("[^"),
                "{name} states a figure without a source"
            );
            for span in spans {
                match span {
                    Span::Cite { source_id } => assert!(
                        crate::data::source_index(source_id).is_some(),
                        "{name}: no source {source_id}"
                    ),
                    Span::Term { slug, .. } => assert!(find(&slug).is_some(), "{name}: {slug}"),
                    Span::Link { anchor, .. } => panic!("{name}: unexpected link {anchor}"),
                    Span::Text(_) | Span::Strong(_) => {}
                }
            }
        }
    }

    #[test]
    fn the_figures_match_the_data() {
        use crate::data::fleet::{
            BLOCK_TIME_2021_MIN, DIFFICULTY_DROP_2021_PCT, DIFFICULTY_DROP_2026_PCT,
            STORM_OFFLINE_EHS, STORM_PRICE_USD,
        };
        use crate::data::format_figure;
        let history = super::HISTORY;
        assert!(history.contains(&format!("{} minutes", BLOCK_TIME_2021_MIN.value)));
        assert!(history.contains(&format!("{}%", -DIFFICULTY_DROP_2021_PCT.value)));
        assert!(history.contains(&format!("{}%", -DIFFICULTY_DROP_2026_PCT.value)));
        assert!(history.contains(&format!("{} EH/s", STORM_OFFLINE_EHS.value)));
        assert!(history.contains(&format_figure(&STORM_PRICE_USD)));
        let rules = super::RULES;
        assert!(rules.contains(&format!(
            "{} seconds / the time",
            crate::model::format::number(crate::model::simulate::target_timespan_s(), 0)
        )));
        assert!(rules.contains("5% above its bill, a quarter of it per epoch"));
        assert_eq!(crate::model::simulate::HYSTERESIS, 0.05);
        assert_eq!(crate::model::simulate::RAMP, 0.25);
    }
}
