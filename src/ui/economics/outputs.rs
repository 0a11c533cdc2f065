//! The headline figures of the scenario, each with its raw number in `data-value` (a stable hook
//! for tests, in the unit the label states), and the all-in cost split into its three parts.

use std::rc::Rc;

use yew::prelude::*;

use hashwatt_core::model::econ_view::{cost_split, energy_per_day_text, margin_text, percent};
use hashwatt_core::model::economics::{Outcome, Scenario};
use hashwatt_core::model::format;

#[derive(Properties, PartialEq)]
pub struct OutputsProps {
    pub scenario: Scenario,
    pub outcome: Rc<Outcome>,
}

/// One figure: label, shown value with `id` and `data-value`, and a line of context. A value
/// written "amount/unit" may wrap before its "/unit" on a narrow card, never inside the amount.
fn stat(label: &str, id: &str, raw: f64, shown: String, sub: String, class: Classes) -> Html {
    let value = match shown.split_once('/') {
        Some((amount, unit)) => html! {
            <>
                <span class="amount">{ amount.to_string() }</span><wbr />
                <span class="amount">{ format!("/{unit}") }</span>
            </>
        },
        None => html! { shown },
    };
    html! {
        <div class={classes!("stat", class)}>
            <span class="label">{ label }</span>
            <span class="value" id={id.to_string()} data-value={raw.to_string()}>{ value }</span>
            <span class="sub">{ sub }</span>
        </div>
    }
}

#[function_component(Outputs)]
pub fn outputs(props: &OutputsProps) -> Html {
    let o = &*props.outcome;
    let price = props.scenario.clamped().price_usd;
    let margin = margin_text(o.margin_usd_per_btc);
    let tone = if margin.good { "good" } else { "bad" };
    let split = cost_split(o);
    html! {
        <div class="econ-outputs">
            <div class={classes!("econ-verdict", tone)}>
                <span class={classes!("verdict", tone)}>{ margin.label }</span>
                <span class="verdict-amount" id="out-margin-per-btc"
                      data-value={o.margin_usd_per_btc.to_string()}>{ margin.amount.clone() }</span>
                <span class="verdict-detail">
                    { format!("A bitcoin costs {} to mine and sells for {}.",
                              format::usd(o.all_in_usd_per_btc), format::usd(price)) }
                </span>
            </div>
            <div class="stats econ-stats">
                { stat("All-in cost per BTC", "out-cost-per-btc", o.all_in_usd_per_btc,
                       format::usd(o.all_in_usd_per_btc),
                       format!("against a price of {}", format::usd(price)), classes!(tone)) }
                { stat("Electricity per BTC", "out-energy-cost-per-btc", o.energy_usd_per_btc,
                       format::usd(o.energy_usd_per_btc), "the power bill alone".into(), classes!()) }
                { stat("Hashprice", "out-hashprice", o.hashprice_usd_per_ph_day,
                       format!("${}", format::number(o.hashprice_usd_per_ph_day, 2)),
                       "revenue per PH/s per day".into(), classes!()) }
                { stat("Break-even power price", "out-breakeven-kwh", o.breakeven_kwh_usd,
                       format!("{}/kWh", format::usd(o.breakeven_kwh_usd)),
                       "where the power bill eats all revenue".into(), classes!()) }
                { stat("Network power", "out-network-power", o.power_gw,
                       format!("{} GW", format::significant(o.power_gw)),
                       "drawn around the clock".into(), classes!()) }
                { stat("Energy per day", "out-energy-per-day", o.energy_kwh_per_day,
                       energy_per_day_text(o.energy_kwh_per_day),
                       format!("for {} BTC a day", format::significant(o.btc_per_day)), classes!()) }
            </div>
            <figure class="cost-split" id="cost-split">
                <figcaption>{ format!("What the {} per bitcoin is made of", format::usd(o.all_in_usd_per_btc)) }</figcaption>
                // An SVG, not styled spans: the Content-Security-Policy allows no inline styles.
                <svg class="split-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                    { for split.iter().filter(|s| s.share > 0.0).scan(0.0, |x, s| {
                        let at = *x;
                        *x += s.share * 100.0;
                        Some(html! {
                            <rect class={classes!("split", s.key)} x={format!("{at:.3}")} y="0"
                                  width={format!("{:.3}", s.share * 100.0)} height="10" />
                        })
                    }) }
                </svg>
                <table class="split-table">
                    <tbody>
                        { for split.iter().map(|s| html! {
                            <tr id={format!("split-{}", s.key)}>
                                <th scope="row"><span class={classes!("swatch", s.key)} aria-hidden="true"></span>{ s.label }</th>
                                <td class="num" data-value={s.usd_per_btc.to_string()}>{ format::usd(s.usd_per_btc) }</td>
                                <td class="num">{ percent(s.share) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </figure>
        </div>
    }
}
