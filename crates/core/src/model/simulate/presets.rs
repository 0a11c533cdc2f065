//! Named timelines the reader loads with one click.

use super::settings::{SimParam, SimSettings};
use crate::model::format;

/// A named set of events the reader can load with one click. It sets the timeline (the price
/// move, the storm, the halving) and keeps the reader's fleet.
#[derive(Debug, PartialEq)]
pub struct SimPreset {
    /// Stable id: the button is `#sim-preset-<id>`.
    pub id: &'static str,
    pub description: &'static str,
    /// The timeline inputs this preset sets; the others keep their value.
    pub events: &'static [(SimParam, f64)],
}

/// The timeline's inputs: what a preset sets.
pub const EVENT_PARAMS: [SimParam; 6] = [
    SimParam::PriceMove,
    SimParam::PriceWeek,
    SimParam::StormShare,
    SimParam::StormDay,
    SimParam::StormDays,
    SimParam::Halving,
];

impl SimPreset {
    /// `current` with this preset's timeline: its events, and every other timeline input at
    /// its default.
    pub fn apply(&self, current: &SimSettings) -> SimSettings {
        let mut s = *current;
        for p in EVENT_PARAMS {
            s.set(p, p.spec().default);
        }
        for &(p, v) in self.events {
            s.set(p, v);
        }
        s
    }

    /// Whether `s`'s timeline is this preset's.
    pub fn is_active(&self, s: &SimSettings) -> bool {
        let s = s.clamped();
        self.apply(&s) == s
    }

    /// The button's words; the flat preset names the scenario's price.
    pub fn label(&self, price_usd: f64) -> String {
        match self.id {
            "flat" => format!("Price stays at {}", format::usd(price_usd)),
            "halving" => "The 2028 halving".to_string(),
            _ => "A storm like February 2026".to_string(),
        }
    }
}

/// The presets: a flat price, the 2028 halving, and a storm like Winter Storm Fern.
pub static SIM_PRESETS: &[SimPreset] = &[
    SimPreset {
        id: "flat",
        description: "No event: the fleet meets the scenario's price, and new machines keep \
                      arriving.",
        events: &[],
    },
    SimPreset {
        id: "halving",
        description: "The same fleet and price meet block 1,050,000 (~April 2028), where the \
                      subsidy halves from 3.125 to 1.5625 BTC. The run starts four epochs \
                      before it.",
        events: &[(SimParam::Halving, 1.0)],
    },
    SimPreset {
        id: "storm",
        description: "Like Winter Storm Fern and the price fall of early 2026: 11% of the hash \
                      rate switched off for 7 days from day 3 (more than 110 of ~1,000 EH/s, \
                      CoinShares via the press; the 7 days are our assumption), and the price \
                      down 10% in week 1 (~$67,000 to ~$60,000 by 2026-02-05). The real \
                      difficulty adjustment of 2026-02-07 was -11.16%.",
        events: &[
            (SimParam::StormShare, 11.0),
            (SimParam::StormDay, 3.0),
            (SimParam::StormDays, 7.0),
            (SimParam::PriceMove, -10.0),
            (SimParam::PriceWeek, 1.0),
        ],
    },
];
