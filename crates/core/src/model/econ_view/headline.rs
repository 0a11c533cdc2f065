//! The economics section's headline: the verdict, the six figures with their words, and the note
//! that says what the default's ~$90,000 rests on. A model of rough inputs gives a rough result,
//! so the costs read "about $90,000"; the exact value stays in each figure's `data-value`.

use super::margin_text;
use crate::data::hardware::S21_XP_PRICE_USD_PER_THS;
use crate::model::economics::{outcome, Outcome, Scenario};
use crate::model::format;
use crate::model::scenario::{Param, CAPEX_DEFAULT_USD_PER_THS};

/// One headline figure: its label, element id, raw value (in the label's unit), shown text and
/// a line of context.
#[derive(Debug, Clone, PartialEq)]
pub struct Stat {
    pub label: &'static str,
    pub id: &'static str,
    pub raw: f64,
    pub shown: String,
    pub sub: String,
    /// Whether the figure takes the verdict's colour (the all-in cost does).
    pub toned: bool,
}

/// The verdict line: "Loss", "about $23,000 per BTC", "A bitcoin costs about $90,000 to mine and
/// sells for $67,000."
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadlineVerdict {
    pub label: &'static str,
    pub amount: String,
    pub good: bool,
    pub detail: String,
}

/// "about $90,000": a model's cost, rounded as [`format::usd_rounded`] does.
pub fn about_usd(value: f64) -> String {
    format!("about {}", format::usd_rounded(value))
}

/// The section's opening sentence: the article's default scenario, its cost rounded as the
/// headline rounds it ("about $90,000", never "$90,264").
pub fn section_lede() -> String {
    let s = Scenario::default();
    format!(
        "In the article's 2026 scenario the average miner spends {} to mine a bitcoin that \
         sells for {}. Move the inputs to see where, with what power price and with what \
         hardware mining still pays. The link in your address bar keeps your scenario.",
        about_usd(outcome(&s).all_in_usd_per_btc),
        format::usd(s.price_usd),
    )
}

/// The phone's result strip beside the verdict: "cost about $90,000 · price $67,000".
pub fn bar_detail(s: &Scenario, o: &Outcome) -> String {
    format!(
        "cost {} \u{b7} price {}",
        about_usd(o.all_in_usd_per_btc),
        format::usd(s.clamped().price_usd)
    )
}

/// The verdict of a scenario, its amounts rounded.
pub fn verdict(s: &Scenario, o: &Outcome) -> HeadlineVerdict {
    let m = margin_text(o.margin_usd_per_btc);
    let amount = if m.label == "Break-even" {
        m.amount
    } else {
        format!("{} per BTC", about_usd(o.margin_usd_per_btc.abs()))
    };
    HeadlineVerdict {
        label: m.label,
        amount,
        good: m.good,
        detail: format!(
            "A bitcoin costs {} to mine and sells for {}.",
            about_usd(o.all_in_usd_per_btc),
            format::usd(s.clamped().price_usd)
        ),
    }
}

/// The six headline figures, in the order the page shows them. The power-bill break-even is
/// named so that it is never confused with the charts' all-in break-even.
pub fn headline_stats(s: &Scenario, o: &Outcome) -> [Stat; 6] {
    let price = format::usd(s.clamped().price_usd);
    [
        Stat {
            label: "All-in cost per BTC",
            id: "out-cost-per-btc",
            raw: o.all_in_usd_per_btc,
            shown: about_usd(o.all_in_usd_per_btc),
            sub: format!("against a price of {price}"),
            toned: true,
        },
        Stat {
            label: "Electricity per BTC",
            id: "out-energy-cost-per-btc",
            raw: o.energy_usd_per_btc,
            shown: about_usd(o.energy_usd_per_btc),
            sub: "the power bill alone".into(),
            toned: false,
        },
        Stat {
            label: "Hashprice",
            id: "out-hashprice",
            raw: o.hashprice_usd_per_ph_day,
            shown: format!("${}", format::number(o.hashprice_usd_per_ph_day, 2)),
            sub: "revenue per PH/s per day".into(),
            toned: false,
        },
        Stat {
            label: "Power-bill break-even",
            id: "out-breakeven-kwh",
            raw: o.breakeven_kwh_usd,
            shown: format!("{}/kWh", format::usd(o.breakeven_kwh_usd)),
            sub: "electricity alone eats all revenue; the charts' all-in break-even is lower"
                .into(),
            toned: false,
        },
        Stat {
            label: "Network power",
            id: "out-network-power",
            raw: o.power_gw,
            shown: format!("{} GW", format::significant(o.power_gw)),
            sub: "drawn around the clock".into(),
            toned: false,
        },
        Stat {
            label: "Energy per day",
            id: "out-energy-per-day",
            raw: o.energy_kwh_per_day,
            shown: super::energy_per_day_text(o.energy_kwh_per_day),
            sub: format!("for {} BTC a day", format::significant(o.btc_per_day)),
            toned: false,
        },
    ]
}

/// What the hardware price does to the result, next to it: the default's ~$90,000 rests on a
/// calibrated $6 per TH/s, while the one sourced price (a new Antminer S21 XP) is $25.70, at
/// which the same scenario costs far more.
pub fn hardware_price_note(s: &Scenario) -> String {
    let c = s.clamped();
    let sourced = S21_XP_PRICE_USD_PER_THS.value;
    let at_sourced = outcome(&c.with(&[(Param::Capex, sourced)]));
    let sourced_words = format!(
        "the one sourced price, a new Antminer S21 XP's, is ${} per TH/s (Hashrate Index, {})",
        format::number(sourced, 2),
        S21_XP_PRICE_USD_PER_THS.as_of
    );
    if c.capex_usd_per_ths == sourced {
        return format!(
            "Hardware is priced at {sourced_words}; the average fleet is older and cheaper, so \
             this overstates its cost."
        );
    }
    let set_to = format!(
        "${} per TH/s",
        format::significant_or_whole(c.capex_usd_per_ths)
    );
    let why = if c.capex_usd_per_ths == CAPEX_DEFAULT_USD_PER_THS {
        format!(
            "The default reaches about $90,000 only because hardware is set to {set_to}, chosen \
             to match the article's figure"
        )
    } else {
        format!("Hardware is set to {set_to}")
    };
    format!(
        "{why}; {sourced_words}. At that price a bitcoin would cost {} to mine.",
        about_usd(at_sourced.all_in_usd_per_btc)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_reads_about_90000_and_says_why() {
        let s = Scenario::default();
        let o = outcome(&s);
        // All-in $90,264.34 (see CAPEX_DEFAULT_USD_PER_THS), margin 67,000 - 90,264.34.
        let v = verdict(&s, &o);
        assert_eq!(v.label, "Loss");
        assert_eq!(v.amount, "about $23,000 per BTC");
        assert_eq!(
            v.detail,
            "A bitcoin costs about $90,000 to mine and sells for $67,000."
        );
        let stats = headline_stats(&s, &o);
        assert_eq!(stats[0].shown, "about $90,000");
        assert!((stats[0].raw - 90_264.34).abs() < 0.01, "{}", stats[0].raw);
        // Electricity: 676.8e6 kWh x $0.045 / 452.448 BTC = $67,313.81.
        assert_eq!(stats[1].shown, "about $67,000");
        // Hardware at $25.70: 1e9 TH/s x 25.70 / (5 x 365) = $14,082,191.78 a day / 452.448 BTC
        // = $31,124.48 per BTC; + 67,313.81 x 1.233 (power and other opex) = 82,997.93, so
        // $114,122.41: about $114,000.
        assert_eq!(
            hardware_price_note(&s),
            "The default reaches about $90,000 only because hardware is set to $6 per TH/s, \
             chosen to match the article's figure; the one sourced price, a new Antminer S21 \
             XP's, is $25.70 per TH/s (Hashrate Index, 2025-11-03). At that price a bitcoin \
             would cost about $114,000 to mine."
        );
    }

    #[test]
    fn the_note_follows_the_readers_hardware_price() {
        let s = Scenario::default().with(&[(Param::Capex, 10.0)]);
        assert!(hardware_price_note(&s).starts_with("Hardware is set to $10 per TH/s; "));
        let sourced = Scenario::default().with(&[(Param::Capex, 25.70)]);
        assert!(hardware_price_note(&sourced).starts_with("Hardware is priced at the one sourced"));
    }

    #[test]
    fn the_two_break_evens_have_two_names() {
        let s = Scenario::default();
        let stats = headline_stats(&s, &outcome(&s));
        let card = &stats[3];
        assert_eq!(card.label, "Power-bill break-even");
        // Revenue 452.448 x 67,000 = $30,314,016 a day over 676.8e6 kWh = $0.04479/kWh.
        assert_eq!(card.shown, "$0.0448/kWh");
        assert!(card.sub.contains("all-in break-even"), "{}", card.sub);
    }
}
